#include "normalize.h"

#include <QChar>
#include <QList>

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

QString normalizedForDedup(QStringView text)
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

} // namespace elshi::text
