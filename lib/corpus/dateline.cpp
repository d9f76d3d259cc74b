#include "dateline.h"

#include "dateparser.h"

namespace elshi::corpus {

namespace {

struct Agency
{
    const char16_t *written;
    const char16_t *outlet;
};

// Longer spellings first so "KAZAKHSTAN TODAY" wins over a shorter overlap.
constexpr Agency kAgencies[] = {
    {u"KAZAKHSTAN TODAY", u"Kazakhstan Today"},
    {u"Kazakhstan Today", u"Kazakhstan Today"},
    {u"ИНТЕРФАКС-КАЗАХСТАН", u"Interfax-Kazakhstan"},
    {u"Интерфакс-Казахстан", u"Interfax-Kazakhstan"},
    {u"INTERFAX-KAZAKHSTAN", u"Interfax-Kazakhstan"},
    {u"Interfax-Kazakhstan", u"Interfax-Kazakhstan"},
    {u"РИА Новости", u"RIA Novosti"},
    {u"KAZINFORM", u"Kazinform"},
    {u"Kazinform", u"Kazinform"},
    {u"КАЗИНФОРМ", u"Kazinform"},
    {u"Казинформ", u"Kazinform"},
    {u"ҚазАқпарат", u"Kazinform"},
    {u"ҚАЗАҚПАРАТ", u"Kazinform"},
    {u"Қазақпарат", u"Kazinform"},
    {u"QazAqparat", u"Kazinform"},
    {u"KazAqparat", u"Kazinform"},
    {u"KZinform", u"Kazinform"},
    {u"Sputnik", u"Sputnik"},
    {u"ТАСС", u"TASS"},
    {u"TASS", u"TASS"},
    {u"BAQ.KZ", u"BAQ.KZ"},
    {u"КазТАГ", u"KazTAG"},
    {u"KazTAG", u"KazTAG"},
    {u"Tengrinews", u"Tengrinews"},
};

// Agencies start within this many characters of the paragraph.
constexpr qsizetype kHead = 90;

bool isDashChar(QChar c)
{
    return c == u'-' || c == u'–' || c == u'—';
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u',' || c == u'/' || isDashChar(c) || c == QChar(0xA0);
}

QStringView trimSeparators(QStringView s)
{
    while (!s.isEmpty() && isSeparator(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isSeparator(s.back()))
        s.chop(1);
    return s;
}

// A place name as datelines write it: capitalised words, no digits, short.
bool plausiblePlace(QStringView place, int maxWords)
{
    if (place.isEmpty() || place.size() > 40 || !place.front().isUpper())
        return false;
    int words = 1;
    for (qsizetype i = 0; i < place.size(); ++i) {
        const QChar c = place[i];
        if (c.isDigit())
            return false;
        if (c == u' ') {
            ++words;
            if (i + 1 < place.size() && !place[i + 1].isUpper())
                return false;
        } else if (!(c.isLetter() || c == u'-' || c == u'\'' || c == u'’' || c == u'.')) {
            return false;
        }
    }
    return words <= maxWords;
}

// Splits "ASTANA. 12 февраля" / "АСТАНА, 9 фев" / "Астана - 8 октября" into place and the rest.
void splitPlace(QStringView prefix, QStringView *place, QStringView *rest)
{
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const QChar c = prefix[i];
        const bool dotOrComma = (c == u'.' || c == u',') && (i + 1 == prefix.size() || prefix[i + 1].isSpace());
        const bool dash = isDashChar(c) && i > 0 && prefix[i - 1].isSpace();
        if (dotOrComma || dash) {
            *place = prefix.left(i).trimmed();
            *rest = trimSeparators(prefix.mid(i + 1));
            return;
        }
    }
    *place = trimSeparators(prefix);
    *rest = {};
}

bool wordBoundary(QStringView text, qsizetype at)
{
    return at <= 0 || at >= text.size() || !text[at].isLetterOrNumber() || !text[at - 1].isLetterOrNumber();
}

} // namespace

Dateline Dateline::parse(QStringView paragraph)
{
    Dateline result;
    const QStringView head = paragraph.left(kHead);
    qsizetype best = -1, bestLength = 0;
    const Agency *agency = nullptr;
    for (const Agency &a : kAgencies) {
        const QStringView written(a.written);
        const qsizetype at = head.indexOf(written);
        if (at < 0 || !wordBoundary(paragraph, at) || !wordBoundary(paragraph, at + written.size()))
            continue;
        if (best < 0 || at < best) {
            best = at;
            bestLength = written.size();
            agency = &a;
        }
    }
    if (!agency || best == 0)
        return result;

    // A separator must stand before the agency, or "Russian Sputnik vaccine" would be a dateline.
    const QStringView before = paragraph.left(best).trimmed();
    if (before.isEmpty() || !(isSeparator(before.back())))
        return result;
    QStringView place, rest;
    splitPlace(paragraph.left(best), &place, &rest);
    if (!plausiblePlace(place, 3))
        return result;
    core::DateValue date;
    if (!rest.isEmpty()) {
        date = DateParser::parse(rest);
        if (!date.isValid())
            return result;
    }

    // After the agency: "/", an author in slashes, ".", a dash, then the text.
    qsizetype i = best + bestLength;
    const qsizetype n = paragraph.size();
    auto skipSpaces = [&] {
        while (i < n && (paragraph[i].isSpace() || paragraph[i] == QChar(0xA0)))
            ++i;
    };
    if (i < n && paragraph[i] == u'/')
        ++i;
    skipSpaces();
    if (i < n && paragraph[i] == u'/') {
        const qsizetype close = paragraph.indexOf(u'/', i + 1);
        if (close > 0 && close - i <= 60)
            i = close + 1;
    }
    skipSpaces();
    if (i < n && paragraph[i] == u'.')
        ++i;
    skipSpaces();
    if (i < n && isDashChar(paragraph[i]))
        ++i;
    skipSpaces();

    result.found = true;
    result.place = place.toString();
    result.outlet = QString::fromUtf16(agency->outlet);
    result.date = date;
    result.bodyStart = i;
    return result;
}

Dateline Dateline::parseLoose(QStringView paragraph)
{
    Dateline result;
    const QStringView head = paragraph.left(70);
    // The first dash with a space before it ends the dateline.
    qsizetype dash = -1;
    for (qsizetype i = 1; i < head.size(); ++i) {
        if (isDashChar(head[i]) && (head[i - 1].isSpace() || head[i - 1] == QChar(0xA0))) {
            dash = i;
            break;
        }
    }
    if (dash < 0)
        return result;
    QList<QStringView> parts = head.left(dash).split(u',');
    for (QStringView &p : parts)
        p = p.trimmed();
    core::DateValue date;
    // "TALLINN, March 5, 2024 – ": the date's own comma splits it in two.
    if (parts.size() > 2) {
        const QString joined = parts.at(parts.size() - 2).toString() + u", " + parts.back();
        date = DateParser::parse(joined);
        if (date.isValid() && date.precision == core::DateValue::Precision::Day) {
            parts.removeLast();
            parts.removeLast();
        } else {
            date = {};
        }
    }
    if (!date.isValid() && parts.size() > 1) {
        date = DateParser::parse(parts.back());
        if (date.isValid())
            parts.removeLast();
    }
    QString place;
    for (const QStringView &p : std::as_const(parts)) {
        if (!plausiblePlace(p, 2))
            return result;
        if (!place.isEmpty())
            place += QStringLiteral(", ");
        place += p;
    }
    if (parts.size() > 3)
        return result;
    qsizetype i = dash + 1;
    while (i < paragraph.size() && paragraph[i].isSpace())
        ++i;
    result.found = true;
    result.place = place;
    result.date = date;
    result.bodyStart = i;
    return result;
}

} // namespace elshi::corpus
