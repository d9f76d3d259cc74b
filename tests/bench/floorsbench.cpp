// elshi-bench-floors CORPUS WORKDIR: the floors Elshi's ingest is measured against, on the same files.
//
//   split        read and split every file with corpus::readCorpusFile on all cores (the ingest's
//                read side without stemming, extraction or SQLite);
//   fts5 floor   one transaction of prepared inserts of every article's title and body into a plain
//                FTS5 table (default unicode61 tokenizer, detail=full, content stored) through the
//                sqlite3 C API on one thread: what SQLite itself does with the same text;
//   elshi raw    the same with Elshi's tokenizer analysing raw text inside FTS5;
//   writer       the least Elshi's single writer must do: bodies into a plain table and the
//                pre-analysed terms (made beforehand, untimed) into a contentless elshi index.
// Elshi's ingest without entity extraction is elshi-bench-ingest's, measured beside the ingest with it.
//
// Prints `name: value` lines; times in seconds, throughput in MB (10^6 bytes) of corpus files per
// second so every figure shares one denominator with the ingest's.

#include "benchutil.h"

#include <corpus/filereader.h>
#include <store/ftstokenizer.h>
#include <text/stemmer.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>
#include <sqlite3.h>
#include <string>

using namespace elshi;

namespace {

struct Text
{
    std::string title;
    std::string body;
    text::Stemmer::Language language = text::Stemmer::Language::Unknown;
};

struct FileTexts
{
    std::vector<Text> texts;
    qint64 bytes = 0;
};

[[noreturn]] void die(const char *what, sqlite3 *db)
{
    std::fprintf(stderr, "elshi-bench-floors: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
    std::exit(1);
}

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "elshi-bench-floors: %s: %s\n", sql, error ? error : "");
        std::exit(1);
    }
}

