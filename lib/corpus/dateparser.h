#pragma once

// Reads calendar dates written in English, Russian and Kazakh (Cyrillic and Latin script) news:
// "14 June 2023", "March 7, 2024", "12 февраля", "22 Қыркүйек 2010", "қыркүйектің 22-сі",
// "2019 жылғы 22 қыркүйек", "07.03.2024", "09/03/2017" (day first), "2024-03-09", and month
// names in every case form and their abbreviations ("января", "январе", "янв.", "қаңтардың",
// "qañtar").
//
// A date without a year stays DayMonthNoYear: the year is never invented here. completeYear()
// and resolveRelative() add one only from an explicit reference date and only when it is close.
// Everything is hand-scanned (no regular expressions); month tables are built once per process.
// Bad input gives an invalid DateValue or an invalid Match, never an error.

#include <core/datevalue.h>

#include <QList>
#include <QString>
#include <QStringView>

namespace elshi::corpus {

class DateParser
{
public:
    struct Match
    {
        core::DateValue value;
        qsizetype begin = -1; // in the searched text, end exclusive
        qsizetype end = -1;
        bool isValid() const { return value.isValid(); }
    };

    // What a line consisting only of a time stamp says: "21 December 2022, 19:10",
    // "20:13, 22 Қыркүйек 2010 | GMT +5", "07.03.2024, 20:14 6446" (a view counter),
    // "Today, 09:07", "Кеше", "Жұма, 19 Сәуір 2024".
    struct Stamp
    {
        bool isStamp = false; // the line is only a stamp (date, time, zone, weekday, counter)
        core::DateValue date; // invalid when the stamp has no calendar date ("Today, 09:07")
        int relativeDays = 0; // -1 for "yesterday"/"вчера"/"кеше", 0 otherwise
        bool relative = false; // "today", "yesterday", … stated instead of a date
        bool hasTime = false;
        bool hasWeekday = false; // a site's "today is …" header rather than the article's date
    };

    // 1–12 for a month name in any case form or abbreviation (without its dot), else 0.
    static int monthNumber(QStringView word);

    // The first date stated in text at or after from; invalid Match when none.
    static Match find(QStringView text, qsizetype from = 0);
    static QList<Match> findAll(QStringView text);
    // text, trimmed, is exactly one date (no other words); invalid otherwise.
    static core::DateValue parse(QStringView text);
    // Classifies a whole line as a time stamp; isStamp is false for any other text.
    static Stamp parseStamp(QStringView line);

    // A year-less date completed from a reference date that follows it closely (a crawl date, a
    // page date): the latest year that puts date no later than maxDaysAfter after reference and
    // no more than maxDaysBefore before it. Anything else is returned unchanged.
    static core::DateValue completeYear(core::DateValue date, core::DateValue reference, int maxDaysBefore = 183,
                                        int maxDaysAfter = 7);
    // A year-less date (or month) put in the year that brings it nearest to reference; used for
    // dates mentioned in an article's text ("on February 27" in a 6 March article).
    static core::DateValue nearestYear(core::DateValue date, core::DateValue reference);
};

// The first date a stretch of article text refers to, resolved against the article's date:
// "on February 27" → 2024-02-27 in a 2024-03-06 article; "27 февраля", "in September 2019"
// (month precision), "in 2019" / "в 2019 году" / "2019 жылы" (year), "yesterday"/"вчера"/
// "кеше", "today", "tomorrow". lang ("en", "ru", "kk" or empty for any) limits the relative
// words considered. Gives an invalid DateValue when the text names no date; a year-less date
// stays DayMonthNoYear when articleDate has no year.
core::DateValue resolveRelative(QStringView text, core::DateValue articleDate, const QString &lang = {});

} // namespace elshi::corpus
