#include "corpus.h"

#include "bodycodec.h"
#include "database.h"
#include "statement.h"

#include <core/logging.h>

#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <numeric>
#include <string>

namespace elshi::store {

namespace {

constexpr const char *RecordColumns =
    "SELECT a.id, a.date_key, a.date_precision, a.title, o.name, l.code, a.place, a.url, a.layout";
constexpr const char *RecordJoins =
    " FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN langs l ON l.id = a.lang_id";

ArticleRecord recordFrom(const Statement &row)
{
    ArticleRecord record;
    record.id = row.int64(0);
    record.date = core::DateValue::fromSortKey(qint32(row.int64(1)), core::DateValue::Precision(row.int64(2)));
    record.title = row.text(3);
    record.outlet = row.text(4);
    record.lang = row.text(5);
    record.place = row.text(6);
    record.url = row.text(7);
    record.layout = row.text(8);
    return record;
}

} // namespace

core::Result<std::unique_ptr<Corpus>> Corpus::open(const QString &databasePath)
{
    auto db = Database::open(databasePath, Database::Open::MustExist);
    if (!db)
        return db.error();
    std::unique_ptr<Corpus> corpus(new Corpus);
    corpus->m_db = std::move(db).value();
    Database &d = *corpus->m_db;

    // Interned names: database ids mapped to small dense indexes, 0 meaning none.
    QHash<qint64, quint16> outletIndex;
    QHash<qint64, quint8> langIndex;
    corpus->m_outletNames.append(QString());
    corpus->m_langCodes.append(QString());
    for (Statement names = d.prepare("SELECT id, name FROM outlets ORDER BY id"); names.step();) {
        outletIndex.insert(names.int64(0), quint16(corpus->m_outletNames.size()));
        corpus->m_outletNames.append(names.text(1));
    }
    for (Statement codes = d.prepare("SELECT id, code FROM langs ORDER BY id"); codes.step();) {
        langIndex.insert(codes.int64(0), quint8(corpus->m_langCodes.size()));
        corpus->m_langCodes.append(codes.text(1));
    }

    Corpus &c = *corpus;
    {
        // The scan touches every page of the index once and never again: through the memory map
        // (and the kernel's fault-around) it would leave those and neighbouring table pages
        // resident for as long as the corpus is open, through a 64 MB page cache it would fill
        // the cache. Read it with plain reads into a small cache instead, then give the
        // connection its usual settings back for the queries that follow.
        const auto pragma = [&d](const char *sql) {
            Statement read = d.prepare(sql);
            return read.step() ? read.int64(0) : 0;
        };
        const qint64 mmapSize = pragma("PRAGMA mmap_size");
        const qint64 cacheSize = pragma("PRAGMA cache_size");
        d.exec("PRAGMA mmap_size=0; PRAGMA cache_size=-1024");
        const auto restore = qScopeGuard([&d, mmapSize, cacheSize] {
            d.exec("PRAGMA cache_size=" + std::to_string(cacheSize) + "; PRAGMA mmap_size=" + std::to_string(mmapSize));
        });
        // Rowids are dense (deletions aside), so the largest bounds the count without a scan.
        if (Statement last = d.prepare("SELECT max(rowid) FROM articles"); last.step()) {
            const size_t expected = size_t(qMax<qint64>(0, last.int64(0)));
            c.m_ids.reserve(expected);
            c.m_dateKeys.reserve(expected);
            c.m_precisions.reserve(expected);
            c.m_outlets.reserve(expected);
            c.m_langs.reserve(expected);
        }
        // Served by the covering index articles_model, in order: no table rows, no sort.
        Statement select = d.prepare("SELECT id, date_key, date_precision, outlet_id, lang_id FROM articles "
                                     "INDEXED BY articles_model ORDER BY date_key, id");
        while (select.step()) {
            c.m_ids.push_back(quint32(select.int64(0)));
            c.m_dateKeys.push_back(qint32(select.int64(1)));
            c.m_precisions.push_back(quint8(select.int64(2)));
            c.m_outlets.push_back(outletIndex.value(select.int64(3)));
            c.m_langs.push_back(langIndex.value(select.int64(4)));
        }
        if (!select.errorMessage().isEmpty())
            return core::Error{tr("cannot read the database: %1").arg(select.errorMessage()), databasePath};
    }
    const size_t n = c.m_ids.size();
    // Many deletions leave the reservation well above the count: give the difference back.
    if (c.m_ids.capacity() > n + n / 8) {
        c.m_ids.shrink_to_fit();
        c.m_dateKeys.shrink_to_fit();
        c.m_precisions.shrink_to_fit();
        c.m_outlets.shrink_to_fit();
        c.m_langs.shrink_to_fit();
    }
    c.m_rowsById.resize(n);
    const auto &ids = c.m_ids;
    const quint32 maxId = n ? *std::max_element(ids.begin(), ids.end()) : 0;
    if (n && maxId <= 4 * n) {
        // Ids are (nearly) dense: place each row at its id and read them back in order, O(n)
        // instead of a sort with indirect comparisons.
        std::vector<quint32> rowAt(size_t(maxId) + 1, quint32(-1));
        for (size_t row = 0; row < n; ++row)
            rowAt[ids[row]] = quint32(row);
        size_t next = 0;
        for (const quint32 row : rowAt)
            if (row != quint32(-1))
                c.m_rowsById[next++] = row;
    } else {
        std::iota(c.m_rowsById.begin(), c.m_rowsById.end(), 0u);
        std::sort(c.m_rowsById.begin(), c.m_rowsById.end(), [&ids](quint32 a, quint32 b) { return ids[a] < ids[b]; });
    }
    return corpus;
}

Corpus::~Corpus() = default;

core::DateValue Corpus::date(qsizetype row) const
{
    return core::DateValue::fromSortKey(m_dateKeys[size_t(row)], core::DateValue::Precision(m_precisions[size_t(row)]));
}

bool Corpus::moveToThread(QThread *target)
{
    return m_db->moveToThread(target);
}

qsizetype Corpus::rowOf(qint64 id) const
{
    const auto found = std::lower_bound(m_rowsById.begin(), m_rowsById.end(), id,
                                        [this](quint32 row, qint64 wanted) { return qint64(m_ids[row]) < wanted; });
    if (found == m_rowsById.end() || qint64(m_ids[*found]) != id)
        return -1;
    return qsizetype(*found);
}

QString Corpus::title(qsizetype row) const
{
    if (row < 0 || row >= size())
        return QString();
    if (const QString *cached = m_titles.object(row))
        return *cached;
    Statement select = m_db->prepare("SELECT title FROM articles WHERE id = ?1");
    select.bind(1, id(row));
    const QString title = select.step() ? select.text(0) : QString();
    m_titles.insert(row, new QString(title));
    return title;
}

void Corpus::recordFiles(ArticleRecord &record) const
{
    Statement files = m_db->prepare("SELECT f.path, af.offset, af.length FROM article_files af "
                                    "JOIN files f ON f.id = af.file_id WHERE af.article_id = ?1 ORDER BY f.path");
    files.bind(1, record.id);
    while (files.step())
        record.files.append(corpus::Provenance{files.text(0), files.int64(1), files.int64(2)});
}

std::optional<ArticleRecord> Corpus::record(qint64 id, bool withBody) const
{
    const std::string sql = std::string(RecordColumns) + ", a.body" + RecordJoins + " WHERE a.id = ?1";
    Statement select = m_db->prepare(sql);
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    ArticleRecord record = recordFrom(select);
    if (withBody) {
        // A damaged body leaves the rest of the record readable; the reason goes to the log.
        auto body = BodyCodec::decode(select.blob(9));
        if (body)
            record.body = std::move(*body);
        else
            qCWarning(lcStore) << "article" << id << body.error().toString();
    }
    recordFiles(record);
    return record;
}

bool Corpus::forEachRecord(const std::function<bool(const ArticleRecord &)> &visit) const
{
    // The first file by path, joined here rather than per article so the stream stays one query.
    const std::string sql = std::string(RecordColumns) +
        ", (SELECT f.path FROM article_files af JOIN files f ON f.id = af.file_id WHERE af.article_id = a.id "
        "ORDER BY f.path LIMIT 1)" +
        RecordJoins + " ORDER BY a.date_key, a.id";
    Statement select = m_db->prepare(sql);
    while (select.step()) {
        ArticleRecord record = recordFrom(select);
        if (!select.isNull(9))
            record.files.append(corpus::Provenance{select.text(9), 0, 0});
        if (!visit(record))
            return true;
    }
    return select.errorMessage().isEmpty();
}

std::pair<qsizetype, qsizetype> Corpus::rowsBetween(qint32 fromKey, qint32 toKey) const
{
    const auto first = std::lower_bound(m_dateKeys.begin(), m_dateKeys.end(), fromKey);
    const auto last = std::upper_bound(first, m_dateKeys.end(), toKey);
    return {qsizetype(first - m_dateKeys.begin()), qsizetype(last - m_dateKeys.begin())};
}

QList<Corpus::Bucket> Corpus::histogram(Granularity granularity) const
{
    QList<Bucket> buckets;
    for (size_t i = 0; i < m_dateKeys.size(); ++i) {
        const auto precision = core::DateValue::Precision(m_precisions[i]);
        qint32 key = m_dateKeys[i];
        if (precision == core::DateValue::Precision::None || precision == core::DateValue::Precision::DayMonthNoYear)
            continue;
        if (granularity == Granularity::Day && precision != core::DateValue::Precision::Day)
            continue;
        if (granularity == Granularity::Month && precision == core::DateValue::Precision::Year)
            continue;
        key = granularity == Granularity::Year  ? key / 10000 * 10000
            : granularity == Granularity::Month ? key / 100 * 100
                                                : key;
        // Rows are sorted by key and truncating keeps that order, so equal buckets are adjacent.
        if (!buckets.isEmpty() && buckets.last().key == key)
            ++buckets.last().count;
        else
            buckets.append(Bucket{key, 1});
    }
    return buckets;
}

qint64 Corpus::undatedCount() const
{
    qint64 count = 0;
    for (quint8 precision : m_precisions)
        count += precision == quint8(core::DateValue::Precision::None) ||
            precision == quint8(core::DateValue::Precision::DayMonthNoYear);
    return count;
}

} // namespace elshi::store
