#pragma once

// One news article as read from a corpus file: the unit everything in Elshi is about.
// Plain value type; the store assigns ids.

#include <core/datevalue.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace elshi::corpus {

// Where an article's text sits in its file, in bytes of the file as stored on disk.
struct Provenance
{
    QString file; // absolute path
    qint64 offset = 0;
    qint64 length = 0;
    bool operator==(const Provenance &) const = default;
};

struct Article
{
    QString title;
    core::DateValue date;
    QString outlet; // "Kazinform", "Kazakh MFA", "UN Kazakhstan", "Kazakhstan Today", … or empty
    QString place; // dateline place as written ("ASTANA", "Астана"), empty when none
    QString lang; // "en", "ru" or "kk"
    QString url;
    QStringList paragraphs; // cleaned body, clutter removed, repeats dropped
    QString layout; // id of the layout it was read with ("mfa-digest", "kazinform", …)
    Provenance source;
    bool titleDerived = false; // the file gave no title; this one was made from the first sentence

    QString body() const { return paragraphs.join(QStringLiteral("\n\n")); }
    bool operator==(const Article &) const = default;
};

} // namespace elshi::corpus
