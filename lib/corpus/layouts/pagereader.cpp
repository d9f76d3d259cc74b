#include "pagereader.h"

#include "../cleaner.h"
#include "../crawlheader.h"
#include "../dateline.h"
#include "../dateparser.h"
#include "../sentences.h"

namespace elshi::corpus {

using core::DateValue;

namespace {

bool isUrl(QStringView piece)
{
    return (piece.startsWith(u"http://") || piece.startsWith(u"https://")) && !piece.contains(u' ');
}

// "Title 08.10.2018 14:49": a stamp glued to the end of a headline.
QString stripTrailingStamp(QStringView title, DateValue *date)
{
    const QList<DateParser::Match> matches = DateParser::findAll(title);
    if (matches.isEmpty())
        return title.toString();
    const DateParser::Match &last = matches.back();
    if (last.begin == 0 || !last.value.hasYear())
        return title.toString();
    if (!DateParser::parseStamp(title.mid(last.begin)).isStamp)
        return title.toString();
    *date = last.value;
    return title.left(last.begin).trimmed().toString();
}

} // namespace

PageReader::PageReader(QString id, QString defaultOutlet)
    : m_id(std::move(id))
    , m_defaultOutlet(std::move(defaultOutlet))
{
}

bool PageReader::isTitleLike(QStringView line)
{
    if (line.size() < 3 || line.size() > 250)
        return false;
    const QChar last = line.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':')
        return false;
    if (line.front().isLower())
        return false;
    return Sentences::firstLength(line) >= line.size();
}

Dateline PageReader::firstDateline(const SourceText &source, int maxLines)
{
    const bool usual = maxLines == kOpeningLines;
    if (usual && source.openingDateline())
        return *source.openingDateline();
    const Dateline found = searchDateline(source, maxLines);
    if (usual)
        source.rememberOpeningDateline(found);
    return found;
}

Dateline PageReader::searchDateline(const SourceText &source, int maxLines)
{
    int seen = 0;
    for (qsizetype i = 0; i < source.lineCount() && seen < maxLines; ++i) {
        QStringView piece = source.trimmedLine(i);
        if (i == 0) {
            if (const CrawlHeader h = CrawlHeader::parse(source.line(0)); h.found)
                piece = source.line(0).mid(h.restStart).trimmed();
        }
        if (piece.isEmpty())
            continue;
        ++seen;
        if (const Dateline d = Dateline::parse(piece); d.found)
            return d;
    }
    return {};
}

QList<ArticleDraft> PageReader::read(const SourceText &source, QList<core::Error> &problems) const
{
    Q_UNUSED(problems);
    QList<ArticleDraft> drafts;
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        bool content = false;
        for (qsizetype k = start; k < end && !content; ++k)
            content = !source.isBlank(k);
        if (content)
            drafts.append(readPage(source, start, end));
    };
    for (qsizetype i = 1; i < source.lineCount(); ++i) {
        if (CrawlHeader::startsHeader(source.line(i))) {
            flush(i);
            start = i;
        }
    }
    flush(source.lineCount());
    return drafts;
}

ArticleDraft PageReader::readPage(const SourceText &source, qsizetype firstLine, qsizetype endLine) const
{
    ArticleDraft d;
    Article &a = d.article;
    a.layout = m_id;
    a.outlet = m_defaultOutlet;
    d.begin = source.lineAt(firstLine).begin;
    d.end = endLine < source.lineCount() ? source.lineAt(endLine).begin : source.text().size();

    DateValue crawl, stamp, pageDate, glued;
    Dateline dateline;
    struct Candidate
    {
        qsizetype line;
        QString text;
    };
    QList<Candidate> titles;
    qsizetype bodyLine = -1;
    QString firstBody;

    for (qsizetype i = firstLine; i < endLine; ++i) {
        QStringView piece = source.trimmedLine(i);
        if (i == firstLine) {
            if (const CrawlHeader h = CrawlHeader::parse(source.line(i)); h.found) {
                crawl = h.date;
                piece = source.line(i).mid(h.restStart).trimmed();
            }
        }
        if (piece.isEmpty())
            continue;
        if (isUrl(piece)) {
            if (a.url.isEmpty())
                a.url = piece.toString();
            continue;
        }
        if (const Dateline dl = Dateline::parse(piece); dl.found) {
            dateline = dl;
            bodyLine = i;
            firstBody = piece.mid(dl.bodyStart).toString();
            break;
        }
        if (piece.size() <= 100) {
            if (const DateParser::Stamp st = DateParser::parseStamp(piece); st.isStamp) {
                if (st.date.isValid()) {
                    if (st.hasWeekday)
                        pageDate = st.date;
                    else if (!stamp.isValid())
                        stamp = st.date;
                } else if (st.relative && crawl.precision == DateValue::Precision::Day && !stamp.isValid()) {
                    // "Today, 09:07" on a page saved that day.
                    stamp = DateValue::fromDate(crawl.firstDay().addDays(st.relativeDays));
                }
                continue;
            }
        }
        if (Cleaner::isClutterLine(piece))
            continue;
        if (isTitleLike(piece) && titles.size() < 3) {
            titles.append({i, stripTrailingStamp(piece, &glued)});
            continue;
        }
        bodyLine = i;
        firstBody = piece.toString();
        break;
    }

    // With a dateline, the headline is the last title-like line before it (an earlier one is the
    // previous article's headline left on the page); without one, the first is the headline and
    // any other title-like lines are body.
    if (!titles.isEmpty()) {
        if (dateline.found || bodyLine < 0) {
            a.title = titles.back().text;
        } else {
            a.title = titles.front().text;
            if (titles.size() > 1) {
                bodyLine = titles[1].line;
                firstBody = source.trimmedLine(bodyLine).toString();
            }
        }
    }
    if (bodyLine >= 0) {
        d.bodyLines.append(firstBody);
        for (qsizetype i = bodyLine + 1; i < endLine; ++i)
            d.bodyLines.append(source.line(i).toString());
    }

    if (dateline.found) {
        a.place = dateline.place;
        if (!dateline.outlet.isEmpty())
            a.outlet = dateline.outlet;
    } else if (bodyLine >= 0) {
        // A text saved without its page may still open with "TALLINN, March 5, 2024 – ": the only
        // date it has. Without an agency it is kept in the body, as written.
        if (const Dateline loose = Dateline::parseLoose(firstBody); loose.found) {
            a.place = loose.place;
            if (loose.date.hasYear() && !stamp.isValid() && !crawl.isValid() && !pageDate.isValid())
                dateline.date = loose.date;
        }
    }
    if (!stamp.isValid() && glued.isValid())
        stamp = glued;
    const DateValue reference = stamp.hasYear() ? stamp : crawl;
    d.referenceDate = reference;
    if (dateline.date.isValid()) {
        a.date = dateline.date.hasYear() ? dateline.date : DateParser::completeYear(dateline.date, reference);
        // A stamp on the page with the same day and month is the same date with its year.
        if (!a.date.hasYear() && stamp.hasYear() && stamp.month == dateline.date.month &&
            stamp.day == dateline.date.day)
            a.date = stamp;
    } else if (stamp.isValid()) {
        a.date = stamp.hasYear() ? stamp : DateParser::completeYear(stamp, crawl);
    } else if (crawl.isValid()) {
        a.date = crawl;
    } else if (pageDate.isValid()) {
        a.date = pageDate;
    }
    return d;
}

} // namespace elshi::corpus
