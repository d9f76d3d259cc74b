#include "ingester.h"

#include "bodycodec.h"
#include "database.h"
#include "deferredindexes.h"
#include "ftstokenizer.h"
#include "ingestwriter.h"

#include <core/logging.h>
#include <corpus/filereader.h>
#include <entities/extractor.h>
#include <text/normalize.h>
#include <text/stemmer.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <functional>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace elshi::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("elshi::store", text);
}

FileContent readWithCorpusReaders(const QByteArray &bytes, const QString &path)
{
    corpus::FileReadResult result = corpus::readCorpusBytes(bytes, path);
    return FileContent{std::move(result.articles), std::move(result.problems), result.readable,
                       std::move(result.encoding)};
}

// Duplicate detection: same text after folding case and white space. Short bodies (a title-only
// item) say too little on their own, so title and date join them.
qint64 contentHashOf(const corpus::Article &article, const QString &body)
{
    QString key = text::normalizedForDedup(body);
    if (key.size() < 80)
        key = text::normalizedForDedup(article.title) + u'\x1f' + article.date.toIso() + u'\x1f' + key;
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    qint64 value = 0;
    memcpy(&value, digest.constData(), sizeof value);
    return value;
}

struct FileToRead
{
    QString path;
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray knownHash;
};

// The single writer is the one serial stage: every article passes through it, while the reading,
// analysis and extraction of the next files spread over the workers. With as many workers as
// cores, the scheduler gave the writer only its equal share of a core and the ingest waited on it
// (20k generated articles: the writer needs ~40% of the CPU time the workers need). A worker
// thread runs a few nice levels lower, so the writer gets a core whenever it has work, and the
// workers the rest; they also yield to the user interface.
void yieldToWriter()
{
#if defined(Q_OS_LINUX)
    thread_local bool yielded = false;
    if (!yielded) {
        yielded = true;
        // Linux keeps a nice value per thread: this one only.
        setpriority(PRIO_PROCESS, id_t(gettid()), getpriority(PRIO_PROCESS, id_t(gettid())) + 5);
    }
#endif
}

PreparedFile prepareFile(const FileToRead &job, const ReadFunction &reader, const ExtractFunction *extractor)
{
    PreparedFile file;
    file.path = job.path;
    file.size = job.size;
    file.mtime = job.mtime;
    QFile input(job.path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.readable = false;
        file.failure = core::Error{tr("cannot open: %1").arg(input.errorString()), job.path};
        return file;
    }
    const QByteArray bytes = input.readAll();
    if (input.error() != QFileDevice::NoError) {
        file.readable = false;
        file.failure = core::Error{tr("cannot read: %1").arg(input.errorString()), job.path, -1, bytes.size()};
        return file;
    }
    file.size = bytes.size();
    file.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    if (!job.knownHash.isEmpty() && job.knownHash == file.contentHash) {
        file.sameContent = true;
        return file;
    }

    FileContent content = reader(bytes, job.path);
    file.encoding = content.encoding;
    if (!content.readable) {
        file.readable = false;
        file.failure = content.problems.isEmpty() ? core::Error{tr("cannot be read as a corpus file"), job.path}
                                                  : content.problems.first();
        if (file.failure.file.isEmpty())
            file.failure.file = job.path;
        return file;
    }
    file.problems = std::move(content.problems);
    file.articles.reserve(size_t(content.articles.size()));
    for (corpus::Article &article : content.articles) {
        PreparedArticle prepared;
        const QString body = article.body();
        article.paragraphs.clear();
        if (article.source.file.isEmpty())
            article.source.file = job.path;
        prepared.contentHash = contentHashOf(article, body);
        const auto language = text::Stemmer::languageFromCode(article.lang);
        prepared.titleTerms = FtsTokenizer::preAnalyse(article.title, language);
        prepared.bodyTerms = FtsTokenizer::preAnalyse(body, language);
        if (extractor && !body.isEmpty()) {
            prepared.facts = prepareFacts((*extractor)(body, article.lang, article.date), body);
            prepared.facts.lang = article.lang;
        }
        // Compressed here, on the worker: the single writer thread is the ingest's bottleneck. Only
        // new articles need it, but which are new is known only to the writer, and zlib on a few
        // kilobytes costs far less than the extraction above.
        prepared.storedBody = BodyCodec::encode(body);
        prepared.article = std::move(article);
        file.articles.push_back(std::move(prepared));
    }
    return file;
}

