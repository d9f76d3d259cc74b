#include "normalize.h"

#include <QChar>
#include <QList>

#include <array>

namespace elshi::text {

char32_t foldChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    const char32_t lower = QChar::toLower(c);
    return lower == U'ё' ? U'е' : lower;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

QString foldCase(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (char32_t c : text.toUcs4())
        result.append(QChar::fromUcs4(foldChar(c)));
    return result;
}

namespace {

// The text by whole code points: the reference the fast path below must equal.
QString normalizedByCodePoints(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result.append(u' ');
        pendingSpace = false;
        result.append(QChar::fromUcs4(foldChar(c)));
    }
    return result;
}

} // namespace

QString normalizedForDedup(QStringView text)
{
    // Every article body passes through here: characters below U+0500 come from a table, and
    // the result is written in place. Anything else in the BMP asks Qt; a surrogate sends the
    // whole text the reference way (the stored hashes of older databases depend on the result).
    struct Tables
    {
        std::array<char16_t, 0x500> folded{};
        std::array<bool, 0x500> space{};
        Tables()
        {
            for (char16_t u = 0; u < 0x500; ++u) {
                folded[u] = char16_t(foldChar(u));
                space[u] = QChar::isSpace(u);
            }
        }
    };
    static const Tables tables;
    QString result(text.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(result.data());
    char16_t *out = begin;
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t u = qc.unicode();
        char16_t folded;
        bool space;
        if (u < tables.folded.size()) {
            folded = tables.folded[u];
            space = tables.space[u];
        } else {
            const char32_t lower = foldChar(u);
            if (QChar::isSurrogate(u) || lower > 0xffff)
                return normalizedByCodePoints(text);
            folded = char16_t(lower);
            space = QChar::isSpace(char32_t(u));
        }
        if (space) {
            pendingSpace = out != begin;
            continue;
        }
        // A space is written only where at least one white-space character was left out: the
        // result never outgrows the text.
        if (pendingSpace)
            *out++ = u' ';
        pendingSpace = false;
        *out++ = folded;
    }
    result.truncate(out - begin);
    return result;
}

} // namespace elshi::text
