#include "searcher.h"

#include <core/logging.h>
#include <store/database.h>
#include <store/statement.h>

#include <cmath>
#include <variant>
#include <vector>

namespace elshi::search {

namespace {

using Value = std::variant<qint64, QString>;

// SQL text built from constant fragments plus ?N placeholders; user values only ever bound.
struct Sql
{
    QString text;
    std::vector<Value> values;

    QString placeholder(Value value)
    {
        values.push_back(std::move(value));
        return QStringLiteral("?%1").arg(values.size());
    }
    // The statement for text with the values bound; check isValid() for a syntax error.
    store::Statement prepare(store::Database &db) const
    {
        const QByteArray utf8 = text.toUtf8();
        store::Statement statement = db.prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
        for (size_t i = 0; statement.isValid() && i < values.size(); ++i) {
            if (const auto *number = std::get_if<qint64>(&values[i]))
                statement.bind(int(i + 1), *number);
            else
                statement.bind(int(i + 1), std::get<QString>(values[i]));
        }
        return statement;
    }
};

// Ids of interned names matching the wanted values; empty when none does.
QList<qint64> lookUpIds(store::Database &db, const char *sql, const QStringList &values)
{
    QList<qint64> ids;
    store::Statement select = db.prepare(sql);
    for (const QString &value : values) {
        select.bind(1, value);
        while (select.step())
            ids.append(select.int64(0));
        select.reset();
    }
    return ids;
}

QString idList(Sql &sql, const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(sql.placeholder(id));
    return parts.join(u',');
}

// The WHERE conditions on articles a for the filters; false when a filter can match nothing.
bool appendFilters(store::Database &db, const Query &query, Sql &sql, QStringList &conditions)
{
    if (!query.langs.isEmpty()) {
        const QList<qint64> ids = lookUpIds(db, "SELECT id FROM langs WHERE code = ?1", query.langs);
        if (ids.isEmpty())
            return false;
        conditions.append(QStringLiteral("a.lang_id IN (%1)").arg(idList(sql, ids)));
    }
    if (!query.sources.isEmpty()) {
        QStringList patterns;
        for (QString source : query.sources) {
            source.replace(u'\\', QStringLiteral("\\\\"))
                .replace(u'%', QStringLiteral("\\%"))
                .replace(u'_', QStringLiteral("\\_"));
            patterns.append(u'%' + source + u'%');
        }
        const QList<qint64> ids = lookUpIds(db, "SELECT id FROM outlets WHERE name LIKE ?1 ESCAPE '\\'", patterns);
        if (ids.isEmpty())
            return false;
        conditions.append(QStringLiteral("a.outlet_id IN (%1)").arg(idList(sql, ids)));
    }
    if (!query.dates.isEmpty()) {
        // Inside the range, and for month- or year-only dates the whole period inside it.
        QStringList ranges;
        for (const DateRange &range : query.dates) {
            const QString from = sql.placeholder(qint64(range.from));
            const QString to = sql.placeholder(qint64(range.to));
            ranges.append(QStringLiteral("(a.date_key BETWEEN %1 AND %2 AND a.date_key + CASE a.date_precision "
                                         "WHEN 2 THEN 99 WHEN 1 THEN 9999 ELSE 0 END <= %2)")
                              .arg(from, to));
        }
        conditions.append(u'(' + ranges.join(QStringLiteral(" OR ")) + u')');
    }
    return true;
}

QString orderByDate(SearchOptions::Order order)
{
    return order == SearchOptions::Order::Oldest ? QStringLiteral(" ORDER BY a.date_key, a.id")
                                                 : QStringLiteral(" ORDER BY a.date_key DESC, a.id DESC");
}

QString limitClause(Sql &sql, const SearchOptions &options)
{
    if (options.limit <= 0)
        return options.offset > 0 ? QStringLiteral(" LIMIT -1 OFFSET %1").arg(sql.placeholder(qint64(options.offset)))
                                  : QString();
    return QStringLiteral(" LIMIT %1 OFFSET %2")
        .arg(sql.placeholder(qint64(options.limit)), sql.placeholder(qint64(options.offset)));
}

bool hasPrefix(const Query &query)
{
    for (const QList<Term> &group : query.groups)
        for (const Term &term : group)
            if (term.prefix)
                return true;
    return false;
}

// Runs sql and returns its first column as hits, its second as their scores when scored.
core::Result<QList<Hit>> runHits(store::Database &db, const Sql &sql, bool scored)
{
    QList<Hit> hits;
    store::Statement select = sql.prepare(db);
    if (!select.isValid())
        return core::Error{Searcher::tr("the search failed: %1").arg(select.errorMessage())};
    while (select.step())
        hits.append(Hit{select.int64(0), scored ? select.real(1) : 0.0});
    if (!select.errorMessage().isEmpty()) {
        qCWarning(lcSearch) << "search failed:" << sql.text << select.errorMessage();
        return core::Error{Searcher::tr("the search failed: %1").arg(select.errorMessage())};
    }
    return hits;
}

// Words, newest or oldest first: one of three plans by the number of matches (see searcher.h).
core::Result<QList<Hit>> searchByDate(store::Database &db, const Query &query, const SearchOptions &options,
                                      const QString &match, Sql sql, QStringList conditions)
{
    // Ids are dense, so the highest is about the corpus's size, and sizes the set of matches.
    store::Statement highest = db.prepare("SELECT max(id) FROM articles");
    const qint64 maxId = highest.step() ? highest.int64(0) : 0;
    // A prefix is read whole: checking article by article would expand it against the index's
    // terms at every check. So is everything when all matches are wanted.
    const bool readAll = hasPrefix(query) || options.limit <= 0;
    const qint64 walkLimit = Searcher::dateWalkLimit(maxId);

    // At most walkLimit + 1 ids: when that many match, they are dropped for the article-by-article
    // plan. The read is what tells the plans apart, and it costs no more than that plan's checks
    // (dateWalkLimit is where the two costs meet), so a search never costs over twice its best plan.
    std::vector<qint64> ids;
    store::Statement matches = db.prepare("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 LIMIT ?2");
    matches.bind(1, match).bind(2, readAll ? qint64(-1) : walkLimit + 1);
    while (matches.step())
        ids.push_back(matches.int64(0));
    if (!matches.errorMessage().isEmpty())
        return core::Error{Searcher::tr("the search failed: %1").arg(matches.errorMessage())};

    if (qint64(ids.size()) <= Searcher::DateSortLimit) {
        conditions.prepend(QStringLiteral("article_fts MATCH %1").arg(sql.placeholder(match)));
        sql.text = QStringLiteral("SELECT a.id, 0 FROM article_fts f JOIN articles a ON a.id = f.rowid WHERE ") +
            conditions.join(QStringLiteral(" AND ")) + orderByDate(options.order);
        sql.text += limitClause(sql, options);
        return runHits(db, sql, false);
    }
    if (!readAll && qint64(ids.size()) > walkLimit) {
        conditions.append(
            QStringLiteral("EXISTS (SELECT 1 FROM article_fts WHERE article_fts MATCH %1 AND article_fts.rowid = a.id)")
                .arg(sql.placeholder(match)));
        sql.text = QStringLiteral("SELECT a.id, 0 FROM articles a INDEXED BY articles_date WHERE ") +
            conditions.join(QStringLiteral(" AND ")) + orderByDate(options.order);
        sql.text += limitClause(sql, options);
        return runHits(db, sql, false);
    }

    std::vector<bool> matched(size_t(maxId) + 1, false);
    for (const qint64 id : ids)
        if (id >= 0 && id <= maxId)
            matched[size_t(id)] = true;
    ids = {};
    sql.text = QStringLiteral("SELECT a.id FROM articles a INDEXED BY articles_date") +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        orderByDate(options.order);
    store::Statement walk = sql.prepare(db);
    if (!walk.isValid())
        return core::Error{Searcher::tr("the search failed: %1").arg(walk.errorMessage())};
    QList<Hit> hits;
    qint64 skip = qMax(0, options.offset);
    while ((options.limit <= 0 || hits.size() < options.limit) && walk.step()) {
        const qint64 id = walk.int64(0);
        if (id < 0 || id > maxId || !matched[size_t(id)])
            continue;
        if (skip > 0)
            --skip;
        else
            hits.append(Hit{id, 0.0});
    }
    if (!walk.errorMessage().isEmpty())
        return core::Error{Searcher::tr("the search failed: %1").arg(walk.errorMessage())};
    return hits;
}

} // namespace

// Reading an id from the index costs about 0.07 µs and checking one article against it about
// 40 µs (measured at 100k articles, one segment). Walking for `limit` = 50 matches checks about
// 50·n/m articles, so both plans cost the same where m² = 50·n·40/0.07 ≈ 28,600·n: m ≈ 170·√n.
qint64 Searcher::dateWalkLimit(qint64 articles)
{
    return qMax<qint64>(DateSortLimit, qint64(170.0 * std::sqrt(double(qMax<qint64>(0, articles)))));
}

Searcher::Searcher(store::Database &db)
    : m_db(db)
{
}

core::Result<QList<Hit>> Searcher::search(const Query &query, const SearchOptions &options) const
{
    Sql sql;
    QStringList conditions;
    QList<Hit> hits;
    if (!appendFilters(m_db, query, sql, conditions))
        return hits;

    const QString match = query.matchExpression();
    bool scored = false;
    if (match.isEmpty()) {
        // Filters only (maybe with exclusions): walk the articles by date.
        if (!query.excluded.isEmpty())
            conditions.append(QStringLiteral("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH %1)")
                                  .arg(sql.placeholder(query.exclusionExpression())));
        sql.text = QStringLiteral("SELECT a.id, 0 FROM articles a") +
            (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
            orderByDate(options.order == SearchOptions::Order::Oldest ? options.order : SearchOptions::Order::Newest);
    } else if (options.order == SearchOptions::Order::Relevance) {
        scored = true;
        const QString matchValue = sql.placeholder(match);
        conditions.prepend(QStringLiteral("article_fts MATCH %1").arg(matchValue));
        sql.text = QStringLiteral("SELECT f.rowid, bm25(article_fts, 5.0, 1.0) AS score FROM article_fts f ") +
            (query.hasFilters() ? QStringLiteral("JOIN articles a ON a.id = f.rowid ") : QString()) +
            QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) +
            QStringLiteral(" ORDER BY score, f.rowid");
    } else {
        return searchByDate(m_db, query, options, match, std::move(sql), std::move(conditions));
    }
    sql.text += limitClause(sql, options);
    return runHits(m_db, sql, scored);
}

core::Result<qint64> Searcher::count(const Query &query) const
{
    Sql sql;
    QStringList conditions;
    if (!appendFilters(m_db, query, sql, conditions))
        return qint64(0);
    const QString match = query.matchExpression();
    if (match.isEmpty()) {
        if (!query.excluded.isEmpty())
            conditions.append(QStringLiteral("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH %1)")
                                  .arg(sql.placeholder(query.exclusionExpression())));
        sql.text = QStringLiteral("SELECT count(*) FROM articles a");
    } else {
        conditions.prepend(QStringLiteral("article_fts MATCH %1").arg(sql.placeholder(match)));
        sql.text = QStringLiteral("SELECT count(*) FROM article_fts f") +
            (query.hasFilters() ? QStringLiteral(" JOIN articles a ON a.id = f.rowid") : QString());
    }
    if (!conditions.isEmpty())
        sql.text += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    store::Statement select = sql.prepare(m_db);
    if (!select.step())
        return core::Error{tr("the search failed: %1").arg(select.errorMessage())};
    return select.int64(0);
}

} // namespace elshi::search
