#include "unrecordsreader.h"

#include "../dateparser.h"

#include <QCoreApplication>

namespace elshi::corpus {

namespace {

bool isField(QStringView line, QStringView name)
{
    return line.startsWith(name) && line.size() > name.size() && line[name.size()] == u':';
}

QStringView fieldValue(QStringView line, QStringView name)
{
    return line.mid(name.size() + 1).trimmed();
}

} // namespace

int UnRecordsReader::detect(const SourceText &source) const
{
    const qsizetype scan = std::min<qsizetype>(source.lineCount(), 60);
    for (qsizetype i = 0; i < scan; ++i) {
        if (!isField(source.trimmedLine(i), u"Date"))
            continue;
        const qsizetype next = source.nextNonBlank(i + 1);
        if (next < source.lineCount() && isField(source.trimmedLine(next), u"Title"))
            return i == source.nextNonBlank(0) ? 95 : 75;
    }
    return 0;
}

QList<ArticleDraft> UnRecordsReader::read(const SourceText &source, QList<core::Error> &problems) const
{
    QList<ArticleDraft> drafts;
    const qsizetype count = source.lineCount();
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < count; ++i) {
        if (isField(source.trimmedLine(i), u"Date")) {
            const qsizetype next = source.nextNonBlank(i + 1);
            if (next >= count || isField(source.trimmedLine(next), u"Title"))
                starts.append(i);
        }
    }
    for (qsizetype s = 0; s < starts.size(); ++s) {
        const qsizetype first = starts[s];
        const qsizetype end = s + 1 < starts.size() ? starts[s + 1] : count;
        ArticleDraft d;
        Article &a = d.article;
        a.layout = id();
        a.outlet = QStringLiteral("UN Kazakhstan");
        d.looseDateline = true;
        d.begin = source.lineAt(first).begin;
        d.end = end < count ? source.lineAt(end).begin : source.text().size();

        const QStringView dateText = fieldValue(source.trimmedLine(first), u"Date");
        a.date = DateParser::parse(dateText);
        if (!a.date.isValid())
            a.date = DateParser::find(dateText).value;
        bool inContent = false, sawUrl = false;
        for (qsizetype i = first + 1; i < end; ++i) {
            const QStringView line = source.trimmedLine(i);
            if (!inContent && isField(line, u"Title")) {
                a.title = fieldValue(line, u"Title").toString();
            } else if (!inContent && isField(line, u"Content")) {
                inContent = true;
                d.bodyLines.append(fieldValue(line, u"Content").toString());
            } else if (isField(line, u"URL")) {
                a.url = fieldValue(line, u"URL").toString();
                sawUrl = true;
                d.end = source.lineAt(i).end; // blank lines after the URL separate records
                inContent = false;
            } else if (inContent) {
                d.bodyLines.append(line.toString());
            }
        }
        if (a.title.isEmpty() && d.bodyLines.isEmpty()) {
            problems.append(core::Error{
                QCoreApplication::translate("elshi::corpus", "record has a date but no title or content (cut off?)"),
                source.path(), first + 1, source.decoded().byteOffset(d.begin)});
            continue;
        }
        if (!sawUrl && s + 1 == starts.size() && s > 0) {
            problems.append(
                core::Error{QCoreApplication::translate(
                                "elshi::corpus", "the last record ends without its URL: the file may be cut off"),
                            source.path(), first + 1, source.decoded().byteOffset(d.begin)});
        }
        drafts.append(std::move(d));
    }
    return drafts;
}

} // namespace elshi::corpus
