#include "corpussession.h"

#include <store/corpus.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace elshi::models {

namespace {
// An ingest that read, removed or failed on a file leaves a corpus worth reloading (failures are
// reported through the reload); one that skipped everything does not.
bool changesWhatIsShown(const store::IngestReport &report)
{
    return report.filesRead > 0 || report.filesRemoved > 0 || report.filesFailed > 0;
}
} // namespace

CorpusSession::CorpusSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<store::IngestProgress>();
    qRegisterMetaType<store::IngestReport>();
}

CorpusSession::~CorpusSession()
{
    // The worker reports back to this object: it must be gone before we are.
    cancel();
    if (m_thread)
        m_thread->wait();
}

QString CorpusSession::defaultDatabaseFor(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/corpora");
    QDir().mkpath(dir);
    return dir + u'/' + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

bool CorpusSession::open(const QString &folder, const QString &databasePath)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_databasePath = databasePath.isEmpty() ? defaultDatabaseFor(m_folder) : databasePath;
    m_report = {};
    m_clock.start();
    Q_EMIT ingestStarted(m_folder);
    m_corpus.reset();
    const bool known = QFileInfo::exists(m_databasePath);

    QThread *thread = QThread::create([this, folder = m_folder, db = m_databasePath, known] {
        // Show what the database already holds while the folder is checked. Reading the model of
        // a million articles takes about a quarter of a second: here, not in the UI thread.
        bool shown = false;
        if (known) {
            auto stored = store::Corpus::open(db);
            if (stored.ok() && stored.value()->moveToThread(QCoreApplication::instance()->thread())) {
                shown = true;
                QMetaObject::invokeMethod(
                    this,
                    [this, corpus = std::shared_ptr<store::Corpus>(std::move(stored).value())] {
                        m_corpus = corpus;
                        Q_EMIT opened(m_report, true);
                    },
                    Qt::QueuedConnection);
            }
        }
        store::Ingester ingester(db);
        connect(
            &ingester, &store::Ingester::progress, this,
            [this](const store::IngestProgress &p) {
                double left = -1;
                const double elapsed = m_clock.elapsed() / 1000.0;
                if (p.bytesDone > 0 && p.bytesTotal > p.bytesDone && elapsed > 0.5)
                    left = elapsed * double(p.bytesTotal - p.bytesDone) / double(p.bytesDone);
                Q_EMIT progressed(p, left);
            },
            Qt::QueuedConnection);
        {
            std::lock_guard lock(m_ingesterMutex);
            m_ingester = &ingester;
        }
        auto result = ingester.run({folder});
        {
            std::lock_guard lock(m_ingesterMutex);
            m_ingester = nullptr;
        }
        // Reading the model takes a noticeable time on big corpora: do it here, not in the UI
        // thread, when the ingest changed what is shown (or nothing is shown yet).
        std::shared_ptr<store::Corpus> loaded;
        if (result.ok()) {
            if (changesWhatIsShown(result.value()) || !shown) {
                auto corpus = store::Corpus::open(db);
                if (corpus.ok() && corpus.value()->moveToThread(QCoreApplication::instance()->thread()))
                    loaded = std::shared_ptr<store::Corpus>(std::move(corpus).value());
            }
        }
        QMetaObject::invokeMethod(
            this, [this, result, loaded] { finish(result, loaded); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("elshi-ingest"));
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return true;
}

void CorpusSession::cancel()
{
    std::lock_guard lock(m_ingesterMutex);
    if (m_ingester)
        m_ingester->cancel();
}

void CorpusSession::finish(const core::Result<store::IngestReport> &result, std::shared_ptr<store::Corpus> loaded)
{
    m_busy = false;
    if (!result.ok()) {
        Q_EMIT failed(result.error().toString());
        return;
    }
    m_report = result.value();
    if (m_corpus && !changesWhatIsShown(m_report)) {
        Q_EMIT rescanned(m_report);
        return;
    }
    // The panes hold pointers into the old corpus until they get the new one.
    std::shared_ptr<store::Corpus> previous = std::move(m_corpus);
    if (loaded) {
        m_corpus = std::move(loaded);
    } else if (!loadCorpus()) {
        m_corpus = std::move(previous);
        return;
    }
    Q_EMIT opened(m_report, false);
}

bool CorpusSession::loadCorpus()
{
    auto corpus = store::Corpus::open(m_databasePath);
    if (!corpus.ok()) {
        Q_EMIT failed(corpus.error().toString());
        return false;
    }
    m_corpus = std::move(corpus).value();
    return true;
}

} // namespace elshi::models
