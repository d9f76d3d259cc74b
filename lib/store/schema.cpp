#include "schema.h"

#include "bodycodec.h"
#include "database.h"
#include "ftstokenizer.h"
#include "mentionspans.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <string_view>
#include <vector>

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
// which is also how a later tokenizer change would re-index. Bodies are still plain TEXT here: any
// database this step runs on reaches version 5, which compresses them, only after it.
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

// People, organisations and places found in the articles, where each is mentioned, the posts people
// hold and the meetings the texts state. Entity types are entities::EntityType numbers (0 PERSON,
// 1 ORG, 2 COUNTRY, 3 CITY, 4 LOC). Offsets are UTF-16 positions in articles.body, as the reader
// highlights them. Existing articles get entities when their files are read again.
core::Status migrateTo3(Database &db)
{
    const bool ok = db.exec(R"(
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    type INTEGER NOT NULL,
    name TEXT NOT NULL,
    identity_key TEXT NOT NULL,
    user_locked INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_key ON entities(type, identity_key);
CREATE INDEX entities_type_count ON entities(type, article_count);
CREATE TABLE entity_aliases (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    identity_key TEXT NOT NULL,
    script TEXT,
    lang TEXT,
    count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases(identity_key);
CREATE TABLE entity_words (
    word TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (word, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_words_entity ON entity_words(entity_id);
CREATE TABLE user_key_map (
    type INTEGER NOT NULL,
    identity_key TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (type, identity_key)
) WITHOUT ROWID;
CREATE INDEX user_key_map_entity ON user_key_map(entity_id);
CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias_id INTEGER NOT NULL REFERENCES entity_aliases(id),
    type INTEGER NOT NULL,
    PRIMARY KEY (article_id, start, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE TABLE role_facts (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias_id INTEGER NOT NULL REFERENCES entity_aliases(id),
    title TEXT NOT NULL,
    country TEXT NOT NULL,
    host TEXT NOT NULL,
    PRIMARY KEY (article_id, start, entity_id)
) WITHOUT ROWID;
CREATE INDEX role_facts_entity ON role_facts(entity_id);
CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    title TEXT NOT NULL,
    country TEXT NOT NULL,
    host TEXT NOT NULL,
    first_date_key INTEGER NOT NULL,
    last_date_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    article_count INTEGER NOT NULL,
    UNIQUE (entity_id, title, country, host)
);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    date_key INTEGER NOT NULL,
    date_precision INTEGER NOT NULL,
    place TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL
);
CREATE INDEX meetings_article ON meetings(article_id);
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL,
    entity_id INTEGER REFERENCES entities(id),
    alias_id INTEGER REFERENCES entity_aliases(id),
    unnamed TEXT,
    is_subject INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;
CREATE INDEX meeting_participants_entity ON meeting_participants(entity_id, meeting_id) WHERE entity_id IS NOT NULL;
)");
    return ok ? core::success() : core::Status(failed(db));
}

// The in-memory model (store::Corpus) reads every article's date, precision, outlet and language
// at open. From this index alone, already in date order, it touches a few dozen bytes an article
// instead of whole rows with their bodies: faster start-up and far less memory mapped.
core::Status migrateTo4(Database &db)
{
    const bool ok =
        db.exec("CREATE INDEX articles_model ON articles(date_key, id, date_precision, outlet_id, lang_id)");
    return ok ? core::success() : core::Status(failed(db));
}

// Article bodies compressed (store::BodyCodec): they were the largest part of the database, 1.27×
// the corpus text, and only Elshi reads them. The table is rebuilt rather than updated in place so
// the column is declared BLOB and rows are written once, in id order, densely packed; ids are kept,
// so the full-text index, files, mentions and meetings still point at the same articles. Database
// then VACUUMs (Migration::compacts), or the old table's pages would stay in the file as free pages.
// glibc's heap trimming held off while alive (see migrateTo5); elsewhere nothing.
struct HeapKept
{
#if defined(__GLIBC__)
    HeapKept()
    {
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    }
    ~HeapKept()
    {
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    } // glibc's default
#else
    HeapKept() { }
#endif
    HeapKept(const HeapKept &) = delete;
    HeapKept &operator=(const HeapKept &) = delete;
};

core::Status migrateTo5(Database &db)
{
    if (!db.exec(R"(
CREATE TABLE articles_v5 (
    id INTEGER PRIMARY KEY,
    date_key INTEGER NOT NULL,
    date_precision INTEGER NOT NULL,
    title TEXT NOT NULL,
    outlet_id INTEGER REFERENCES outlets(id),
    lang_id INTEGER REFERENCES langs(id),
    place TEXT,
    url TEXT,
    body BLOB NOT NULL,
    layout TEXT,
    content_hash INTEGER NOT NULL
);
)"))
        return failed(db);
    Statement select = db.prepare("SELECT id, date_key, date_precision, title, outlet_id, lang_id, place, url, "
                                  "body, layout, content_hash FROM articles ORDER BY id");
    Statement insert = db.prepare("INSERT INTO articles_v5(id, date_key, date_precision, title, outlet_id, lang_id, "
                                  "place, url, body, layout, content_hash) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    constexpr int BodyColumn = 8;
    constexpr bool IsText[] = {false, false, false, true, false, false, true, true, false, true, false};
    // zlib allocates and frees about 260 KB of state per body; glibc then gives the top of the
    // heap back to the system and asks for it again, four system calls a body, which made this
    // loop several times slower than the compression itself. Keep the heap for the migration.
    const HeapKept heapKept;
    while (select.step()) {
        // Column i of the select is parameter i + 1 of the insert. Text is copied as its UTF-8 bytes,
        // so NULL stays NULL and '' stays '' (the title is NOT NULL and may be empty).
        for (int column = 0; column < int(std::size(IsText)); ++column) {
            if (column == BodyColumn)
                insert.bindBlob(column + 1, BodyCodec::encode(select.text(column)));
            else if (select.isNull(column))
                insert.bindNull(column + 1);
            else if (IsText[column]) {
                const QByteArray utf8 = select.blob(column);
                insert.bind(column + 1, std::string_view(utf8.constData(), size_t(utf8.size())));
            } else
                insert.bind(column + 1, select.int64(column));
        }
        if (!insert.exec())
            return failed(db);
    }
    if (!select.errorMessage().isEmpty())
        return failed(db);
    const bool ok = db.exec(R"(
DROP TABLE articles;
ALTER TABLE articles_v5 RENAME TO articles;
CREATE INDEX articles_date ON articles(date_key, id);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_model ON articles(date_key, id, date_precision, outlet_id, lang_id);
)");
    return ok ? core::success() : core::Status(failed(db));
}

// A person's meetings are read a page at a time in date order (models::MeetingsModel): with the
// meeting's date beside each participant, one index range gives any page of one person's meetings
// without visiting the others (the busiest person of a million articles is in 20,000 of them).
core::Status migrateTo6(Database &db)
{
    const bool ok = db.exec(R"(
ALTER TABLE meeting_participants ADD COLUMN date_key INTEGER NOT NULL DEFAULT 0;
UPDATE meeting_participants SET date_key = (SELECT date_key FROM meetings WHERE id = meeting_id);
DROP INDEX meeting_participants_entity;
CREATE INDEX meeting_participants_entity ON meeting_participants(entity_id, date_key, meeting_id)
    WHERE entity_id IS NOT NULL;
)");
    return ok ? core::success() : core::Status(failed(db));
}

// One mentions row per article, entity and alias with the spans packed (store::MentionSpans), not
// one per span: an article names each entity about twice, so the ingest writes half the rows and
// half the entries of the entity index, and the two took 0.39× the corpus text at a million
// articles. Read in the old key's order, one article at a time, so no sort of every row is needed.
core::Status migrateTo7(Database &db)
{
    if (!db.exec(R"(
CREATE TABLE mentions_v7 (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias_id INTEGER NOT NULL REFERENCES entity_aliases(id),
    type INTEGER NOT NULL,
    count INTEGER NOT NULL,
    spans BLOB NOT NULL,
    PRIMARY KEY (article_id, entity_id, alias_id)
) WITHOUT ROWID;
)"))
        return failed(db);
    Statement select =
        db.prepare("SELECT article_id, entity_id, alias_id, type, start, end FROM mentions ORDER BY article_id, start");
    Statement insert = db.prepare(
        "INSERT INTO mentions_v7(article_id, entity_id, alias_id, type, count, spans) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    struct Group
    {
        qint64 entity;
        qint64 alias;
        qint64 type;
        MentionSpans spans;
    };
    std::vector<Group> groups;
    qint64 article = -1;
    const auto writeArticle = [&] {
        for (const Group &g : groups) {
            if (!insert.bind(1, article)
                     .bind(2, g.entity)
                     .bind(3, g.alias)
                     .bind(4, g.type)
                     .bind(5, g.spans.count())
                     .bindBlob(6, g.spans.encode())
                     .exec())
                return false;
        }
        groups.clear();
        return true;
    };
    while (select.step()) {
        if (select.int64(0) != article) {
            if (!writeArticle())
                return failed(db);
            article = select.int64(0);
        }
        const qint64 entity = select.int64(1), alias = select.int64(2);
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const Group &g) { return g.entity == entity && g.alias == alias; });
        if (group == groups.end())
            group = groups.insert(groups.end(), Group{entity, alias, select.int64(3), {}});
        group->spans.add(int(select.int64(4)), int(select.int64(5)));
    }
    if (!select.errorMessage().isEmpty() || !writeArticle())
        return failed(db);
    const bool ok = db.exec(R"(
DROP TABLE mentions;
ALTER TABLE mentions_v7 RENAME TO mentions;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
)");
    return ok ? core::success() : core::Status(failed(db));
}

} // namespace

const std::vector<Migration> &Schema::migrations()
{
    static const std::vector<Migration> list{
        {1, "files, articles, outlets, languages", &migrateTo1},
        {2, "full-text index with the elshi tokenizer", &migrateTo2},
        {3, "entities, mentions, roles and meetings", &migrateTo3},
        {4, "covering index for loading the corpus model", &migrateTo4},
        {5, "article bodies compressed", &migrateTo5, true},
        {6, "meetings of a person by date", &migrateTo6},
        {7, "mentions packed per article, entity and alias", &migrateTo7, true},
    };
    return list;
}

int Schema::latestVersion()
{
    return migrations().back().version;
}

const std::vector<SecondaryIndex> &Schema::readerIndexes()
{
    static const std::vector<SecondaryIndex> list{
        {"mentions_entity", "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id, article_id)"},
        {"role_facts_entity", "CREATE INDEX IF NOT EXISTS role_facts_entity ON role_facts(entity_id)"},
        {"meeting_participants_entity",
         "CREATE INDEX IF NOT EXISTS meeting_participants_entity ON meeting_participants(entity_id, date_key, "
         "meeting_id) WHERE entity_id IS NOT NULL"},
        {"entity_aliases_key", "CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(identity_key)"},
        {"entities_type_count", "CREATE INDEX IF NOT EXISTS entities_type_count ON entities(type, article_count)"},
    };
    return list;
}

} // namespace elshi::store
