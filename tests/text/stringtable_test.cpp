// The string table behind the per-thread word tables: numbers in the order first added, found
// again by text (not by where the text is stored), through growth and after clear().

#include <text/sharedstring.h>
#include <text/stringtable.h>
#include <text/wordset.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::text;

class StringTableTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersInTheOrderFirstAdded()
    {
        StringTable table;
        QVERIFY(table.isEmpty());
        QCOMPARE(table.find(u"елші"), -1);
        bool added = false;
        QCOMPARE(table.insert(u"елші", &added), 0);
        QVERIFY(added);
        QCOMPARE(table.insert(u"посол", &added), 1);
        QVERIFY(added);
        QCOMPARE(table.insert(u"елші", &added), 0);
        QVERIFY(!added);
        QCOMPARE(table.size(), 2);
        QCOMPARE(table.find(u"посол"), 1);
        QCOMPARE(table.at(1), u"посол");
        // Case, length and a prefix are all different keys.
        QCOMPARE(table.find(u"Посол"), -1);
        QCOMPARE(table.find(u"посо"), -1);
        QCOMPARE(table.find(u"посолы"), -1);
        QCOMPARE(table.insert(u""), 2);
        QCOMPARE(table.find(u""), 2);
    }

    void keepsItsOwnCopyOfEachKey()
    {
        StringTable table;
        QString text = u"Посол Казахстана встретился с министром"_s;
        table.insert(sharedPart(text, 6, 10));
        text.fill(u'x');
        QCOMPARE(table.find(u"Казахстана"), 0);
        QCOMPARE(table.at(0), u"Казахстана");
    }

    void findsEveryKeyThroughGrowth()
    {
        // Far past the first 64 slots: every key keeps its number as the table grows, and keys
        // whose hashes share their low bits (so probe into each other's slots) stay apart.
        StringTable table;
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(table.insert(QString(u"word"_s + QString::number(i))), i);
        QCOMPARE(table.size(), 5000);
        for (int i = 0; i < 5000; ++i) {
            const QString key = u"word"_s + QString::number(i);
            QCOMPARE(table.find(key), i);
            QCOMPARE(table.find(key, StringTable::hashOf(key)), i);
            QCOMPARE(table.at(i), key);
        }
        QCOMPARE(table.find(u"word5000"), -1);
    }

    void startsAgainAfterClear()
    {
        StringTable table;
        table.insert(u"a");
        table.insert(u"b");
        table.clear();
        QVERIFY(table.isEmpty());
        QCOMPARE(table.find(u"a"), -1);
        QCOMPARE(table.insert(u"b"), 0);
        QCOMPARE(table.find(u"b"), 0);
    }

    void wordSetHoldsItsWords()
    {
        WordSet set = {u"mr"_s, u"г"_s, u"т.б"_s};
        set.insert(u"сент");
        QCOMPARE(set.size(), 4);
        QVERIFY(set.contains(u"mr"));
        QVERIFY(set.contains(u"т.б"));
        QVERIFY(set.contains(u"сент"));
        QVERIFY(!set.contains(u"Mr"));
        QVERIFY(!set.contains(u"т"));
        QVERIFY(!set.contains(u""));
        const QString text = u"Mr. Смирнов"_s;
        QVERIFY(!set.contains(QStringView(text).first(2)));
        QVERIFY(set.contains(QStringView(text).first(2).toString().toLower()));
    }
};

QTEST_GUILESS_MAIN(StringTableTest)
#include "stringtable_test.moc"
