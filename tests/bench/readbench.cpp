// elshi-bench-read DB MIX [REPEATS] [SQL_DIR]: what a researcher waits for once a corpus is in.
//
//   rss          resident memory added by store::Corpus::open (the loaded model), per article, split
//                into private memory and file pages of the database mapped by SQLite (mmap);
//   person       a click on the person in the most meetings, as the people pane does it: the
//                meetings table's count and first page (models::MeetingsModel) and the list of
//                articles naming them (models::EntityArticlesModel); and all their meetings read
//                at once (EntityStore::meetingsOf, what the CLI and the PDF export do);
//   people       the people pane's list of every person, read and sorted (models::EntityListModel);
//   queries      the fixed mix of MIX (tab-separated: label, Elshi query, …) through
//                search::Searcher, relevance-ranked and newest first, limit 50, warm: one untimed
//                run, then REPEATS timed ones each.
//
// With SQL_DIR, writes for each relevance-ranked query without filters the SQL the Searcher runs,
// with the match expression inlined, to SQL_DIR/<label>.sql, for the sqlite3 shell to time.

#include "benchutil.h"

#include <models/entityarticlesmodel.h>
#include <models/entitylistmodel.h>
#include <models/meetingsmodel.h>
#include <search/query.h>
#include <search/searcher.h>
#include <store/corpus.h>
#include <store/database.h>
#include <store/entitystore.h>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <fstream>
#include <map>
#include <sqlite3.h>

using namespace elshi;

