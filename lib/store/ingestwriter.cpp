#include "ingestwriter.h"

#include "database.h"
#include "entitywriter.h"
#include "statement.h"

#include <core/logging.h>

#include <sqlite3.h>

namespace elshi::store {

namespace {

// NOT NULL text columns: an absent title is stored as empty text.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

struct IngestWriter::Statements
{
    explicit Statements(Database &db)
        : insertFile(db.prepare("INSERT INTO files(path, size, mtime, content_hash, status, error, error_offset, "
                                "encoding) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        , updateFile(db.prepare("UPDATE files SET size = ?2, mtime = ?3, content_hash = ?4, status = ?5, "
                                "error = ?6, error_offset = ?7, encoding = ?8 WHERE id = ?1"))
        , touchFile(db.prepare("UPDATE files SET size = ?2, mtime = ?3 WHERE id = ?1"))
        , deleteFile(db.prepare("DELETE FROM files WHERE id = ?1"))
        , linkedArticles(db.prepare("SELECT article_id FROM article_files WHERE file_id = ?1"))
        , unlink(db.prepare("DELETE FROM article_files WHERE file_id = ?1"))
        , findByHash(db.prepare("SELECT id FROM articles WHERE content_hash = ?1 LIMIT 1"))
        , insertArticle(db.prepare("INSERT INTO articles(date_key, date_precision, title, outlet_id, lang_id, "
                                   "place, url, body, layout, content_hash) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
        , insertFts(db.prepare("INSERT INTO article_fts(rowid, title, body) VALUES (?1, ?2, ?3)"))
        , link(db.prepare("INSERT OR IGNORE INTO article_files(file_id, article_id, offset, length) "
                          "VALUES (?1, ?2, ?3, ?4)"))
        , stillLinked(db.prepare("SELECT 1 FROM article_files WHERE article_id = ?1 LIMIT 1"))
        , deleteArticle(db.prepare("DELETE FROM articles WHERE id = ?1"))
        , deleteFts(db.prepare("DELETE FROM article_fts WHERE rowid = ?1"))
    {
    }
    Statement insertFile, updateFile, touchFile, deleteFile, linkedArticles, unlink, findByHash, insertArticle,
        insertFts, link, stillLinked, deleteArticle, deleteFts;
};

IngestWriter::IngestWriter(Database &db)
    : m_db(db)
{
    // The writer keeps dozens of statements prepared, the multi-row INSERTs one per row count,
    // and they alone fill SQLite's default lookaside (48 KB, about 120 slots): every other small
    // allocation of the connection (cursors, bound text, records) then falls back to malloc under
    // a mutex, which cost the writer thread a tenth more instructions. 300 KB give about 780
    // slots, twice what an ingest was seen to use; for this connection only, before any statement
    // is prepared as SQLite requires. Should SQLite refuse, the default stays.
    if (const int rc = sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_LOOKASIDE, nullptr, 1200, 256); rc != SQLITE_OK)
        qCDebug(lcStore) << "lookaside not enlarged:" << sqlite3_errstr(rc);
    m_statements = std::make_unique<Statements>(db);
    m_entities = std::make_unique<EntityWriter>(db);
}

IngestWriter::~IngestWriter() = default;

QHash<QString, IngestWriter::KnownFile> IngestWriter::knownFiles()
{
    QHash<QString, KnownFile> known;
    Statement select = m_db.prepare("SELECT id, path, size, mtime, content_hash, status FROM files");
    while (select.step())
        known.insert(
            select.text(1),
            KnownFile{select.int64(0), select.int64(2), select.int64(3), select.blob(4), int(select.int64(5))});
    return known;
}

qint64 IngestWriter::internedId(QHash<QString, qint64> &cache, const char *table, const QString &value)
{
    if (value.isEmpty())
        return 0;
    if (const auto found = cache.constFind(value); found != cache.constEnd())
        return *found;
    // Two tables with the same shape; the names are constants, never user input.
    const bool outlets = std::string_view(table) == "outlets";
    Statement insert = m_db.prepare(outlets ? "INSERT OR IGNORE INTO outlets(name) VALUES (?1)"
                                            : "INSERT OR IGNORE INTO langs(code) VALUES (?1)");
    insert.bind(1, value).exec();
    Statement select =
        m_db.prepare(outlets ? "SELECT id FROM outlets WHERE name = ?1" : "SELECT id FROM langs WHERE code = ?1");
    select.bind(1, value);
    const qint64 id = select.step() ? select.int64(0) : 0;
    if (id)
        cache.insert(value, id);
    return id;
}

bool IngestWriter::unlinkFile(qint64 fileId, std::vector<qint64> &previousArticles)
{
    Statements &s = *m_statements;
    s.linkedArticles.bind(1, fileId);
    while (s.linkedArticles.step())
        previousArticles.push_back(s.linkedArticles.int64(0));
    s.linkedArticles.reset();
    return s.unlink.bind(1, fileId).exec();
}

bool IngestWriter::removeOrphans(const std::vector<qint64> &articles, Counts &counts)
{
    Statements &s = *m_statements;
    for (qint64 id : articles) {
        s.stillLinked.bind(1, id);
        const bool linked = s.stillLinked.step();
        s.stillLinked.reset();
        if (linked)
            continue;
        if (!m_entities->removeArticle(id) || !s.deleteFts.bind(1, id).exec() || !s.deleteArticle.bind(1, id).exec())
            return false;
        ++counts.removed;
    }
    return true;
}

bool IngestWriter::writeFile(const PreparedFile &file, const KnownFile *known, Counts &counts)
{
    Statements &s = *m_statements;
    if (known && file.sameContent)
        return s.touchFile.bind(1, known->id).bind(2, file.size).bind(3, file.mtime).exec();

    const int status = !file.readable ? FileFailed : file.problems.isEmpty() ? FileRead : FileReadWithProblems;
    const core::Error *error = !file.readable ? &file.failure
        : file.problems.isEmpty()             ? nullptr
                                              : &file.problems.first();
    // Both statements take the same values; the first is the file id to update or the path to insert.
    Statement &upsert = known ? s.updateFile : s.insertFile;
    if (known)
        upsert.bind(1, known->id);
    else
        upsert.bind(1, file.path);
    upsert.bind(2, file.size).bind(3, file.mtime).bindBlob(4, file.contentHash).bind(5, status);
    if (error)
        upsert.bind(6, error->message).bind(7, error->offset);
    else
        upsert.bindNull(6).bindNull(7);
    upsert.bind(8, file.encoding.isEmpty() ? QString() : file.encoding);
    if (!upsert.exec())
        return false;
    const qint64 fileId = known ? known->id : sqlite3_last_insert_rowid(m_db.handle());

    std::vector<qint64> previous;
    if (known && !unlinkFile(fileId, previous))
        return false;

    for (const PreparedArticle &prepared : file.articles) {
        const corpus::Article &a = prepared.article;
        qint64 articleId = 0;
        s.findByHash.bind(1, prepared.contentHash);
        if (s.findByHash.step())
            articleId = s.findByHash.int64(0);
        s.findByHash.reset();
        if (articleId) {
            ++counts.linked;
        } else {
            const qint64 outlet = internedId(m_outlets, "outlets", a.outlet);
            const qint64 lang = internedId(m_langs, "langs", a.lang);
            Statement &insert = s.insertArticle;
            insert.bind(1, qint64(a.date.sortKey())).bind(2, int(a.date.precision)).bind(3, nonNull(a.title));
            outlet ? insert.bind(4, outlet) : insert.bindNull(4);
            lang ? insert.bind(5, lang) : insert.bindNull(5);
            insert.bind(6, a.place)
                .bind(7, a.url)
                .bindBlob(8, prepared.storedBody)
                .bind(9, a.layout)
                .bind(10, prepared.contentHash);
            if (!insert.exec())
                return false;
            articleId = sqlite3_last_insert_rowid(m_db.handle());
            if (!s.insertFts.bind(1, articleId).bind(2, prepared.titleTerms).bind(3, prepared.bodyTerms).exec())
                return false;
            if (!m_entities->writeArticle(articleId, a.date.sortKey(), prepared.facts))
                return false;
            ++counts.added;
        }
        if (!s.link.bind(1, fileId).bind(2, articleId).bind(3, a.source.offset).bind(4, a.source.length).exec())
            return false;
    }
    return removeOrphans(previous, counts);
}

bool IngestWriter::removeFile(qint64 fileId, Counts &counts)
{
    std::vector<qint64> previous;
    if (!unlinkFile(fileId, previous) || !removeOrphans(previous, counts))
        return false;
    return m_statements->deleteFile.bind(1, fileId).exec();
}

qint64 IngestWriter::articleCount()
{
    Statement count = m_db.prepare("SELECT count(*) FROM articles");
    return count.step() ? count.int64(0) : 0;
}

bool IngestWriter::begin()
{
    return m_db.exec("BEGIN IMMEDIATE");
}

bool IngestWriter::commit()
{
    return m_entities->flush() && m_db.exec("COMMIT");
}

QString IngestWriter::lastError() const
{
    return m_db.lastError();
}

} // namespace elshi::store
