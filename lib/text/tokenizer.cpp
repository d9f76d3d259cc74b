#include "tokenizer.h"

#include "normalize.h"

#include <QChar>

namespace elshi::text {

namespace {

enum class Kind
{
    Separator,
    Letter,
    Digit,
    Apostrophe,
    NumberJoiner,
};

Kind kindOf(char32_t c)
{
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return Kind::Letter;
        if (c >= '0' && c <= '9')
            return Kind::Digit;
        if (c == '\'')
            return Kind::Apostrophe;
        if (c == '.' || c == ',')
            return Kind::NumberJoiner;
        return Kind::Separator;
    }
    if (c == 0x2019 || c == 0x02BC)
        return Kind::Apostrophe;
    if (QChar::isLetter(c) || QChar::isMark(c))
        return Kind::Letter;
    if (QChar::isNumber(c))
        return Kind::Digit;
    return Kind::Separator;
}

quint8 scriptOf(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') ? Token::Digit : Token::Latin;
    if (c >= 0x400 && c <= 0x52F) {
        switch (c) {
        case U'ә':
        case U'ғ':
        case U'қ':
        case U'ң':
        case U'ө':
        case U'ұ':
        case U'ү':
        case U'һ':
        case U'і':
        case U'Ә':
        case U'Ғ':
        case U'Қ':
        case U'Ң':
        case U'Ө':
        case U'Ұ':
        case U'Ү':
        case U'Һ':
        case U'І':
            return Token::Cyrillic | Token::KazakhLetter;
        default:
            return Token::Cyrillic;
        }
    }
    if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF))
        return QChar::isNumber(c) ? Token::Digit : Token::Latin;
    if (QChar::isMark(c))
        return 0;
    return QChar::isNumber(c) ? Token::Digit : Token::OtherScript;
}

} // namespace

char32_t Tokenizer::decodeAt(qsizetype pos, int &length) const
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_text.data());
    const qsizetype n = qsizetype(m_text.size());
    const unsigned char b = s[pos];
    length = 1;
    if (b < 0x80)
        return b;
    int extra = 0;
    char32_t c = 0;
    if ((b & 0xE0) == 0xC0) {
        extra = 1;
        c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        extra = 2;
        c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        extra = 3;
        c = b & 0x07;
    } else {
        return 0xFFFD;
    }
    if (pos + extra >= n)
        return 0xFFFD;
    for (int i = 1; i <= extra; ++i) {
        if ((s[pos + i] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (s[pos + i] & 0x3F);
    }
    length = 1 + extra;
    return c;
}

bool Tokenizer::next(Token &token)
{
    const qsizetype n = qsizetype(m_text.size());
    int length = 0;
    // Skip to the first letter or digit.
    Kind kind = Kind::Separator;
    char32_t c = 0;
    while (m_pos < n) {
        c = decodeAt(m_pos, length);
        kind = kindOf(c);
        if (kind == Kind::Letter || kind == Kind::Digit)
            break;
        m_pos += length;
    }
    if (m_pos >= n)
        return false;

    m_buffer.clear();
    token.start = m_pos;
    token.scripts = 0;
    Kind previous = kind;
    while (m_pos < n) {
        c = decodeAt(m_pos, length);
        kind = kindOf(c);
        if (kind == Kind::Apostrophe || kind == Kind::NumberJoiner) {
            // A joiner belongs to the word only between two letters (apostrophe) or two digits.
            if (m_pos + length >= n)
                break;
            int nextLength = 0;
            const Kind after = kindOf(decodeAt(m_pos + length, nextLength));
            const Kind wanted = kind == Kind::Apostrophe ? Kind::Letter : Kind::Digit;
            if (previous != wanted || after != wanted)
                break;
            appendUtf8(m_buffer, kind == Kind::Apostrophe ? U'\'' : c);
            m_pos += length;
            previous = kind;
            continue;
        }
        if (kind != Kind::Letter && kind != Kind::Digit)
            break;
        token.scripts |= scriptOf(c);
        appendUtf8(m_buffer, foldChar(c));
        m_pos += length;
        previous = kind;
    }
    token.end = m_pos;
    token.text = m_buffer;
    return true;
}

} // namespace elshi::text
