#pragma once

// Meetings and people as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read Cyrillic and
// Kazakh right) or JSON (an array of the objects elshi-cli prints), for analysis elsewhere.
// Streams from the EntityStore; memory does not grow with the corpus.

#include <core/result.h>

#include <QCoreApplication>
#include <QString>

namespace elshi::store {
class Corpus;
class EntityStore;
} // namespace elshi::store

namespace elshi::exporting {

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(elshi::exporting::TableExport)
public:
    enum class Format
    {
        Csv,
        Json
    };

    // Every meeting, or only those of person (entity id) when person > 0.
    static core::Status writeMeetings(const store::EntityStore &entities, const store::Corpus &corpus, qint64 person,
                                      Format format, const QString &path);
    // Every person with aliases, roles and article counts.
    static core::Status writePeople(const store::EntityStore &entities, Format format, const QString &path);
};

} // namespace elshi::exporting
