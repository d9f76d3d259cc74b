#include "dateformat.h"

#include <QLocale>

namespace elshi::core {

QString DateFormat::format(const DateValue &date, Length length)
{
    const QLocale locale;
    const bool isLong = length == Length::Long;
    const auto monthFormat = isLong ? QLocale::LongFormat : QLocale::ShortFormat;
    using P = DateValue::Precision;
    switch (date.precision) {
    case P::None:
        return isLong ? tr("date unknown") : QStringLiteral("—");
    case P::Year:
        return QString::number(date.year);
    case P::Month:
        return locale.standaloneMonthName(date.month, monthFormat) + u' ' + QString::number(date.year);
    case P::Day:
        return locale.toString(QDate(date.year, date.month, date.day), monthFormat);
    case P::DayMonthNoYear:
        if (!isLong)
            return QStringLiteral("%1 %2 ?").arg(date.day).arg(locale.monthName(date.month, QLocale::ShortFormat));
        return tr("%1 %2 (year unknown)").arg(date.day).arg(locale.monthName(date.month));
    }
    return {};
}

} // namespace elshi::core
