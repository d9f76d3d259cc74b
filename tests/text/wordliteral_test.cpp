// Literal comparisons the entity rules make of every word: equal only to the same letters, whatever
// the script, and suffix and prefix tests that agree with QStringView's own.

#include <text/wordliteral.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::text;
using namespace elshi::text::literals;

class WordLiteralTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equality_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("isAnd");
        QTest::addColumn<bool>("isZhane");
        QTest::newRow("same latin") << u"and"_s << true << false;
        QTest::newRow("longer") << u"android"_s << false << false;
        QTest::newRow("prefix only") << u"an"_s << false << false;
        QTest::newRow("case differs") << u"And"_s << false << false;
        QTest::newRow("same kazakh") << u"және"_s << false << true;
        QTest::newRow("kazakh, last letter differs") << u"жанe"_s << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }

    void equality()
    {
        QFETCH(QString, word);
        QFETCH(bool, isAnd);
        QFETCH(bool, isZhane);
        QCOMPARE(word == u"and"_w, isAnd);
        QCOMPARE(word != u"and"_w, !isAnd);
        QCOMPARE(QStringView(word) == u"және"_w, isZhane);
        // As Qt's own comparison says.
        QCOMPARE(word == u"and"_w, word == u"and");
        QCOMPARE(word == u"және"_w, word == u"және");
    }

    void suffixesAndPrefixes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("affix");
        QTest::newRow("russian ending") << u"Нуртлеуым"_s << u"ым"_s;
        QTest::newRow("not the ending") << u"Нуртлеуом"_s << u"ым"_s;
        QTest::newRow("whole word") << u"ов"_s << u"ов"_s;
        QTest::newRow("affix longer than word") << u"ов"_s << u"ова"_s;
        QTest::newRow("empty affix") << u"Астана"_s << QString();
        QTest::newRow("kazakh locative") << u"Астанада"_s << u"да"_s;
        QTest::newRow("prefix") << u"республикасы"_s << u"республика"_s;
    }

    void suffixesAndPrefixes()
    {
        QFETCH(QString, word);
        QFETCH(QString, affix);
        const std::u16string_view view(QStringView(affix).utf16(), size_t(affix.size()));
        QCOMPARE(endsWith(word, view), QStringView(word).endsWith(affix));
        QCOMPARE(startsWith(word, view), QStringView(word).startsWith(affix));
        const WordLiteral literal{QStringView(affix).utf16(), affix.size()};
        QCOMPARE(endsWith(word, literal), QStringView(word).endsWith(affix));
    }

    void answersAsExpected()
    {
        // The rows above compare with Qt; these say what the answers are.
        QVERIFY(endsWith(u"Нуртлеуым"_s, u"ым"));
        QVERIFY(!endsWith(u"Нуртлеуом"_s, u"ым"));
        QVERIFY(startsWith(u"республикасы"_s, u"республика"));
        QVERIFY(!startsWith(u"рес"_s, u"республика"));
        QVERIFY(u"при"_s == u"при"_w);
        QVERIFY(u"пр"_s != u"при"_w);
    }
};

QTEST_GUILESS_MAIN(WordLiteralTest)
#include "wordliteral_test.moc"
