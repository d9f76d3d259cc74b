// The corpus issue's acceptance over the real seed files: a folder mixing re-encoded, CRLF,
// truncated, empty and binary copies imports every readable article, names the unreadable file
// and exits 1. The folder is built at run time from $ELSHI_SEEDS; skipped without it.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class SeedsMixTest : public QObject
{
    Q_OBJECT
private:
    QString m_seeds;
    QTemporaryDir m_dir;

    QByteArray seed(const QString &prefix)
    {
        const QStringList found = QDir(m_seeds).entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
        if (found.size() != 1)
            return {};
        QFile file(QDir(m_seeds).filePath(found.first()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seeds = qEnvironmentVariable("ELSHI_SEEDS");
        if (m_seeds.isEmpty() || !QDir(m_seeds).exists())
            QSKIP("ELSHI_SEEDS is not set");
        const QString mix = m_dir.filePath(QStringLiteral("mix"));
        QVERIFY(QDir().mkpath(mix));
        QStringEncoder cp1251("windows-1251");
        QVERIFY(cp1251.isValid());
        QVERIFY(write(mix + QStringLiteral("/a_cp1251.txt"),
                      cp1251.encode(QString::fromUtf8(seed(QStringLiteral("001"))))));
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QVERIFY(
            write(mix + QStringLiteral("/b_utf16.txt"), utf16.encode(QString::fromUtf8(seed(QStringLiteral("004"))))));
        QByteArray crlf = seed(QStringLiteral("000"));
        crlf.replace("\n", "\r\n");
        QVERIFY(write(mix + QStringLiteral("/c_crlf.txt"), crlf));
        const QByteArray un = seed(QStringLiteral("002"));
        QVERIFY(un.size() > 40000);
        QVERIFY(write(mix + QStringLiteral("/d_truncated.txt"), un.left(30000)));
        QVERIFY(write(mix + QStringLiteral("/e_empty.txt"), {}));
        QByteArray noise(4096, '\0');
        QRandomGenerator random(7);
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(write(mix + QStringLiteral("/f_random.bin"), noise));
    }

    void importsEveryReadableArticleAndNamesTheRest()
    {
        const QString db = m_dir.filePath(QStringLiteral("mix.sqlite"));
        const Run ingest =
            cli({QStringLiteral("ingest"), QStringLiteral("--db"), db, m_dir.filePath(QStringLiteral("mix"))});
        QCOMPARE(ingest.exitCode, 1);
        QVERIFY2(ingest.err.contains(QStringLiteral("f_random.bin")), qPrintable(ingest.err));
        QVERIFY(ingest.err.contains(QStringLiteral("binary")));

        const Run articles = cli({QStringLiteral("articles"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(articles.exitCode, 0);
        QMap<QString, int> perFile;
        QStringList titles;
        for (const QByteArray &line : articles.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            perFile[QFileInfo(o.value(u"file").toString()).fileName()]++;
            titles << o.value(u"title").toString();
        }
        QCOMPARE(perFile.value(QStringLiteral("a_cp1251.txt")), 1);
        QCOMPARE(perFile.value(QStringLiteral("b_utf16.txt")), 1);
        QCOMPARE(perFile.value(QStringLiteral("c_crlf.txt")), 9);
        QVERIFY(perFile.value(QStringLiteral("d_truncated.txt")) >= 5);
        QVERIFY(perFile.value(QStringLiteral("d_truncated.txt")) < 20);
        QVERIFY(!perFile.contains(QStringLiteral("e_empty.txt")));
        QVERIFY(!perFile.contains(QStringLiteral("f_random.bin")));
        // The windows-1251 copy decodes to the same Russian title as the UTF-8 original.
        QVERIFY(titles.contains(QStringLiteral("Казахстанские дипломаты провели встречи и приняли участие в культурных "
                                               "мероприятиях за рубежом")));
    }

    void reingestKeepsWhatWasImported()
    {
        const QString db = m_dir.filePath(QStringLiteral("mix.sqlite"));
        const Run again =
            cli({QStringLiteral("ingest"), QStringLiteral("--db"), db, m_dir.filePath(QStringLiteral("mix"))});
        QCOMPARE(again.exitCode, 1); // the binary file is still unreadable, and still named
        QVERIFY(again.err.contains(QStringLiteral("f_random.bin")));
        const QJsonObject summary = QJsonDocument::fromJson(again.out.trimmed().split('\n').last()).object();
        QCOMPARE(summary.value(u"total").toInt(), 17);
    }
};

QTEST_GUILESS_MAIN(SeedsMixTest)
#include "seedsmix_test.moc"
