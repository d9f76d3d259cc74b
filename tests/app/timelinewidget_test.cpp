// Drives the timeline with real mouse events: drag selects a range snapped to buckets, the zoom
// picks the granularity, undated articles have their own bucket.

#include "timelinewidget.h"

#include <QSignalSpy>
#include <QTest>

using elshi::ui::TimelineWidget;

class TimelineWidgetTest : public QObject
{
    Q_OBJECT
private:
    static std::vector<TimelineWidget::DayCount> sampleDays()
    {
        return {{QDate(2021, 6, 3), 2}, {QDate(2022, 1, 6), 1}, {QDate(2023, 3, 16), 4}, {QDate(2024, 3, 7), 3}};
    }

private Q_SLOTS:
    void countsAggregatePerBucket()
    {
        TimelineWidget timeline;
        timeline.resize(900, 160);
        timeline.setCounts(sampleDays(), 5);
        QCOMPARE(timeline.countIn(QDate(2021, 1, 1), QDate(2023, 12, 31)), 7u);
        QCOMPARE(timeline.countIn(QDate(2024, 3, 7), QDate(2024, 3, 7)), 3u);
        QCOMPARE(timeline.countIn(QDate(2020, 1, 1), QDate(2020, 12, 31)), 0u);
    }

    void dragSelectsRangeSnappedToBuckets()
    {
        TimelineWidget timeline;
        timeline.resize(400, 160); // three years in 400 pixels: one bar per month
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        timeline.setCounts(sampleDays(), 0);
        QCOMPARE(timeline.granularity(), TimelineWidget::Granularity::Month);
        QSignalSpy selected(&timeline, &TimelineWidget::rangeSelected);

        const int y = timeline.height() / 2;
        const QPoint from(timeline.xForDate(QDate(2022, 1, 15)), y);
        const QPoint to(timeline.xForDate(QDate(2023, 3, 20)), y);
        QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(&timeline, to);
        QTest::mouseRelease(&timeline, Qt::LeftButton, {}, to);

        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toDate(), QDate(2022, 1, 1));
        QCOMPARE(selected.at(0).at(1).toDate(), QDate(2023, 3, 31));
        QCOMPARE(timeline.countIn(timeline.selectionStart(), timeline.selectionEnd()), 5u);
    }

    void zoomRefinesGranularity()
    {
        TimelineWidget timeline;
        timeline.resize(900, 160);
        timeline.setCounts(sampleDays(), 0);
        timeline.setView(QDate(2024, 3, 1), QDate(2024, 3, 31));
        QCOMPARE(timeline.granularity(), TimelineWidget::Granularity::Day);
        timeline.setView(QDate(2000, 1, 1), QDate(2024, 12, 31));
        QCOMPARE(timeline.granularity(), TimelineWidget::Granularity::Year);
        const QDate start = timeline.viewStart();
        timeline.zoom(0.5, QDate(2012, 6, 1));
        QVERIFY(timeline.viewStart() > start);
    }

    void undatedBucketIsSelectable()
    {
        TimelineWidget timeline;
        timeline.resize(900, 160);
        timeline.setCounts(sampleDays(), 5);
        QSignalSpy undated(&timeline, &TimelineWidget::undatedChosen);
        QSignalSpy cleared(&timeline, &TimelineWidget::selectionCleared);
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.undatedRect().center());
        QCOMPARE(undated.count(), 1);
        QVERIFY(timeline.undatedSelected());
        QTest::keyClick(&timeline, Qt::Key_Escape);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!timeline.undatedSelected());
    }
};

QTEST_MAIN(TimelineWidgetTest)
#include "timelinewidget_test.moc"
