// Substrings that share their text's buffer: they read as the text says, outlive it safely, change
// without touching it, and ownedCopy() never keeps a whole text alive for a word.

#include <text/sharedstring.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::text;

class SharedStringTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsShareTheBuffer()
    {
        QString text = u"Посол Казахстана встретился с министром"_s;
        text.detach(); // from the literal's static data to a buffer of its own, as a read file is
        const QString part = sharedPart(text, 6, 10);
        QCOMPARE(part, u"Казахстана"_s);
        QCOMPARE(part.size(), 10);
        // No copy: the part's letters are the text's own.
        QCOMPARE(part.constData(), text.constData() + 6);
    }

    void partOutlivesItsText()
    {
        QString part;
        {
            QString text = u"Елші Астанада кездесті"_s;
            text.detach();
            part = sharedPart(text, 5, 8);
        }
        QCOMPARE(part, u"Астанада"_s);
        // Appending to the part is its own business.
        part += u" және"_s;
        QCOMPARE(part, u"Астанада және"_s);
    }

    void changingAPartLeavesTheTextAlone()
    {
        QString text = u"Ambassador met the Minister"_s;
        text.detach();
        QString part = sharedPart(text, 0, 10);
        part[0] = u'a';
        part.append(u's');
        QCOMPARE(part, u"ambassadors"_s);
        QCOMPARE(text, u"Ambassador met the Minister"_s);
    }

    void staticTextIsCopied()
    {
        // Literal data has no buffer to share: the part is an ordinary copy.
        const QString literal = QStringLiteral("Kazakhstan Today");
        const QString part = sharedPart(literal, 11, 5);
        QCOMPARE(part, u"Today"_s);
        const QString raw = QString::fromRawData(literal.constData(), literal.size());
        QCOMPARE(sharedPart(raw, 0, 10), u"Kazakhstan"_s);
    }

    void ownedCopyHasItsOwnBuffer()
    {
        const QString text = u"Нұртілеу Мұрат"_s;
        const QString part = sharedPart(text, 0, 8);
        const QString owned = ownedCopy(part);
        QCOMPARE(owned, u"Нұртілеу"_s);
        QVERIFY(owned.constData() != part.constData());
        // Not a part of a larger buffer: it holds exactly its own letters.
        QCOMPARE(owned.capacity(), owned.size());
    }
};

QTEST_GUILESS_MAIN(SharedStringTest)
#include "sharedstring_test.moc"
