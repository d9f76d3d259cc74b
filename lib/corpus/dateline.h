#pragma once

// The dateline that opens a news text: where it was filed, sometimes when, and by which agency.
//   "ASTANA. KAZINFORM – "            "Астана. 12 февраля. KAZAKHSTAN TODAY - "
//   "АСТАНА, 9 фев - Sputnik. "       "НУР-СУЛТАН, 2 февраля. /ТАСС/. "
//   "АСТАНА. Қыркүйектің 22-сі. ҚазАқпарат. "   "Нұр-Сұлтан, BAQ.KZ. "   "Астана - 8 октября /KZinform/ "
// and, loosely (parseLoose, for UN releases), "Borovoye, Kazakhstan – " or "Budapest, Hungary, 8 June — ".
// The place is kept as written; the date usually lacks a year (DayMonthNoYear).

#include <core/datevalue.h>

#include <QString>
#include <QStringView>

namespace elshi::corpus {

struct Dateline
{
    bool found = false;
    QString place; // as written: "ASTANA", "Астана"
    QString outlet; // canonical agency name: "Kazinform", "Kazakhstan Today", "TASS", …; empty for loose
    core::DateValue date;
    qsizetype bodyStart = 0; // where the text after the dateline begins in the paragraph

    // An agency dateline at the start of paragraph; found is false when there is none.
    static Dateline parse(QStringView paragraph);
    // A "Place[, Country][, date] – " opening without an agency; stricter about the place.
    static Dateline parseLoose(QStringView paragraph);
};

} // namespace elshi::corpus
