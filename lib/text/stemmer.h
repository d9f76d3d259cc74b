#pragma once

// Reduces a word to the term the search index stores, so that inflected forms find each other:
// посол/посла/послом/послы, meeting/meetings, елші/елшісі/елшілер, Қазақстан/Қазақстанның/Қазақстанда.
//
// - English (Latin script): Snowball English (libstemmer).
// - Russian (Cyrillic in a Russian or unknown-language article): Snowball Russian, then one rule for
//   fleeting vowels that Snowball leaves apart (посол → посл like посла, отец → отц like отца): a
//   stem ending consonant + о/е + consonant drops that vowel when another vowel remains.
//   Rules rather than a hunspell dictionary on purpose: the index must come out the same on every
//   machine, whatever dictionaries are installed, or a database built on one would not be
//   searchable on another.
// - Kazakh (Cyrillic with a Kazakh-only letter, or any Cyrillic word of a Kazakh article): case,
//   possessive, plural and -дағы endings stripped repeatedly, each only after the sounds Kazakh
//   attaches it to (vowel harmony and voicing), then к/қ/п restored where a vowel ending had turned
//   them into г/ғ/б (елшілігі → елшілік).
//
// At index time a word gets one term, chosen by its script and the article's language (two for an
// ambiguous word in a Kazakh article, see indexTerms). A query
// word does not know the article, so it expands to every term it could have been indexed as
// (queryTerms), which FTS5 treats as alternatives.
//
// Not thread-safe (libstemmer keeps state): use one Stemmer per thread (Stemmer::forThisThread).

#include "tokenizer.h"

#include <QStringView>

#include <memory>
#include <string>
#include <vector>

struct sb_stemmer;

namespace elshi::text {

class Stemmer
{
public:
    enum class Language : quint8
    {
        Unknown,
        English,
        Russian,
        Kazakh,
    };
    static Language languageFromCode(QStringView code); // "en", "ru", "kk"; anything else Unknown

    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // This thread's instance, created on first use.
    static Stemmer &forThisThread();

    // The term stored for token in an article written in language.
    std::string indexTerm(const Token &token, Language language);
    // The terms stored for token: indexTerm() and, for a Cyrillic word without Kazakh letters in a
    // Kazakh article, its Russian stem too, because such articles quote Russian names and terms
    // and nothing in the word tells which language it is.
    std::vector<std::string> indexTerms(const Token &token, Language language);
    // Every term token may have been stored as, distinct, most likely first.
    std::vector<std::string> queryTerms(const Token &token);

    std::string english(std::string_view folded);
    std::string russian(std::string_view folded);
    static std::string kazakh(std::string_view folded);

private:
    sb_stemmer *m_english = nullptr;
    sb_stemmer *m_russian = nullptr;
};

} // namespace elshi::text
