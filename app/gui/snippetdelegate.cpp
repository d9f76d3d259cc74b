#include "snippetdelegate.h"

#include "readerview.h"

#include <core/datevalue.h>
#include <models/searchresultsmodel.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace elshi::ui {

using Model = models::SearchResultsModel;

QString SnippetDelegate::html(const QModelIndex &index) const
{
    const core::DateValue date = core::DateValue::fromIso(index.data(Model::DateRole).toString());
    QStringList meta{ReaderView::formatDate(date)};
    const QString source = index.data(Model::SourceRole).toString();
    if (!source.isEmpty())
        meta << source;
    meta << index.data(Model::LanguageRole).toString();
    return QStringLiteral("<b>%1</b><br/><small>%2</small><br/>%3")
        .arg(index.data(Model::TitleRole).toString().toHtmlEscaped(), meta.join(QStringLiteral(" · ")).toHtmlEscaped(),
             index.data(Model::SnippetHtmlRole).toString());
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDocumentMargin(4);
    doc.setDefaultFont(opt.font);
    doc.setHtml(html(index));
    doc.setTextWidth(opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDocumentMargin(4);
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index));
    const int width = option.widget ? option.widget->width() - 20 : 400;
    doc.setTextWidth(std::max(200, width));
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
}

} // namespace elshi::ui
