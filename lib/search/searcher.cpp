#include "searcher.h"

#include <core/logging.h>
#include <store/database.h>
#include <store/statement.h>

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
    void bindTo(store::Statement &statement) const
    {
        for (size_t i = 0; i < values.size(); ++i) {
            if (const auto *number = std::get_if<qint64>(&values[i]))
                statement.bind(int(i + 1), *number);
            else
                statement.bind(int(i + 1), std::get<QString>(values[i]));
        }
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

} // namespace

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
        // Common words: walk the date index and test each article against the index; rare ones:
        // take the index's matches and sort them.
        store::Statement estimate =
            m_db.prepare("SELECT count(*) FROM (SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 LIMIT ?2)");
        estimate.bind(1, match).bind(2, qint64(CommonTermThreshold));
        if (!estimate.step() && !estimate.errorMessage().isEmpty())
            return core::Error{tr("the search failed: %1").arg(estimate.errorMessage())};
        const bool common = estimate.int64(0) >= CommonTermThreshold;
        const QString matchValue = sql.placeholder(match);
        if (common && hasPrefix(query)) {
            // A prefix re-expands against the index's terms on every probe, so probing article by
            // article costs a full expansion each time; SQLite evaluates this uncorrelated IN once
            // into a lookup table, then the date walk stops at the limit as before.
            conditions.append(
                QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH %1)").arg(matchValue));
            sql.text = QStringLiteral("SELECT a.id, 0 FROM articles a INDEXED BY articles_date WHERE ") +
                conditions.join(QStringLiteral(" AND ")) + orderByDate(options.order);
        } else if (common) {
            conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM article_fts WHERE article_fts MATCH %1 AND "
                                             "article_fts.rowid = a.id)")
                                  .arg(matchValue));
            sql.text = QStringLiteral("SELECT a.id, 0 FROM articles a INDEXED BY articles_date WHERE ") +
                conditions.join(QStringLiteral(" AND ")) + orderByDate(options.order);
        } else {
            conditions.prepend(QStringLiteral("article_fts MATCH %1").arg(matchValue));
            sql.text = QStringLiteral("SELECT a.id, 0 FROM article_fts f JOIN articles a ON a.id = f.rowid WHERE ") +
                conditions.join(QStringLiteral(" AND ")) + orderByDate(options.order);
        }
    }
    sql.text += limitClause(sql, options);

    const QByteArray text = sql.text.toUtf8();
    store::Statement select = m_db.prepare(std::string_view(text.constData(), size_t(text.size())));
    if (!select.isValid())
        return core::Error{tr("the search failed: %1").arg(select.errorMessage())};
    sql.bindTo(select);
    while (select.step())
        hits.append(Hit{select.int64(0), scored ? select.real(1) : 0.0});
    if (!select.errorMessage().isEmpty()) {
        qCWarning(lcSearch) << "search failed:" << sql.text << select.errorMessage();
        return core::Error{tr("the search failed: %1").arg(select.errorMessage())};
    }
    return hits;
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
    const QByteArray text = sql.text.toUtf8();
    store::Statement select = m_db.prepare(std::string_view(text.constData(), size_t(text.size())));
    sql.bindTo(select);
    if (!select.step())
        return core::Error{tr("the search failed: %1").arg(select.errorMessage())};
    return select.int64(0);
}

} // namespace elshi::search
