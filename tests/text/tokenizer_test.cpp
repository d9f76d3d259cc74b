// Word splitting and folding: what counts as a word, its byte range, and its script.

#include <text/normalize.h>
#include <text/tokenizer.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::text;

namespace {

QStringList words(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    Tokenizer tokenizer(std::string_view(utf8.constData(), size_t(utf8.size())));
    Token token;
    QStringList result;
    while (tokenizer.next(token))
        result.append(QString::fromUtf8(token.text.data(), qsizetype(token.text.size())));
    return result;
}

} // namespace

class TokenizerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAndFolds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("english") << QStringLiteral("The Ambassador's meetings, 2024.")
                                 << QStringList{u"the"_s, u"ambassador's"_s, u"meetings"_s, u"2024"_s};
        QTest::newRow("russian yo") << QStringLiteral("Её ЁЛКА — провёл")
                                    << QStringList{u"ее"_s, u"елка"_s, u"провел"_s};
        QTest::newRow("kazakh") << QStringLiteral("ҚАЗАҚСТАННЫҢ Елшісі!")
                                << QStringList{u"қазақстанның"_s, u"елшісі"_s};
        QTest::newRow("numbers") << QStringLiteral("3.5 млн, 1,000 and 12:30")
                                 << QStringList{u"3.5"_s, u"млн"_s, u"1,000"_s, u"and"_s, u"12"_s, u"30"_s};
        QTest::newRow("hyphen splits") << QStringLiteral("Нур-Султан") << QStringList{u"нур"_s, u"султан"_s};
        QTest::newRow("trailing apostrophe")
            << QStringLiteral("states' rights") << QStringList{u"states"_s, u"rights"_s};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("punctuation only") << QStringLiteral("«—» …") << QStringList{};
    }
    void splitsAndFolds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text), expected);
    }

    void reportsByteRangesAndScripts()
    {
        const QByteArray utf8 = QStringLiteral("a Қаз xyz1").toUtf8();
        Tokenizer tokenizer(std::string_view(utf8.constData(), size_t(utf8.size())));
        Token token;
        QVERIFY(tokenizer.next(token));
        QCOMPARE(token.start, 0);
        QCOMPARE(token.end, 1);
        QVERIFY(token.has(Token::Latin));
        QVERIFY(tokenizer.next(token));
        QCOMPARE(utf8.mid(token.start, token.end - token.start), QStringLiteral("Қаз").toUtf8());
        QVERIFY(token.has(Token::Cyrillic));
        QVERIFY(token.has(Token::KazakhLetter));
        QVERIFY(tokenizer.next(token));
        QVERIFY(token.has(Token::Latin));
        QVERIFY(token.has(Token::Digit));
        QVERIFY(!tokenizer.next(token));
    }

    void invalidUtf8SeparatesWords()
    {
        const QByteArray bytes("ab\xff\xfe"
                               "cd\xe2\x82",
                               8);
        Tokenizer tokenizer(std::string_view(bytes.constData(), size_t(bytes.size())));
        Token token;
        QStringList result;
        while (tokenizer.next(token))
            result.append(QString::fromUtf8(token.text.data(), qsizetype(token.text.size())));
        QCOMPARE(result, (QStringList{u"ab"_s, u"cd"_s}));
    }

    void normalizesForDuplicates()
    {
        QCOMPARE(normalizedForDedup(u"  Посол\n\nЁлки   THE\tend "), QStringLiteral("посол елки the end"));
        // No-break and em spaces are white space too; Greek and Armenian fold; a letter outside the
        // BMP (Deseret) folds as a whole code point; a lone surrogate stays as written.
        QCOMPARE(normalizedForDedup(u"A\u00a0B\u2003\u2003C ΑΘΉΝΑ Երևան"), u"a b c αθήνα երևան"_s);
        QCOMPARE(normalizedForDedup(u"\U00010400x 😀"), u"\U00010428x 😀"_s);
        QCOMPARE(normalizedForDedup(u""), QString());
        QCOMPARE(foldCase(u"ЁЖ Қ"), QStringLiteral("еж қ"));
    }
};

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"