// The database's own files, should it live inside the corpus folder; built once, not per file.
QStringList databaseFiles(const QString &databasePath)
{
    return {databasePath, databasePath + u"-wal", databasePath + u"-shm", databasePath + u"-journal"};
}

#ifdef Q_OS_UNIX
// Every file under folder as QDirIterator(QDir::Files | QDir::NoDotAndDotDot, Subdirectories)
// lists it: hidden entries skipped, symbolic links to files followed, to folders not, broken
// links, sockets and devices left out. One fstatat() relative to the open folder per entry
// instead of QFileInfo's stat()s by full path: a rescan of an unchanged corpus is mostly this.
void listFolder(const QByteArray &folder, const std::function<void(const QString &, qint64, qint64)> &add)
{
    DIR *dir = opendir(folder.constData());
    if (!dir)
        return;
    const int fd = dirfd(dir);
    QByteArrayList subfolders;
    while (const dirent *entry = readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.')
            continue;
        struct stat target;
        if (fstatat(fd, name, &target, 0) != 0)
            continue;
        const QByteArray path = folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
        if (S_ISREG(target.st_mode)) {
            add(QFile::decodeName(path), qint64(target.st_size),
                qint64(target.st_mtim.tv_sec) * 1000 + target.st_mtim.tv_nsec / 1000000);
        } else if (S_ISDIR(target.st_mode)) {
            bool link = entry->d_type == DT_LNK;
            if (entry->d_type == DT_UNKNOWN) {
                struct stat itself;
                link = fstatat(fd, name, &itself, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(itself.st_mode);
            }
            if (!link)
                subfolders.append(path);
        }
    }
    closedir(dir);
    for (const QByteArray &subfolder : subfolders)
        listFolder(subfolder, add);
}
#endif

} // namespace

