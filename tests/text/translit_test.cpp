// Transliteration keys: the ASCII shortcut gives what ICU's chain gives, and a skeleton made from a
// word's transliteration is the word's own skeleton. Identity keys are stored in every database, so
// a shortcut that changed one key would split a person from the aliases already stored.

#include <text/translit.h>

#include <QFile>
#include <QTest>
#include <QTextStream>

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

    // The table that spares ICU for Cyrillic gives ICU's output exactly: over every word of the
    // Russian and Kazakh Hunspell lists, as written, capitalised and in capitals.
    void cyrillicTableAgreesWithIcuOverDictionaries_data()
    {
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("ru") << u"ru_RU.dic"_s;
        QTest::newRow("kk") << u"kk_KZ.dic"_s;
    }

    void cyrillicTableAgreesWithIcuOverDictionaries()
    {
        QFETCH(QString, dictionary);
        QFile file;
        for (const QString &dir : {u"/usr/share/hunspell/"_s, u"/usr/share/myspell/"_s}) {
            file.setFileName(dir + dictionary);
            if (file.open(QIODevice::ReadOnly))
                break;
        }
        if (!file.isOpen())
            QSKIP("this dictionary is not installed");
        QTextStream in(&file);
        in.readLine(); // the word count
        qsizetype words = 0;
        qsizetype leftToIcu = 0; // words with a character the table does not know
        QStringList disagreements;
        while (!in.atEnd()) {
            const QString word = in.readLine().section(u'/', 0, 0).trimmed();
            if (word.isEmpty())
                continue;
            ++words;
            for (const QString &form : QStringList{word, word.left(1).toUpper() + word.mid(1), word.toUpper()}) {
                const std::optional<QString> table = toLatinWithoutIcu(form);
                if (!table) {
                    ++leftToIcu;
                    continue;
                }
                QCOMPARE(toLatin(form), *table);
                if (*table != toLatinWithIcu(form) && disagreements.size() < 10)
                    disagreements.append(form + u" → "_s + *table + u", ICU "_s + toLatinWithIcu(form));
            }
        }
        QVERIFY(words > 10000);
        QVERIFY2(leftToIcu < words / 100, qPrintable(QString::number(leftToIcu)));
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u"; "_s)));
    }

    // Every string of up to three of the letters BGN's context rules turn on (vowels, signs, й,
    // т/с, ш/ч), with a Kazakh letter, a Latin letter, a digit, a space and a hyphen.
    void cyrillicTableAgreesWithIcuOnContexts()
    {
        const QString letters = u"аеёыэюйъьтсшчбАЕЁЫЭЮЙЪЬТСШЧБәӘxX1 -"_s;
        QStringList disagreements;
        int checked = 0;
        for (const QChar a : letters) {
            for (const QChar b : letters) {
                for (const QChar c : letters) {
                    for (const QString &text : QStringList{QString(a) + b, QString(a) + b + c}) {
                        ++checked;
                        const std::optional<QString> table = toLatinWithoutIcu(text);
                        QVERIFY2(table, qPrintable(text));
                        if (*table != toLatinWithIcu(text) && disagreements.size() < 10)
                            disagreements.append(text + u" → "_s + *table + u", ICU "_s + toLatinWithIcu(text));
                    }
                }
            }
        }
        QCOMPARE(checked, 2 * letters.size() * letters.size() * letters.size());
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u"; "_s)));
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
