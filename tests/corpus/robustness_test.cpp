// A folder of awkward inputs: other encodings and line ends of the same article, a cut-off UN
// file, an empty file, random bytes. Every readable article is read; every unreadable file is
// named in a clear error; nothing crashes. Also a rough throughput check on a large file.

#include <corpus/filereader.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace elshi::corpus;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ELSHI_TEST_DATA "/corpus/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class RobustnessTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameArticleInEveryEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("cp1251 crlf") << "encoding/kt_ru.cp1251.txt"
                                     << "windows-1251";
        QTest::newRow("koi8-r") << "encoding/kt_ru.koi8r.txt"
                                << "KOI8-R";
        QTest::newRow("utf-16le") << "encoding/kt_ru.utf16le-bom.txt"
                                  << "UTF-16LE";
        QTest::newRow("utf-16be") << "encoding/kt_ru.utf16be.txt"
                                  << "UTF-16BE";
        QTest::newRow("utf-8 bom crlf") << "encoding/kt_ru.utf8-bom-crlf.txt"
                                        << "UTF-8";
        QTest::newRow("cr") << "encoding/kt_ru.cr.txt"
                            << "UTF-8";
    }
    void sameArticleInEveryEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const FileReadResult reference = readCorpusFile(QStringLiteral(ELSHI_TEST_DATA "/corpus/layouts/kt_ru.txt"));
        const QString path = write(QFileInfo(file).fileName(), fixture(file));
        const FileReadResult result = readCorpusFile(path);
        QVERIFY(result.readable);
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.articles.size(), 1);
        Article a = result.articles.first();
        QCOMPARE(a.source.file, path);
        QVERIFY(a.source.offset + a.source.length <= QFileInfo(path).size());
        // Everything but provenance matches the UTF-8 original.
        Article expected = reference.articles.first();
        a.source = expected.source = {};
        QCOMPARE(a, expected);
    }

    void truncatedUnFile_data()
    {
        QTest::addColumn<QString>("cutAfter");
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("problems");
        QTest::newRow("inside last content") << "The UN team in Kazakhstan thanks" << 3 << 1;
        QTest::newRow("after last date") << "Date: 2 December 2019\n" << 2 << 1;
        QTest::newRow("inside a title") << "Title: UNICEF opens" << 2 << 1;
    }
    void truncatedUnFile()
    {
        QFETCH(QString, cutAfter);
        QFETCH(int, articles);
        QFETCH(int, problems);
        const QByteArray full = fixture(QStringLiteral("layouts/un_records.txt"));
        const QByteArray cut = cutAfter.toUtf8();
        const QByteArray bytes = full.left(full.indexOf(cut) + cut.size());
        const FileReadResult result = readCorpusBytes(bytes, m_dir.filePath(QStringLiteral("cut.txt")));
        QVERIFY(result.readable);
        QCOMPARE(result.articles.size(), articles);
        QCOMPARE(result.problems.size(), problems);
        QVERIFY(result.problems.first().line > 0);
        QCOMPARE(result.problems.first().file, m_dir.filePath(QStringLiteral("cut.txt")));
        for (const Article &a : result.articles) {
            QVERIFY(!a.title.isEmpty());
            QVERIFY(a.source.offset + a.source.length <= bytes.size());
        }
    }

    void emptyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\r\n   \n");
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF");
    }
    void emptyFiles()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(QStringLiteral("empty.txt"), bytes);
        const FileReadResult result = readCorpusFile(path);
        QVERIFY(result.readable);
        QVERIFY(result.articles.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().file, path);
    }

    void randomBytesAreUnreadable()
    {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        const QString path = write(QStringLiteral("random.bin"), bytes);
        const FileReadResult result = readCorpusFile(path);
        QVERIFY(!result.readable);
        QVERIFY(result.articles.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().file, path);
        QVERIFY(result.problems.first().toString().contains(path));
    }

    // Random damage anywhere must never crash and never give spans outside the file.
    void fuzzedFixtures()
    {
        QRandomGenerator generator(11);
        const QStringList names = {QStringLiteral("layouts/mfa_digest.txt"), QStringLiteral("layouts/un_records.txt"),
                                   QStringLiteral("layouts/kazinform_kk.txt"),
                                   QStringLiteral("encoding/kt_ru.utf16le-bom.txt"),
                                   QStringLiteral("encoding/kt_ru.cp1251.txt")};
        for (const QString &name : names) {
            const QByteArray original = fixture(name);
            for (int round = 0; round < 200; ++round) {
                QByteArray bytes = original.left(qsizetype(generator.bounded(int(original.size()) + 1)));
                for (int k = 0; k < 3 && !bytes.isEmpty(); ++k)
                    bytes[generator.bounded(int(bytes.size()))] = char(generator.bounded(256));
                const FileReadResult result = readCorpusBytes(bytes, QStringLiteral("/fuzz.txt"));
                for (const Article &a : result.articles) {
                    QVERIFY(a.source.offset >= 0 && a.source.length >= 0);
                    QVERIFY(a.source.offset + a.source.length <= bytes.size());
                }
            }
        }
    }

    void largeFileThroughput()
    {
        const QByteArray unit = fixture(QStringLiteral("layouts/un_records.txt"));
        QByteArray bytes;
        bytes.reserve(24 * 1024 * 1024);
        while (bytes.size() < 20 * 1024 * 1024)
            bytes += unit;
        QElapsedTimer timer;
        timer.start();
        const FileReadResult result = readCorpusBytes(bytes, QStringLiteral("/large.txt"));
        const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
        qInfo("read %lld articles, %.1f MB/s", qlonglong(result.articles.size()), bytes.size() / 1e6 / seconds);
        QCOMPARE(result.articles.size(), (bytes.size() / unit.size()) * 3);
        QVERIFY(result.articles.last().source.offset + result.articles.last().source.length <= bytes.size());
    }
};

QTEST_GUILESS_MAIN(RobustnessTest)
#include "robustness_test.moc"
