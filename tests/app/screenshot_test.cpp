// `elshi CORPUS --screenshot FILE` as the README and scripts/run use it: the real executable
// opens the sample corpus offscreen, waits until it is loaded, and writes a PNG of the window.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class ScreenshotTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesPngOfTheLoadedWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("kk") << QStringLiteral("kk");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void writesPngOfTheLoadedWindow()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess elshi;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        elshi.setProcessEnvironment(env);
        elshi.start(QStringLiteral(ELSHI_BIN_DIR "/elshi"),
                    {QStringLiteral(ELSHI_SOURCE_DIR "/resources/sample-corpus"), QStringLiteral("--language"),
                     language, QStringLiteral("--screenshot"), png});
        QVERIFY(elshi.waitForFinished(120000));
        QCOMPARE(elshi.exitCode(), 0);

        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // A window with text and a populated timeline has many colours, an empty one a handful.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        // The corpus database went to the cache directory, not next to the corpus.
        QVERIFY(QDir(dir.filePath(QStringLiteral("cache"))).exists());
    }

    void reportsUnwritableFile()
    {
        QProcess elshi;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        elshi.setProcessEnvironment(env);
        elshi.start(QStringLiteral(ELSHI_BIN_DIR "/elshi"),
                    {QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/shot.png")});
        QVERIFY(elshi.waitForFinished(60000));
        QCOMPARE(elshi.exitCode(), 1);
        QVERIFY(QString::fromUtf8(elshi.readAllStandardError()).contains(QStringLiteral("/nonexistent-dir/shot.png")));
    }
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
