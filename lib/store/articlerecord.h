#pragma once

// Everything the database knows about one article, as the CLI prints it and the reader pane shows
// it. Fetched on demand (Corpus::record), never for the whole corpus at once; body only when asked.

#include <core/datevalue.h>
#include <corpus/article.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace elshi::store {

struct ArticleRecord
{
    qint64 id = 0;
    core::DateValue date;
    QString title;
    QString outlet;
    QString lang;
    QString place;
    QString url;
    QString layout;
    QString body; // empty unless fetched with the body
    QList<corpus::Provenance> files; // every file holding the article, by path

    // {"id","date","title","lang","source","file","url"} (+"body" when withBody): the CLI's shape.
    // date is ISO at its precision; file is the first path; absent values are empty strings.
    QJsonObject toJson(bool withBody = false) const;
    bool operator==(const ArticleRecord &) const = default;
};

} // namespace elshi::store
