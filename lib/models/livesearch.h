#pragma once

// Full-text search off the UI thread, for search-as-you-type. A worker thread owns its own
// database connection and Searcher; each request carries a generation number, and only the
// newest request's results are delivered, so typing fast never shows stale results and never
// blocks the UI. Results carry what a result row shows (title, date, outlet, snippet).

#include <core/datevalue.h>
#include <models/navigator.h>
#include <search/snippet.h>

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>

namespace elshi::models {

struct SearchResult
{
    qint64 id = 0;
    QString title;
    core::DateValue date;
    QString outlet;
    QString lang;
    search::Snippet snippet;
};

struct SearchOutcome
{
    quint64 generation = 0;
    QString query;
    QList<SearchResult> results;
    qint64 total = 0; // all matches, not only those delivered
    QString error; // translated; empty on success
};

class SearchWorker;

class LiveSearch final : public QObject
{
    Q_OBJECT
public:
    explicit LiveSearch(QObject *parent = nullptr);
    ~LiveSearch() override;

    // Searches this database from now on; an empty path stops searching.
    void setDatabase(const QString &path);
    // Queues a search; earlier pending ones are dropped. An empty query clears the results.
    void search(const QString &query, const DateFilter &filter, int limit = 200);
    quint64 generation() const { return m_generation.load(); }

Q_SIGNALS:
    void finished(const elshi::models::SearchOutcome &outcome);

private:
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    std::atomic<quint64> m_generation{0};
};

} // namespace elshi::models

Q_DECLARE_METATYPE(elshi::models::SearchOutcome)
