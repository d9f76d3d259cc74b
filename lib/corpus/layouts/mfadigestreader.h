#pragma once

// The Kazakh Foreign Ministry's news digest as crawled: " date YYYY-MM-DD" followed on the same
// line by the first item's "DD.MM.YYYY, HH:MM" and a view count, then items each opened by a
// line holding only "DD.MM.YYYY". An item is its title line, optional "Kazakh MFA" byline or
// "Tell a friend" widget, and body lines. The item's own date wins over the crawl date.

#include "../layoutreader.h"

namespace elshi::corpus {

class MfaDigestReader final : public LayoutReader
{
public:
    QString id() const override { return QStringLiteral("mfa-digest"); }
    int detect(const SourceText &source) const override;
    QList<ArticleDraft> read(const SourceText &source, QList<core::Error> &problems) const override;
};

} // namespace elshi::corpus
