#include "articlerecord.h"

namespace elshi::store {

QJsonObject ArticleRecord::toJson(bool withBody) const
{
    QJsonObject object{
        {QStringLiteral("id"), id},         {QStringLiteral("date"), date.toIso()},
        {QStringLiteral("title"), title},   {QStringLiteral("lang"), lang},
        {QStringLiteral("source"), outlet}, {QStringLiteral("file"), files.isEmpty() ? QString() : files.first().file},
        {QStringLiteral("url"), url},
    };
    if (withBody)
        object.insert(QStringLiteral("body"), body);
    return object;
}

} // namespace elshi::store
