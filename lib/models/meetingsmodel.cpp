#include "meetingsmodel.h"

#include <core/dateformat.h>
#include <store/corpus.h>

#include <QLocale>

namespace elshi::models {

MeetingsModel::MeetingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingsModel::setMeetings(QList<store::MeetingRecord> meetings, qint64 person, const store::Corpus *corpus)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    m_person = person;
    m_titles.clear();
    for (const auto &meeting : std::as_const(m_meetings)) {
        const auto record = corpus ? corpus->record(meeting.articleId, false) : std::nullopt;
        m_titles << (record ? record->title : QString());
    }
    endResetModel();
}

void MeetingsModel::clear()
{
    setMeetings({}, -1, nullptr);
}

QStringList MeetingsModel::counterparts(int row) const
{
    QStringList names;
    for (const auto &p : m_meetings.at(row).participants)
        if (p.entityId != m_person || p.entityId == 0)
            names << p.name;
    return names;
}

int MeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetings.size())
        return {};
    const store::MeetingRecord &m = m_meetings.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return m.articleId;
    case EvidenceStartRole:
        return m.evidenceStart;
    case EvidenceEndRole:
        return m.evidenceEnd;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (Column(index.column())) {
        case DateColumn:
            return role == SortRole ? QVariant(m.date.sortKey())
                                    : QVariant(core::DateFormat::format(m.date, core::DateFormat::Length::Short));
        case CounterpartsColumn:
            return counterparts(index.row()).join(QStringLiteral(", "));
        case PlaceColumn:
            return m.place;
        case ArticleColumn:
            return m_titles.value(index.row());
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MeetingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case CounterpartsColumn:
        return tr("Met with");
    case PlaceColumn:
        return tr("Place");
    case ArticleColumn:
        return tr("Article");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace elshi::models
