// Search end to end: ingest a small trilingual corpus, run queries, check what comes back.

#include "../store/testcorpus.h"

#include <search/query.h>
#include <search/searcher.h>
#include <search/snippetmaker.h>
#include <store/corpus.h>
#include <store/database.h>

#include <QTemporaryDir>
#include <QTest>

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

    void usesTheDateIndexForCommonWords()
    {
        // Above the threshold the date-first plan runs; it must give what the index-first plan gives.
        QTemporaryDir dir;
        QList<TestArticle> many;
        for (int i = 0; i < Searcher::CommonTermThreshold + 10; ++i)
            many.append({QStringLiteral("Note %1").arg(i),
                         QStringLiteral("2020-01-01"),
                         u"en"_s,
                         {},
                         QStringLiteral("common text %1").arg(i)});
        many.append({u"Special"_s, u"2021-05-05"_s, u"en"_s, {}, u"common and rare"_s});
        QVERIFY(writeFile(dir.filePath(u"big.txt"_s), testFile(many)));
        store::Ingester ingester(dir.filePath(u"db.sqlite"_s));
        ingester.setReader(&testReader);
        QVERIFY(ingester.run({dir.filePath(u"big.txt"_s)}));
        auto db = store::Database::open(dir.filePath(u"db.sqlite"_s));
        QVERIFY(db);
        SearchOptions newest;
        newest.order = SearchOptions::Order::Newest;
        newest.limit = 2;
        const auto hits = Searcher(**db).search(*Query::parse(u"common"), newest);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        store::Statement title = (*db)->prepare("SELECT title FROM articles WHERE id = ?1");
        title.bind(1, hits->first().id);
        QVERIFY(title.step());
        QCOMPARE(title.text(0), u"Special"_s);
        QCOMPARE(*Searcher(**db).count(*Query::parse(u"common")), qint64(Searcher::CommonTermThreshold + 11));

        // A common prefix takes the date-first plan with the matches fetched once.
        const auto prefixed = Searcher(**db).search(*Query::parse(u"comm* rar*"), newest);
        QVERIFY(prefixed);
        QCOMPARE(prefixed->size(), 1);
        QCOMPARE(prefixed->first().id, hits->first().id);
        const auto newestCommon = Searcher(**db).search(*Query::parse(u"comm*"), newest);
        QVERIFY(newestCommon);
        QCOMPARE(newestCommon->size(), 2);
        QCOMPARE(newestCommon->first().id, hits->first().id);
    }
};

QTEST_GUILESS_MAIN(SearcherTest)
#include "searcher_test.moc"
