#pragma once

// The interface every corpus layout implements: how sure it is that a file is in its layout, and
// how to cut the file into article drafts. Readers only find structure (spans, titles, dates,
// datelines, raw body lines); FileReader cleans bodies, derives missing titles, detects the
// language and maps spans to byte provenance, so every layout gets the same treatment.

#include "article.h"
#include "sourcetext.h"

#include <core/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace elshi::corpus {

// An article as a reader found it, before cleaning.
struct ArticleDraft
{
    Article article; // paragraphs still empty; title may be empty (derived later)
    QStringList bodyLines; // raw body, one line per entry, dateline already removed
    qsizetype begin = 0; // span in the decoded text, end exclusive
    qsizetype end = 0;
    // A date close after the article's (crawl or item date) for completing a year-less date.
    core::DateValue referenceDate;
    bool looseDateline = false; // look for a "Place – " opening in the cleaned body
};

class LayoutReader
{
public:
    virtual ~LayoutReader() = default;
    // Stable id stored with every article: "mfa-digest", "kazinform", …
    virtual QString id() const = 0;
    // 0 = not this layout … 100 = certain. Looks at the start of the file only, so it is cheap.
    virtual int detect(const SourceText &source) const = 0;
    // The articles of the file; problems collects what could not be read (with line numbers).
    virtual QList<ArticleDraft> read(const SourceText &source, QList<core::Error> &problems) const = 0;
};

} // namespace elshi::corpus
