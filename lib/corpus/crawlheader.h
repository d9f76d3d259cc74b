#pragma once

// The " date YYYY-MM-DD …" line a crawler puts at the top of each page it saved. What follows
// the date on the same line varies: a title, the dateline and body, a first item's stamp
// ("07.03.2024, 20:14 6446"), a URL, or page clutter. A malformed "date 2023-09 11 Sep. …" gives
// a month-precision crawl date.

#include <core/datevalue.h>

#include <QStringView>

namespace elshi::corpus {

struct CrawlHeader
{
    bool found = false;
    core::DateValue date; // the crawl date (when the page was saved)
    qsizetype restStart = 0; // where the text after the date begins in the line

    static CrawlHeader parse(QStringView line);
    // Cheap test for splitting files into pages: the line starts with " date " and a digit.
    static bool startsHeader(QStringView line);
};

} // namespace elshi::corpus
