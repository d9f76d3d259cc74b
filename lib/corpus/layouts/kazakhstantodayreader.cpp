#include "kazakhstantodayreader.h"

namespace elshi::corpus {

KazakhstanTodayReader::KazakhstanTodayReader()
    : PageReader(QStringLiteral("kazakhstan-today"), QStringLiteral("Kazakhstan Today"))
{
}

int KazakhstanTodayReader::detect(const SourceText &source) const
{
    const Dateline d = firstDateline(source);
    return d.found && d.outlet == u"Kazakhstan Today" ? 85 : 0;
}

} // namespace elshi::corpus
