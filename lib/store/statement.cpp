#include "statement.h"

#include <core/logging.h>

#include <sqlite3.h>
#include <utility>

namespace elshi::store {

namespace {

// UTF-8 of text into out, which has room for three bytes a UTF-16 unit; returns the end. As
// QString::toUtf8() encodes, down to the '?' it writes for a lone surrogate, so that the bytes
// stored are the same whichever way bind() converted them.
char *appendUtf8(char *out, QStringView text)
{
    const char16_t *at = text.utf16(), *const end = at + text.size();
    while (at < end) {
        const char32_t u = *at++;
        if (u < 0x80) {
            *out++ = char(u);
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && at < end && QChar::isLowSurrogate(*at)) {
            const char32_t c = QChar::surrogateToUcs4(char16_t(u), *at++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = '?';
        }
    }
    return out;
}

} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcStore) << "cannot prepare" << QByteArrayView(sql.data(), qsizetype(sql.size())) << m_error;
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    // Most values are names, keys and titles of a few dozen characters: converted on the stack
    // rather than into a QByteArray each, whose allocation and free cost more than the
    // conversion. SQLITE_TRANSIENT copies the bytes either way.
    constexpr qsizetype kStackBytes = 768;
    if (value.size() <= kStackBytes / 3) { // UTF-8 needs at most three bytes a UTF-16 unit
        char utf8[kStackBytes];
        const char *end = appendUtf8(utf8, value);
        sqlite3_bind_text(m_statement, index, utf8, int(end - utf8), SQLITE_TRANSIENT);
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        qCWarning(lcStore) << "statement failed:" << sqlite3_sql(m_statement) << m_error;
    }
    return false;
}

bool Statement::exec()
{
    if (!m_statement)
        return false;
    m_error.clear();
    while (step()) { }
    const bool ok = m_error.isEmpty();
    sqlite3_reset(m_statement);
    return ok;
}

void Statement::reset()
{
    m_error.clear();
    sqlite3_reset(m_statement);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace elshi::store
