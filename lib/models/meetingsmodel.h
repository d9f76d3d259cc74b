#pragma once

// A person's meetings as a table: date, counterparts, place, article. Counterparts exclude the
// person the table is about; unnamed counterparts ("heads of UN agencies") show as written.
//
// Rows are fetched from the store a page at a time as the view scrolls (canFetchMore/fetchMore):
// the busiest person of a million articles is in 20,000 meetings, and a click on them reads one
// page and a count, not all of them.

#include <store/entitystore.h>

#include <QAbstractTableModel>

namespace elshi::store {
class Corpus;
}

namespace elshi::models {

class MeetingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        CounterpartsColumn,
        PlaceColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        EvidenceStartRole,
        EvidenceEndRole,
        SortRole,
    };

    explicit MeetingsModel(QObject *parent = nullptr);

    static constexpr int PageSize = 100;

    // The meetings of person, the first page fetched (not owned; corpus gives article titles).
    void setPerson(const store::EntityStore *store, qint64 person, const store::Corpus *corpus);
    void clear();
    // All of the person's meetings, fetched or not.
    qsizetype totalCount() const { return m_total; }
    const store::MeetingRecord &meeting(int row) const { return m_meetings.at(row); }
    QStringList counterparts(int row) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const store::EntityStore *m_store = nullptr;
    const store::Corpus *m_corpus = nullptr;
    store::EntityStore::MeetingCursor m_cursor;
    QList<store::MeetingRecord> m_meetings;
    qsizetype m_total = 0;
    qint64 m_person = -1;
};

} // namespace elshi::models
