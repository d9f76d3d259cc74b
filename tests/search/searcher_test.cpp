// Search end to end: ingest a small trilingual corpus, run queries, check what comes back.

#include "../store/testcorpus.h"

#include <search/query.h>
#include <search/searcher.h>
#include <search/snippetmaker.h>
#include <store/corpus.h>
#include <store/database.h>

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace elshi;
using namespace elshi::search;

class SearcherTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    QHash<QString, qint64> m_ids; // by title

    QStringList titles(const QString &text, SearchOptions options = {})
    {
        const auto query = Query::parse(text);
        if (!query) {
            qWarning() << query.error().message;
            return {u"<parse error>"_s};
        }
        const auto hits = Searcher(*m_db).search(*query, options);
        if (!hits)
            return {u"<search error>"_s};
        QStringList result;
        for (const Hit &hit : *hits)
            result.append(m_ids.key(hit.id));
        if (options.order == SearchOptions::Order::Relevance && query->hasWords())
            return result;
        return result;
    }
    QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(writeFile(
            m_dir.filePath(u"c/ru.txt"_s),
            testFile({{u"Посол Казахстана вручил верительные грамоты"_s, u"2024-03-07"_s, u"ru"_s, u"Kazinform"_s,
                       u"Посол Казахстана в Великобритании вручил верительные грамоты королю. "
                       "Встреча прошла в Лондоне."_s},
                      {u"Министр принял послов"_s, u"2023-06-12"_s, u"ru"_s, u"Kazakh MFA"_s,
                       u"Министр иностранных дел принял послов стран Европы и обсудил визит."_s},
                      {u"Итоги года"_s, u"2024"_s, u"ru"_s, u"Kazinform"_s,
                       u"В этом году состоялись десятки встреч на высшем уровне."_s}})));
        QVERIFY(writeFile(m_dir.filePath(u"c/en.txt"_s),
                          testFile({{u"Meetings in Astana"_s, u"2024-03"_s, u"en"_s, u"UN Kazakhstan"_s,
                                     u"The ambassador held meetings with the foreign minister. Talks covered trade."_s},
                                    {u"Ambassador"_s, u"2019-09-23"_s, u"en"_s, u"Kazinform"_s,
                                     u"A short note on the state visit, trade and the Astana meeting."_s}})));
        QVERIFY(writeFile(m_dir.filePath(u"c/kk.txt"_s),
                          testFile({{u"Елшінің кездесуі"_s, u"2024-03-09"_s, u"kk"_s, u"Kazinform"_s,
                                     u"Қазақстанның елшісі Лондонда әріптестерімен кездесуде ынтымақтастықты "
                                     "талқылады."_s}})));
        store::Ingester ingester(m_dir.filePath(u"db.sqlite"_s));
        ingester.setReader(&testReader);
        QVERIFY(ingester.run({m_dir.filePath(u"c"_s)}));
        auto db = store::Database::open(m_dir.filePath(u"db.sqlite"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        store::Statement select = m_db->prepare("SELECT id, title FROM articles");
        while (select.step())
            m_ids.insert(select.text(1), select.int64(0));
        QCOMPARE(m_ids.size(), 6);
    }

    void findsInflectedForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString ru1 = u"Посол Казахстана вручил верительные грамоты"_s;
        const QString ru2 = u"Министр принял послов"_s;
        const QString kk = u"Елшінің кездесуі"_s;
        const QString en1 = u"Meetings in Astana"_s;
        const QString en2 = u"Ambassador"_s;
        QTest::newRow("послы") << u"послы"_s << QStringList{ru1, ru2};
        QTest::newRow("посла") << u"посла"_s << QStringList{ru1, ru2};
        QTest::newRow("meeting") << u"meeting"_s << QStringList{en1, en2};
        QTest::newRow("елші") << u"елші"_s << QStringList{kk};
        QTest::newRow("Қазақстан") << u"Қазақстан"_s << QStringList{kk};
        QTest::newRow("phrase") << u"\"посол казахстана\""_s << QStringList{ru1};
        QTest::newRow("phrase order matters") << u"\"казахстана посол\""_s << QStringList{};
        QTest::newRow("prefix") << u"минист*"_s << QStringList{ru2};
        QTest::newRow("exclude") << u"ambassador -trade"_s << QStringList{};
        QTest::newRow("exclude some") << u"meeting -minister"_s << QStringList{en2};
        QTest::newRow("OR") << u"грамоты OR елші"_s << QStringList{ru1, kk};
        QTest::newRow("title only") << u"title:ambassador"_s << QStringList{en2};
        QTest::newRow("lang") << u"lang:kk"_s << QStringList{kk};
        QTest::newRow("source") << u"source:mfa"_s << QStringList{ru2};
        QTest::newRow("unknown source") << u"source:Reuters"_s << QStringList{};
        QTest::newRow("month") << u"date:2024-03"_s << QStringList{ru1, en1, kk};
        QTest::newRow("year includes year-only") << u"date:2024"_s << QStringList{ru1, en1, kk, u"Итоги года"_s};
        QTest::newRow("day excludes month-only") << u"date:2024-03-07"_s << QStringList{ru1};
        QTest::newRow("range") << u"date:2023-06..2024-03"_s << QStringList{ru1, ru2, en1, kk};
        QTest::newRow("words and filters") << u"meeting lang:en date:2024"_s << QStringList{en1};
        QTest::newRow("exclusion with filter") << u"-посол lang:ru"_s << QStringList{u"Итоги года"_s};
    }
    void findsInflectedForms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(sorted(titles(query)), sorted(expected));
        const auto parsed = Query::parse(query);
        QCOMPARE(*Searcher(*m_db).count(*parsed), qint64(expected.size()));
    }

    void ranksTitleHitsFirst()
    {
        // "ambassador" is in one title and one body: the title hit ranks first.
        QCOMPARE(titles(u"ambassador"_s), (QStringList{u"Ambassador"_s, u"Meetings in Astana"_s}));
    }

    void sortsByDate()
    {
        SearchOptions newest;
        newest.order = SearchOptions::Order::Newest;
        QCOMPARE(titles(u"date:2024-03"_s, newest),
                 (QStringList{u"Елшінің кездесуі"_s, u"Посол Казахстана вручил верительные грамоты"_s,
                              u"Meetings in Astana"_s}));
        SearchOptions oldest;
        oldest.order = SearchOptions::Order::Oldest;
        oldest.limit = 2;
        QCOMPARE(titles(u"ambassador OR послы"_s, oldest), (QStringList{u"Ambassador"_s, u"Министр принял послов"_s}));
        SearchOptions page = newest;
        page.limit = 1;
        page.offset = 1;
        QCOMPARE(titles(u"date:2024-03"_s, page), (QStringList{u"Посол Казахстана вручил верительные грамоты"_s}));
    }

    void marksHitsInSnippets()
    {
        const auto query = Query::parse(u"послы Лондон"_s);
        QVERIFY(query);
        const SnippetMaker maker(*query);
        const Snippet snippet = maker.make(u"Посол Казахстана в Великобритании вручил верительные грамоты королю. "
                                           "Встреча прошла в Лондоне.",
                                           u"ru");
        QCOMPARE(
            snippet.marked(u"[", u"]"),
            u"[Посол] Казахстана в Великобритании вручил верительные грамоты королю. Встреча прошла в [Лондоне]."_s);
        QCOMPARE(snippet.hits.size(), 2);
        QCOMPARE(snippet.text.mid(snippet.hits[1].start, snippet.hits[1].length), u"Лондоне"_s);
    }

    void cutsLongTextsAroundHits()
    {
        QString body;
        for (int i = 0; i < 200; ++i)
            body += QStringLiteral("word%1 ").arg(i);
        body += u"the ambassador arrived. "_s;
        for (int i = 0; i < 200; ++i)
            body += QStringLiteral("tail%1 ").arg(i);
        const auto query = Query::parse(u"ambassadors"_s);
        const Snippet snippet = SnippetMaker(*query).make(body, u"en", 10);
        QVERIFY(snippet.text.startsWith(u"…"));
        QVERIFY(snippet.text.endsWith(u"…"));
        QVERIFY2(snippet.marked().contains(u"**ambassador**"), qPrintable(snippet.marked()));
        QVERIFY(snippet.text.size() < 120);
    }

    // Newest or oldest first, a search takes one of three plans by how many articles match (see
    // searcher.h). Each must give what sorting every match by date gives: here "common" is in every
    // article (checked article by article), "half" in every second (ids read, date index walked),
    // "rare" in one in a hundred (sorted), dates scattered so ids and dates disagree.
    void datePlansAgreeWithSortingEveryMatch()
    {
        constexpr int Articles = 30011;
        QVERIFY(Searcher::dateWalkLimit(Articles) < Articles);
        QVERIFY(Searcher::dateWalkLimit(Articles) > Articles / 2);
        QVERIFY(Articles / 100 < Searcher::DateSortLimit);
        QTemporaryDir dir;
        QList<TestArticle> many;
        for (int i = 0; i < Articles; ++i) {
            QString body = u"common text %1"_s.arg(i);
            if (i % 2 == 0)
                body += u" half"_s;
            if (i % 100 == 0)
                body += u" rare"_s;
            many.append({u"Note %1"_s.arg(i),
                         QDate(2000, 1, 1).addDays((i * 7919) % 3000).toString(Qt::ISODate),
                         u"en"_s,
                         {},
                         body});
        }
        QVERIFY(writeFile(dir.filePath(u"big.txt"_s), testFile(many)));
        store::Ingester ingester(dir.filePath(u"db.sqlite"_s));
        ingester.setReader(&testReader);
        QVERIFY(ingester.run({dir.filePath(u"big.txt"_s)}));
        auto db = store::Database::open(dir.filePath(u"db.sqlite"_s));
        QVERIFY(db);

        // Every article's words and date, from the store: what each query must return, in order.
        struct Row
        {
            qint64 dateKey;
            qint64 id;
            int number;
        };
        std::vector<Row> rows;
        store::Statement all = (*db)->prepare("SELECT date_key, id, title FROM articles ORDER BY date_key, id");
        while (all.step())
            rows.push_back({all.int64(0), all.int64(1), all.text(2).mid(5).toInt()});
        QCOMPARE(int(rows.size()), Articles);
        const auto expected = [&rows](const std::function<bool(const Row &)> &matches, qint64 fromKey,
                                      SearchOptions options) {
            QList<qint64> ids;
            for (const Row &row : rows)
                if (row.dateKey >= fromKey && matches(row))
                    ids.append(row.id);
            if (options.order == SearchOptions::Order::Newest)
                std::reverse(ids.begin(), ids.end());
            ids = ids.mid(options.offset);
            return options.limit > 0 ? ids.mid(0, options.limit) : ids;
        };
        const auto found = [&db](const QString &text, SearchOptions options) {
            QList<qint64> ids;
            const auto hits = Searcher(**db).search(*Query::parse(text), options);
            if (hits)
                for (const Hit &hit : *hits)
                    ids.append(hit.id);
            return ids;
        };
        const auto any = [](const Row &) { return true; };
        const auto even = [](const Row &row) { return row.number % 2 == 0; };
        const auto hundredth = [](const Row &row) { return row.number % 100 == 0; };
        const auto evenAndHundredth = [](const Row &row) { return row.number % 100 == 0; };
        constexpr qint64 From2006 = 20060101;
        for (const auto order : {SearchOptions::Order::Newest, SearchOptions::Order::Oldest}) {
            for (const auto &[limit, offset] : {std::pair{50, 0}, std::pair{20, 35}, std::pair{0, 0}}) {
                SearchOptions options;
                options.order = order;
                options.limit = limit;
                options.offset = offset;
                const QString context = u"order %1 limit %2 offset %3"_s.arg(int(order)).arg(limit).arg(offset);
                QCOMPARE(found(u"common"_s, options), expected(any, 0, options));
                QCOMPARE(found(u"half"_s, options), expected(even, 0, options));
                QCOMPARE(found(u"rare"_s, options), expected(hundredth, 0, options));
                QCOMPARE(found(u"comm*"_s, options), expected(any, 0, options));
                QCOMPARE(found(u"half rar*"_s, options), expected(evenAndHundredth, 0, options));
                QCOMPARE(found(u"half date:2006..2010"_s, options), expected(even, From2006, options));
                QCOMPARE(found(u"common date:2006..2010"_s, options), expected(any, From2006, options));
                QVERIFY2(!found(u"common"_s, options).isEmpty(), qPrintable(context));
            }
        }
        QCOMPARE(*Searcher(**db).count(*Query::parse(u"half"_s)), qint64((Articles + 1) / 2));
    }
};

QTEST_GUILESS_MAIN(SearcherTest)
#include "searcher_test.moc"
