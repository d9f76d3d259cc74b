// The packed spans of one entity in one article: what goes in comes out, in order, once per start,
// and damaged bytes are refused rather than read as wrong offsets.

#include <store/mentionspans.h>

#include <QTest>

using namespace elshi::store;

class MentionSpansTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        MentionSpans spans;
        spans.add(0, 13);
        spans.add(40, 47);
        spans.add(200, 205); // a gap over 127: two bytes
        spans.add(3'000'000, 3'000'400); // three-byte gap and length
        const QByteArray bytes = spans.encode();
        const std::optional<MentionSpans> back = MentionSpans::decode(bytes);
        QVERIFY(back);
        QCOMPARE(back->spans(), spans.spans());
        QCOMPARE(back->count(), 4);
        // Most spans take two bytes: a short gap and a short length.
        QCOMPARE(MentionSpans::decode(bytes.left(4))->spans(), (std::vector<MentionSpan>{{0, 13}, {40, 47}}));
    }

    void keepsTheFirstSpanAtAStart()
    {
        MentionSpans spans;
        spans.add(30, 50); // "Ambassador Nurtleu", as extraction gives the longest first
        spans.add(30, 40);
        spans.add(10, 15); // out of order: sorted in
        spans.add(-1, 4); // not a span
        spans.add(60, 55);
        QCOMPARE(spans.spans(), (std::vector<MentionSpan>{{10, 15}, {30, 50}}));

        MentionSpans other;
        other.add(30, 33);
        other.add(70, 80);
        spans.unite(other);
        QCOMPARE(spans.spans(), (std::vector<MentionSpan>{{10, 15}, {30, 50}, {70, 80}}));
    }

    void emptyIsEmpty()
    {
        QVERIFY(MentionSpans().encode().isEmpty());
        const auto none = MentionSpans::decode(QByteArray());
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void refusesDamagedBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("start without length") << QByteArray("\x05", 1);
        QTest::newRow("varint cut short") << QByteArray("\x05\x85", 2);
        QTest::newRow("varint past 32 bits") << QByteArray("\xff\xff\xff\xff\x7f\x01", 6);
        QTest::newRow("two spans at one start") << QByteArray("\x05\x02\x00\x03", 4);
    }

    void refusesDamagedBytes()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!MentionSpans::decode(bytes));
    }
};

QTEST_GUILESS_MAIN(MentionSpansTest)
#include "mentionspans_test.moc"
