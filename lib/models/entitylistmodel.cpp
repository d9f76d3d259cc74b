#include "entitylistmodel.h"

#include <store/entitystore.h>
#include <text/translit.h>

#include <QLocale>

#include <algorithm>
#include <unordered_map>

namespace elshi::models {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EntityListModel::load(const store::EntityStore *store, std::optional<entities::EntityType> type)
{
    m_store = store;
    m_type = type;
    reload();
}

void EntityListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        m_store->forEachEntity(m_type, [this](const store::EntityRecord &e) {
            m_rows.push_back({e.id, e.type, e.name, e.articleCount, QString()});
            return true;
        });
        sortRows();
    }
    endResetModel();
}

void EntityListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the view's current row, its selection) follow their entity.
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        ids.push_back(entityId(index));
    sortRows();
    std::unordered_map<qint64, int> rowOfId;
    rowOfId.reserve(m_rows.size());
    for (size_t row = 0; row < m_rows.size(); ++row)
        rowOfId.emplace(m_rows[row].id, int(row));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto found = rowOfId.find(ids[size_t(i)]);
        after.append(found == rowOfId.end() ? QModelIndex() : index(found->second, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EntityListModel::sortRows()
{
    const auto compare = [column = m_sortColumn](const Row &a, const Row &b) {
        switch (Column(column)) {
        case NameColumn:
            return a.name.compare(b.name, Qt::CaseInsensitive);
        case TypeColumn:
            return int(a.type) - int(b.type);
        case ArticlesColumn:
            return a.articles < b.articles ? -1 : a.articles > b.articles ? 1 : 0;
        case ColumnCount:
            break;
        }
        return 0;
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const int order = compare(a, b);
        return descending ? order > 0 : order < 0;
    });
}

qint64 EntityListModel::entityId(const QModelIndex &index) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return -1;
    return m_rows[size_t(index.row())].id;
}

QModelIndex EntityListModel::indexOfEntity(qint64 id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return index(int(row), 0);
    return {};
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntityListModel::typeLabel(entities::EntityType type)
{
    using T = entities::EntityType;
    switch (type) {
    case T::Person:
        return tr("person");
    case T::Org:
        return tr("organisation");
    case T::Country:
        return tr("country");
    case T::City:
        return tr("city");
    case T::Location:
        return tr("place");
    case T::Role:
        return tr("post");
    }
    return {};
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case MatchKeyRole:
        if (row.key.isEmpty())
            row.key = row.name.toLower() + u'\n' + text::toLatin(row.name);
        return row.key;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return typeLabel(row.type);
        case ArticlesColumn:
            return QLocale().toString(row.articles);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return int(row.type);
        case ArticlesColumn:
            return row.articles;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ArticlesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Kind");
    case ArticlesColumn:
        return tr("Articles");
    case ColumnCount:
        break;
    }
    return {};
}

void EntityFilterModel::sort(int column, Qt::SortOrder order)
{
    if (QAbstractItemModel *source = sourceModel())
        source->sort(column, order);
}

void EntityFilterModel::setText(const QString &text)
{
    m_lower = text.trimmed().toLower();
    m_latin = text::toLatin(text.trimmed());
    invalidateRowsFilter();
}

bool EntityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_lower.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(EntityListModel::MatchKeyRole).toString();
    return key.contains(m_lower) || (!m_latin.isEmpty() && key.contains(m_latin));
}

} // namespace elshi::models
