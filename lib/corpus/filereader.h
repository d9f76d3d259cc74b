#pragma once

// Reads one corpus file into articles: decodes it (see Encoding), picks the layout whose reader
// is most sure (MFA digest, Kazinform, Kazakhstan Today, other agency pages, UN records, plain
// text), cuts it into articles, cleans their bodies (see Cleaner), derives missing titles from
// the first sentence, completes year-less dates only from a close reference date, detects each
// article's language and records where it sits in the file, in bytes.
//
// Never throws and never crashes on bad input. An unreadable file (missing, binary) gives
// readable = false and a problem naming the file; a readable file with damage (invalid bytes, a
// cut-off record) gives the articles it holds plus problems with line and byte offset.
// Cost: linear in the file size; the file is read into memory once.

#include "article.h"

#include <core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace elshi::corpus {

struct FileReadResult
{
    QList<Article> articles;
    QList<core::Error> problems;
    bool readable = true;
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", … empty when unreadable
    QString layout; // id of the layout used, empty when unreadable
};

FileReadResult readCorpusFile(const QString &path);
// The same for bytes already in memory; path names the file in provenance and problems.
FileReadResult readCorpusBytes(const QByteArray &bytes, const QString &path);

} // namespace elshi::corpus
