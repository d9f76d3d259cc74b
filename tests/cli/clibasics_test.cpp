// The command-line front end's contract that every command shares: version, help, usage errors.

#include <QProcess>
#include <QTest>

class CliBasicsTest : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionPrintsProjectVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("elshi-cli " ELSHI_VERSION));
    }

    void helpListsCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: elshi-cli COMMAND")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("dance")}
                                         << QStringLiteral("unknown command 'dance'");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliBasicsTest)
#include "clibasics_test.moc"
