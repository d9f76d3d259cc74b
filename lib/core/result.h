#pragma once

// Errors as values. Library functions that can fail on user input return Result<T>; the Error
// names the file and, where known, the line or byte offset, so every message a user sees points
// at the place to look. No exceptions cross library boundaries, slots or threads.

#include <QString>

#include <utility>
#include <variant>

namespace elshi::core {

struct Error
{
    QString message; // translated, in the user's terms
    QString file; // empty when the error is not about a file
    qint64 line = -1; // 1-based, -1 when unknown
    qint64 offset = -1; // byte offset in the file, -1 when unknown

    // "file:line: message", "file (byte 123): message" or just the message.
    QString toString() const;
    bool operator==(const Error &) const = default;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace elshi::core
