// The query language: every syntax, and plain messages for malformed queries.

#include <search/query.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::search;

class QueryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesWordsPhrasesAndPrefixes()
    {
        const auto q = Query::parse(u"посол \"Foreign Minister\" минист* title:visit title:\"state visit\"");
        QVERIFY(q);
        QCOMPARE(q->groups.size(), 5);
        QCOMPARE(q->groups[0].first(), (Term{u"посол"_s}));
        QCOMPARE(q->groups[1].first(), (Term{u"Foreign Minister"_s, true}));
        QCOMPARE(q->groups[2].first(), (Term{u"минист"_s, false, true}));
        QCOMPARE(q->groups[3].first(), (Term{u"visit"_s, false, false, true}));
        QCOMPARE(q->groups[4].first(), (Term{u"state visit"_s, true, false, true}));
        QCOMPARE(
            q->matchExpression(),
            u"\"посол\" AND \"Foreign Minister\" AND \"минист\" * AND title : \"visit\" AND title : \"state visit\""_s);
    }

    void parsesOrAndExclusions()
    {
        const auto q = Query::parse(u"visit Astana OR \"Nur-Sultan\" -Moscow -\"press release\"");
        QVERIFY(q);
        QCOMPARE(q->groups.size(), 2);
        QCOMPARE(q->groups[1].size(), 2);
        QCOMPARE(q->excluded.size(), 2);
        QCOMPARE(q->matchExpression(),
                 u"(\"visit\" AND (\"Astana\" OR \"Nur-Sultan\")) NOT (\"Moscow\" OR \"press release\")"_s);
        QCOMPARE(q->exclusionExpression(), u"(\"Moscow\" OR \"press release\")"_s);
    }

    void parsesFilters()
    {
        const auto q = Query::parse(u"lang:ru,kk LANG:en source:\"Kazakh MFA\" source:kazinform date:2024-03 "
                                    "date:2023-06..2024-03 date:2019 date:2024-03-07 date:2023.. date:..2019-09");
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        QVERIFY(!q->hasWords());
        QCOMPARE(q->langs, (QStringList{u"ru"_s, u"kk"_s, u"en"_s}));
        QCOMPARE(q->sources, (QStringList{u"Kazakh MFA"_s, u"kazinform"_s}));
        QCOMPARE(q->dates,
                 (QList<DateRange>{{20240300, 20240399},
                                   {20230600, 20240399},
                                   {20190000, 20199999},
                                   {20240307, 20240307},
                                   {20230000, 99999999},
                                   {10000, 20190999}}));
    }

    void quotesEverythingForFts()
    {
        // FTS5 operators and quotes typed by the user stay words.
        const auto q = Query::parse(u"NEAR(a b) AND col:x* \"it\"\"s\"");
        QVERIFY(!q); // col: is an unknown filter
        const auto ok = Query::parse(u"NEAR(a AND ^b");
        QVERIFY(ok);
        QCOMPARE(ok->matchExpression(), u"\"NEAR(a\" AND \"AND\" AND \"^b\""_s);
    }

    void dropsWordlessTerms()
    {
        const auto q = Query::parse(u"посол — «»");
        QVERIFY(q);
        QCOMPARE(q->groups.size(), 1);
        QCOMPARE(q->matchExpression(), u"\"посол\""_s);
    }

    void rejectsMalformedQueries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced quote") << u"\"посол казахстана"_s << u"unbalanced quote"_s;
        QTest::newRow("bad date") << u"date:March"_s << u"date: needs YYYY, YYYY-MM or YYYY-MM-DD"_s;
        QTest::newRow("bad month") << u"date:2024-13"_s << u"date: needs"_s;
        QTest::newRow("reversed range") << u"date:2024..2023"_s << u"ends before it starts"_s;
        QTest::newRow("bad lang") << u"lang:de"_s << u"lang: needs en, ru or kk"_s;
        QTest::newRow("empty filter") << u"source:"_s << u"'source:' needs a value"_s;
        QTest::newRow("unknown filter") << u"author:x"_s << u"unknown filter 'author:'"_s;
        QTest::newRow("leading OR") << u"OR visit"_s << u"OR needs a word"_s;
        QTest::newRow("trailing OR") << u"visit OR"_s << u"OR needs a word"_s;
        QTest::newRow("OR with filter") << u"visit OR lang:ru"_s << u"OR needs a word"_s;
        QTest::newRow("lone star") << u"*"_s << u"'*'"_s;
        QTest::newRow("excluded filter") << u"visit -lang:ru"_s << u"'-' excludes words"_s;
        QTest::newRow("only exclusions") << u"-visit"_s << u"besides the excluded"_s;
        QTest::newRow("empty") << u"   "_s << u"nothing to search for"_s;
        QTest::newRow("punctuation") << u"?!"_s << u"nothing to search for"_s;
    }
    void rejectsMalformedQueries()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto q = Query::parse(text);
        QVERIFY(!q);
        QVERIFY2(q.error().message.contains(message), qPrintable(q.error().message));
        QVERIFY(!q.error().message.contains(u"SQL", Qt::CaseInsensitive));
    }

    void keepsNonFieldColons()
    {
        const auto q = Query::parse(u"Астана: 12:30");
        QVERIFY(q);
        QCOMPARE(q->groups.size(), 2);
    }
};

QTEST_GUILESS_MAIN(QueryTest)
#include "query_test.moc"
