#include "schema.h"

#include "database.h"
#include "ftstokenizer.h"

#include <QCoreApplication>

namespace elshi::store {

namespace {

core::Error failed(const Database &db)
{
    return core::Error{
        QCoreApplication::translate("elshi::store", "cannot update the database structure: %1").arg(db.lastError()),
        db.path()};
}

// Files read, articles, their many-to-many link (one article crawled into several files is stored
// once) and the interned outlet and language names.
core::Status migrateTo1(Database &db)
{
    const bool ok = db.exec(R"(
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    content_hash BLOB,
    status INTEGER NOT NULL,
    error TEXT,
    error_offset INTEGER,
    encoding TEXT
);
CREATE TABLE outlets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE langs (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    date_key INTEGER NOT NULL,
    date_precision INTEGER NOT NULL,
    title TEXT NOT NULL,
    outlet_id INTEGER REFERENCES outlets(id),
    lang_id INTEGER REFERENCES langs(id),
    place TEXT,
    url TEXT,
    body TEXT NOT NULL,
    layout TEXT,
    content_hash INTEGER NOT NULL
);
CREATE INDEX articles_date ON articles(date_key, id);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE TABLE article_files (
    file_id INTEGER NOT NULL REFERENCES files(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    PRIMARY KEY (file_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_files_article ON article_files(article_id, file_id);
)");
    return ok ? core::success() : core::Status(failed(db));
}

// The full-text index. Contentless, because the text is already in articles and storing it twice
// would make the database far larger than the corpus; rebuilt here from any existing articles,
// which is also how a later tokenizer change would re-index.
core::Status migrateTo2(Database &db)
{
    if (!db.exec("CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1, "
                 "tokenize='elshi', detail=full)"))
        return failed(db);
    Statement select = db.prepare("SELECT a.id, a.title, a.body, l.code FROM articles a "
                                  "LEFT JOIN langs l ON l.id = a.lang_id");
    Statement insert = db.prepare("INSERT INTO article_fts(rowid, title, body) VALUES (?1, ?2, ?3)");
    while (select.step()) {
        const auto language = text::Stemmer::languageFromCode(select.text(3));
        insert.bind(1, select.int64(0))
            .bind(2, FtsTokenizer::preAnalyse(select.text(1), language))
            .bind(3, FtsTokenizer::preAnalyse(select.text(2), language));
        if (!insert.exec())
            return failed(db);
    }
    return select.errorMessage().isEmpty() ? core::success() : core::Status(failed(db));
}

} // namespace

const std::vector<Migration> &Schema::migrations()
{
    static const std::vector<Migration> list{
        {1, "files, articles, outlets, languages", &migrateTo1},
        {2, "full-text index with the elshi tokenizer", &migrateTo2},
    };
    return list;
}

int Schema::latestVersion()
{
    return migrations().back().version;
}

} // namespace elshi::store
