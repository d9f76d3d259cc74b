// The store and search commands through the real executable: ingest, articles, show, search.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            result.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return result;
    }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fixtures()
{
    return QStringLiteral(ELSHI_TEST_DATA "/store/plain");
}

// Plain-text files of varied words: one article each whatever layout the readers detect.
void generateCorpus(const QString &dir, int files)
{
    QRandomGenerator random(42);
    const QStringList words{u"посол"_s,      u"министр"_s, u"встреча"_s,    u"Казахстан"_s, u"сотрудничество"_s,
                            u"ambassador"_s, u"meeting"_s, u"minister"_s,   u"trade"_s,     u"елші"_s,
                            u"кездесу"_s,    u"Астана"_s,  u"переговоры"_s, u"визит"_s,     u"делегация"_s};
    QDir().mkpath(dir);
    for (int f = 0; f < files; ++f) {
        QString text = QStringLiteral("Сообщение номер %1 о переговорах\n\n").arg(f);
        for (int w = 0; w < 600; ++w)
            text += words.at(random.bounded(words.size())) + QString::number(random.bounded(5000)) + u' ';
        QFile file(QStringLiteral("%1/%2.txt").arg(dir).arg(f, 5, 10, QChar(u'0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
}

} // namespace

class StoreCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --progress names the index build that ends a first ingest; an ingest that adds nothing has none.
    void progressNamesTheIndexBuild()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"db.sqlite"_s);
        const Run first = cli({u"ingest"_s, u"--db"_s, db, u"--progress"_s, fixtures()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.err.count("indexing people, places and meetings"), 1);
        QVERIFY(first.err.contains(" files,"));
        const Run again = cli({u"ingest"_s, u"--db"_s, db, u"--progress"_s, fixtures()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.err.contains("indexing"));
    }

    void ingestsListsShowsAndSearches()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"db.sqlite"_s);
        const Run ingest = cli({u"ingest"_s, u"--db"_s, db, fixtures()});
        QVERIFY2(ingest.exitCode == 0, qPrintable(ingest.err));
        QCOMPARE(ingest.lines().size(), 1);
        const QJsonObject summary = ingest.lines().first();
        for (const char *key : {"files", "articles", "skipped", "failed"})
            QVERIFY2(summary.contains(QLatin1String(key)), key);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
        QCOMPARE(summary.value(u"files"_s).toInt(), 3);
        QVERIFY(ingest.err.isEmpty()); // no progress when stderr is not a terminal

        const Run again = cli({u"ingest"_s, u"--db"_s, db, fixtures()});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lines().first().value(u"skipped"_s).toInt(), 3);
        QCOMPARE(again.lines().first().value(u"articles"_s).toInt(), 0);

        const Run articles = cli({u"articles"_s, u"--db"_s, db, u"--json"_s});
        QCOMPARE(articles.exitCode, 0);
        const QList<QJsonObject> list = articles.lines();
        QCOMPARE(list.size(), summary.value(u"total"_s).toInt());
        QVERIFY(!list.isEmpty());
        for (const QJsonObject &a : list) {
            QCOMPARE(a.keys(),
                     (QStringList{u"date"_s, u"file"_s, u"id"_s, u"lang"_s, u"source"_s, u"title"_s, u"url"_s}));
            QVERIFY(a.value(u"file"_s).toString().startsWith(fixtures()));
        }

        const qint64 id = list.first().value(u"id"_s).toInteger();
        const Run show = cli({u"show"_s, u"--db"_s, db, u"--json"_s, QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.lines().size(), 1);
        QVERIFY(!show.lines().first().value(u"body"_s).toString().isEmpty());
        QCOMPARE(show.lines().first().value(u"id"_s).toInteger(), id);

        const Run unknown = cli({u"show"_s, u"--db"_s, db, u"99999"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"no article with id 99999"));

        const Run search = cli({u"search"_s, u"--db"_s, db, u"--json"_s, u"послы"_s});
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QVERIFY(!search.lines().isEmpty());
        for (const QJsonObject &hit : search.lines())
            QVERIFY2(hit.value(u"snippet"_s).toString().contains(u"**"),
                     qPrintable(hit.value(u"snippet"_s).toString()));
        const Run byDate =
            cli({u"search"_s, u"--db"_s, db, u"--sort"_s, u"date"_s, u"--limit"_s, u"1"_s, u"meeting OR посол"_s});
        QCOMPARE(byDate.exitCode, 0);
        QCOMPARE(byDate.lines().size(), 1);

        const Run malformed = cli({u"search"_s, u"--db"_s, db, u"\"unclosed"_s});
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY(malformed.err.contains(u"unbalanced quote"));
        QVERIFY(!malformed.err.contains(u"SQL", Qt::CaseInsensitive));
        QVERIFY(malformed.out.isEmpty());
    }

    void namesUnreadableFilesAndExitsWithOne()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"c"_s));
        QVERIFY(QFile::copy(fixtures() + u"/ambassador.txt", dir.filePath(u"c/good.txt"_s)));
        QFile bad(dir.filePath(u"c/random.bin"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        QRandomGenerator random(7);
        for (char &b : bytes)
            b = char(random.bounded(256));
        bad.write(bytes);
        bad.close();
        const Run r = cli({u"ingest"_s, u"--db"_s, dir.filePath(u"db.sqlite"_s), dir.filePath(u"c"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"random.bin"), qPrintable(r.err));
        QCOMPARE(r.lines().first().value(u"failed"_s).toInt(), 1);
        QVERIFY(r.lines().first().value(u"total"_s).toInt() >= 1);
    }

    void usageAndIoErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("ingest without db") << QStringList{u"ingest"_s, u"x"_s} << 2 << u"--db FILE is required"_s;
        QTest::newRow("ingest without paths")
            << QStringList{u"ingest"_s, u"--db"_s, u"/tmp/x.db"_s} << 2 << u"no files or folders"_s;
        QTest::newRow("unknown option") << QStringList{u"search"_s, u"--frob"_s} << 2 << u"frob"_s;
        QTest::newRow("missing database")
            << QStringList{u"articles"_s, u"--db"_s, u"/nonexistent/elshi.db"_s} << 1 << u"no database at"_s;
        QTest::newRow("unwritable database")
            << QStringList{u"ingest"_s, u"--db"_s, u"/proc/elshi.db"_s, QStringLiteral(ELSHI_TEST_DATA "/store")} << 1
            << u"database"_s;
        QTest::newRow("bad id") << QStringList{u"show"_s, u"--db"_s, u"/tmp/x.db"_s, u"abc"_s} << 2
                                << u"not an article id"_s;
        QTest::newRow("bad sort") << QStringList{u"search"_s, u"--db"_s, u"/tmp/x.db"_s, u"--sort"_s, u"size"_s, u"a"_s}
                                  << 2 << u"--sort"_s;
        QTest::newRow("no query") << QStringList{u"search"_s, u"--db"_s, u"/tmp/x.db"_s} << 2 << u"no query"_s;
    }
    void usageAndIoErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void commandsHaveHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"ingest", "articles", "show", "search"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void commandsHaveHelp()
    {
        QFETCH(QString, command);
        const Run r = cli({command, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--db"));
        QVERIFY(cli({u"--help"_s}).out.contains(command));
    }

    void killedIngestIsCompletedByTheNextRun()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        generateCorpus(corpus, 1500);

        // Reference: one uninterrupted run.
        const Run clean = cli({u"ingest"_s, u"--db"_s, dir.filePath(u"clean.db"_s), corpus});
        QCOMPARE(clean.exitCode, 0);
        const int expected = clean.lines().first().value(u"total"_s).toInt();
        QCOMPARE(expected, 1500);

        // Killed once it reports progress, with small transactions so some are committed.
        const QString db = dir.filePath(u"killed.db"_s);
        QProcess process;
        process.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"),
                      {u"ingest"_s, u"--db"_s, db, u"--progress"_s, u"--batch-mb"_s, u"0"_s, corpus});
        QVERIFY(process.waitForStarted());
        QByteArray progress;
        while (process.state() == QProcess::Running && !progress.contains(" files,")) {
            process.waitForReadyRead(100);
            progress += process.readAllStandardError();
        }
        process.kill();
        process.waitForFinished();

        const Run resumed = cli({u"ingest"_s, u"--db"_s, db, corpus});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(resumed.lines().first().value(u"total"_s).toInt(), expected);
        const Run search = cli({u"search"_s, u"--db"_s, db, u"--limit"_s, u"0"_s, u"переговоры"_s});
        QCOMPARE(search.lines().size(), expected); // every title says переговорах; none indexed twice
    }
};

QTEST_GUILESS_MAIN(StoreCliTest)
#include "storecli_test.moc"
