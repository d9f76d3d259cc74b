#pragma once

// Brings files and folders into a database: the one way articles get into Elshi.
//
// run() lists the paths (folders recursively), skips files whose size and modification time are
// unchanged, re-reads changed ones (whose content hash then decides whether anything changed),
// and removes files that vanished from under the given folders together with the articles no other
// file holds. Files are read and split on worker threads (QtConcurrent), at most a few at a time, so
// memory stays bounded whatever the corpus size; one writer — the thread calling run() — inserts
// into SQLite in large transactions, because the full-text insert is the bottleneck.
//
// Guarantees: a file's row and its articles are committed together, so killing the process at any
// moment leaves a consistent database and the next run completes it; cancel() (any thread) stops
// after the current file and keeps everything committed. A file that cannot be read is recorded
// with its error and never stops the run. The same article in two files (same text after case and
// white-space folding) is stored once and linked to both.
//
// Entities are extracted from the body alone — the text the reader shows, so stored offsets
// highlight it directly; a title repeats what its body says. Extraction runs beside parsing on the
// workers; names are resolved to entity ids by the writer (store/entitywriter.h).
//
// run() blocks: call it from a worker thread in the GUI. progress() is emitted from that thread,
// at most every 100 ms and once at the end.

#include <core/result.h>
#include <corpus/article.h>
#include <entities/entity.h>

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace elshi::store {

struct IngestProgress
{
    enum class Stage
    {
        Reading,
        // Every file is in; the entity indexes a first ingest left out are being built (a million
        // articles: some seconds, with nothing to count).
        BuildingIndexes,
    };
    Stage stage = Stage::Reading;
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 articlesAdded = 0;
    QString currentFile;
};

struct IngestReport
{
    qint64 filesSeen = 0; // files found under the paths
    qint64 filesRead = 0; // read and imported (new or changed)
    qint64 filesSkipped = 0; // unchanged since the last run
    qint64 filesFailed = 0; // could not be read; named in problems
    qint64 filesRemoved = 0; // gone from disk, removed from the database
    qint64 articlesAdded = 0;
    qint64 articlesLinked = 0; // already stored from another file: linked, not stored again
    qint64 articlesRemoved = 0;
    qint64 articlesTotal = 0; // in the database after the run
    qint64 bytesRead = 0;
    QList<core::Error> failures; // one per file that could not be read
    QList<core::Error> warnings; // problems inside files that were read
    bool cancelled = false;
};

// What a reader makes of one file's bytes; mirrors corpus::FileReadResult.
struct FileContent
{
    QList<corpus::Article> articles;
    QList<core::Error> problems;
    bool readable = true;
    QString encoding;
};
using ReadFunction = std::function<FileContent(const QByteArray &bytes, const QString &path)>;
// What extraction finds in one body (entities::Extractor::extract's contract: code-point offsets);
// called on worker threads, so it must be thread-safe.
using ExtractFunction =
    std::function<entities::Extraction(const QString &body, const QString &lang, core::DateValue date)>;

class Ingester : public QObject
{
    Q_OBJECT
public:
    explicit Ingester(const QString &databasePath, QObject *parent = nullptr);
    ~Ingester() override;

    // The corpus readers by default; tests substitute their own.
    void setReader(ReadFunction reader) { m_reader = std::move(reader); }
    // How much text goes into one transaction; bigger is faster, smaller loses less on a kill.
    void setTransactionBytes(qint64 bytes) { m_transactionBytes = bytes; }
    // Find people, organisations, places, roles and meetings in each article's body (on the worker
    // threads, with entities::Extractor); on by default. Off only to measure what it costs.
    void setExtractEntities(bool extract) { m_extractEntities = extract; }
    // entities::Extractor by default; tests substitute their own.
    void setExtractor(ExtractFunction extractor) { m_extractor = std::move(extractor); }
    // Merge the full-text index into one segment at the end (slow on big databases, faster queries).
    void setOptimize(bool optimize) { m_optimize = optimize; }

    // Blocks until done or cancelled; fails only when the database cannot be opened or written.
    core::Result<IngestReport> run(const QStringList &paths);
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    void progress(const elshi::store::IngestProgress &progress);

private:
    QString m_databasePath;
    ReadFunction m_reader;
    qint64 m_transactionBytes = 64 * 1024 * 1024;
    bool m_optimize = false;
    bool m_extractEntities = true;
    ExtractFunction m_extractor;
    std::atomic_bool m_cancelled{false};
};

} // namespace elshi::store
