// Transliteration keys: the ASCII shortcut gives what ICU's chain gives, and a skeleton made from a
// word's transliteration is the word's own skeleton. Identity keys are stored in every database, so
// a shortcut that changed one key would split a person from the aliases already stored.

#include <text/translit.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::text;

class TranslitTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asciiShortcutAgreesWithIcu_data()
    {
        QTest::addColumn<QString>("text");
        // Every printable ASCII character alone, and in the company of letters on both sides.
        for (char16_t c = 0x20; c < 0x7f; ++c) {
            const QString ch(QChar{c});
            QTest::addRow("U+%04X", unsigned(c)) << ch;
            QTest::addRow("in word U+%04X", unsigned(c)) << (u"Ab"_s + ch + u"Yz"_s);
        }
        for (const QString &name : {u"Nurtleu"_s, u"A.Shokybayev"_s, u"Kassym-Jomart Tokayev"_s, u"O'Brien"_s,
                                    u"Yerlan Yessimov"_s, u"MUKHTAR TILEUBERDI"_s, u"Zhansaya 2024"_s, u"ch sh shch"_s})
            QTest::newRow(qPrintable(name)) << name;
    }

    void asciiShortcutAgreesWithIcu()
    {
        QFETCH(QString, text);
        QCOMPARE(toLatin(text), toLatinWithIcu(text));
    }

    void cyrillicGoesThroughIcu()
    {
        QCOMPARE(toLatin(u"Мұрат Нұртілеу"_s), u"murat nurtileu"_s);
        QCOMPARE(toLatin(u"Ержан"_s), toLatinWithIcu(u"Ержан"_s));
        // A text with one non-ASCII letter is not shortened: "José" loses its accent in ICU.
        QCOMPARE(toLatin(u"José"_s), u"jose"_s);
    }

    void skeletonOfLatinIsTheWordsSkeleton_data()
    {
        QTest::addColumn<QString>("word");
        for (const QString &w : {u"Nurtleu"_s, u"Нуртлеу"_s, u"Нұртілеу"_s, u"Ashikbayev"_s, u"Ашикбаев"_s,
                                 u"Yessimov"_s, u"Есимов"_s, u"Жомарт"_s, u"Khabar"_s, u"Kassym-Jomart"_s})
            QTest::newRow(qPrintable(w)) << w;
    }

    void skeletonOfLatinIsTheWordsSkeleton()
    {
        QFETCH(QString, word);
        QCOMPARE(skeletonOfLatin(toLatin(word)), skeletonKey(word));
        QVERIFY(!skeletonKey(word).isEmpty());
    }

    void spellingsShareASkeleton()
    {
        QCOMPARE(skeletonKey(u"Nurtleu"_s), u"nrtl"_s);
        QCOMPARE(skeletonKey(u"Нуртлеу"_s), u"nrtl"_s);
        QCOMPARE(skeletonKey(u"Нұртілеу"_s), u"nrtl"_s);
        QCOMPARE(skeletonKey(u"Yessimov"_s), skeletonKey(u"Esimov"_s));
        QVERIFY(skeletonKey(u"Nurtleu"_s) != skeletonKey(u"Tokayev"_s));
    }
};

QTEST_GUILESS_MAIN(TranslitTest)
#include "translit_test.moc"
