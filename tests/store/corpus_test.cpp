// The in-memory model: date order, lookups, histograms and on-demand fetching.

#include "testcorpus.h"

#include <store/corpus.h>
#include <store/database.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi;
using namespace elshi::store;

class CorpusTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Corpus> m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(writeFile(m_dir.filePath(u"c/a.txt"_s),
                          testFile({{u"March day"_s, u"2024-03-07"_s, u"en"_s, u"Kazinform"_s, u"one"_s},
                                    {u"March"_s, u"2024-03"_s, u"ru"_s, u"Kazakh MFA"_s, u"two"_s},
                                    {u"Year"_s, u"2024"_s, u"kk"_s, {}, u"three"_s},
                                    {u"Undated"_s, {}, u"en"_s, {}, u"four"_s},
                                    {u"No year"_s, u"--02-12"_s, u"en"_s, {}, u"five"_s},
                                    {u"Old"_s, u"2019-09-23"_s, u"en"_s, u"Kazinform"_s, u"six"_s}})));
        QVERIFY(writeFile(m_dir.filePath(u"c/b.txt"_s),
                          testFile({{u"Old"_s, u"2019-09-23"_s, u"en"_s, u"Kazinform"_s, u"six"_s}})));
        Ingester ingester(m_dir.filePath(u"db.sqlite"_s));
        ingester.setReader(&testReader);
        QVERIFY(ingester.run({m_dir.filePath(u"c"_s)}));
        auto corpus = Corpus::open(m_dir.filePath(u"db.sqlite"_s));
        QVERIFY(corpus);
        m_corpus = std::move(corpus).value();
    }

    void keepsRowsInDateOrder()
    {
        QCOMPARE(m_corpus->size(), 6);
        QStringList order;
        for (qsizetype row = 0; row < m_corpus->size(); ++row)
            order.append(m_corpus->title(row));
        QCOMPARE(order, (QStringList{u"Undated"_s, u"No year"_s, u"Old"_s, u"Year"_s, u"March"_s, u"March day"_s}));
        QCOMPARE(m_corpus->date(2).toIso(), u"2019-09-23"_s);
        QCOMPARE(m_corpus->date(1).toIso(), u"--02-12"_s);
        QCOMPARE(m_corpus->outlet(2), u"Kazinform"_s);
        QCOMPARE(m_corpus->lang(3), u"kk"_s);
        QCOMPARE(m_corpus->outlet(3), QString());
    }

    void findsRowsByIdAndDate()
    {
        for (qsizetype row = 0; row < m_corpus->size(); ++row)
            QCOMPARE(m_corpus->rowOf(m_corpus->id(row)), row);
        QCOMPARE(m_corpus->rowOf(9999), -1);
        const auto [first, last] = m_corpus->rowsBetween(20240000, 20249999);
        QCOMPARE(first, 3);
        QCOMPARE(last, 6);
    }

    void findsRowsByIdWhenIdsAreSparse()
    {
        // Far more id space than articles (after many deletions): the id order is sorted, not
        // placed by id, and must come out the same.
        const QString sparse = m_dir.filePath(u"sparse.sqlite"_s);
        {
            auto db = Database::open(m_dir.filePath(u"db.sqlite"_s));
            QVERIFY(db);
            QVERIFY((*db)->exec("VACUUM INTO '" + sparse.toStdString() + "'"));
        }
        {
            auto db = Database::open(sparse);
            QVERIFY(db);
            QVERIFY((*db)->exec("UPDATE articles SET id = id * 1000 + 7"));
        }
        auto opened = Corpus::open(sparse);
        QVERIFY(opened);
        const Corpus &corpus = **opened;
        QCOMPARE(corpus.size(), m_corpus->size());
        for (qsizetype row = 0; row < corpus.size(); ++row) {
            QCOMPARE(corpus.id(row), m_corpus->id(row) * 1000 + 7);
            QCOMPARE(corpus.rowOf(corpus.id(row)), row);
        }
        QCOMPARE(corpus.rowOf(m_corpus->id(0)), -1);
    }

    void leavesTheConnectionAsItWas()
    {
        // The model is read without the memory map; the queries that follow get it back.
        Statement mmap = m_corpus->database().prepare("PRAGMA mmap_size");
        QVERIFY(mmap.step());
        QCOMPARE(mmap.int64(0), 268435456);
        Statement cache = m_corpus->database().prepare("PRAGMA cache_size");
        QVERIFY(cache.step());
        QCOMPARE(cache.int64(0), -65536);
    }

    void countsByPeriod()
    {
        using B = Corpus::Bucket;
        QCOMPARE(m_corpus->histogram(Corpus::Granularity::Year), (QList<B>{{20190000, 1}, {20240000, 3}}));
        QCOMPARE(m_corpus->histogram(Corpus::Granularity::Month), (QList<B>{{20190900, 1}, {20240300, 2}}));
        QCOMPARE(m_corpus->histogram(Corpus::Granularity::Day), (QList<B>{{20190923, 1}, {20240307, 1}}));
        QCOMPARE(m_corpus->undatedCount(), 2);
    }

    void fetchesRecordsOnDemand()
    {
        const qint64 id = m_corpus->id(2);
        const auto record = m_corpus->record(id);
        QVERIFY(record);
        QCOMPARE(record->title, u"Old"_s);
        QCOMPARE(record->body, u"six"_s);
        QCOMPARE(record->files.size(), 2); // the same article in a.txt and b.txt
        QVERIFY(record->files.first().file.endsWith(u"c/a.txt"));
        const QJsonObject json = record->toJson(true);
        QCOMPARE(json.keys(),
                 (QStringList{u"body"_s, u"date"_s, u"file"_s, u"id"_s, u"lang"_s, u"source"_s, u"title"_s, u"url"_s}));
        QCOMPARE(json.value(u"date"_s).toString(), u"2019-09-23"_s);
        QVERIFY(!m_corpus->record(9999));

        QStringList streamed;
        QVERIFY(m_corpus->forEachRecord([&](const ArticleRecord &r) {
            streamed.append(r.title);
            return streamed.size() < 3;
        }));
        QCOMPARE(streamed, (QStringList{u"Undated"_s, u"No year"_s, u"Old"_s}));
    }
};

QTEST_GUILESS_MAIN(CorpusTest)
#include "corpus_test.moc"
