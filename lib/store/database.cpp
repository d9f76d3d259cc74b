#include "database.h"

#include "ftstokenizer.h"
#include "schema.h"

#include <core/logging.h>

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <sqlite3.h>

namespace elshi::store {

namespace {

QString newConnectionName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("elshi-store-%1").arg(++counter);
}

} // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, Open mode)
{
    return openWith(path, mode == Open::MustExist, Schema::latestVersion());
}

core::Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    return openWith(path, false, version);
}

core::Result<std::unique_ptr<Database>> Database::openWith(const QString &path, bool mustExist, int version)
{
    const QFileInfo info(path);
    if (mustExist && !info.exists())
        return core::Error{tr("no database at %1; create one with 'elshi-cli ingest'").arg(path), path};
    if (info.exists() && info.isDir())
        return core::Error{tr("%1 is a folder, not a database").arg(path), path};

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = newConnectionName();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(db->m_path);
        if (!connection.open())
            return core::Error{tr("cannot open the database: %1").arg(connection.lastError().text()), path};
        const QVariant handle = connection.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            db->m_handle = *static_cast<sqlite3 *const *>(handle.data());
        if (!db->m_handle)
            return core::Error{tr("cannot open the database: no SQLite connection"), path};
    }

    // Reading the schema is the first access; a file that is not SQLite fails here.
    sqlite3_busy_timeout(db->m_handle, 10000);
    if (!db->exec("PRAGMA journal_mode=WAL")) {
        const QString reason = db->lastError();
        if (reason.contains(QStringLiteral("not a database")))
            return core::Error{tr("%1 is not an Elshi database").arg(path), path};
        return core::Error{tr("cannot open the database: %1").arg(reason), path};
    }
    // NORMAL is durable at each checkpoint and never corrupts in WAL mode; FULL would sync every commit.
    db->exec("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; "
             "PRAGMA mmap_size=268435456; PRAGMA foreign_keys=OFF");

    if (const core::Status registered = FtsTokenizer::registerWith(db->m_handle); !registered)
        return registered.error();
    if (const core::Status migrated = db->migrateTo(version); !migrated)
        return migrated.error();
    return db;
}

Database::~Database()
{
    m_handle = nullptr;
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::moveToThread(QThread *target)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QSqlDatabase db = connection();
    return db.isValid() && db.moveToThread(target);
#else
    Q_UNUSED(target)
    return false;
#endif
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::exec(std::string_view sql) const
{
    char *error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        qCWarning(lcStore) << "SQL failed:" << error;
        sqlite3_free(error);
        return false;
    }
    return true;
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

int Database::schemaVersion() const
{
    Statement select = prepare("SELECT version FROM schema_version");
    return select.step() ? int(select.int64(0)) : 0;
}

core::Status Database::migrateTo(int target)
{
    if (!exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        return core::Error{tr("cannot write the database: %1").arg(lastError()), m_path};
    int current = schemaVersion();
    if (current > Schema::latestVersion())
        return core::Error{tr("the database was made by a newer version of Elshi (schema %1, this one reads up to %2)")
                               .arg(current)
                               .arg(Schema::latestVersion()),
                           m_path};
    bool compact = false;
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        compact = compact || migration.compacts;
        qCInfo(lcStore) << "migrating" << m_path << "to schema" << migration.version << migration.summary;
        if (!exec("BEGIN IMMEDIATE"))
            return core::Error{tr("cannot write the database: %1").arg(lastError()), m_path};
        core::Status applied = migration.apply(*this);
        if (applied) {
            Statement update = prepare(current == 0 ? "INSERT INTO schema_version(version) VALUES (?1)"
                                                    : "UPDATE schema_version SET version = ?1");
            update.bind(1, migration.version);
            if (!update.exec())
                applied = core::Error{tr("cannot write the database: %1").arg(lastError()), m_path};
        }
        if (!applied) {
            exec("ROLLBACK");
            return applied;
        }
        if (!exec("COMMIT"))
            return core::Error{tr("cannot write the database: %1").arg(lastError()), m_path};
        current = migration.version;
    }
    if (compact) {
        // The migrated data is committed either way; failing to compact only leaves the file larger.
        qint64 freePages = 0;
        {
            Statement count = prepare("PRAGMA freelist_count"); // finalized before VACUUM
            if (count.step())
                freePages = count.int64(0);
        }
        if (freePages > 0) {
            qCInfo(lcStore) << "compacting" << m_path << "after migration:" << freePages << "free pages";
            // VACUUM copies the whole database into a temporary one first: on disk, not in the
            // memory temp_store=MEMORY would put it in (a million articles peaked at 2.6 GB).
            exec("PRAGMA temp_store=FILE");
            if (!exec("VACUUM"))
                qCWarning(lcStore) << "could not compact" << m_path << lastError();
            exec("PRAGMA temp_store=MEMORY");
        }
    }
    return core::success();
}

} // namespace elshi::store
