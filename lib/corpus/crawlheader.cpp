#include "crawlheader.h"

namespace elshi::corpus {

namespace {
qsizetype headerDateStart(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == u' ')
        ++i;
    if (!line.mid(i).startsWith(u"date "))
        return -1;
    i += 5;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i < line.size() && line[i].isDigit() ? i : -1;
}

int digitsAt(QStringView s, qsizetype at, qsizetype count)
{
    if (at + count > s.size())
        return -1;
    int v = 0;
    for (qsizetype k = 0; k < count; ++k) {
        const QChar c = s[at + k];
        if (!c.isDigit() || c.unicode() > 0x7F)
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}
} // namespace

bool CrawlHeader::startsHeader(QStringView line)
{
    return headerDateStart(line) >= 0;
}

CrawlHeader CrawlHeader::parse(QStringView line)
{
    CrawlHeader h;
    const qsizetype i = headerDateStart(line);
    if (i < 0)
        return h;
    const int year = digitsAt(line, i, 4);
    if (year < 0 || digitsAt(line, i + 4, 1) >= 0 || i + 4 >= line.size() || line[i + 4] != u'-')
        return h;
    const int month = digitsAt(line, i + 5, 2);
    if (month < 0)
        return h;
    qsizetype end = i + 7;
    const bool hasDay = end < line.size() && line[end] == u'-' && digitsAt(line, end + 1, 2) >= 0 &&
        (end + 3 == line.size() || !line[end + 3].isDigit());
    if (hasDay) {
        h.date = core::DateValue::ofDay(year, month, digitsAt(line, end + 1, 2));
        end += 3;
    } else {
        h.date = core::DateValue::ofMonth(year, month);
    }
    if (!h.date.isValid())
        return h;
    while (end < line.size() && line[end].isSpace())
        ++end;
    h.found = true;
    h.restStart = end;
    return h;
}

} // namespace elshi::corpus
