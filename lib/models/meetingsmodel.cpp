#include "meetingsmodel.h"

#include <core/dateformat.h>
#include <store/corpus.h>

#include <QLocale>

namespace elshi::models {

MeetingsModel::MeetingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingsModel::setPerson(const store::EntityStore *store, qint64 person, const store::Corpus *corpus)
{
    beginResetModel();
    m_store = store;
    m_corpus = corpus;
    m_person = person;
    m_cursor = {};
    m_meetings.clear();
    m_total = (store && person >= 0) ? store->meetingCount(person) : 0;
    endResetModel();
    fetchMore({});
}

void MeetingsModel::clear()
{
    setPerson(nullptr, -1, nullptr);
}

bool MeetingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_meetings.size() < m_total;
}

void MeetingsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<store::MeetingRecord> page = m_store->meetingsOf(m_person, m_cursor, PageSize);
    if (page.isEmpty()) {
        // Fewer than counted: the database changed under the model. Stop asking.
        m_total = m_meetings.size();
        return;
    }
    const int first = int(m_meetings.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_meetings.append(std::move(page));
    endInsertRows();
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
            // Fetched when shown; Corpus keeps the last few thousand titles.
            return m_corpus ? m_corpus->title(m_corpus->rowOf(m.articleId)) : QString();
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
