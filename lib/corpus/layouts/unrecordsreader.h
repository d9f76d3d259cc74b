#pragma once

// UN Kazakhstan (kazakhstan.un.org) records: blocks of "Date: 14 June 2023", "Title: …",
// "Content: …" (running over many lines) and "URL: …", separated by blank lines. Content opens
// with the "Donate to the Sustainable Development Goals Fund" navigation line and the date again
// and ends with the UN House / UN Office address footer; the cleaner drops all three. A file cut
// off mid-record still gives the records it holds; a record without title or content is reported.

#include "../layoutreader.h"

namespace elshi::corpus {

class UnRecordsReader final : public LayoutReader
{
public:
    QString id() const override { return QStringLiteral("un-records"); }
    int detect(const SourceText &source) const override;
    QList<ArticleDraft> read(const SourceText &source, QList<core::Error> &problems) const override;
};

} // namespace elshi::corpus
