#pragma once

// Removes page furniture from article bodies; the raw file keeps everything (provenance points
// at it). What goes: widget words ("Tell a friend", "true", "close"), "None" lines and
// "Photo: None", photo credits ("Фото: …", "Photo: …", "Сурет: …", "© …"), bylines ("Kazakh
// MFA", "Автор: …", a name alone on the first or last line), language switchers ("• kz"),
// hashtags, time-stamp lines, separator lines ("***"), the UN "Donate to the Sustainable
// Development Goals Fund" line and UN House / UN Office address blocks, related-links blocks at
// the end ("LINKS:", "Читайте также"), and lines repeated across most records of one file (found
// by repeatedLines(), so footers nobody listed are caught too). A paragraph repeated verbatim
// inside an article is kept once.
//
// Cost: linear in the body; no regular expressions.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace elshi::corpus {

class Cleaner
{
public:
    // A line that is furniture wherever it appears (the checks that need no context).
    static bool isClutterLine(QStringView line);
    // Lines that occur in at least minRecords records and in at least half of them: the
    // boilerplate of a multi-record file. Fewer than minRecords records give an empty set.
    static QSet<QString> repeatedLines(const QList<QStringList> &records, int minRecords = 3);
    // The cleaned paragraphs of a body given as lines (one paragraph per non-blank line).
    static QStringList clean(const QStringList &lines, const QSet<QString> &boilerplate = {});
};

} // namespace elshi::corpus
