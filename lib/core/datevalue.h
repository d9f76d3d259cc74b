#pragma once

// A calendar date as news text states it: to the day, the month or the year, or a day and month
// whose year the text does not give. Cheap to copy, ordered, and stored as one integer.

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>

namespace elshi::core {

struct DateValue
{
    enum class Precision : quint8
    {
        None, // no date known
        Year, // 2019
        Month, // 2019-09
        Day, // 2019-09-23
        DayMonthNoYear, // --09-23: day and month stated, year unknown
    };

    qint16 year = 0;
    quint8 month = 0;
    quint8 day = 0;
    Precision precision = Precision::None;

    static DateValue ofDay(int year, int month, int day); // invalid dates give None
    static DateValue ofMonth(int year, int month);
    static DateValue ofYear(int year);
    static DateValue ofDayMonth(int month, int day);
    static DateValue fromDate(QDate date);

    // Parses exactly what toIso() writes: "2024-03-07", "2019-09", "2019", "--02-12"; else None.
    static DateValue fromIso(QStringView text);
    QString toIso() const; // empty for None

    bool isValid() const { return precision != Precision::None; }
    bool hasYear() const
    {
        return precision == Precision::Year || precision == Precision::Month || precision == Precision::Day;
    }
    // The first day the value covers (1 Sept for 2019-09); invalid without a year.
    QDate firstDay() const;
    QDate lastDay() const;

    // yyyymmdd with zeros for unknown parts; 0 for None; year-less dates sort before all dated ones.
    qint32 sortKey() const;
    static DateValue fromSortKey(qint32 key, Precision precision);
    // A dated key stored without its precision (role tenures): day, month or year as its zeros show;
    // None for 0 or a year-less key.
    static DateValue fromDatedKey(qint32 key);
    // Whether a sort key carries a year (year-less keys are below 1000-00-00).
    static constexpr bool keyHasYear(qint32 key) { return key >= 10000000; }

    // A year-less date completed with the given year (None when 29 Feb does not exist then).
    DateValue withYear(int year) const;

    auto operator<=>(const DateValue &) const = default;
};

} // namespace elshi::core
