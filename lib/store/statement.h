#pragma once

// A prepared SQLite statement on a connection's raw handle, for the paths where Qt Sql's per-value
// QVariant boxing and UTF-16 binding would cost more than the work itself (ingest, loading the
// corpus model, search). Values are always bound, never spliced into the SQL text.
//
// Finalizes itself; errors come back as values carrying SQLite's message for the log, never shown
// to users as such (callers translate them into what the user was doing).

#include <core/result.h>

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace elshi::store {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorMessage() const { return m_error; }

    // Binding is 1-based, like SQLite's ?1, ?2.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // as UTF-8; a null QString binds NULL
    Statement &bind(int index, std::string_view utf8);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // True when a row is available; false at the end or on error (then errorMessage() is set).
    bool step();
    // Runs to completion; false on error.
    bool exec();
    void reset(); // keeps bindings unless rebound

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace elshi::store
