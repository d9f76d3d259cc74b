// elshi-bench-ingest CORPUS_DIR WORK_DIR [PAIRS]: what entity extraction adds to an ingest (issue 4:
// at most half again), measured side by side in one process so both sides see the same machine.
//
// PAIRS times (default 3) the same corpus is ingested into a fresh database twice, once without
// extraction and once with it, the order alternating from pair to pair so a drift of the machine's
// speed falls on both sides alike; the corpus is read once before, untimed. Loading the entity
// data (gazetteers, dictionaries) happens once per process, so it is timed on its own first and
// added to each run with extraction, as every `elshi-cli ingest` pays it. Prints, as medians over
// the pairs, wall seconds and CPU seconds (all threads) of each side, and
// extraction_adds = (with + load - without) / without, for wall and CPU.

#include "benchutil.h"

#include <entities/extractor.h>
#include <store/ingester.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>
#include <sys/resource.h>

using namespace elshi;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Times
{
    double wall = 0;
    double cpu = 0;
};

// One ingest into a fresh database; false (with a message) when it fails.
bool ingest(const QString &corpus, const QString &database, bool extract, Times *times)
{
    bench::removeDatabase(database);
    store::Ingester ingester(database);
    ingester.setExtractEntities(extract);
    QElapsedTimer clock;
    const double cpuBefore = cpuSeconds();
    clock.start();
    const auto report = ingester.run({corpus});
    times->wall = double(clock.nsecsElapsed()) / 1e9;
    times->cpu = cpuSeconds() - cpuBefore;
    if (!report) {
        std::fprintf(stderr, "elshi-bench-ingest: %s\n", qUtf8Printable(report.error().toString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.size() > 4) {
        std::fprintf(stderr, "usage: elshi-bench-ingest CORPUS_DIR WORK_DIR [PAIRS]\n");
        return 2;
    }
    const QString corpus = args.at(1);
    const QString database = args.at(2) + u"/ingest-bench.db";
    const int pairs = args.size() > 3 ? qMax(1, args.at(3).toInt()) : 3;

    // The entity data, timed as the ingest loads it: one extraction per language forces every list.
    Times load;
    {
        QElapsedTimer clock;
        const double cpuBefore = cpuSeconds();
        clock.start();
        const entities::Extractor extractor;
        for (const char *lang : {"en", "ru", "kk"})
            extractor.extract(QStringLiteral("."), QLatin1StringView(lang), {});
        load.wall = double(clock.nsecsElapsed()) / 1e9;
        load.cpu = cpuSeconds() - cpuBefore;
    }

    // Every file read once, untimed, so the first pair's first run does not alone pay for bringing
    // the corpus into the page cache (it took 4.8 s against 2.6 s for the runs after it).
    QDirIterator files(corpus, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            file.readAll();
    }

    std::vector<double> withWall, withoutWall, withCpu, withoutCpu;
    for (int pair = 0; pair < pairs; ++pair) {
        for (const bool extract : {pair % 2 == 1, pair % 2 == 0}) {
            Times times;
            if (!ingest(corpus, database, extract, &times))
                return 1;
            (extract ? withWall : withoutWall).push_back(times.wall);
            (extract ? withCpu : withoutCpu).push_back(times.cpu);
            std::fprintf(stderr, "pair %d %s: %.3f s wall, %.3f s cpu\n", pair + 1,
                         extract ? "with extraction" : "without", times.wall, times.cpu);
        }
    }
    bench::removeDatabase(database);

    const double wallWith = bench::percentile(withWall, 0.5);
    const double wallWithout = bench::percentile(withoutWall, 0.5);
    const double cpuWith = bench::percentile(withCpu, 0.5);
    const double cpuWithout = bench::percentile(withoutCpu, 0.5);
    bench::figure("entity_data_load_s", load.wall, 3);
    bench::figure("entity_data_load_cpu_s", load.cpu, 3);
    bench::figure("ingest_extract_s", wallWith, 3);
    bench::figure("ingest_noentities_s", wallWithout, 3);
    bench::figure("ingest_extract_cpu_s", cpuWith, 3);
    bench::figure("ingest_noentities_cpu_s", cpuWithout, 3);
    bench::figure("extraction_adds", (wallWith + load.wall - wallWithout) / wallWithout);
    bench::figure("extraction_adds_cpu", (cpuWith + load.cpu - cpuWithout) / cpuWithout);
    return 0;
}
