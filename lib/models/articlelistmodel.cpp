#include "articlelistmodel.h"

#include <core/dateformat.h>
#include <store/corpus.h>

#include <QLocale>

namespace elshi::models {

namespace {
// The sort key of a day (yyyymmdd), as store::Corpus orders its rows.
qint32 keyOf(QDate date)
{
    return core::DateValue::fromDate(date).sortKey();
}
} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setCorpus(const store::Corpus *corpus)
{
    beginResetModel();
    m_corpus = corpus;
    recomputeRange();
    endResetModel();
}

void ArticleListModel::setDateFilter(const DateFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    recomputeRange();
    endResetModel();
}

void ArticleListModel::recomputeRange()
{
    m_first = m_last = 0;
    if (!m_corpus)
        return;
    if (m_filter.undatedOnly) {
        // Undated (key 0) and year-less (key mmdd) articles sort before every dated one.
        std::tie(m_first, m_last) = m_corpus->rowsBetween(0, 9999);
    } else if (m_filter.from.isValid()) {
        // A month- or year-precise article (key yyyymm00 / yyyy0000) belongs to a range that
        // covers the start of its month or year.
        const QDate from = m_filter.from;
        const qint32 fromKey =
            from.day() == 1 ? (from.month() == 1 ? from.year() * 10000 : keyOf(from) - 1) : keyOf(from);
        std::tie(m_first, m_last) = m_corpus->rowsBetween(fromKey, keyOf(m_filter.to));
    } else {
        m_first = 0;
        m_last = m_corpus->size();
    }
}

qint64 ArticleListModel::articleId(const QModelIndex &index) const
{
    if (!m_corpus || !index.isValid() || index.row() >= rowCount())
        return -1;
    return m_corpus->id(corpusRow(index.row()));
}

QModelIndex ArticleListModel::indexOfArticle(qint64 articleId) const
{
    if (!m_corpus)
        return {};
    const qsizetype row = m_corpus->rowOf(articleId);
    if (row < m_first || row >= m_last)
        return {};
    return index(int(m_last - 1 - row), 0);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_last - m_first);
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!m_corpus || !index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype row = corpusRow(index.row());
    switch (role) {
    case IdRole:
        return m_corpus->id(row);
    case DateValueRole:
        return m_corpus->date(row).toIso();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (Column(index.column())) {
        case DateColumn:
            if (role == SortRole)
                return m_corpus->dateKey(row);
            return core::DateFormat::format(m_corpus->date(row), core::DateFormat::Length::Short);
        case TitleColumn:
            return m_corpus->title(row);
        case SourceColumn:
            return m_corpus->outlet(row);
        case LanguageColumn:
            return m_corpus->lang(row);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case LanguageColumn:
        return tr("Language");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace elshi::models
