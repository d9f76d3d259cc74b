#pragma once

// One open corpus: the folder a user chose, the database that mirrors it, and the in-memory
// corpus the panes read. Opening runs the (incremental) ingest on a worker thread, reporting
// progress with an estimate of the time left, and can be cancelled; what was imported stays.
// When the database already exists, what it holds is shown first (opened() with
// rescanning = true, once the worker has read it) while the folder is checked for changes; the
// corpus is reloaded only when something changed. Nothing of it is read in the UI thread. The database lives in the
// user's cache directory unless the caller names one.

#include <store/ingester.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <memory>
#include <mutex>

namespace elshi::store {
class Corpus;
}

namespace elshi::models {

class CorpusSession final : public QObject
{
    Q_OBJECT
public:
    explicit CorpusSession(QObject *parent = nullptr);
    ~CorpusSession() override;

    // <cache>/corpora/<hash of the folder's absolute path>.sqlite
    static QString defaultDatabaseFor(const QString &folder);

    // Starts reading folder into databasePath (default: defaultDatabaseFor). Returns false when
    // an ingest is already running.
    bool open(const QString &folder, const QString &databasePath = {});
    void cancel();
    bool isBusy() const { return m_busy; }

    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }
    const store::Corpus *corpus() const { return m_corpus.get(); }
    const store::IngestReport &lastReport() const { return m_report; }

Q_SIGNALS:
    void ingestStarted(const QString &folder);
    // secondsLeft < 0 while no estimate is possible.
    void progressed(const elshi::store::IngestProgress &progress, double secondsLeft);
    // The corpus is loaded (also after a cancelled or partly failed ingest); report says what
    // happened. rescanning: shown from the database while the folder is still being checked.
    void opened(const elshi::store::IngestReport &report, bool rescanning);
    // The check of the folder found nothing new: the corpus on show stays as it is.
    void rescanned(const elshi::store::IngestReport &report);
    void failed(const QString &message);

private:
    // loaded: the model the worker already read (nullptr when it could not hand one over).
    void finish(const core::Result<store::IngestReport> &result, std::shared_ptr<store::Corpus> loaded);
    bool loadCorpus();

    QString m_folder;
    QString m_databasePath;
    std::shared_ptr<store::Corpus> m_corpus;
    store::IngestReport m_report;
    bool m_busy = false;
    QElapsedTimer m_clock;
    std::mutex m_ingesterMutex;
    store::Ingester *m_ingester = nullptr; // valid while the worker runs, under m_ingesterMutex
    QPointer<QThread> m_thread;
};

} // namespace elshi::models
