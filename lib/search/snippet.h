#pragma once

// A short excerpt of an article around the words a query found, with those words marked.
//
// The marks are ranges into text, so a view can make them bold without any escaping; marked()
// renders them inline for plain-text output (the CLI uses ** around each hit, like Markdown).

#include <QList>
#include <QString>
#include <QStringView>

namespace elshi::search {

struct Snippet
{
    struct Hit
    {
        qsizetype start = 0; // in text, UTF-16 units
        qsizetype length = 0;
        bool operator==(const Hit &) const = default;
    };

    QString text; // "…" where it cuts into the body
    QList<Hit> hits;

    QString marked(QStringView open = u"**", QStringView close = u"**") const;
    bool operator==(const Snippet &) const = default;
};

} // namespace elshi::search
