// elshi-bench-startup CORPUS DB: the window's start-up with a corpus, up to its first paint.
//
// Builds the same MainWindow the app shows, opens the corpus folder with its database (which
// runs the incremental ingest: unchanged files are only stat()ed) and, once the corpus is
// loaded, paints the window synchronously and exits. Run it with QT_QPA_PLATFORM=offscreen and
// time the whole process from outside: that is the cold start. Prints where the time went, in
// milliseconds since main() was entered, and the longest the UI thread stood still meanwhile.

#include "benchutil.h"

#include <models/corpussession.h>

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <mainwindow.h>

using namespace elshi;

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("elshi"));
    QApplication::setOrganizationName(QStringLiteral("Elshi"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: elshi-bench-startup CORPUS DB\n");
        return 2;
    }
    ui::MainWindow window;
    window.show();
    const double shown = bench::millisecondsSince(clock);
    // The UI thread's longest stop from here to the end: a precise 5 ms timer on it, and the
    // largest gap between its ticks (the stored corpus handed to the panes, their first paint).
    double lastTick = shown;
    double longestGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const double now = bench::millisecondsSince(clock);
        longestGap = qMax(longestGap, now - lastTick);
        lastTick = now;
    });
    ticker.start();
    double opened = 0;
    // The stored corpus on show, before the folder's check for changes has finished: the first
    // paint a user sees with the corpus (startup_corpus_opened_ms waits for the check as well).
    double shownWithCorpus = -1;
    QObject::connect(window.session(), &models::CorpusSession::opened, &app, [&] {
        if (shownWithCorpus >= 0)
            return;
        shownWithCorpus = 0;
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            shownWithCorpus = bench::millisecondsSince(clock);
        });
    });
    QObject::connect(&window, &ui::MainWindow::corpusOpened, &app, [&] {
        opened = bench::millisecondsSince(clock);
        // After the views took the new model: paint the window as the screen would, then stop.
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            bench::figure("startup_window_shown_ms", shown, 0);
            bench::figure("startup_corpus_shown_painted_ms", shownWithCorpus, 0);
            bench::figure("startup_corpus_opened_ms", opened, 0);
            bench::figure("startup_painted_ms", bench::millisecondsSince(clock), 0);
            longestGap = qMax(longestGap, bench::millisecondsSince(clock) - lastTick);
            bench::figure("ui_stall_startup_ms", longestGap, 1);
            app.quit();
        });
    });
    QObject::connect(&window, &ui::MainWindow::corpusFailed, &app, [&](const QString &message) {
        std::fprintf(stderr, "elshi-bench-startup: %s\n", qUtf8Printable(message));
        app.exit(1);
    });
    window.openCorpus(args.at(1), args.at(2));
    return app.exec();
}
