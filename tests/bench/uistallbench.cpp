// elshi-bench-uistall CORPUS DB [SECONDS]: the longest the UI thread stops answering while a corpus
// opens.
//
// Runs models::CorpusSession — the GUI's way to open a folder: ingest on a worker thread, then
// the corpus model read there too and handed to the UI thread — under a QGuiApplication event loop (run it with
// QT_QPA_PLATFORM=offscreen) with a 5 ms precise timer ticking on the main thread. A gap between
// ticks is time the UI could not paint or react. Reports the longest gap during the ingest, the
// one that holds the final model load, and the overall maximum.
//
// With SECONDS, the ingest is cancelled after that long (the session then loads what was imported):
// the stalls of a steady ingest show within a minute, and the final load of a whole corpus is
// store::Corpus::open, which elshi-bench-read times on its own (in the worker, off the UI thread).

#include "benchutil.h"

#include <models/corpussession.h>
#include <store/ingester.h>

#include <QFile>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

using namespace elshi;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: elshi-bench-uistall CORPUS DB [SECONDS]\n");
        return 2;
    }
    bench::removeDatabase(args.at(2));

    QElapsedTimer clock;
    double lastTick = 0;
    double maxIngestGap = 0;
    double maxOverall = 0;
    double openedAt = -1;
    double loadGap = 0;
    std::vector<double> gaps;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const double now = bench::millisecondsSince(clock);
        const double gap = now - lastTick;
        lastTick = now;
        gaps.push_back(gap);
        maxOverall = std::max(maxOverall, gap);
        if (openedAt < 0) {
            maxIngestGap = std::max(maxIngestGap, gap);
            return;
        }
        // The first tick after the corpus was opened: this gap holds the model load.
        loadGap = gap;
        ticker.stop();
        app.quit();
    });

    models::CorpusSession session;
    double ingestSeconds = 0;
    QObject::connect(&session, &models::CorpusSession::opened, &app, [&](const store::IngestReport &report) {
        openedAt = bench::millisecondsSince(clock);
        ingestSeconds = openedAt / 1000;
        std::printf("uistall_articles: %lld\n", (long long)report.articlesTotal);
        std::printf("uistall_cancelled: %d\n", report.cancelled ? 1 : 0);
    });
    QObject::connect(&session, &models::CorpusSession::failed, &app, [&](const QString &message) {
        std::fprintf(stderr, "elshi-bench-uistall: %s\n", qUtf8Printable(message));
        app.exit(1);
    });
    if (args.size() > 3)
        QTimer::singleShot(int(args.at(3).toDouble() * 1000), &session, [&session] { session.cancel(); });
    clock.start();
    ticker.start();
    session.open(args.at(1), args.at(2));
    const int code = app.exec();
    if (code != 0)
        return code;
    bench::figure("uistall_open_s", ingestSeconds, 2);
    bench::figure("ui_stall_ingest_ms", maxIngestGap, 1);
    bench::figure("ui_stall_load_ms", loadGap, 1);
    bench::figure("ui_stall_p99_ms", bench::percentile(gaps, 0.99), 1);
    bench::figure("ui_stall_max_ms", maxOverall, 1);
    return 0;
}
