#include "deferredindexes.h"

#include "database.h"
#include "schema.h"

#include <core/logging.h>

#include <QThread>

#include <algorithm>
#include <string>

namespace elshi::store {

namespace {

bool exists(const Database &db, const SecondaryIndex &index)
{
    Statement select = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1");
    select.bind(1, std::string_view(index.name));
    return select.step();
}

} // namespace

bool DeferredIndexes::anyMissing(const Database &db)
{
    const auto &indexes = Schema::readerIndexes();
    return std::any_of(indexes.begin(), indexes.end(), [&db](const SecondaryIndex &i) { return !exists(db, i); });
}

bool DeferredIndexes::drop(Database &db)
{
    if (!db.exec("BEGIN IMMEDIATE"))
        return false;
    for (const SecondaryIndex &index : Schema::readerIndexes()) {
        // An index name is an identifier, which SQL cannot bind: it comes from the schema's own
        // list, never from input.
        if (!db.exec(std::string("DROP INDEX IF EXISTS ") + index.name)) {
            db.exec("ROLLBACK");
            return false;
        }
    }
    return db.exec("COMMIT");
}

bool DeferredIndexes::restore(Database &db)
{
    if (!anyMissing(db))
        return true;
    qCInfo(lcStore) << "building the entity indexes of" << db.path();
    // The sort spills to temporary files rather than memory (temp_store=MEMORY otherwise), which
    // for a million articles' mentions would hold hundreds of megabytes.
    db.exec("PRAGMA temp_store=FILE");
    // The build is the ingest's serial tail: the workers are done and their cores idle. SQLite's
    // sorter may sort and merge its runs on helper threads; it starts none (the default) unless told.
    // With one, the mentions index of a million generated articles took 9-11 s instead of 14 s on
    // two cores (the smaller indexes fit in memory in one run and gain nothing).
    const int helpers = std::clamp(QThread::idealThreadCount() - 1, 0, 7);
    db.exec("PRAGMA threads=" + std::to_string(helpers));
    bool ok = db.exec("BEGIN IMMEDIATE");
    if (ok) {
        for (const SecondaryIndex &index : Schema::readerIndexes())
            ok = ok && db.exec(index.definition);
        ok = ok && db.exec("COMMIT");
        if (!ok)
            db.exec("ROLLBACK");
    }
    if (!ok)
        qCWarning(lcStore) << "could not build the entity indexes of" << db.path() << db.lastError();
    db.exec("PRAGMA threads=0");
    db.exec("PRAGMA temp_store=MEMORY");
    return ok;
}

DeferredIndexesScope::DeferredIndexesScope(Database &db, bool active)
    : m_db(db)
    , m_active(active && DeferredIndexes::drop(db))
{
}

DeferredIndexesScope::~DeferredIndexesScope()
{
    if (m_active)
        DeferredIndexes::restore(m_db);
}

bool DeferredIndexesScope::restore()
{
    if (!m_active)
        return true;
    m_active = false;
    return DeferredIndexes::restore(m_db);
}

} // namespace elshi::store
