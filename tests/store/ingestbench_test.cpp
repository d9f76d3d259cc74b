// What entity extraction costs at ingest: the same corpus ingested with and without it, MB/s of
// each and their ratio. A benchmark, not a test: skipped unless ELSHI_BENCH_CORPUS names a folder
// (e.g. the seeds copied to ~100 MB with distinct article bodies).

#include <store/database.h>
#include <store/entitystore.h>
#include <store/ingester.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace elshi::store;

namespace {

// CPU seconds of the whole process (all threads): on a shared machine wall time also measures the
// neighbours, CPU time measures only us.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

class IngestBenchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extractionCost()
    {
        const QString corpus = qEnvironmentVariable("ELSHI_BENCH_CORPUS");
        if (corpus.isEmpty())
            QSKIP("ELSHI_BENCH_CORPUS is not set");
        QTemporaryDir dir;
        double seconds[2] = {};
        double cpu[2] = {};
        qint64 bytes = 0;
        for (const bool extract : {false, true}) {
            Ingester ingester(dir.filePath(extract ? u"with.db"_s : u"without.db"_s));
            ingester.setExtractEntities(extract);
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = cpuSeconds();
            const auto report = ingester.run({corpus});
            seconds[extract] = timer.nsecsElapsed() / 1e9;
            cpu[extract] = cpuSeconds() - cpuBefore;
            QVERIFY(report);
            bytes = report->bytesRead;
            qInfo("%s extraction: %lld articles, %.1f MB in %.2f s = %.2f MB/s wall; %.2f s CPU",
                  extract ? "with" : "without", report->articlesTotal, bytes / 1e6, seconds[extract],
                  bytes / 1e6 / seconds[extract], cpu[extract]);
        }
        qInfo("ingest_time_ratio_with_over_without: %.2f wall, %.2f CPU", seconds[1] / seconds[0], cpu[1] / cpu[0]);

        // A person click: the meetings of whoever has the most, from a cold connection.
        const auto db = Database::open(dir.filePath(u"with.db"_s));
        QVERIFY(db);
        Statement busiest = (*db)->prepare("SELECT entity_id, count(*) FROM meeting_participants "
                                           "WHERE entity_id IS NOT NULL GROUP BY entity_id ORDER BY 2 DESC LIMIT 1");
        QVERIFY(busiest.step());
        const EntityStore store(**db);
        QElapsedTimer timer;
        timer.start();
        const QList<MeetingRecord> meetings = store.meetingsOf(busiest.int64(0));
        qInfo("person_meetings_ms: %.2f for %lld meetings of %s", timer.nsecsElapsed() / 1e6, qint64(meetings.size()),
              qPrintable(store.entity(busiest.int64(0))->name));
    }
};

QTEST_GUILESS_MAIN(IngestBenchTest)
#include "ingestbench_test.moc"
