// Meetings and people exported as CSV and JSON from a real ingest of the sample corpus.

#include <export/tableexport.h>
#include <store/corpus.h>
#include <store/entitystore.h>
#include <store/ingester.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace elshi;
using exporting::TableExport;

class TableExportTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Corpus> m_corpus;
    std::unique_ptr<store::EntityStore> m_entities;

    QByteArray read(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString db = m_dir.filePath(QStringLiteral("sample.sqlite"));
        store::Ingester ingester(db);
        const auto report = ingester.run({QStringLiteral(ELSHI_SOURCE_DIR "/resources/sample-corpus")});
        QVERIFY(report.ok());
        auto corpus = store::Corpus::open(db);
        QVERIFY(corpus.ok());
        m_corpus = std::move(corpus).value();
        m_entities = std::make_unique<store::EntityStore>(m_corpus->database());
    }

    void meetingsAsJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("meetings.json"));
        QVERIFY(TableExport::writeMeetings(*m_entities, *m_corpus, 0, TableExport::Format::Json, path).ok());
        const QJsonArray meetings = QJsonDocument::fromJson(read(QStringLiteral("meetings.json"))).array();
        QVERIFY(meetings.size() >= 10);
        for (const QJsonValue &value : meetings) {
            const QJsonObject m = value.toObject();
            QVERIFY(m.value(u"participants").toArray().size() >= 1);
            QVERIFY(m.value(u"article").toInteger() > 0);
            QVERIFY(!m.value(u"evidence").toString().isEmpty());
        }
    }

    void personMeetingsAsCsv()
    {
        const QList<qint64> found = m_entities->find(QStringLiteral("Yerlan Baizhanov"));
        QCOMPARE(found.size(), 1);
        const qsizetype expected = m_entities->meetingsOf(found.first()).size();
        QVERIFY(expected >= 2);
        const QString path = m_dir.filePath(QStringLiteral("baizhanov.csv"));
        QVERIFY(TableExport::writeMeetings(*m_entities, *m_corpus, found.first(), TableExport::Format::Csv, path).ok());
        const QByteArray csv = read(QStringLiteral("baizhanov.csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "date,participants,place,article,title,evidence\r\n"));
        // One header line and one record per meeting; evidence with commas is quoted.
        QCOMPARE(csv.count("\r\n2") + csv.count("\r\n-"), expected);
        QVERIFY(csv.contains("\""));
    }

    void peopleAsJsonAndCsv()
    {
        const QString json = m_dir.filePath(QStringLiteral("people.json"));
        QVERIFY(TableExport::writePeople(*m_entities, TableExport::Format::Json, json).ok());
        const QJsonArray people = QJsonDocument::fromJson(read(QStringLiteral("people.json"))).array();
        QCOMPARE(people.size(), m_entities->people().size());
        bool sawRole = false;
        for (const QJsonValue &value : people) {
            const QJsonObject p = value.toObject();
            QVERIFY(!p.value(u"name").toString().isEmpty());
            QVERIFY(p.value(u"articles").toInt() >= 1);
            sawRole = sawRole || !p.value(u"roles").toArray().isEmpty();
        }
        QVERIFY(sawRole);
        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QVERIFY(TableExport::writePeople(*m_entities, TableExport::Format::Csv, csv).ok());
        QCOMPARE(read(QStringLiteral("people.csv")).count("\r\n"), people.size() + 1);
    }

    void reportsUnwritablePath()
    {
        const auto status = TableExport::writePeople(*m_entities, TableExport::Format::Csv,
                                                     QStringLiteral("/nonexistent-dir/people.csv"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().file, QStringLiteral("/nonexistent-dir/people.csv"));
    }
};

QTEST_GUILESS_MAIN(TableExportTest)
#include "tableexport_test.moc"