namespace {

struct Memory
{
    long long resident = 0;
    long long shared = 0; // file-backed resident pages: libraries and the database's mmap
};

Memory memoryNow()
{
    std::ifstream statm("/proc/self/statm");
    long long size = 0;
    Memory memory;
    statm >> size >> memory.resident >> memory.shared;
    const long page = sysconf(_SC_PAGESIZE);
    memory.resident *= page;
    memory.shared *= page;
    return memory;
}

struct MixEntry
{
    QString label;
    QString query;
};

QList<MixEntry> readMix(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "elshi-bench-read: cannot read %s\n", qUtf8Printable(path));
        std::exit(2);
    }
    QList<MixEntry> mix;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() >= 2)
            mix.append({fields.at(0), fields.at(1)});
    }
    return mix;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: elshi-bench-read DB MIX [REPEATS] [SQL_DIR]\n");
        return 2;
    }
    const QString dbPath = args.at(1);
    const int repeats = args.size() > 3 ? args.at(3).toInt() : 20;
    const QString sqlDir = args.size() > 4 ? args.at(4) : QString();

    // Load Qt Sql, its SQLite plugin and the database's schema first, so the delta is the model.
    auto probe = store::Database::open(dbPath);
    if (!probe) {
        std::fprintf(stderr, "elshi-bench-read: %s\n", qUtf8Printable(probe.error().toString()));
        return 1;
    }
    const Memory before = memoryNow();
    QElapsedTimer clock;
    clock.start();
    auto opened = store::Corpus::open(dbPath);
    const double openMs = bench::millisecondsSince(clock);
    const Memory after = memoryNow();
    if (!opened) {
        std::fprintf(stderr, "elshi-bench-read: %s\n", qUtf8Printable(opened.error().toString()));
        return 1;
    }
    const store::Corpus &corpus = **opened;
    const double articles = double(qMax<qsizetype>(1, corpus.size()));
    bench::figure("articles", double(corpus.size()), 0);
    bench::figure("corpus_open_ms", openMs, 1);
    bench::figure("rss_bytes_per_article", double(after.resident - before.resident) / articles, 1);
    bench::figure("rss_private_bytes_per_article",
                  double((after.resident - after.shared) - (before.resident - before.shared)) / articles, 1);
    bench::figure("rss_mapped_db_bytes_per_article", double(after.shared - before.shared) / articles, 1);
    probe->reset();
    // What is left once SQLite gives back its page cache (the full scan of articles filled it): the
    // model's own arrays plus whatever the database's memory map keeps resident.
    sqlite3_db_release_memory(corpus.database().handle());
    const Memory released = memoryNow();
    bench::figure("rss_private_after_release_bytes_per_article",
                  double((released.resident - released.shared) - (before.resident - before.shared)) / articles, 1);

    store::Database &db = corpus.database();

    // Person click → meetings, for the person in the most meetings.
    {
        store::Statement top = db.prepare("SELECT entity_id, count(*) AS n FROM meeting_participants "
                                          "WHERE entity_id IS NOT NULL GROUP BY entity_id ORDER BY n DESC LIMIT 1");
        if (top.isValid() && top.step()) {
            const qint64 person = top.int64(0);
            store::EntityStore entities(db);
            models::MeetingsModel meetings;
            models::EntityArticlesModel articles;
            std::vector<double> meetingTimes, articleTimes, allTimes;
            qsizetype found = entities.meetingsOf(person).size(); // warm
            for (int i = 0; i < qMax(repeats, 20); ++i) {
                meetings.clear();
                articles.clear();
                clock.restart();
                meetings.setPerson(&entities, person, &corpus);
                meetingTimes.push_back(bench::millisecondsSince(clock));
                clock.restart();
                articles.setEntity(&entities, person, &corpus);
                articleTimes.push_back(bench::millisecondsSince(clock));
                clock.restart();
                found = entities.meetingsOf(person).size();
                allTimes.push_back(bench::millisecondsSince(clock));
            }
            if (meetings.totalCount() != found || meetings.rowCount() != qMin<qsizetype>(found, meetings.PageSize)) {
                std::fprintf(stderr, "elshi-bench-read: the meetings table shows %d of %lld meetings, not %lld\n",
                             meetings.rowCount(), (long long)meetings.totalCount(), (long long)found);
                return 1;
            }
            bench::figure("person_meetings_count", double(found), 0);
            bench::figure("person_meetings_ms", bench::percentile(meetingTimes, 0.5), 3);
            bench::figure("person_meetings_p99_ms", bench::percentile(meetingTimes, 0.99), 3);
            bench::figure("person_articles_count", double(articles.rowCount()), 0);
            bench::figure("person_articles_ms", bench::percentile(articleTimes, 0.5), 3);
            bench::figure("person_meetings_all_ms", bench::percentile(allTimes, 0.5), 3);
        } else {
            bench::figure("person_meetings_ms", QStringLiteral("n/a (no meetings in the database)"));
        }
    }

    // The people pane's list: every person, read and sorted (on the UI thread, at start-up).
    {
        store::EntityStore entities(db);
        models::EntityListModel people;
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            clock.restart();
            people.load(&entities, entities::EntityType::Person);
            times.push_back(bench::millisecondsSince(clock));
        }
        bench::figure("people_list_count", double(people.rowCount()), 0);
        bench::figure("people_list_ms", bench::percentile(times, 0.5), 1);
    }

    // The query mix.
    const search::Searcher searcher(db);
    std::vector<double> all;
    std::vector<double> byDate;
    std::vector<double> byRank;
    for (const MixEntry &entry : readMix(args.at(2))) {
        const auto query = search::Query::parse(entry.query);
        if (!query) {
            std::fprintf(stderr, "elshi-bench-read: %s: %s\n", qUtf8Printable(entry.query),
                         qUtf8Printable(query.error().message));
            return 2;
        }
        for (const auto order : {search::SearchOptions::Order::Relevance, search::SearchOptions::Order::Newest}) {
            search::SearchOptions options;
            options.order = order;
            options.limit = 50;
            const auto warm = searcher.search(*query, options);
            if (!warm) {
                std::fprintf(stderr, "elshi-bench-read: %s\n", qUtf8Printable(warm.error().message));
                return 1;
            }
            std::vector<double> times;
            for (int i = 0; i < repeats; ++i) {
                clock.restart();
                const auto hits = searcher.search(*query, options);
                times.push_back(bench::millisecondsSince(clock));
            }
            const bool ranked = order == search::SearchOptions::Order::Relevance;
            all.insert(all.end(), times.begin(), times.end());
            (ranked ? byRank : byDate).insert((ranked ? byRank : byDate).end(), times.begin(), times.end());
            std::printf("query %-12s %-9s hits=%-3lld p50=%.3f ms p99=%.3f ms  %s\n", qUtf8Printable(entry.label),
                        ranked ? "relevance" : "date", (long long)warm->size(), bench::percentile(times, 0.5),
                        bench::percentile(times, 0.99), qUtf8Printable(entry.query));
            if (ranked) {
                double sum = 0;
                for (double t : times)
                    sum += t;
                // The mean, comparable with the sqlite3 shell's average over repeated runs.
                bench::figure(qPrintable(u"query_mean_ms_" + entry.label), sum / double(times.size()), 3);
            }
        }
        if (!sqlDir.isEmpty() && !query->hasFilters() && query->excluded.isEmpty()) {
            // The Searcher's relevance SQL (search/searcher.cpp) with the value inlined.
            QString match = query->matchExpression();
            match.replace(u'\'', QStringLiteral("''"));
            QFile out(sqlDir + u'/' + entry.label + u".sql");
            if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write((u"SELECT f.rowid, bm25(article_fts, 5.0, 1.0) AS score FROM article_fts f WHERE "
                           "article_fts MATCH '" +
                           match + u"' ORDER BY score, f.rowid LIMIT 50 OFFSET 0;\n")
                              .toUtf8());
        }
    }
    bench::figure("query_p50_ms", bench::percentile(all, 0.5), 3);
    bench::figure("query_p99_ms", bench::percentile(all, 0.99), 3);
    bench::figure("query_date_p99_ms", bench::percentile(byDate, 0.99), 3);
    bench::figure("query_relevance_p99_ms", bench::percentile(byRank, 0.99), 3);
    return 0;
}
