#pragma once

// A person's meetings as a table: date, counterparts, place, article. Counterparts exclude the
// person the table is about; unnamed counterparts ("heads of UN agencies") show as written.

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

    // The meetings of person (not owned stores; corpus gives article titles).
    void setMeetings(QList<store::MeetingRecord> meetings, qint64 person, const store::Corpus *corpus);
    void clear();
    const store::MeetingRecord &meeting(int row) const { return m_meetings.at(row); }
    QStringList counterparts(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::MeetingRecord> m_meetings;
    QStringList m_titles;
    qint64 m_person = -1;
};

} // namespace elshi::models
