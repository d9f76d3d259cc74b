#pragma once

// Shared reading for layouts that are saved web pages: an optional " date …" crawl header, then
// some of a title, time stamps, photo credits and page clutter, then the body, usually opened by
// an agency dateline. A file may hold several pages, each starting with its crawl header.
// Subclasses differ in how they recognise their pages and in the outlet assumed when the
// dateline names none.

#include "../dateline.h"
#include "../layoutreader.h"

namespace elshi::corpus {

class PageReader : public LayoutReader
{
public:
    QString id() const override { return m_id; }
    QList<ArticleDraft> read(const SourceText &source, QList<core::Error> &problems) const override;

    // The first agency dateline in the opening lines of the file (the crawl header's remainder
    // included); found is false when there is none.
    static constexpr int kOpeningLines = 12;
    static Dateline firstDateline(const SourceText &source, int maxLines = kOpeningLines);
    // A line that can be a headline: short, one sentence, not ending like body text.
    static bool isTitleLike(QStringView line);

protected:
    PageReader(QString id, QString defaultOutlet);
    ArticleDraft readPage(const SourceText &source, qsizetype firstLine, qsizetype endLine) const;

private:
    static Dateline searchDateline(const SourceText &source, int maxLines);
    QString m_id;
    QString m_defaultOutlet;
};

} // namespace elshi::corpus
