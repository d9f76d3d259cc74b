#pragma once

// Chooses how a corpus file's bytes are encoded and decodes them to a DecodedText.
//
// Order of evidence: a byte-order mark; UTF-16 recognised by its high bytes; binary data (NULs,
// control characters) refused; valid UTF-8 (a few bad bytes are tolerated and reported); else an
// 8-bit code page. For 8-bit text ICU's detector (ucsdet) proposes candidates, but it is weak on
// short Cyrillic texts, so windows-1251 and KOI8-R are always scored by how Russian the decoded
// letters look (lower case letters, their frequency) and the better one wins.
//
// Cost: one pass over the bytes to classify plus one to decode; ICU runs only for 8-bit files.
// Thread-safe; the character tables built with ICU are cached process-wide.

#include "decodedtext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace elshi::corpus {

class Encoding
{
    Q_DECLARE_TR_FUNCTIONS(elshi::corpus::Encoding)
public:
    // Detects and decodes. Never fails hard: binary data gives an unreadable DecodedText whose
    // problem names path and says why.
    static DecodedText decode(const QByteArray &bytes, const QString &path = {});
    // Decodes with a named encoding: "UTF-8", "UTF-16LE", "UTF-16BE" or any single-byte ICU
    // charset ("windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"). Unknown names give an
    // unreadable result.
    static DecodedText decodeAs(const QByteArray &bytes, const QString &encoding, const QString &path = {});
    // The encoding decode() would choose, or empty for binary data.
    static QString detect(const QByteArray &bytes);

    // How much the Cyrillic letters of text look like Russian (or Kazakh) in the right code page:
    // from -1 (letters in the wrong case and order, typical of a wrong code page) to 1. 0 without
    // Cyrillic letters.
    static double cyrillicScore(QStringView text);
};

} // namespace elshi::corpus
