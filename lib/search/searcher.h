#pragma once

// Runs a parsed Query against a database: which articles match, best first or newest first.
//
// Words go to the FTS5 index (BM25, a title hit weighing five body hits); lang:, source: and date:
// are plain SQL on the articles table. For newest- or oldest-first results the plan depends on how
// many articles match (m, out of n; a date search must not cost more as the corpus grows):
//   m <= DateSortLimit            the matches are looked up and sorted by date;
//   m <= dateWalkLimit(n)         the matches' ids are read once from the index (well under a
//                                 microsecond each) and the date index is walked until `limit`
//                                 of them have passed;
//   more                          the date index is walked and each article checked against the
//                                 index (tens of microseconds each, but a term in so many articles
//                                 is met within a few hundred). Prefixes never take this plan:
//                                 each check would expand the prefix again.
// dateWalkLimit grows with √n, where reading m ids costs as much as the checks of the last plan.
//
// Results are ids with scores; fetch what is shown through store::Corpus::record() and make
// snippets with SnippetMaker. Errors are translated messages, never SQL ones. Use one Searcher per
// thread (it uses that thread's Database).

#include <core/result.h>
#include <search/query.h>

#include <QCoreApplication>
#include <QList>

namespace elshi::store {
class Database;
}

namespace elshi::search {

struct SearchOptions
{
    enum class Order
    {
        Relevance, // BM25, best first; newest first when the query has no words
        Newest,
        Oldest,
    };
    Order order = Order::Relevance;
    int limit = 50; // <= 0: no limit
    int offset = 0;
};

struct Hit
{
    qint64 id = 0;
    double score = 0; // BM25: lower is better; 0 when sorted by date
    bool operator==(const Hit &) const = default;
};

class Searcher
{
    Q_DECLARE_TR_FUNCTIONS(elshi::search::Searcher)
public:
    static constexpr int DateSortLimit = 4000;
    static qint64 dateWalkLimit(qint64 articles);

    explicit Searcher(store::Database &db);

    core::Result<QList<Hit>> search(const Query &query, const SearchOptions &options = {}) const;
    // How many articles match, for "123 articles" labels; costs a pass over the matches.
    core::Result<qint64> count(const Query &query) const;

private:
    store::Database &m_db;
};

} // namespace elshi::search
