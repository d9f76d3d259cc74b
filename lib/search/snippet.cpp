#include "snippet.h"

namespace elshi::search {

QString Snippet::marked(QStringView open, QStringView close) const
{
    QString result;
    result.reserve(text.size() + hits.size() * (open.size() + close.size()));
    qsizetype at = 0;
    for (const Hit &hit : hits) {
        result += QStringView(text).mid(at, hit.start - at);
        result += open;
        result += QStringView(text).mid(hit.start, hit.length);
        result += close;
        at = hit.start + hit.length;
    }
    result += QStringView(text).mid(at);
    return result;
}

} // namespace elshi::search
