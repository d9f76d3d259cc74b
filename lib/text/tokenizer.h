#pragma once

// Splits UTF-8 text into words for the search index, queries and snippets.
//
// A word is a run of letters, combining marks and digits (the core of Unicode's word-boundary rules,
// UAX #29), kept together across an apostrophe between letters ("don't", "Qazaqstan'da") and across
// a full stop or comma between digits ("3.5", "1,000"). Everything else — spaces, punctuation,
// hyphens, symbols — separates words. Each word comes out case-folded (see normalize.h) with its
// byte range in the input and the scripts it uses, which decide how it is stemmed.
//
// Works on UTF-8 because SQLite hands FTS5 tokenizers UTF-8; invalid bytes separate words.
// No allocation per word: the folded text lives in a buffer reused for the next word.

#include <QtGlobal>

#include <string>
#include <string_view>

namespace elshi::text {

struct Token
{
    enum Script : quint8
    {
        Latin = 1,
        Cyrillic = 2,
        KazakhLetter = 4, // ә ғ қ ң ө ұ ү һ і: only Kazakh uses these among our languages
        Digit = 8,
        OtherScript = 16,
    };

    std::string_view text; // folded, UTF-8; valid until the next call to Tokenizer::next()
    qsizetype start = 0; // byte range in the input
    qsizetype end = 0;
    quint8 scripts = 0; // Script flags

    bool has(Script s) const { return scripts & s; }
};

class Tokenizer
{
public:
    explicit Tokenizer(std::string_view utf8)
        : m_text(utf8)
    {
    }

    // Moves to the next word; false at the end of the text.
    bool next(Token &token);

private:
    char32_t decodeAt(qsizetype pos, int &length) const;

    std::string_view m_text;
    qsizetype m_pos = 0;
    std::string m_buffer;
};

} // namespace elshi::text
