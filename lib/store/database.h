#pragma once

// One connection to an Elshi database (SQLite through Qt Sql), migrated to the current schema and
// with the "elshi" full-text tokenizer registered. See schema.md for the tables.
//
// A Database belongs to the thread that opened it (Qt Sql's rule): the ingest writer, the GUI's
// model and each search thread open their own; WAL lets readers run beside the writer.
// Hot paths use prepare() — raw SQLite statements binding UTF-8 — instead of QSqlQuery.
//
// Opening fails with a translated Error when the file is missing (MustExist), is not an Elshi
// database, was written by a newer Elshi, or cannot be written.

#include <core/result.h>
#include <store/statement.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;
struct sqlite3;

namespace elshi::store {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(elshi::store::Database)
public:
    enum class Open
    {
        MustExist,
        CreateIfMissing,
    };

    static core::Result<std::unique_ptr<Database>> open(const QString &path, Open mode = Open::MustExist);
    // Opens and migrates only up to version; for migration tests.
    static core::Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    sqlite3 *handle() const { return m_handle; }
    QSqlDatabase connection() const;
    // Hands the connection to another thread (call from the thread that owns it); false where Qt
    // cannot (before 6.8), and then the Database stays with its thread.
    bool moveToThread(QThread *target);

    Statement prepare(std::string_view sql) const { return Statement(m_handle, sql); }
    // Runs SQL without results (DDL, pragmas, BEGIN/COMMIT); false on error, logged.
    bool exec(std::string_view sql) const;
    QString lastError() const;

private:
    Database() = default;
    static core::Result<std::unique_ptr<Database>> openWith(const QString &path, bool mustExist, int version);
    core::Status migrateTo(int version);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
};

} // namespace elshi::store
