#include "kazinformreader.h"

#include "../crawlheader.h"

namespace elshi::corpus {

KazinformReader::KazinformReader()
    : PageReader(QStringLiteral("kazinform"), QStringLiteral("Kazinform"))
{
}

int KazinformReader::detect(const SourceText &source) const
{
    const Dateline d = firstDateline(source);
    return d.found && d.outlet == u"Kazinform" ? 85 : 0;
}

} // namespace elshi::corpus
