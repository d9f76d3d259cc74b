// Acceptance against the hand-read gold facts of the seed corpus ($ELSHI_SEEDS, gold file at
// $ELSHI_SEEDS/../gold/seeds.json): article counts, dates, titles, languages, clean bodies and
// provenance. Skips when ELSHI_SEEDS is not set.

#include <corpus/encoding.h>
#include <corpus/filereader.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace elshi::corpus;

class SeedsAcceptanceTest : public QObject
{
    Q_OBJECT
private:
    QString m_seeds;
    QJsonObject m_files;

private slots:
    void initTestCase()
    {
        m_seeds = qEnvironmentVariable("ELSHI_SEEDS");
        if (m_seeds.isEmpty())
            QSKIP("ELSHI_SEEDS is not set");
        QFile gold(QDir(m_seeds).filePath(QStringLiteral("../gold/seeds.json")));
        QVERIFY2(gold.open(QIODevice::ReadOnly), qPrintable(gold.fileName()));
        m_files = QJsonDocument::fromJson(gold.readAll()).object().value(u"files").toObject();
        QVERIFY(!m_files.isEmpty());
    }

    void totalArticles()
    {
        qsizetype total = 0, expected = 0;
        for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it) {
            total += readCorpusFile(QDir(m_seeds).filePath(it.key())).articles.size();
            expected += it.value().toObject().value(u"articles").toArray().size();
        }
        QCOMPARE(expected, 32);
        QCOMPARE(total, expected);
    }

    void files_data()
    {
        QTest::addColumn<QString>("name");
        for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    void files()
    {
        QFETCH(QString, name);
        const QString path = QDir(m_seeds).filePath(name);
        const FileReadResult result = readCorpusFile(path);
        QVERIFY(result.readable);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        const QJsonArray gold = m_files.value(name).toObject().value(u"articles").toArray();
        QCOMPARE(result.articles.size(), gold.size());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (qsizetype i = 0; i < gold.size(); ++i) {
            const QJsonObject g = gold.at(i).toObject();
            const Article &a = result.articles.at(i);
            const QString date = g.value(u"date").toString();
            if (g.contains(u"date_note")) // the year is not stated: either answer is right
                QVERIFY2(a.date.toIso() == date || a.date.toIso() == date.mid(4).prepend(u'-'),
                         qPrintable(a.date.toIso()));
            else
                QCOMPARE(a.date.toIso(), date);
            if (g.value(u"title").isNull()) {
                QVERIFY(!a.title.isEmpty());
                QVERIFY(a.titleDerived);
            } else {
                QCOMPARE(a.title, g.value(u"title").toString());
            }
            QCOMPARE(a.lang, g.value(u"lang").toString());
            QVERIFY(!a.paragraphs.isEmpty());
            for (const QString &p : a.paragraphs) {
                QVERIFY2(!p.contains(u"Donate to the Sustainable"), qPrintable(a.title));
                QVERIFY2(!p.contains(u"Tell a friend"), qPrintable(a.title));
                QVERIFY2(!p.startsWith(u"UN House in") && !p.startsWith(u"Tel:"), qPrintable(a.title));
            }
            QCOMPARE(QStringList(a.paragraphs).removeDuplicates(), 0);
            // Provenance names this file and bytes that hold the article.
            QCOMPARE(a.source.file, QFileInfo(path).absoluteFilePath());
            const QString span =
                Encoding::decodeAs(bytes.mid(a.source.offset, a.source.length), result.encoding).text();
            QVERIFY2(span.contains(a.paragraphs.first().left(40)), qPrintable(a.title));
            if (!a.titleDerived)
                QVERIFY(span.contains(a.title));
        }
    }

    // A paragraph the file repeats verbatim appears once in the article (seed 004 has one).
    void repeatedParagraphAppearsOnce()
    {
        const QString path = QDir(m_seeds).filePath(QStringLiteral("004_85578cc8ef239faa.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QString repeated;
        for (const QString &line : lines) {
            if (line.size() > 80 && lines.count(line) > 1)
                repeated = line;
        }
        QVERIFY2(!repeated.isEmpty(), "the seed no longer repeats a paragraph");
        const FileReadResult result = readCorpusFile(path);
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles.first().paragraphs.count(repeated.trimmed()), 1);
    }
};

QTEST_GUILESS_MAIN(SeedsAcceptanceTest)
#include "seeds_acceptance_test.moc"
