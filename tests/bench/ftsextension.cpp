// A loadable SQLite extension registering Elshi's "elshi" FTS5 tokenizer, so the sqlite3 shell can
// open an Elshi database's article_fts and run the Searcher's SQL: `.load build/bench/elshifts`.
// The tokenizer code calls libsqlite3 directly, so this only works in a shell linked to the same
// shared libsqlite3 (Debian's is).

#include <store/ftstokenizer.h>

#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

extern "C" __attribute__((visibility("default"))) int sqlite3_elshifts_init(sqlite3 *db, char **errorMessage,
                                                                            const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    const auto status = elshi::store::FtsTokenizer::registerWith(db);
    if (!status) {
        *errorMessage = sqlite3_mprintf("%s", qUtf8Printable(status.error().message));
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}
