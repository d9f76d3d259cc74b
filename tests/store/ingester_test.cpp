// Ingest: incremental runs, duplicates across files, bad files, cancellation and progress.

#include "testcorpus.h"

#include <store/database.h>
#include <store/ingester.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi;
using namespace elshi::store;

namespace {

qint64 scalar(const QString &dbPath, const char *sql)
{
    const auto db = Database::open(dbPath);
    if (!db)
        return -1;
    Statement select = (*db)->prepare(sql);
    return select.step() ? select.int64(0) : -1;
}

IngestReport ingest(const QString &dbPath, const QStringList &paths)
{
    Ingester ingester(dbPath);
    ingester.setReader(&testReader);
    auto report = ingester.run(paths);
    if (!report) {
        qWarning() << report.error().toString();
        return {};
    }
    return *report;
}

TestArticle article(int n, const QString &lang = u"en"_s)
{
    return {QStringLiteral("Article %1").arg(n), QStringLiteral("2024-03-%1").arg(n % 28 + 1, 2, 10, QChar(u'0')), lang,
            u"Kazinform"_s,
            QStringLiteral("Body of article number %1 about the ambassador and the ministry, long enough to be "
                           "its own text for duplicate detection purposes.")
                .arg(n)};
}

} // namespace

class IngesterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsFoldersRecursively()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"corpus/a.txt"_s), testFile({article(1), article(2)})));
        QVERIFY(writeFile(dir.filePath(u"corpus/sub/b.txt"_s), testFile({article(3)})));
        const QString db = dir.filePath(u"db.sqlite"_s);
        const IngestReport report = ingest(db, {dir.filePath(u"corpus"_s)});
        QCOMPARE(report.filesSeen, 2);
        QCOMPARE(report.filesRead, 2);
        QCOMPARE(report.articlesAdded, 3);
        QCOMPARE(report.articlesTotal, 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'ambassadors'"), 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM outlets"), 1);
        QCOMPARE(scalar(db, "SELECT offset FROM article_files WHERE article_id = 2"),
                 0 + testFile({article(1)}).size() + 5);
    }

    void listsWhatAFolderWalkShows()
    {
        // The folder listing skips hidden files and folders, follows a link to a file but not one
        // to a folder, ignores broken links and never reads the database beside the corpus.
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        QVERIFY(writeFile(corpus + u"/a.txt", testFile({article(1)})));
        QVERIFY(writeFile(corpus + u"/deep/er/b.txt", testFile({article(2)})));
        QVERIFY(writeFile(corpus + u"/.hidden.txt", testFile({article(3)})));
        QVERIFY(writeFile(corpus + u"/.cache/c.txt", testFile({article(4)})));
        QVERIFY(writeFile(dir.filePath(u"outside/d.txt"_s), testFile({article(5)})));
        QVERIFY(writeFile(dir.filePath(u"outside/e.txt"_s), testFile({article(6)})));
#ifdef Q_OS_UNIX
        QVERIFY(QFile::link(dir.filePath(u"outside/d.txt"_s), corpus + u"/linked.txt"));
        QVERIFY(QFile::link(dir.filePath(u"outside"_s), corpus + u"/linked-folder"));
        QVERIFY(QFile::link(dir.filePath(u"nowhere.txt"_s), corpus + u"/broken.txt"));
        const int expected = 3;
#else
        const int expected = 2;
#endif
        const QString db = corpus + u"/elshi.sqlite";
        const IngestReport first = ingest(db, {corpus});
        QCOMPARE(first.filesSeen, expected);
        QCOMPARE(first.filesRead, expected);
        QCOMPARE(first.failures.size(), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM files WHERE path LIKE '%/deep/er/b.txt'"), 1);
        // Sizes and times as recorded match what the next run sees: nothing is read again.
        const IngestReport again = ingest(db, {corpus});
        QCOMPARE(again.filesSeen, expected);
        QCOMPARE(again.filesSkipped, expected);
        QCOMPARE(again.filesRead, 0);
        QCOMPARE(again.filesRemoved, 0);
    }

    void isIncremental()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        const QString db = dir.filePath(u"db.sqlite"_s);
        QVERIFY(writeFile(corpus + u"/a.txt", testFile({article(1), article(2)})));
        QVERIFY(writeFile(corpus + u"/b.txt", testFile({article(3)})));
        QVERIFY(writeFile(corpus + u"/c.txt", testFile({article(4)})));
        QCOMPARE(ingest(db, {corpus}).articlesAdded, 4);

        // Nothing changed: every file skipped unopened.
        IngestReport again = ingest(db, {corpus});
        QCOMPARE(again.filesSkipped, 3);
        QCOMPARE(again.filesRead, 0);
        QCOMPARE(again.articlesAdded, 0);

        // Touched but identical: the hash says skip. Modified: re-read, the kept article keeps its id.
        const qint64 keptId = scalar(db, "SELECT id FROM articles WHERE title = 'Article 1'");
        QFile touched(corpus + u"/b.txt");
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();
        QVERIFY(writeFile(corpus + u"/a.txt", testFile({article(1), article(5)})));
        QVERIFY(QFile::remove(corpus + u"/c.txt"));
        const IngestReport changed = ingest(db, {corpus});
        QCOMPARE(changed.filesSkipped, 1); // b: same bytes
        QCOMPARE(changed.filesRead, 1); // a
        QCOMPARE(changed.filesRemoved, 1); // c
        QCOMPARE(changed.articlesAdded, 1); // 5
        QCOMPARE(changed.articlesRemoved, 2); // 2 and 4
        QCOMPARE(changed.articlesTotal, 3);
        QCOMPARE(scalar(db, "SELECT id FROM articles WHERE title = 'Article 1'"), keptId);
        QCOMPARE(scalar(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'number'"), 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM files"), 2);

        // Files outside the given paths are left alone.
        QVERIFY(writeFile(dir.filePath(u"other/d.txt"_s), testFile({article(6)})));
        QCOMPARE(ingest(db, {dir.filePath(u"other/d.txt"_s)}).articlesAdded, 1);
        QCOMPARE(ingest(db, {corpus}).filesRemoved, 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles"), 4);
    }

    void storesDuplicatesOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"db.sqlite"_s);
        TestArticle copy = article(1);
        copy.body = copy.body.toUpper().replace(u' ', u"\n  "_s); // another crawl: other case and wrapping
        QVERIFY(writeFile(dir.filePath(u"c/one.txt"_s), testFile({article(1), article(2)})));
        QVERIFY(writeFile(dir.filePath(u"c/two.txt"_s), testFile({copy, article(3)})));
        const IngestReport report = ingest(db, {dir.filePath(u"c"_s)});
        QCOMPARE(report.articlesAdded, 3);
        QCOMPARE(report.articlesLinked, 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM article_files WHERE article_id = 1"), 2);

        // Removing one file keeps the shared article; removing both drops it.
        QVERIFY(QFile::remove(dir.filePath(u"c/one.txt"_s)));
        QCOMPARE(ingest(db, {dir.filePath(u"c"_s)}).articlesRemoved, 1); // article 2 only
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles WHERE id = 1"), 1);
        QVERIFY(QFile::remove(dir.filePath(u"c/two.txt"_s)));
        QCOMPARE(ingest(db, {dir.filePath(u"c"_s)}).articlesRemoved, 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'number'"), 0);
    }

    void recordsBadFilesAndGoesOn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"db.sqlite"_s);
        QVERIFY(writeFile(dir.filePath(u"c/a.txt"_s), testFile({article(1)})));
        QVERIFY(writeFile(dir.filePath(u"c/bad.txt"_s), "TITLE: x\nBROKEN\n"));
        QVERIFY(writeFile(dir.filePath(u"c/z.txt"_s), testFile({article(2)})));
        const IngestReport report = ingest(db, {dir.filePath(u"c"_s), dir.filePath(u"missing"_s)});
        QCOMPARE(report.filesFailed, 1);
        QCOMPARE(report.failures.size(), 2); // the bad file and the missing path
        QCOMPARE(report.failures.at(0).file, dir.filePath(u"missing"_s));
        QCOMPARE(report.failures.at(1).file, dir.filePath(u"c/bad.txt"_s));
        QCOMPARE(report.failures.at(1).offset, 9);
        QCOMPARE(report.articlesAdded, 2);
        QCOMPARE(scalar(db, "SELECT status FROM files WHERE path LIKE '%bad.txt'"), 1);
        QCOMPARE(scalar(db, "SELECT error_offset FROM files WHERE path LIKE '%bad.txt'"), 9);

        // Failed files are tried again (and named again) on the next run; fixed, they import.
        QCOMPARE(ingest(db, {dir.filePath(u"c"_s)}).filesFailed, 1);
        QVERIFY(writeFile(dir.filePath(u"c/bad.txt"_s), testFile({article(3)})));
        const IngestReport fixed = ingest(db, {dir.filePath(u"c"_s)});
        QCOMPARE(fixed.filesFailed, 0);
        QCOMPARE(fixed.articlesAdded, 1);
    }

    void cancellationKeepsADatabaseTheNextRunCompletes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"db.sqlite"_s);
        for (int i = 0; i < 40; ++i)
            QVERIFY(writeFile(dir.filePath(QStringLiteral("c/%1.txt").arg(i, 3, 10, QChar(u'0'))),
                              testFile({article(2 * i), article(2 * i + 1)})));
        {
            Ingester ingester(db);
            ingester.setReader(&testReader);
            ingester.setTransactionBytes(1); // commit after every file
            int files = 0;
            // The reader runs on workers; cancelling from there after a few files is like a user's click.
            ingester.setReader([&ingester, &files](const QByteArray &bytes, const QString &path) {
                static std::atomic_int seen{0};
                if (++seen == 5)
                    ingester.cancel();
                Q_UNUSED(files);
                return testReader(bytes, path);
            });
            const auto report = ingester.run({dir.filePath(u"c"_s)});
            QVERIFY(report);
            QVERIFY(report->cancelled);
            QVERIFY(report->filesRead < 40);
        }
        // Consistent: every recorded file has exactly its articles, and the index matches the table.
        const qint64 files = scalar(db, "SELECT count(*) FROM files");
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles"), 2 * files);
        QCOMPARE(scalar(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'number'"), 2 * files);
        const IngestReport rest = ingest(db, {dir.filePath(u"c"_s)});
        QCOMPARE(rest.filesSkipped, files);
        QCOMPARE(rest.articlesTotal, 80);
    }

    void reportsProgress()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(dir.filePath(QStringLiteral("c/%1.txt").arg(i)), testFile({article(i)})));
        Ingester ingester(dir.filePath(u"db.sqlite"_s));
        ingester.setReader(&testReader);
        QSignalSpy spy(&ingester, &Ingester::progress);
        QVERIFY(ingester.run({dir.filePath(u"c"_s)}));
        QVERIFY(spy.count() >= 1);
        const auto last = spy.last().first().value<IngestProgress>();
        QCOMPARE(last.filesDone, 3);
        QCOMPARE(last.filesTotal, 3);
        QCOMPARE(last.articlesAdded, 3);
        QCOMPARE(last.bytesDone, last.bytesTotal);
    }

    void failsCleanlyOnAnUnwritableDatabase()
    {
        Ingester ingester(u"/proc/elshi-cannot-write-here.db"_s);
        const auto report = ingester.run({QStringLiteral(ELSHI_TEST_DATA)});
        QVERIFY(!report);
        QVERIFY(!report.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(IngesterTest)
#include "ingester_test.moc"
