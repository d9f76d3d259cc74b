#include "newspagereader.h"

#include "../crawlheader.h"

namespace elshi::corpus {

NewsPageReader::NewsPageReader()
    : PageReader(QStringLiteral("news-page"), QString())
{
}

int NewsPageReader::detect(const SourceText &source) const
{
    if (const Dateline d = firstDateline(source); d.found)
        return 60;
    return source.lineCount() > 0 && CrawlHeader::startsHeader(source.line(0)) ? 40 : 0;
}

} // namespace elshi::corpus
