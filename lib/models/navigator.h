#pragma once

// The one place panes coordinate through (Akregator's selection controller, in spirit): the date
// range the timeline selected, the article being read, the entity being followed, and the reading
// history for Back/Forward. Panes set what the user chose and react to the signals; they never
// call each other.

#include <QDate>
#include <QObject>

#include <vector>

namespace elshi::models {

struct DateFilter
{
    QDate from; // both invalid: no filter
    QDate to;
    bool undatedOnly = false; // the timeline's "undated / year unknown" bucket

    bool isActive() const { return undatedOnly || from.isValid(); }
    bool operator==(const DateFilter &) const = default;
};

struct ReadingPosition
{
    qint64 articleId = -1;
    int evidenceStart = -1; // UTF-16 positions in the article body, -1 for none
    int evidenceEnd = -1;
    bool operator==(const ReadingPosition &) const = default;
};

class Navigator final : public QObject
{
    Q_OBJECT
public:
    explicit Navigator(QObject *parent = nullptr);

    DateFilter dateFilter() const { return m_dateFilter; }
    void setDateFilter(const DateFilter &filter);
    void clearDateFilter() { setDateFilter({}); }

    qint64 currentEntity() const { return m_entity; }
    void setCurrentEntity(qint64 entityId);

    // Opens an article (optionally at an evidence span) and records it in the history.
    void openArticle(qint64 articleId, int evidenceStart = -1, int evidenceEnd = -1);
    ReadingPosition current() const;
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < qsizetype(m_history.size()); }
    void goBack();
    void goForward();
    // Forgets everything, e.g. when another corpus is opened.
    void reset();

Q_SIGNALS:
    void dateFilterChanged(const elshi::models::DateFilter &filter);
    void currentEntityChanged(qint64 entityId);
    void articleOpened(const elshi::models::ReadingPosition &position);
    void historyChanged();

private:
    DateFilter m_dateFilter;
    qint64 m_entity = -1;
    std::vector<ReadingPosition> m_history;
    qsizetype m_position = -1;
};

} // namespace elshi::models
