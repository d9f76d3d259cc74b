#pragma once

// A decoded corpus file split into lines, as layout readers see it. Lines are views into the
// decoded text (no copies); spans convert to byte provenance in the file on disk.

#include "article.h"
#include "dateline.h"
#include "decodedtext.h"

#include <QStringView>

#include <optional>
#include <vector>

namespace elshi::corpus {

class SourceText
{
public:
    struct Line
    {
        qsizetype begin; // text position of the first character
        qsizetype end; // position of the line's '\n' or the end of the text
    };

    // path should be absolute: it goes into every article's provenance.
    SourceText(const DecodedText &decoded, const QString &path);

    const QString &text() const { return m_decoded.text(); }
    const DecodedText &decoded() const { return m_decoded; }
    const QString &path() const { return m_path; }

    qsizetype lineCount() const { return qsizetype(m_lines.size()); }
    const Line &lineAt(qsizetype i) const { return m_lines[size_t(i)]; }
    QStringView line(qsizetype i) const;
    QStringView trimmedLine(qsizetype i) const { return line(i).trimmed(); }
    bool isBlank(qsizetype i) const { return trimmedLine(i).isEmpty(); }
    // The next line at or after i that is not blank, or lineCount().
    qsizetype nextNonBlank(qsizetype i) const;

    // The text span [begin, end) without its trailing white space, as bytes in the file.
    Provenance provenance(qsizetype begin, qsizetype end) const;

    // The first agency dateline in the opening lines (PageReader::firstDateline()), kept once
    // found: every page layout asks for it while the readers decide which layout the file has.
    const std::optional<Dateline> &openingDateline() const { return m_openingDateline; }
    void rememberOpeningDateline(const Dateline &dateline) const { m_openingDateline = dateline; }

private:
    const DecodedText &m_decoded;
    QString m_path;
    std::vector<Line> m_lines;
    mutable std::optional<Dateline> m_openingDateline;
};

} // namespace elshi::corpus
