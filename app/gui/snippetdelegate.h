#pragma once

// Paints a search result as three lines: the title in bold, date · outlet · language, and the
// snippet with the matched words in bold. Uses the model's roles, so any model offering them works.

#include <QStyledItemDelegate>

namespace elshi::ui {

class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString html(const QModelIndex &index) const;
};

} // namespace elshi::ui
