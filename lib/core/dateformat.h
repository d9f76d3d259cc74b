#pragma once

// A DateValue as a reader of the user's language writes it, at its precision: "7 March 2024" or
// "07/03/2024", "March 2024", "2024", "12 February (year unknown)". Uses the default QLocale,
// which the UI language sets, so every pane, list and PDF writes dates the same way.

#include <core/datevalue.h>

#include <QCoreApplication>

namespace elshi::core {

class DateFormat
{
    Q_DECLARE_TR_FUNCTIONS(elshi::core::DateFormat)
public:
    enum class Length
    {
        Long, // reader, PDF: "Thursday, 7 March 2024"
        Short, // list columns: "07/03/2024", "Mar 2024", "12 Feb ?"
    };
    static QString format(const DateValue &date, Length length = Length::Long);
};

} // namespace elshi::core
