#include "mfadigestreader.h"

#include "../cleaner.h"
#include "../crawlheader.h"
#include "../dateline.h"
#include "../dateparser.h"

namespace elshi::corpus {

using core::DateValue;

namespace {

// A line holding only an item date (optionally with time and view count): "06.03.2024".
DateValue itemDate(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 40 || !line.front().isDigit())
        return {};
    const DateParser::Stamp st = DateParser::parseStamp(line);
    return st.isStamp && st.date.hasYear() && !st.hasWeekday ? st.date : DateValue{};
}

bool isMfaMarker(QStringView line)
{
    line = line.trimmed();
    return line == u"Kazakh MFA" || line == u"Tell a friend" || line == u"Қазақстан СІМ" || line == u"МИД РК";
}

} // namespace

int MfaDigestReader::detect(const SourceText &source) const
{
    if (source.lineCount() == 0)
        return 0;
    const CrawlHeader h = CrawlHeader::parse(source.line(0));
    const bool headerStamp = h.found && itemDate(source.line(0).mid(h.restStart)).isValid();
    const bool leadingDate = itemDate(source.line(0)).isValid();
    int dateLines = 0, markers = 0;
    const qsizetype scan = std::min<qsizetype>(source.lineCount(), 400);
    for (qsizetype i = 1; i < scan; ++i) {
        const QStringView line = source.line(i);
        if (line.size() <= 40 && itemDate(line).isValid())
            ++dateLines;
        else if (line.size() <= 20 && isMfaMarker(line))
            ++markers;
    }
    if ((headerStamp || leadingDate) && (dateLines > 0 || markers > 0))
        return 90;
    if (leadingDate && dateLines > 1)
        return 70;
    return headerStamp ? 30 : 0;
}

QList<ArticleDraft> MfaDigestReader::read(const SourceText &source, QList<core::Error> &problems) const
{
    QList<ArticleDraft> drafts;
    const qsizetype count = source.lineCount();

    // Item starts: the header line, then every date line.
    QList<qsizetype> starts;
    if (count > 0)
        starts.append(0);
    for (qsizetype i = 1; i < count; ++i) {
        if (source.line(i).size() <= 40 && itemDate(source.line(i)).isValid())
            starts.append(i);
    }

    DateValue crawl;
    for (qsizetype s = 0; s < starts.size(); ++s) {
        const qsizetype first = starts[s];
        const qsizetype end = s + 1 < starts.size() ? starts[s + 1] : count;
        ArticleDraft d;
        Article &a = d.article;
        a.layout = id();
        a.outlet = QStringLiteral("Kazakh MFA");
        d.begin = source.lineAt(first).begin;
        d.end = end < count ? source.lineAt(end).begin : source.text().size();

        QString pendingTitle;
        if (first == 0) {
            const CrawlHeader h = CrawlHeader::parse(source.line(0));
            QStringView rest = source.line(0).trimmed();
            if (h.found) {
                crawl = h.date;
                rest = source.line(0).mid(h.restStart).trimmed();
            }
            if (const DateValue date = itemDate(rest); date.isValid())
                a.date = date;
            else if (!rest.isEmpty())
                pendingTitle = rest.toString(); // a header followed by a title
        } else {
            a.date = itemDate(source.line(first));
        }
        d.referenceDate = crawl;
        if (!a.date.isValid())
            a.date = crawl;

        qsizetype i = first + 1;
        if (pendingTitle.isEmpty()) {
            for (; i < end; ++i) {
                const QStringView line = source.trimmedLine(i);
                if (line.isEmpty() || isMfaMarker(line) || Cleaner::isClutterLine(line))
                    continue;
                pendingTitle = line.toString();
                ++i;
                break;
            }
        }
        if (const Dateline dl = Dateline::parse(pendingTitle); dl.found) {
            // No title: the first line is already the body.
            d.bodyLines.append(pendingTitle.mid(dl.bodyStart));
            a.place = dl.place;
        } else {
            a.title = pendingTitle;
        }
        for (; i < end; ++i)
            d.bodyLines.append(source.line(i).toString());
        if (a.title.isEmpty() && d.bodyLines.isEmpty()) {
            problems.append(core::Error{
                QCoreApplication::translate("elshi::corpus", "digest item dated %1 has no text").arg(a.date.toIso()),
                source.path(), first + 1, source.decoded().byteOffset(d.begin)});
            continue;
        }
        drafts.append(std::move(d));
    }
    return drafts;
}

} // namespace elshi::corpus
