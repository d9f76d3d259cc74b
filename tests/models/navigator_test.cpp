#include <models/navigator.h>

#include <QSignalSpy>
#include <QTest>

using namespace elshi::models;

class NavigatorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyGoesBackAndForward()
    {
        Navigator navigator;
        QSignalSpy opened(&navigator, &Navigator::articleOpened);
        navigator.openArticle(1);
        navigator.openArticle(2, 10, 20);
        navigator.openArticle(3);
        QVERIFY(navigator.canGoBack());
        QVERIFY(!navigator.canGoForward());
        navigator.goBack();
        QCOMPARE(navigator.current(), (ReadingPosition{2, 10, 20}));
        navigator.goBack();
        QCOMPARE(navigator.current().articleId, 1);
        QVERIFY(!navigator.canGoBack());
        navigator.goForward();
        QCOMPARE(navigator.current().articleId, 2);
        QCOMPARE(opened.count(), 6);
    }

    void openingDropsForwardHistory()
    {
        Navigator navigator;
        navigator.openArticle(1);
        navigator.openArticle(2);
        navigator.goBack();
        navigator.openArticle(7);
        QVERIFY(!navigator.canGoForward());
        navigator.goBack();
        QCOMPARE(navigator.current().articleId, 1);
    }

    void filterSignalsOnlyOnChange()
    {
        Navigator navigator;
        QSignalSpy changed(&navigator, &Navigator::dateFilterChanged);
        const DateFilter year{QDate(2024, 1, 1), QDate(2024, 12, 31), false};
        navigator.setDateFilter(year);
        navigator.setDateFilter(year);
        QCOMPARE(changed.count(), 1);
        QVERIFY(navigator.dateFilter().isActive());
        navigator.clearDateFilter();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!navigator.dateFilter().isActive());
    }
};

QTEST_GUILESS_MAIN(NavigatorTest)
#include "navigator_test.moc"