sqlite3 *openFresh(const QString &path)
{
    bench::removeDatabase(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        die("cannot open", db);
    // Elshi's own connection settings (store/database.cpp), so only the work differs.
    exec(db,
         "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; "
         "PRAGMA cache_size=-65536");
    return db;
}

void bindText(sqlite3_stmt *insert, int index, const std::string &text)
{
    sqlite3_bind_text(insert, index, text.data(), int(text.size()), SQLITE_STATIC);
}

// Inserts every title and body in one transaction; returns seconds from BEGIN to COMMIT done.
double insertAll(sqlite3 *db, const char *insertSql, const std::vector<FileTexts> &files,
                 const std::vector<std::vector<std::pair<std::string, std::string>>> *terms = nullptr)
{
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, insertSql, -1, &insert, nullptr) != SQLITE_OK)
        die("prepare", db);
    sqlite3_stmt *bodies = nullptr;
    if (terms && sqlite3_prepare_v2(db, "INSERT INTO articles(title, body) VALUES (?1, ?2)", -1, &bodies, nullptr))
        die("prepare articles", db);
    QElapsedTimer clock;
    clock.start();
    exec(db, "BEGIN");
    for (size_t f = 0; f < files.size(); ++f) {
        const auto &texts = files[f].texts;
        for (size_t i = 0; i < texts.size(); ++i) {
            if (terms) {
                bindText(bodies, 1, texts[i].title);
                bindText(bodies, 2, texts[i].body);
                if (sqlite3_step(bodies) != SQLITE_DONE)
                    die("insert article", db);
                sqlite3_reset(bodies);
                sqlite3_bind_int64(insert, 1, sqlite3_last_insert_rowid(db));
                bindText(insert, 2, (*terms)[f][i].first);
                bindText(insert, 3, (*terms)[f][i].second);
            } else {
                bindText(insert, 1, texts[i].title);
                bindText(insert, 2, texts[i].body);
            }
            if (sqlite3_step(insert) != SQLITE_DONE)
                die("insert", db);
            sqlite3_reset(insert);
        }
    }
    exec(db, "COMMIT");
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_finalize(bodies);
    return seconds;
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal").size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: elshi-bench-floors CORPUS_DIR WORK_DIR\n");
        return 2;
    }
    const QString workDir = args.at(2);

    QStringList paths;
    qint64 totalBytes = 0;
    for (QDirIterator it(args.at(1), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        paths.append(it.filePath());
        totalBytes += it.fileInfo().size();
    }
    paths.sort();
    const double megabytes = double(totalBytes) / 1e6;
    bench::figure("floor_files", double(paths.size()), 0);
    bench::figure("floor_corpus_mb", megabytes);
    bench::figure("floor_threads", double(QThreadPool::globalInstance()->maxThreadCount()), 0);

    // 1. Read and split on all cores, as the ingest's workers do.
    QElapsedTimer clock;
    clock.start();
    std::vector<FileTexts> files = QtConcurrent::blockingMapped<std::vector<FileTexts>>(
        std::vector<QString>(paths.begin(), paths.end()), [](const QString &path) {
            corpus::FileReadResult read = corpus::readCorpusFile(path);
            FileTexts file;
            file.texts.reserve(size_t(read.articles.size()));
            for (const corpus::Article &article : std::as_const(read.articles)) {
                Text text;
                text.title = article.title.toStdString();
                text.body = article.body().toStdString();
                text.language = text::Stemmer::languageFromCode(article.lang);
                file.texts.push_back(std::move(text));
            }
            return file;
        });
    const double splitSeconds = double(clock.nsecsElapsed()) / 1e9;
    qint64 articles = 0;
    qint64 bodyBytes = 0;
    for (const FileTexts &file : files) {
        articles += qint64(file.texts.size());
        for (const Text &text : file.texts)
            bodyBytes += qint64(text.title.size() + text.body.size());
    }
    bench::figure("floor_articles", double(articles), 0);
    bench::figure("floor_text_mb", double(bodyBytes) / 1e6);
    bench::figure("split_s", splitSeconds, 3);
    bench::figure("split_mb_s", megabytes / splitSeconds, 1);

    // 2. SQLite's own FTS5 with its default tokenizer: the floor.
    {
        const QString path = workDir + u"/floor-unicode61.db";
        sqlite3 *db = openFresh(path);
        exec(db, "CREATE VIRTUAL TABLE fts USING fts5(title, body)");
        const double seconds = insertAll(db, "INSERT INTO fts(title, body) VALUES (?1, ?2)", files);
        sqlite3_close(db);
        bench::figure("fts5_floor_s", seconds, 3);
        bench::figure("fts5_floor_mb_s", megabytes / seconds, 2);
        bench::figure("fts5_floor_db_mb", double(fileBytes(path)) / 1e6, 1);
    }

    // 3. The same table with Elshi's tokenizer analysing raw text (stemming inside FTS5, one thread).
    {
        const QString path = workDir + u"/floor-elshi.db";
        sqlite3 *db = openFresh(path);
        if (!store::FtsTokenizer::registerWith(db))
            die("register tokenizer", db);
        exec(db, "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='elshi')");
        const double seconds = insertAll(db, "INSERT INTO fts(title, body) VALUES (?1, ?2)", files);
        sqlite3_close(db);
        bench::figure("fts5_elshi_raw_s", seconds, 3);
        bench::figure("fts5_elshi_raw_mb_s", megabytes / seconds, 2);
    }

    // 4. Elshi's writer floor: terms pre-analysed on all cores beforehand, as the ingest's workers do.
    {
        clock.restart();
        std::vector<std::vector<std::pair<std::string, std::string>>> terms(files.size());
        QtConcurrent::blockingMap(terms, [&](std::vector<std::pair<std::string, std::string>> &out) {
            const FileTexts &file = files[size_t(&out - terms.data())];
            for (const Text &text : file.texts)
                out.emplace_back(store::FtsTokenizer::preAnalyse(QString::fromStdString(text.title), text.language),
                                 store::FtsTokenizer::preAnalyse(QString::fromStdString(text.body), text.language));
        });
        bench::figure("preanalyse_s", double(clock.nsecsElapsed()) / 1e9, 3);
        const QString path = workDir + u"/floor-writer.db";
        sqlite3 *db = openFresh(path);
        if (!store::FtsTokenizer::registerWith(db))
            die("register tokenizer", db);
        exec(db,
             "CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
             "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', contentless_delete=1, "
             "tokenize='elshi')");
        const double seconds = insertAll(db, "INSERT INTO fts(rowid, title, body) VALUES (?1, ?2, ?3)", files, &terms);
        sqlite3_close(db);
        bench::figure("writer_floor_s", seconds, 3);
        bench::figure("writer_floor_mb_s", megabytes / seconds, 2);
    }
    for (const char *name : {"floor-unicode61.db", "floor-elshi.db", "floor-writer.db"})
        bench::removeDatabase(workDir + u'/' + QLatin1StringView(name));
    return 0;
}
