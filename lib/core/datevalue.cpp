#include "datevalue.h"

namespace elshi::core {

namespace {
bool isLeap(int year)
{
    return QDate::isLeapYear(year);
}
int daysIn(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeap(year))
        return 29;
    return days[month - 1];
}
} // namespace

DateValue DateValue::ofDay(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
        return {};
    return {qint16(year), quint8(month), quint8(day), Precision::Day};
}

DateValue DateValue::ofMonth(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return {};
    return {qint16(year), quint8(month), 0, Precision::Month};
}

DateValue DateValue::ofYear(int year)
{
    if (year < 1 || year > 9999)
        return {};
    return {qint16(year), 0, 0, Precision::Year};
}

DateValue DateValue::ofDayMonth(int month, int day)
{
    // 2000 is a leap year, so 29 February is accepted without a year.
    if (month < 1 || month > 12 || day < 1 || day > daysIn(2000, month))
        return {};
    return {0, quint8(month), quint8(day), Precision::DayMonthNoYear};
}

DateValue DateValue::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    return ofDay(date.year(), date.month(), date.day());
}

DateValue DateValue::fromIso(QStringView text)
{
    auto number = [&](qsizetype from, qsizetype length, bool *ok) { return text.mid(from, length).toInt(ok); };
    bool a = false, b = false, c = false;
    if (text.size() == 7 && text.startsWith(u"--") && text[4] == u'-') {
        const int m = number(2, 2, &a), d = number(5, 2, &b);
        return a && b ? ofDayMonth(m, d) : DateValue{};
    }
    if (text.size() == 4) {
        const int y = number(0, 4, &a);
        return a ? ofYear(y) : DateValue{};
    }
    if (text.size() == 7 && text[4] == u'-') {
        const int y = number(0, 4, &a), m = number(5, 2, &b);
        return a && b ? ofMonth(y, m) : DateValue{};
    }
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int y = number(0, 4, &a), m = number(5, 2, &b), d = number(8, 2, &c);
        return a && b && c ? ofDay(y, m, d) : DateValue{};
    }
    return {};
}

QString DateValue::toIso() const
{
    auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    auto four = [](int n) { return QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0')); };
    switch (precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return four(year);
    case Precision::Month:
        return four(year) + u'-' + two(month);
    case Precision::Day:
        return four(year) + u'-' + two(month) + u'-' + two(day);
    case Precision::DayMonthNoYear:
        return QStringLiteral("--") + two(month) + u'-' + two(day);
    }
    return {};
}

QDate DateValue::firstDay() const
{
    if (!hasYear())
        return {};
    return QDate(year, month ? month : 1, day ? day : 1);
}

QDate DateValue::lastDay() const
{
    if (!hasYear())
        return {};
    switch (precision) {
    case Precision::Year:
        return QDate(year, 12, 31);
    case Precision::Month:
        return QDate(year, month, daysIn(year, month));
    default:
        return QDate(year, month, day);
    }
}

qint32 DateValue::sortKey() const
{
    return qint32(year) * 10000 + qint32(month) * 100 + qint32(day);
}

DateValue DateValue::fromDatedKey(qint32 key)
{
    if (!keyHasYear(key))
        return {};
    return fromSortKey(key, key % 100 ? Precision::Day : key % 10000 ? Precision::Month : Precision::Year);
}

DateValue DateValue::fromSortKey(qint32 key, Precision precision)
{
    const int y = key / 10000, m = (key / 100) % 100, d = key % 100;
    switch (precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return ofYear(y);
    case Precision::Month:
        return ofMonth(y, m);
    case Precision::Day:
        return ofDay(y, m, d);
    case Precision::DayMonthNoYear:
        return ofDayMonth(m, d);
    }
    return {};
}

DateValue DateValue::withYear(int newYear) const
{
    if (precision != Precision::DayMonthNoYear)
        return *this;
    return ofDay(newYear, month, day);
}

} // namespace elshi::core
