#pragma once

// Writes a selection to a PDF a researcher can cite from: a cover page (title, the filters or
// query that made the selection, the date, the count), a contents page, a meetings table when a
// person is exported, then each article with title, date, outlet, URL, body (entities marked) and
// provenance (file and offset). Pages are numbered; headings are in the UI language. Qt embeds
// the fonts as subsets, so Cyrillic and Kazakh text stays selectable and extractable.
//
// Needs a QGuiApplication (fonts). Cost: linear in the text exported; a few hundred articles
// take well under a second to lay out.

#include <core/datevalue.h>
#include <core/result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace elshi::exporting {

struct ExportArticle
{
    QString title;
    core::DateValue date;
    QString outlet;
    QString url;
    QString body;
    struct Mark
    {
        int start = 0; // UTF-16 positions in body
        int end = 0;
        QString type; // PERSON, ORG, …
    };
    QList<Mark> marks;
    QString file;
    qint64 offset = 0;
};

struct ExportMeeting
{
    core::DateValue date;
    QStringList participants;
    QString place;
    QString articleTitle;
    QString evidence;
};

struct ExportSelection
{
    QString title; // e.g. "Meetings of Roman Vassilenko"
    QStringList criteria; // human-readable filters or query
    QDateTime created = QDateTime::currentDateTime();
    QList<ExportMeeting> meetings; // empty unless a person is exported
    QList<ExportArticle> articles;
};

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(elshi::exporting::PdfExporter)
public:
    // Writes selection to path; an Error names the file when it cannot be written.
    static core::Status write(const ExportSelection &selection, const QString &path);

    // A date at its precision in the current default locale.
    static QString formatDate(const core::DateValue &date);
};

} // namespace elshi::exporting
