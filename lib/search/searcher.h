#pragma once

// Runs a parsed Query against a database: which articles match, best first or newest first.
//
// Words go to the FTS5 index (BM25, a title hit weighing five body hits); lang:, source: and date:
// are plain SQL on the articles table. For newest-first results the plan depends on how common the
// words are: rare words are looked up in the index and sorted by date; words found in more than
// CommonTermThreshold articles are checked article by article while walking the date index
// backwards, which stops after `limit` matches instead of sorting a huge result set.
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
    static constexpr int CommonTermThreshold = 20000;

    explicit Searcher(store::Database &db);

    core::Result<QList<Hit>> search(const Query &query, const SearchOptions &options = {}) const;
    // How many articles match, for "123 articles" labels; costs a pass over the matches.
    core::Result<qint64> count(const Query &query) const;

private:
    store::Database &m_db;
};

} // namespace elshi::search
