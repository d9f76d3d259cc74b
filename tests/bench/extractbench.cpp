// elshi-bench-extract CORPUS_DIR [MAX_FILES]: entity extraction alone, on one thread, per language:
// the files are read and split first (not timed), then each article's body is extracted and its
// facts prepared for the store (identity keys) as the ingest workers do. Prints
// extract_s (all of it), extract_mb_s_<lang> (UTF-8 megabytes of body per second) and
// prepare_share (of the two).

#include "benchutil.h"

#include <corpus/filereader.h>
#include <entities/extractor.h>
#include <store/entityfacts.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSet>

#include <cstdio>
#include <map>

using namespace elshi;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: elshi-bench-extract CORPUS_DIR [MAX_FILES]\n");
        return 2;
    }
    const qsizetype maxFiles = args.size() > 2 ? args.at(2).toLongLong() : 10000;
    QStringList files;
    QDirIterator it(args.at(1), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    files = files.mid(0, maxFiles);

    std::vector<corpus::Article> articles;
    for (const QString &f : std::as_const(files)) {
        for (corpus::Article &a : corpus::readCorpusFile(f).articles)
            articles.push_back(std::move(a));
    }
    const entities::Extractor extractor;
    // Word lists and dictionaries load on first use (Hunspell's Russian one takes most of a
    // second): load them all before the clock starts, so the figures are extraction alone.
    QSet<QString> warmed;
    for (const corpus::Article &a : articles) {
        if (!warmed.contains(a.lang)) {
            warmed.insert(a.lang);
            extractor.extract(a.body(), a.lang, a.date);
        }
    }
    struct Sum
    {
        qint64 bytes = 0;
        qint64 ns = 0;
    };
    std::map<QString, Sum> byLanguage;
    qint64 extractNs = 0, prepareNs = 0;
    QElapsedTimer clock;
    for (const corpus::Article &a : articles) {
        const QString body = a.body();
        clock.start();
        const entities::Extraction x = extractor.extract(body, a.lang, a.date);
        const qint64 extracted = clock.nsecsElapsed();
        const store::PreparedFacts facts = store::prepareFacts(x, body);
        const qint64 total = clock.nsecsElapsed();
        Q_UNUSED(facts);
        extractNs += extracted;
        prepareNs += total - extracted;
        Sum &s = byLanguage[a.lang];
        s.bytes += body.toUtf8().size();
        s.ns += total;
    }
    bench::figure("extract_articles", double(articles.size()), 0);
    bench::figure("extract_s", double(extractNs + prepareNs) / 1e9, 3);
    for (const auto &[lang, s] : byLanguage) {
        const QByteArray name = "extract_mb_s_" + lang.toLatin1();
        bench::figure(name.constData(), s.ns ? double(s.bytes) / 1e6 / (double(s.ns) / 1e9) : 0.0);
    }
    bench::figure("prepare_share", extractNs + prepareNs ? double(prepareNs) / double(extractNs + prepareNs) : 0.0);
    return 0;
}
