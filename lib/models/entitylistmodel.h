#pragma once

// The people (or organisations, or places) of a corpus with their article counts: the list in
// the people pane. Loaded once per corpus or type change by streaming EntityStore; each row keeps
// only id, type, name and count; the transliteration key that lets a filter match any script
// (typing "nurtleu" finds Мұрат Нұртілеу) is made the first time a filter asks for it.

#include <entities/entity.h>

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace elshi::store {
class EntityStore;
}

namespace elshi::models {

class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ArticlesColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        MatchKeyRole, // lower-case name and its Latin transliteration
    };

    explicit EntityListModel(QObject *parent = nullptr);

    // Reloads from store (not owned; nullptr empties). type nullopt: every type.
    void load(const store::EntityStore *store, std::optional<entities::EntityType> type);
    void reload();
    std::optional<entities::EntityType> type() const { return m_type; }
    qint64 entityId(const QModelIndex &index) const;
    QModelIndex indexOfEntity(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeLabel(entities::EntityType type);

    // Sorts the rows themselves, stably (ties keep the store's order: most articles, then name).
    // The view's header sorts through EntityFilterModel, which forwards here: a proxy sorting
    // 30,000 people compared QModelIndexes for 100 ms of start-up at a million articles.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows();

    struct Row
    {
        qint64 id;
        entities::EntityType type;
        QString name;
        qint64 articles;
        mutable QString key; // made on first use: transliterating every name up front costs seconds at scale
    };
    const store::EntityStore *m_store = nullptr;
    std::optional<entities::EntityType> m_type = entities::EntityType::Person;
    std::vector<Row> m_rows;
    int m_sortColumn = ArticlesColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

// Filters an EntityListModel by a typed text in any script.
class EntityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);

    // Sorting is the source's (EntityListModel::sort); rows pass through in its order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_lower;
    QString m_latin;
};

} // namespace elshi::models
