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
    Run run(const QStringList &arguments, const QString &language = {})
    {
        QProcess process;
        if (!language.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LANGUAGE"), language);
            process.setProcessEnvironment(env);
        }
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

    // Messages follow the user's language, in the dispatcher and inside every command.
    void messagesAreTranslated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::newRow("dispatcher ru") << QStringList{QStringLiteral("dance")} << QStringLiteral("ru")
                                       << QStringLiteral("неизвестная команда 'dance'");
        QTest::newRow("search ru") << QStringList{QStringLiteral("search"), QStringLiteral("--db"), QStringLiteral("x")}
                                   << QStringLiteral("ru") << QStringLiteral("не задан запрос");
        QTest::newRow("ingest kk") << QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), QStringLiteral("x")}
                                   << QStringLiteral("kk") << QStringLiteral("оқитын файл немесе қалта жоқ");
        QTest::newRow("export-pdf ru") << QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"),
                                                      QStringLiteral("x")}
                                       << QStringLiteral("ru") << QStringLiteral("требуется -o ФАЙЛ");
    }
    void messagesAreTranslated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(QString, message);
        const Run r = run(arguments, language);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliBasicsTest)
#include "clibasics_test.moc"
