#pragma once

// The library's in-memory model of a stored corpus: what the timeline, the article list and the
// CLI query without touching SQLite for every row.
//
// Opening reads only compact metadata — per article a 32-bit id, the date as a yyyymmdd integer,
// its precision, and interned outlet and language indexes: 16 bytes an article with the id index,
// so a million articles cost about 16 MB. Titles, bodies and file paths stay in the database and
// are fetched on demand (title() for a row on screen, record() for one article, forEachRecord()
// streaming); nothing that is not shown is loaded. Rows are in date order: date key, then id,
// undated and year-less articles first (see DateValue::sortKey).
//
// Not thread-safe: it owns a database connection of the thread that opened it. Reopen after an
// ingest to see its articles.

#include <core/datevalue.h>
#include <core/result.h>
#include <store/articlerecord.h>

#include <QCache>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace elshi::store {

class Database;

class Corpus
{
    Q_DECLARE_TR_FUNCTIONS(elshi::store::Corpus)
public:
    static core::Result<std::unique_ptr<Corpus>> open(const QString &databasePath);
    ~Corpus();

    qsizetype size() const { return qsizetype(m_ids.size()); }
    qint64 id(qsizetype row) const { return m_ids[size_t(row)]; }
    qint32 dateKey(qsizetype row) const { return m_dateKeys[size_t(row)]; }
    core::DateValue date(qsizetype row) const;
    QString outlet(qsizetype row) const { return m_outletNames.value(m_outlets[size_t(row)]); }
    QString lang(qsizetype row) const { return m_langCodes.value(m_langs[size_t(row)]); }
    // The row of an article id, -1 when unknown. O(log n).
    qsizetype rowOf(qint64 id) const;

    // Fetched from the database, the last few thousand cached; empty for an unknown row.
    QString title(qsizetype row) const;
    // One article in full; nullopt for an unknown id.
    std::optional<ArticleRecord> record(qint64 id, bool withBody = true) const;
    // Streams every article's record without body, in date order; stops when visit returns false.
    bool forEachRecord(const std::function<bool(const ArticleRecord &)> &visit) const;

    // Rows [first, last) whose date key lies in [fromKey, toKey]; iterate backwards for newest first.
    std::pair<qsizetype, qsizetype> rowsBetween(qint32 fromKey, qint32 toKey) const;

    enum class Granularity
    {
        Day,
        Month,
        Year,
    };
    struct Bucket
    {
        qint32 key; // yyyymmdd with the finer parts zero: 20240300 for March 2024, 20240000 for 2024
        qint64 count;
        bool operator==(const Bucket &) const = default;
    };
    // Articles per day, month or year, ascending. An article dated only to a month counts in its
    // month and year but not in a day; undated and year-less ones in none (see undatedCount()).
    QList<Bucket> histogram(Granularity granularity) const;
    qint64 undatedCount() const;

    QStringList outletNames() const { return m_outletNames; }
    QStringList langCodes() const { return m_langCodes; }
    Database &database() const { return *m_db; }
    // Loads in a worker, shows in the UI thread: see Database::moveToThread.
    bool moveToThread(QThread *target);

private:
    Corpus() = default;
    void recordFiles(ArticleRecord &record) const;

    std::unique_ptr<Database> m_db;
    std::vector<quint32> m_ids;
    std::vector<qint32> m_dateKeys;
    std::vector<quint8> m_precisions;
    std::vector<quint16> m_outlets; // index into m_outletNames; 0 is "no outlet"
    std::vector<quint8> m_langs; // index into m_langCodes; 0 is "unknown"
    std::vector<quint32> m_rowsById; // rows ordered by id, for rowOf()
    QStringList m_outletNames;
    QStringList m_langCodes;
    mutable QCache<qsizetype, QString> m_titles{4096};
};

} // namespace elshi::store
