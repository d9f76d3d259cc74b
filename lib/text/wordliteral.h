#pragma once

// String literals whose length is known at compile time, for the comparisons the entity rules make
// of nearly every word. `word == u"and"` has Qt measure the literal (qustrlen) and call out of line
// on every comparison; `word == u"and"_w` compares the lengths inline first, and most comparisons
// end there (an article makes millions of them).

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace elshi::text {

struct WordLiteral
{
    const char16_t *data;
    qsizetype size;
};

inline bool sameChars(QStringView text, WordLiteral literal)
{
    return text.size() == literal.size && std::equal(literal.data, literal.data + literal.size, text.utf16());
}

inline bool operator==(const QString &text, WordLiteral literal)
{
    return sameChars(text, literal);
}
inline bool operator!=(const QString &text, WordLiteral literal)
{
    return !sameChars(text, literal);
}
inline bool operator==(QStringView text, WordLiteral literal)
{
    return sameChars(text, literal);
}
inline bool operator!=(QStringView text, WordLiteral literal)
{
    return !sameChars(text, literal);
}

// Whether text ends with suffix, compared inline (QStringView::endsWith() calls out of line, to a
// comparison that also handles case-insensitivity).
inline bool endsWith(QStringView text, std::u16string_view suffix)
{
    const auto n = qsizetype(suffix.size());
    return text.size() >= n && std::equal(suffix.begin(), suffix.end(), text.utf16() + (text.size() - n));
}
inline bool endsWith(QStringView text, WordLiteral literal)
{
    return endsWith(text, std::u16string_view(literal.data, size_t(literal.size)));
}

// Whether text starts with prefix, compared inline.
inline bool startsWith(QStringView text, std::u16string_view prefix)
{
    return text.size() >= qsizetype(prefix.size()) && std::equal(prefix.begin(), prefix.end(), text.utf16());
}

namespace literals {
constexpr WordLiteral operator""_w(const char16_t *data, std::size_t size)
{
    return {data, qsizetype(size)};
}
} // namespace literals

} // namespace elshi::text