Ingester::Ingester(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_reader(&readWithCorpusReaders)
{
}

Ingester::~Ingester() = default;

core::Result<IngestReport> Ingester::run(const QStringList &paths)
{
    // Phase times go to elshi.store.debug: where a rescan of an unchanged folder spends its time.
    QElapsedTimer phase;
    phase.start();
    const auto logPhase = [&phase](const char *what) {
        qCDebug(lcStore) << "ingest phase:" << what << phase.nsecsElapsed() / 1000000.0 << "ms";
        phase.restart();
    };
    auto opened = Database::open(m_databasePath, Database::Open::CreateIfMissing);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    // An earlier ingest killed before it built the entity indexes it left out (DeferredIndexes):
    // built first, as removing articles looks their entities up through them.
    if (!DeferredIndexes::restore(db))
        return core::Error{tr("cannot build the entity indexes: %1").arg(db.lastError()), db.path()};
    IngestWriter writer(db);
    logPhase("open");
    IngestReport report;
    const auto writeFailed = [&] {
        return core::Error{tr("cannot write the database: %1").arg(writer.lastError()), db.path()};
    };

    // 1. What is on disk under the given paths.
    QStringList roots;
    QList<FileToRead> onDisk;
    const QStringList ownFiles = databaseFiles(db.path());
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report.failures.append(core::Error{tr("no such file or folder"), path});
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        roots.append(absolute);
        const auto add = [&](const QString &file, qint64 size, qint64 mtime) {
            if (!ownFiles.contains(file))
                onDisk.append({file, size, mtime, {}});
        };
        if (info.isDir()) {
#ifdef Q_OS_UNIX
            listFolder(QFile::encodeName(absolute), add);
#else
            QDirIterator it(absolute, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                const QFileInfo file = it.fileInfo();
                add(file.absoluteFilePath(), file.size(), file.lastModified().toMSecsSinceEpoch());
            }
#endif
        } else {
            add(absolute, info.size(), info.lastModified().toMSecsSinceEpoch());
        }
    }
    std::sort(onDisk.begin(), onDisk.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    onDisk.erase(
        std::unique(onDisk.begin(), onDisk.end(), [](const auto &a, const auto &b) { return a.path == b.path; }),
        onDisk.end());
    report.filesSeen = onDisk.size();
    logPhase("list files");

    // 2. Compare with what the database holds: unchanged files are skipped without being opened.
    const QHash<QString, IngestWriter::KnownFile> known = writer.knownFiles();
    logPhase("known files");
    QList<FileToRead> toRead;
    qsizetype knownOnDisk = 0;
    for (const FileToRead &file : onDisk) {
        const auto found = known.constFind(file.path);
        if (found != known.constEnd()) {
            ++knownOnDisk;
            if (found->size == file.size && found->mtime == file.mtime && found->status != IngestWriter::FileFailed) {
                ++report.filesSkipped;
                continue;
            }
        }
        toRead.append(file); // implicitly shared: onDisk stays intact for the check below
        if (found != known.constEnd())
            toRead.last().knownHash = found->status == IngestWriter::FileFailed ? QByteArray() : found->contentHash;
    }
    // onDisk is sorted and unique by path: a known file is on disk when a binary search finds it.
    const auto onDiskNow = [&onDisk](const QString &path) {
        const auto at = std::lower_bound(onDisk.cbegin(), onDisk.cend(), path,
                                         [](const FileToRead &file, const QString &p) { return file.path < p; });
        return at != onDisk.cend() && at->path == path;
    };

    // 3. Files gone from under the given folders leave, with the articles only they held.
    IngestWriter::Counts counts;
    if (!writer.begin())
        return writeFailed();
    // When every known file was found on disk, none can have gone.
    for (auto it = known.constBegin(); knownOnDisk < known.size() && it != known.constEnd(); ++it) {
        if (onDiskNow(it.key()))
            continue;
        const bool underRoot = std::any_of(roots.begin(), roots.end(), [&](const QString &root) {
            return it.key() == root || it.key().startsWith(root + u'/');
        });
        if (underRoot && !QFileInfo::exists(it.key())) {
            if (!writer.removeFile(it->id, counts))
                return writeFailed();
            ++report.filesRemoved;
        }
    }
    if (!writer.commit())
        return writeFailed();
    logPhase("compare and remove");

    // 4. Read on worker threads, write here. A bounded window of files in flight bounds memory.
    IngestProgress state;
    state.filesTotal = toRead.size();
    for (const FileToRead &file : toRead)
        state.bytesTotal += file.size;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto reportProgress = [&](bool force) {
        if (!force && sinceProgress.elapsed() < 100)
            return;
        sinceProgress.restart();
        state.articlesAdded = counts.added;
        Q_EMIT progress(state);
    };

    // The workers' own pool, so the priority they give up (yieldToWriter) ends with this run.
    QThreadPool workers;
    workers.setMaxThreadCount(QThread::idealThreadCount());
    QThreadPool *pool = &workers;
    // Deep enough that the workers keep going while the writer is busy with a large file or a
    // commit: with two files a worker they soon stood idle, and the writer then waited for them
    // in turn (20k generated articles: 8.4 s -> 7.4 s). The byte limit bounds the memory.
    const int maxInFlight = qMax(2, pool->maxThreadCount() * 32);
    const qint64 maxBytesInFlight = 128LL * 1024 * 1024;
    std::deque<QFuture<PreparedFile>> inFlight;
    qint64 bytesInFlight = 0;
    qsizetype next = 0;
    const ReadFunction reader = m_reader;
    // One extractor for all workers: extract() is const and thread-safe, and the data is shared.
    // Loading its gazetteers and dictionaries takes a while, so a rescan that finds every file
    // unchanged never builds one.
    ExtractFunction extract = m_extractor;
    if (!extract && m_extractEntities && !toRead.isEmpty()) {
        extract = [extractor = entities::Extractor()](const QString &body, const QString &lang, core::DateValue date) {
            return extractor.extract(body, lang, date);
        };
    }
    const ExtractFunction *extractor = m_extractEntities && extract ? &extract : nullptr;
    logPhase("extractor");
    // Into an empty database the entity rows go without their reader indexes, built once at the end.
    DeferredIndexesScope deferredIndexes(db, extractor && known.isEmpty() && writer.articleCount() == 0);
    const auto submit = [&] {
        while (next < toRead.size() && int(inFlight.size()) < maxInFlight &&
               (inFlight.empty() || bytesInFlight + toRead.at(next).size <= maxBytesInFlight)) {
            const FileToRead job = toRead.at(next++);
            bytesInFlight += job.size;
            inFlight.push_back(QtConcurrent::run(pool, [job, reader, extractor] {
                yieldToWriter();
                return prepareFile(job, reader, extractor);
            }));
        }
        // With the last file handed out, a worker that runs out of files ends at once: its thread's
        // caches (word tables, memos, tens of MB) are freed while the writer still works through
        // the files in flight, not after it, when the pool is destroyed (20k generated articles:
        // 0.25 s at the end of the ingest).
        if (next == toRead.size())
            workers.setExpiryTimeout(0);
    };

    qint64 bytesInTransaction = 0;
    bool inTransaction = false;
    core::Status status = core::success();
    submit();
    while (!inFlight.empty()) {
        if (m_cancelled.load()) {
            report.cancelled = true;
            break;
        }
        QFuture<PreparedFile> future = std::move(inFlight.front());
        inFlight.pop_front();
        // Taken, not copied: the file's terms and facts are as large as its text.
        const PreparedFile file = future.takeResult();
        bytesInFlight -= toRead.at(state.filesDone).size;
        submit();

        if (!inTransaction) {
            if (!writer.begin()) {
                status = writeFailed();
                break;
            }
            inTransaction = true;
        }
        const auto found = known.constFind(file.path);
        if (!writer.writeFile(file, found == known.constEnd() ? nullptr : &*found, counts)) {
            // Never commit half a file: the whole batch goes, and the next run reads it again.
            status = writeFailed();
            db.exec("ROLLBACK");
            inTransaction = false;
            break;
        }
        if (!file.readable) {
            ++report.filesFailed;
            report.failures.append(file.failure);
        } else if (file.sameContent) {
            ++report.filesSkipped;
        } else {
            ++report.filesRead;
            for (core::Error problem : file.problems) {
                if (problem.file.isEmpty())
                    problem.file = file.path;
                report.warnings.append(problem);
            }
        }
        ++state.filesDone;
        state.bytesDone += file.size;
        state.currentFile = file.path;
        bytesInTransaction += file.size;
        if (bytesInTransaction >= m_transactionBytes) {
            if (!writer.commit()) {
                status = writeFailed();
                inTransaction = false;
                break;
            }
            inTransaction = false;
            bytesInTransaction = 0;
        }
        reportProgress(false);
    }
    // Workers still running hold references to nothing of ours but the reader copy; wait for them.
    for (QFuture<PreparedFile> &future : inFlight)
        future.waitForFinished();
    if (inTransaction && !writer.commit() && status)
        status = writeFailed();
    if (!status)
        return status.error();
    logPhase("read and write");
    if (deferredIndexes.isActive()) {
        state.stage = IngestProgress::Stage::BuildingIndexes;
        reportProgress(true);
        if (!deferredIndexes.restore())
            report.warnings.append(
                core::Error{tr("cannot build the entity indexes: %1").arg(db.lastError()), db.path()});
        state.stage = IngestProgress::Stage::Reading; // the last report is the whole read's
        logPhase("entity indexes");
    }

    if (m_optimize && !report.cancelled)
        db.exec("INSERT INTO article_fts(article_fts) VALUES ('optimize')");
    db.exec("PRAGMA optimize");
    logPhase("optimize");

    report.articlesAdded = counts.added;
    report.articlesLinked = counts.linked;
    report.articlesRemoved = counts.removed;
    report.articlesTotal = writer.articleCount();
    report.bytesRead = state.bytesDone;
    reportProgress(true);
    qCInfo(lcStore) << "ingest:" << report.filesRead << "files read," << report.articlesAdded << "articles added";
    return report;
}

} // namespace elshi::store
