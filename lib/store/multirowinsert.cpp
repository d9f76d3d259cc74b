#include "multirowinsert.h"

#include "database.h"

#include <core/logging.h>

#include <sqlite3.h>

namespace elshi::store {

MultiRowInsert::MultiRowInsert(const Database &db, std::string_view target, int columns, Conflicts conflicts)
    : m_db(db)
    , m_head("INSERT OR IGNORE INTO " + std::string(target) + " VALUES ")
    , m_columns(columns)
    , m_conflicts(conflicts)
{
}

Statement &MultiRowInsert::statementFor(int rows)
{
    Statement &statement = m_statements[size_t(rows - 1)];
    if (statement.isValid())
        return statement;
    std::string sql = m_head;
    for (int r = 0; r < rows; ++r) {
        sql += r ? ", (" : "(";
        for (int c = 1; c <= m_columns; ++c) {
            sql += c > 1 ? ", ?" : "?";
            sql += std::to_string(r * m_columns + c);
        }
        sql += ')';
    }
    statement = m_db.prepare(sql);
    return statement;
}

bool MultiRowInsert::run(Statement &statement, int rows)
{
    if (!statement.exec()) {
        m_error = statement.errorMessage();
        return false;
    }
    const int stored = sqlite3_changes(m_db.handle());
    if (m_conflicts == Conflicts::Fail && stored != rows) {
        m_error = QStringLiteral("%1 of %2 rows refused by a constraint: %3")
                      .arg(rows - stored)
                      .arg(rows)
                      .arg(QString::fromUtf8(m_head));
        qCWarning(lcStore) << m_error;
        return false;
    }
    return true;
}

} // namespace elshi::store
