#pragma once

// One INSERT for many rows — "VALUES (?1, ?2), (?3, ?4), …" — for the ingest writer's rows an
// article has several of (mentions, role facts, meeting participants, a new person's key words).
// Starting, halting and resetting an INSERT is about a quarter of what such a row costs SQLite
// as a statement of its own; one statement for an article's rows pays that once. Internal to the
// store, on the thread of its Database.
//
// The statements are INSERT OR IGNORE, because a plain INSERT of several rows opens a statement
// journal (a savepoint, to undo its own rows should one fail), and a savepoint makes FTS5 write
// out the terms it holds in memory for the transaction: a small segment an article, costing many
// times what the rows do and leaving the full-text index fragmented. With Conflicts::Fail a row
// a constraint refused is noticed by counting the rows stored, and insert() fails, as the INSERT
// of that row alone would have; the caller then rolls the transaction back.
//
// A statement is prepared on first use for each row count up to kMaxRows; more rows go in
// kMaxRows at a time. Rows are inserted in the order given, so rowids and which of two
// conflicting rows is kept come out as with one statement a row.

#include <store/statement.h>

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <string>

namespace elshi::store {

class Database;

class MultiRowInsert
{
public:
    static constexpr int kMaxRows = 32;

    enum class Conflicts
    {
        Fail, // every row must be stored
        Ignore, // a row that conflicts with a stored one is dropped (INSERT OR IGNORE)
    };

    // target: table and columns ("role_facts(article_id, start)"); columns: values a row.
    MultiRowInsert(const Database &db, std::string_view target, int columns, Conflicts conflicts);

    // The values of one row; column is 1-based, as ?1 … ?columns of a one-row INSERT.
    class Row
    {
    public:
        template<typename Value>
        Row &bind(int column, const Value &value)
        {
            m_statement.bind(m_offset + column, value);
            return *this;
        }
        Row &bindBlob(int column, const QByteArray &value)
        {
            m_statement.bindBlob(m_offset + column, value);
            return *this;
        }
        Row &bindNull(int column)
        {
            m_statement.bindNull(m_offset + column);
            return *this;
        }

    private:
        friend class MultiRowInsert;
        Row(Statement &statement, int offset)
            : m_statement(statement)
            , m_offset(offset)
        {
        }
        Statement &m_statement;
        int m_offset;
    };

    // Inserts count rows, bindRow(Row &row, qsizetype i) binding every column of row i; false
    // when a statement fails or, with Conflicts::Fail, a row is refused (errorMessage() says
    // why). The other rows of that statement may be stored by then; those of later ones are not.
    template<typename BindRow>
    bool insert(qsizetype count, BindRow &&bindRow)
    {
        for (qsizetype first = 0; first < count; first += kMaxRows) {
            const int rows = int(std::min<qsizetype>(kMaxRows, count - first));
            Statement &statement = statementFor(rows);
            for (int r = 0; r < rows; ++r) {
                Row row(statement, r * m_columns);
                bindRow(row, first + r);
            }
            if (!run(statement, rows))
                return false;
        }
        return true;
    }

    QString errorMessage() const { return m_error; }

private:
    Statement &statementFor(int rows);
    bool run(Statement &statement, int rows);

    const Database &m_db;
    std::string m_head;
    int m_columns;
    Conflicts m_conflicts;
    std::array<Statement, kMaxRows> m_statements; // [n - 1] inserts n rows; invalid until first used
    QString m_error;
};

} // namespace elshi::store
