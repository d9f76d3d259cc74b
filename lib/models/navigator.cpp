#include "navigator.h"

namespace elshi::models {

namespace {
constexpr qsizetype MaxHistory = 200;
}

Navigator::Navigator(QObject *parent)
    : QObject(parent)
{
}

void Navigator::setDateFilter(const DateFilter &filter)
{
    if (filter == m_dateFilter)
        return;
    m_dateFilter = filter;
    Q_EMIT dateFilterChanged(m_dateFilter);
}

void Navigator::setCurrentEntity(qint64 entityId)
{
    if (entityId == m_entity)
        return;
    m_entity = entityId;
    Q_EMIT currentEntityChanged(m_entity);
}

void Navigator::openArticle(qint64 articleId, int evidenceStart, int evidenceEnd)
{
    const ReadingPosition position{articleId, evidenceStart, evidenceEnd};
    if (m_position >= 0 && m_history[size_t(m_position)] == position) {
        Q_EMIT articleOpened(position);
        return;
    }
    // Opening something new drops the forward history, as in a web browser.
    m_history.resize(size_t(m_position + 1));
    m_history.push_back(position);
    if (qsizetype(m_history.size()) > MaxHistory)
        m_history.erase(m_history.begin());
    m_position = qsizetype(m_history.size()) - 1;
    Q_EMIT articleOpened(position);
    Q_EMIT historyChanged();
}

ReadingPosition Navigator::current() const
{
    return m_position >= 0 ? m_history[size_t(m_position)] : ReadingPosition{};
}

void Navigator::goBack()
{
    if (!canGoBack())
        return;
    --m_position;
    Q_EMIT articleOpened(current());
    Q_EMIT historyChanged();
}

void Navigator::goForward()
{
    if (!canGoForward())
        return;
    ++m_position;
    Q_EMIT articleOpened(current());
    Q_EMIT historyChanged();
}

void Navigator::reset()
{
    m_history.clear();
    m_position = -1;
    m_entity = -1;
    m_dateFilter = {};
    Q_EMIT historyChanged();
    Q_EMIT dateFilterChanged(m_dateFilter);
    Q_EMIT currentEntityChanged(m_entity);
}

} // namespace elshi::models
