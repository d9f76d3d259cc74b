#pragma once

// The entity tables' reader indexes (Schema::readerIndexes) left out while an ingest fills an
// empty database, and built at its end. SQLite keeps an index up to date row by row, each new
// mention a descent into a B-tree ordered by entity, far from the last one; building the index
// from the finished table is one sort. 20,000 generated articles: the entity rows took the writer
// 2.8 s of CPU with the indexes kept and 1.8 s without them, building them after 0.1 s.
//
// Only into an empty database: an ingest that replaces or removes articles looks their entities
// up through these indexes. A run that is cancelled, fails or is killed still gets them back:
// the ingest restores them on every way out, and the next ingest, before anything else, whichever
// is missing (a reader never writes: it only looks up more slowly meanwhile).

namespace elshi::store {

class Database;

class DeferredIndexes
{
public:
    // Drops every reader index, in a transaction of its own; false (logged) on failure, when the
    // indexes the database had are kept.
    static bool drop(Database &db);
    // Builds the reader indexes that are missing, in a transaction of its own; true when none is.
    static bool restore(Database &db);
    static bool anyMissing(const Database &db);
};

// Drops the reader indexes when active and restores them when it goes out of scope, unless
// restore() did already.
class DeferredIndexesScope
{
public:
    DeferredIndexesScope(Database &db, bool active);
    ~DeferredIndexesScope();
    DeferredIndexesScope(const DeferredIndexesScope &) = delete;
    DeferredIndexesScope &operator=(const DeferredIndexesScope &) = delete;

    bool isActive() const { return m_active; }
    bool restore();

private:
    Database &m_db;
    bool m_active;
};

} // namespace elshi::store
