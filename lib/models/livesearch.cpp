#include "livesearch.h"

#include <search/query.h>
#include <search/searcher.h>
#include <search/snippetmaker.h>
#include <store/corpus.h>
#include <store/database.h>

#include <QPointer>

namespace elshi::models {

// Lives in LiveSearch's thread; everything it touches is that thread's own.
class SearchWorker final : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(const std::atomic<quint64> &latest)
        : m_latest(latest)
    {
    }

    void open(const QString &path)
    {
        m_corpus.reset();
        m_error.clear();
        if (path.isEmpty())
            return;
        auto corpus = store::Corpus::open(path);
        if (!corpus.ok()) {
            m_error = corpus.error().toString();
            return;
        }
        m_corpus = std::move(corpus).value();
    }

    void run(quint64 generation, const QString &text, const DateFilter &filter, int limit)
    {
        // A newer request is queued behind this one: skip the work nobody will see.
        if (generation != m_latest.load())
            return;
        SearchOutcome outcome;
        outcome.generation = generation;
        outcome.query = text;
        if (text.trimmed().isEmpty()) {
            Q_EMIT done(outcome);
            return;
        }
        if (!m_corpus) {
            outcome.error = m_error.isEmpty() ? tr("No corpus is open.") : m_error;
            Q_EMIT done(outcome);
            return;
        }
        auto parsed = search::Query::parse(text);
        if (!parsed.ok()) {
            outcome.error = parsed.error().message;
            Q_EMIT done(outcome);
            return;
        }
        search::Query query = std::move(parsed).value();
        if (filter.from.isValid()) {
            query.dates = {search::DateRange{core::DateValue::fromDate(filter.from).sortKey(),
                                             core::DateValue::fromDate(filter.to).sortKey()}};
        }
        const search::Searcher searcher(m_corpus->database());
        search::SearchOptions options;
        options.limit = limit;
        auto hits = searcher.search(query, options);
        if (!hits.ok()) {
            outcome.error = hits.error().message;
            Q_EMIT done(outcome);
            return;
        }
        const search::SnippetMaker snippets(query);
        for (const search::Hit &hit : hits.value()) {
            if (generation != m_latest.load())
                return;
            const auto record = m_corpus->record(hit.id, true);
            if (!record)
                continue;
            SearchResult result{record->id,     record->title, record->date,
                                record->outlet, record->lang,  snippets.make(record->body, record->lang)};
            outcome.results.append(std::move(result));
        }
        outcome.total = outcome.results.size();
        if (outcome.results.size() >= limit) {
            const auto total = searcher.count(query);
            if (total.ok())
                outcome.total = total.value();
        }
        Q_EMIT done(outcome);
    }

Q_SIGNALS:
    void done(const elshi::models::SearchOutcome &outcome);

private:
    const std::atomic<quint64> &m_latest;
    std::unique_ptr<store::Corpus> m_corpus;
    QString m_error;
};

LiveSearch::LiveSearch(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SearchOutcome>();
    qRegisterMetaType<DateFilter>();
    m_worker = new SearchWorker(m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::done, this, [this](const SearchOutcome &outcome) {
        if (outcome.generation == m_generation.load())
            Q_EMIT finished(outcome);
    });
    m_thread.setObjectName(QStringLiteral("elshi-search"));
    m_thread.start();
}

LiveSearch::~LiveSearch()
{
    ++m_generation; // pending requests return at once
    m_thread.quit();
    m_thread.wait();
}

void LiveSearch::setDatabase(const QString &path)
{
    ++m_generation;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

void LiveSearch::search(const QString &query, const DateFilter &filter, int limit)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query, filter, limit] { worker->run(generation, query, filter, limit); },
        Qt::QueuedConnection);
}

} // namespace elshi::models

#include "livesearch.moc"
