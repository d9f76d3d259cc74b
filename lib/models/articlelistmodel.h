#pragma once

// The articles of a date range, newest first, over store::Corpus's compact arrays: the list under
// the timeline. Rows map straight to corpus rows, so a million articles cost no memory here;
// titles are fetched only for rows a view asks for.

#include <models/navigator.h>

#include <QAbstractTableModel>

namespace elshi::store {
class Corpus;
}

namespace elshi::models {

class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        SourceColumn,
        LanguageColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 article id
        SortRole, // raw value: date key, title, outlet, language
        DateValueRole, // the DateValue's ISO form
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model. Keeps the current filter.
    void setCorpus(const store::Corpus *corpus);
    void setDateFilter(const DateFilter &filter);
    DateFilter dateFilter() const { return m_filter; }

    qint64 articleId(const QModelIndex &index) const;
    // The row showing an article, or an invalid index when it is outside the filter.
    QModelIndex indexOfArticle(qint64 articleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype corpusRow(int row) const { return m_last - 1 - row; }
    void recomputeRange();

    const store::Corpus *m_corpus = nullptr;
    DateFilter m_filter;
    qsizetype m_first = 0; // corpus rows [m_first, m_last), shown in reverse
    qsizetype m_last = 0;
};

} // namespace elshi::models
