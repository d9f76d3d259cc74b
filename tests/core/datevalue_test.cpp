#include <core/datevalue.h>

#include <QTest>

using elshi::core::DateValue;
using Precision = DateValue::Precision;

class DateValueTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoRoundTrip_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("precision");
        QTest::newRow("day") << QStringLiteral("2024-03-07") << int(Precision::Day);
        QTest::newRow("month") << QStringLiteral("2019-09") << int(Precision::Month);
        QTest::newRow("year") << QStringLiteral("2019") << int(Precision::Year);
        QTest::newRow("no year") << QStringLiteral("--02-12") << int(Precision::DayMonthNoYear);
        QTest::newRow("leap day no year") << QStringLiteral("--02-29") << int(Precision::DayMonthNoYear);
    }
    void isoRoundTrip()
    {
        QFETCH(QString, iso);
        QFETCH(int, precision);
        const DateValue value = DateValue::fromIso(iso);
        QCOMPARE(int(value.precision), precision);
        QCOMPARE(value.toIso(), iso);
        QCOMPARE(DateValue::fromSortKey(value.sortKey(), value.precision), value);
    }

    void rejectsImpossibleDates_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::newRow("31 April") << QStringLiteral("2024-04-31");
        QTest::newRow("29 Feb 2023") << QStringLiteral("2023-02-29");
        QTest::newRow("month 13") << QStringLiteral("2024-13");
        QTest::newRow("garbage") << QStringLiteral("20x4-01-01");
        QTest::newRow("empty") << QString();
    }
    void rejectsImpossibleDates()
    {
        QFETCH(QString, iso);
        QVERIFY(!DateValue::fromIso(iso).isValid());
    }

    void rangeCoversPrecision()
    {
        const DateValue month = DateValue::ofMonth(2024, 2);
        QCOMPARE(month.firstDay(), QDate(2024, 2, 1));
        QCOMPARE(month.lastDay(), QDate(2024, 2, 29));
        QCOMPARE(DateValue::ofYear(2019).lastDay(), QDate(2019, 12, 31));
        QVERIFY(!DateValue::ofDayMonth(2, 12).firstDay().isValid());
    }

    void orderingFollowsCalendar()
    {
        QVERIFY(DateValue::ofDay(2023, 12, 31).sortKey() < DateValue::ofDay(2024, 1, 1).sortKey());
        QVERIFY(DateValue::ofMonth(2024, 3).sortKey() < DateValue::ofDay(2024, 3, 1).sortKey());
        QVERIFY(DateValue::ofDayMonth(12, 31).sortKey() < DateValue::ofYear(1).sortKey());
    }

    // Role tenures keep bare yyyymmdd keys; the zeros tell the precision back.
    void datedKeysKeepTheirPrecision()
    {
        QCOMPARE(DateValue::fromDatedKey(20240312).toIso(), QStringLiteral("2024-03-12"));
        QCOMPARE(DateValue::fromDatedKey(20240300).toIso(), QStringLiteral("2024-03"));
        QCOMPARE(DateValue::fromDatedKey(20240000).toIso(), QStringLiteral("2024"));
        QVERIFY(!DateValue::fromDatedKey(312).isValid()); // day and month without a year
        QVERIFY(!DateValue::fromDatedKey(0).isValid());
        QVERIFY(DateValue::keyHasYear(DateValue::ofDay(1991, 12, 16).sortKey()));
        QVERIFY(!DateValue::keyHasYear(DateValue::fromIso(u"--02-12").sortKey()));
    }

    void completesMissingYear()
    {
        QCOMPARE(DateValue::ofDayMonth(2, 12).withYear(2026), DateValue::ofDay(2026, 2, 12));
        QVERIFY(!DateValue::ofDayMonth(2, 29).withYear(2023).isValid());
        QCOMPARE(DateValue::ofDay(2020, 1, 1).withYear(1999), DateValue::ofDay(2020, 1, 1));
    }
};

QTEST_GUILESS_MAIN(DateValueTest)
#include "datevalue_test.moc"
