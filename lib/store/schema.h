#pragma once

// The schema as a list of migrations, applied in order; the database's schema_version row says
// how far it has got. schema.md describes the resulting tables.
//
// Adding a migration is one function: write `core::Status migrateToN(Database &db)` in schema.cpp
// doing the DDL (and any data rewrite) with db.exec()/db.prepare(), and append {N, "why", &fn}
// to the list in migrations(). Database::open runs each pending step in its own transaction and
// records N with it, so a kill mid-migration leaves the previous version intact.

#include <core/result.h>

#include <vector>

namespace elshi::store {

class Database;

struct Migration
{
    int version;
    const char *summary;
    core::Status (*apply)(Database &db);
    // Rewrites so much that the file should be compacted after (VACUUM cannot run inside the
    // step's transaction); done once after all pending steps, when free pages were left.
    bool compacts = false;
};

// A secondary index of the latest schema, as CREATE INDEX IF NOT EXISTS would make it.
struct SecondaryIndex
{
    const char *name;
    const char *definition; // the CREATE INDEX statement
};

class Schema
{
public:
    static const std::vector<Migration> &migrations();
    static int latestVersion();
    // The entity tables' indexes that only readers use: the ingest writes mentions, roles and
    // meetings without looking anything up through them, so an ingest into an empty database may
    // build them at its end instead of row by row (see DeferredIndexes). Each is exactly what the
    // migrations leave, a test checks.
    static const std::vector<SecondaryIndex> &readerIndexes();
};

} // namespace elshi::store
