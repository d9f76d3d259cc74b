// elshi-cli export-pdf on the bundled sample corpus: by query and by ids, read back with pdftotext.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ExportPdfCliTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }
    static Run cli(const QStringList &arguments) { return run(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_db = m_dir.filePath(QStringLiteral("sample.sqlite"));
        const Run ingest = cli({QStringLiteral("ingest"), QStringLiteral("--db"), m_db,
                                QStringLiteral(ELSHI_SOURCE_DIR "/resources/sample-corpus")});
        QCOMPARE(ingest.exitCode, 0);
    }

    void exportsQueryResults()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("query.pdf"));
        const Run exported = cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--query"), QStringLiteral("посол lang:ru"), QStringLiteral("--title"),
                                  QStringLiteral("Послы")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(exported.out.trimmed()).object();
        const int count = summary.value(u"articles").toInt();
        QVERIFY(count > 0);
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString body = QString::fromUtf8(text.out);
        QVERIFY(body.contains(QStringLiteral("Послы")));
        QVERIFY(body.contains(QStringLiteral("Search: посол lang:ru")));
        QVERIFY(body.contains(QStringLiteral("Посол")));
        QVERIFY(body.contains(QStringLiteral("sample-corpus/")));
        // Cover, contents, then one page or more per article.
        QVERIFY(body.count(u'\f') >= count + 2);
    }

    void exportsChosenIds()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("ids.pdf"));
        const Run exported = cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--ids"), QStringLiteral("1,2,999999")});
        QCOMPARE(exported.exitCode, 1); // one id is unknown; the others are written
        QCOMPARE(QJsonDocument::fromJson(exported.out.trimmed()).object().value(u"articles").toInt(), 2);
    }

    void exportsAPersonsMeetings()
    {
        // Yerlan Baizhanov, ambassador to Japan in the sample corpus, asked for in Kazakh script.
        const QString pdf = m_dir.filePath(QStringLiteral("person.pdf"));
        const Run exported = cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--person"), QStringLiteral("Ерлан Байжанов")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(exported.out.trimmed()).object().value(u"articles").toInt() >= 2);
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString body = QString::fromUtf8(text.out).simplified();
        QVERIFY2(body.contains(QStringLiteral("Meetings of")), qPrintable(body.left(500)));
        QVERIFY(body.contains(QStringLiteral("Meetings Date Participants")));
        QVERIFY(body.contains(QStringLiteral("Байжанов")));

        const Run unknown = cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), pdf,
                                 QStringLiteral("--person"), QStringLiteral("Nobody Atall")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("Nobody Atall")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no output") << QStringList{QStringLiteral("--ids"), QStringLiteral("1")};
        QTest::newRow("both selections") << QStringList{QStringLiteral("-o"),      QStringLiteral("x.pdf"),
                                                        QStringLiteral("--ids"),   QStringLiteral("1"),
                                                        QStringLiteral("--query"), QStringLiteral("a")};
        QTest::newRow("bad id") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf"), QStringLiteral("--ids"),
                                               QStringLiteral("one")};
        QTest::newRow("bad query") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                                  QStringLiteral("--query"), QStringLiteral("\"open")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = cli(QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ExportPdfCliTest)
#include "exportpdf_test.moc"
