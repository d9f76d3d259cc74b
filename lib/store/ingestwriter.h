#pragma once

// The SQL side of ingest: everything the single writer does to the database for one file, with
// statements prepared once. Internal to store::Ingester; not thread-safe (it is the one writer).

#include "entityfacts.h"

#include <core/result.h>
#include <corpus/article.h>

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string>
#include <vector>

namespace elshi::store {

class Database;
class EntityWriter;
class Statement;

// One article ready to store, prepared on a worker thread.
struct PreparedArticle
{
    corpus::Article article; // paragraphs dropped once body is made, to halve the memory in flight
    QByteArray storedBody; // BodyCodec::encode()d on the worker, so the writer thread only binds it
    qint64 contentHash = 0;
    std::string titleTerms; // pre-analysed for the full-text index (FtsTokenizer::preAnalyse)
    std::string bodyTerms;
    PreparedFacts facts; // entities of the body; empty when ingest runs without extraction
};

// One file as read by a worker.
struct PreparedFile
{
    QString path;
    qint64 size = 0;
    qint64 mtime = 0; // ms since the epoch
    QByteArray contentHash;
    bool sameContent = false; // bytes unchanged since the last run: only size/mtime to update
    bool readable = true;
    core::Error failure; // when not readable
    QList<core::Error> problems;
    QString encoding;
    std::vector<PreparedArticle> articles;
};

class IngestWriter
{
public:
    enum FileStatus
    {
        FileRead = 0,
        FileFailed = 1,
        FileReadWithProblems = 2,
    };
    struct KnownFile
    {
        qint64 id = 0;
        qint64 size = 0;
        qint64 mtime = 0;
        QByteArray contentHash;
        int status = FileRead;
    };
    struct Counts
    {
        qint64 added = 0;
        qint64 linked = 0;
        qint64 removed = 0;
    };

    explicit IngestWriter(Database &db);
    ~IngestWriter();

    QHash<QString, KnownFile> knownFiles();
    bool writeFile(const PreparedFile &file, const KnownFile *known, Counts &counts);
    bool removeFile(qint64 fileId, Counts &counts);
    qint64 articleCount();

    bool begin();
    bool commit(); // writes the entity counts held in memory, then commits

    QString lastError() const;

private:
    qint64 internedId(QHash<QString, qint64> &cache, const char *table, const QString &value);
    bool unlinkFile(qint64 fileId, std::vector<qint64> &previousArticles);
    bool removeOrphans(const std::vector<qint64> &articles, Counts &counts);

    Database &m_db;
    QHash<QString, qint64> m_outlets;
    QHash<QString, qint64> m_langs;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<EntityWriter> m_entities;
};

} // namespace elshi::store
