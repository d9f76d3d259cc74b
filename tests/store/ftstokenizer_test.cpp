// The "elshi" FTS5 tokenizer on pre-analysed text: where each term lands in the index.

#include <store/ftstokenizer.h>

#include <QTest>

#include <sqlite3.h>
#include <string>
#include <utility>
#include <vector>

using namespace elshi::store;

namespace {

// An in-memory database with one contentless index using the tokenizer, and its instance vocabulary.
class Index
{
public:
    Index()
    {
        sqlite3_open(":memory:", &m_db);
        m_ok = bool(FtsTokenizer::registerWith(m_db)) &&
            exec("CREATE VIRTUAL TABLE fts USING fts5(body, content='', tokenize='elshi');"
                 "CREATE VIRTUAL TABLE terms USING fts5vocab(fts, instance);");
    }
    ~Index() { sqlite3_close(m_db); }
    Index(const Index &) = delete;
    Index &operator=(const Index &) = delete;

    bool ok() const { return m_ok; }

    bool insert(const std::string &body)
    {
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(m_db, "INSERT INTO fts(rowid, body) VALUES (1, ?1)", -1, &insert, nullptr);
        sqlite3_bind_text(insert, 1, body.data(), int(body.size()), SQLITE_TRANSIENT);
        const bool done = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_finalize(insert);
        return done;
    }

    // Every (term, position) the index holds, in position then term order.
    std::vector<std::pair<std::string, int>> instances()
    {
        std::vector<std::pair<std::string, int>> out;
        sqlite3_stmt *query = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT term, offset FROM terms ORDER BY offset, term", -1, &query, nullptr);
        while (sqlite3_step(query) == SQLITE_ROW)
            out.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)),
                             sqlite3_column_int(query, 1));
        sqlite3_finalize(query);
        return out;
    }

    int matches(const char *expression)
    {
        sqlite3_stmt *query = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT count(*) FROM fts WHERE fts MATCH ?1", -1, &query, nullptr);
        sqlite3_bind_text(query, 1, expression, -1, SQLITE_STATIC);
        const int count = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int(query, 0) : -1;
        sqlite3_finalize(query);
        return count;
    }

private:
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

    sqlite3 *m_db = nullptr;
    bool m_ok = false;
};

std::string marked(const std::string &terms)
{
    return std::string(1, FtsTokenizer::PreAnalysedMarker) + terms;
}

} // namespace

class FtsTokenizerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alternativesShareTheirWordsPosition()
    {
        Index index;
        QVERIFY(index.ok());
        QVERIFY(index.insert(marked("alpha beta|bet gamma delta|delt|del")));
        const std::vector<std::pair<std::string, int>> expected{{"alpha", 0}, {"bet", 1},  {"beta", 1}, {"gamma", 2},
                                                                {"del", 3},   {"delt", 3}, {"delta", 3}};
        QCOMPARE(index.instances(), expected);
    }

    void wordsFarFromAnyAlternativeKeepTheirOwnPositions()
    {
        // A long body whose only alternatives come at its very end, as in a large file of one
        // article: each plain word is one term at its own position, and the last word's
        // alternatives share the last position.
        std::string terms;
        const int plainWords = 20000;
        for (int i = 0; i < plainWords; ++i)
            terms += "w" + std::to_string(i % 7) + ' ';
        terms += "omega|omeg";
        Index index;
        QVERIFY(index.ok());
        QVERIFY(index.insert(marked(terms)));
        const std::vector<std::pair<std::string, int>> all = index.instances();
        QCOMPARE(all.size(), size_t(plainWords + 2));
        QCOMPARE(all[3], std::make_pair(std::string("w3"), 3));
        QCOMPARE(all[plainWords - 1],
                 std::make_pair(std::string("w" + std::to_string((plainWords - 1) % 7)), plainWords - 1));
        QCOMPARE(all[plainWords], std::make_pair(std::string("omeg"), plainWords));
        QCOMPARE(all[plainWords + 1], std::make_pair(std::string("omega"), plainWords));
    }

    void phrasesMatchThroughEitherAlternative()
    {
        Index index;
        QVERIFY(index.ok());
        QVERIFY(index.insert(marked("alpha beta|bet gamma")));
        QCOMPARE(index.matches("\"alpha bet gamma\""), 1);
        QCOMPARE(index.matches("\"alpha beta gamma\""), 1);
        QCOMPARE(index.matches("\"alpha gamma\""), 0);
    }
};

QTEST_GUILESS_MAIN(FtsTokenizerTest)
#include "ftstokenizer_test.moc"
