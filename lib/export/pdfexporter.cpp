#include "pdfexporter.h"

#include <core/dateformat.h>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace elshi::exporting {

namespace {

constexpr int Resolution = 300;
constexpr qreal FooterPoints = 24;

QString markColor(const QString &type)
{
    if (type == u"PERSON")
        return QStringLiteral("#fff0b8");
    if (type == u"ORG")
        return QStringLiteral("#dcecff");
    if (type == u"ROLE")
        return QStringLiteral("#efe4ff");
    return QStringLiteral("#e2f6dc");
}

QString bodyHtml(const ExportArticle &article)
{
    QList<ExportArticle::Mark> marks = article.marks;
    std::sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    const QString &body = article.body;
    QString html = QStringLiteral("<p>");
    auto text = [&](int from, int to) {
        QString piece = body.mid(from, to - from).toHtmlEscaped();
        piece.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
        piece.replace(u'\n', QStringLiteral("<br/>"));
        html += piece;
    };
    int next = 0;
    for (const auto &mark : marks) {
        if (mark.start < next || mark.end <= mark.start || mark.end > body.size())
            continue;
        text(next, mark.start);
        html += QStringLiteral("<span style='background-color:%1'>").arg(markColor(mark.type));
        text(mark.start, mark.end);
        html += QStringLiteral("</span>");
        next = mark.end;
    }
    text(next, int(body.size()));
    html += QStringLiteral("</p>");
    return html;
}

} // namespace

QString PdfExporter::formatDate(const core::DateValue &date)
{
    return core::DateFormat::format(date);
}

core::Status PdfExporter::write(const ExportSelection &selection, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return core::Error{tr("cannot write the PDF file: %1").arg(file.errorString()), path};
    QPdfWriter writer(&file);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(selection.title);
    writer.setCreator(QStringLiteral("Elshi %1").arg(QCoreApplication::applicationVersion()));

    const QRectF page = writer.pageLayout().paintRectPixels(Resolution);
    const qreal footer = FooterPoints * Resolution / 72.0;
    QTextDocument document;
    // Lay out at the printer's resolution, so point sizes mean points on paper.
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(page.width(), page.height() - footer));
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSizeF(10.5);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // Ligatures (ﬁ, ﬃ) would reach pdftotext and PDF search as single characters, so "affirm"
    // could no longer be found in the text a researcher copies out.
    font.setFeature(QFont::Tag("liga"), 0);
#endif
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 22pt; } h2 { font-size: 14pt; } "
                                                 "p.meta { color: #555555; } td, th { padding: 3px; }"));

    const QLocale locale;
    QString html;
    // Cover: the title a third of the way down, then what made the selection.
    html += QStringLiteral("<p style='margin-top: 60mm'></p><h1 align='center'>%1</h1>")
                .arg(selection.title.toHtmlEscaped());
    for (const QString &criterion : selection.criteria)
        html += QStringLiteral("<p align='center'>%1</p>").arg(criterion.toHtmlEscaped());
    html += QStringLiteral("<p class='meta' align='center'>%1</p>")
                .arg(tr("Exported %1").arg(locale.toString(selection.created, QLocale::LongFormat)).toHtmlEscaped());
    html += QStringLiteral("<p class='meta' align='center'>%1</p>")
                .arg(tr("%n article(s)", nullptr, int(selection.articles.size())).toHtmlEscaped());
    if (!selection.meetings.isEmpty())
        html += QStringLiteral("<p class='meta' align='center'>%1</p>")
                    .arg(tr("%n meeting(s)", nullptr, int(selection.meetings.size())).toHtmlEscaped());

    // Contents: one line per article, page numbers filled in after layout (the line count does
    // not change, so neither does the pagination).
    html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2><table width='100%'>")
                .arg(tr("Contents").toHtmlEscaped());
    for (int i = 0; i < selection.articles.size(); ++i) {
        const ExportArticle &a = selection.articles.at(i);
        html +=
            QStringLiteral("<tr><td>%1. %2 <span style='color:#555555'>(%3)</span></td>"
                           "<td align='right' width='8%'>%4</td></tr>")
                .arg(i + 1)
                .arg(a.title.toHtmlEscaped(), formatDate(a.date).toHtmlEscaped(), QStringLiteral("@@PAGE%1@@").arg(i));
    }
    html += QStringLiteral("</table>");

    if (!selection.meetings.isEmpty()) {
        html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(tr("Meetings").toHtmlEscaped());
        html += QStringLiteral("<table border='1' cellspacing='0' width='100%'><tr><th width='16%'>%1</th>"
                               "<th width='20%'>%2</th><th width='14%'>%3</th><th>%4</th></tr>")
                    .arg(tr("Date").toHtmlEscaped(), tr("Participants").toHtmlEscaped(), tr("Place").toHtmlEscaped(),
                         tr("Evidence").toHtmlEscaped());
        for (const ExportMeeting &m : selection.meetings) {
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4<br/><i>%5</i></td></tr>")
                    .arg(formatDate(m.date).toHtmlEscaped(), m.participants.join(QStringLiteral(", ")).toHtmlEscaped(),
                         m.place.toHtmlEscaped(), m.evidence.toHtmlEscaped(), m.articleTitle.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }

    for (int i = 0; i < selection.articles.size(); ++i) {
        const ExportArticle &a = selection.articles.at(i);
        html += QStringLiteral("<h2 style='page-break-before: always'><a name='article%1'></a>%2</h2>")
                    .arg(i)
                    .arg(a.title.toHtmlEscaped());
        QStringList meta{formatDate(a.date)};
        if (!a.outlet.isEmpty())
            meta << a.outlet;
        html += QStringLiteral("<p class='meta'>%1</p>").arg(meta.join(QStringLiteral(" · ")).toHtmlEscaped());
        if (!a.url.isEmpty())
            html += QStringLiteral("<p class='meta'>%1</p>").arg(a.url.toHtmlEscaped());
        html += bodyHtml(a);
        html += QStringLiteral("<p class='meta'>%1</p>")
                    .arg(tr("Source: %1, byte %2").arg(a.file, locale.toString(a.offset)).toHtmlEscaped());
    }
    document.setHtml(html);

    // Page of each article heading, then the contents' placeholders.
    const qreal pageHeight = document.pageSize().height();
    QList<int> pages(selection.articles.size(), 0);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QStringList names = format.anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(u"article"))
                    continue;
                const int index = name.mid(7).toInt();
                const qreal top = document.documentLayout()->blockBoundingRect(block).top();
                if (index >= 0 && index < pages.size())
                    pages[index] = int(top / pageHeight) + 1;
            }
        }
    }
    for (int i = 0; i < pages.size(); ++i) {
        QTextCursor found = document.find(QStringLiteral("@@PAGE%1@@").arg(i));
        if (!found.isNull())
            found.insertText(locale.toString(pages.at(i)));
    }

    QPainter painter(&writer);
    if (!painter.isActive())
        return core::Error{tr("cannot write the PDF file"), path};
    const int pageCount = document.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(8.5);
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * pageHeight, page.width(), pageHeight);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(locale.toString(p + 1), locale.toString(pageCount)));
        painter.drawText(QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8),
                         Qt::AlignRight | Qt::AlignVCenter, selection.title);
    }
    if (!painter.end())
        return core::Error{tr("cannot write the PDF file"), path};
    file.close();
    if (file.error() != QFileDevice::NoError || QFileInfo(path).size() == 0)
        return core::Error{tr("cannot write the PDF file"), path};
    return core::success();
}

} // namespace elshi::exporting
