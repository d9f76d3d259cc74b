#include "stemmer.h"

#include "normalize.h"

#include <QString>

#include <algorithm>
#include <array>
#include <libstemmer.h>

namespace elshi::text {

namespace {

std::string runStemmer(sb_stemmer *stemmer, std::string_view word)
{
    if (!stemmer)
        return std::string(word);
    const sb_symbol *result =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
    if (!result)
        return std::string(word);
    return std::string(reinterpret_cast<const char *>(result), size_t(sb_stemmer_length(stemmer)));
}

bool isRussianVowel(char32_t c)
{
    return std::u32string_view(U"аеиоуыэюяё").find(c) != std::u32string_view::npos;
}

// Snowball keeps the vowel that nominatives such as посол, отец, потолок have and their other
// forms lose (посла, отца, потолка), so the two stems differ. Dropping it from every stem makes
// them meet; the same rule applies to all forms, so words whose vowel never drops stay consistent.
std::u32string dropFleetingVowel(std::u32string stem)
{
    const size_t n = stem.size();
    if (n < 4)
        return stem;
    const char32_t last = stem[n - 1], vowel = stem[n - 2], before = stem[n - 3];
    if ((vowel != U'о' && vowel != U'е') || isRussianVowel(last) || isRussianVowel(before) || last == U'ь' ||
        last == U'й' || before == U'ь' || before == U'й')
        return stem;
    const bool otherVowel = std::any_of(stem.begin(), stem.end() - 2, isRussianVowel);
    if (otherVowel)
        stem.erase(n - 2, 1);
    return stem;
}

// Kazakh sound classes that decide which form of an ending follows a stem.
enum SoundClass : quint8
{
    Vowel = 1,
    Sonorant = 2, // л р й у
    Voiced = 4, // ж з
    Nasal = 8, // м н ң
    Voiceless = 16, // everything else, loans' б в г д included
    Possessive3 = 32, // ы і: the stem already carries a 3rd-person possessive
    AfterPossessive12 = 64, // м ң: 1st/2nd-person possessive before the dative а/е
};

bool isKazakhVowel(char32_t c)
{
    return std::u32string_view(U"аәеёиоөуұүыіэюя").find(c) != std::u32string_view::npos;
}

quint8 classOf(char32_t c)
{
    quint8 result = 0;
    if (c == U'ы' || c == U'і')
        result |= Possessive3;
    if (c == U'м' || c == U'ң')
        result |= AfterPossessive12;
    if (c == U'у')
        return result | Sonorant; // у after a vowel-final stem acts as a consonant in suffixation
    if (isKazakhVowel(c))
        return result | Vowel;
    switch (c) {
    case U'л':
    case U'р':
    case U'й':
        return result | Sonorant;
    case U'ж':
    case U'з':
        return result | Voiced;
    case U'м':
    case U'н':
    case U'ң':
        return result | Nasal;
    default:
        return result | Voiceless;
    }
}

struct Suffix
{
    std::u32string_view text;
    quint8 after; // SoundClass mask the preceding letter must match
};

constexpr quint8 Consonant = Sonorant | Voiced | Nasal | Voiceless;
constexpr quint8 VoicedLike = Vowel | Sonorant | Voiced | Nasal;

// Longest first, so the full ending is tried before the shorter ones it ends with.
constexpr std::array kazakhSuffixes{
    Suffix{U"ымыз", Consonant},
    Suffix{U"іміз", Consonant},
    Suffix{U"ыңыз", Consonant},
    Suffix{U"іңіз", Consonant},
    Suffix{U"ндағы", Possessive3},
    Suffix{U"ндегі", Possessive3},
    Suffix{U"дағы", VoicedLike},
    Suffix{U"дегі", VoicedLike},
    Suffix{U"тағы", Voiceless},
    Suffix{U"тегі", Voiceless},
    Suffix{U"менен", Vowel | Sonorant | Nasal},
    Suffix{U"бенен", Voiced},
    Suffix{U"пенен", Voiceless},
    Suffix{U"ның", Vowel | Nasal},
    Suffix{U"нің", Vowel | Nasal},
    Suffix{U"дың", Sonorant | Voiced},
    Suffix{U"дің", Sonorant | Voiced},
    Suffix{U"тың", Voiceless},
    Suffix{U"тің", Voiceless},
    Suffix{U"нда", Possessive3},
    Suffix{U"нде", Possessive3},
    Suffix{U"дан", Vowel | Sonorant | Voiced},
    Suffix{U"ден", Vowel | Sonorant | Voiced},
    Suffix{U"тан", Voiceless},
    Suffix{U"тен", Voiceless},
    Suffix{U"нан", Nasal | Possessive3},
    Suffix{U"нен", Nasal | Possessive3},
    Suffix{U"мен", Vowel | Sonorant | Nasal},
    Suffix{U"бен", Voiced},
    Suffix{U"пен", Voiceless},
    Suffix{U"лар", Vowel | Sonorant},
    Suffix{U"лер", Vowel | Sonorant},
    Suffix{U"дар", Nasal | Voiced},
    Suffix{U"дер", Nasal | Voiced},
    Suffix{U"тар", Voiceless},
    Suffix{U"тер", Voiceless},
    Suffix{U"мыз", Vowel},
    Suffix{U"міз", Vowel},
    Suffix{U"ңыз", Vowel},
    Suffix{U"ңіз", Vowel},
    Suffix{U"ға", VoicedLike},
    Suffix{U"ге", VoicedLike},
    Suffix{U"қа", Voiceless},
    Suffix{U"ке", Voiceless},
    Suffix{U"на", Possessive3},
    Suffix{U"не", Possessive3},
    Suffix{U"да", VoicedLike},
    Suffix{U"де", VoicedLike},
    Suffix{U"та", Voiceless},
    Suffix{U"те", Voiceless},
    Suffix{U"ны", Vowel},
    Suffix{U"ні", Vowel},
    Suffix{U"ды", Sonorant | Voiced | Nasal},
    Suffix{U"ді", Sonorant | Voiced | Nasal},
    Suffix{U"ты", Voiceless},
    Suffix{U"ті", Voiceless},
    Suffix{U"сы", Vowel},
    Suffix{U"сі", Vowel},
    Suffix{U"ым", Consonant},
    Suffix{U"ім", Consonant},
    Suffix{U"ың", Consonant},
    Suffix{U"ің", Consonant},
    Suffix{U"а", AfterPossessive12},
    Suffix{U"е", AfterPossessive12},
    Suffix{U"н", Possessive3},
    Suffix{U"ы", Consonant},
    Suffix{U"і", Consonant},
    Suffix{U"м", Vowel},
    Suffix{U"ң", Vowel},
};

std::u32string decodeUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toStdU32String();
}

std::string encodeUtf8(const std::u32string &text)
{
    std::string out;
    out.reserve(text.size() * 2);
    for (char32_t c : text)
        appendUtf8(out, c);
    return out;
}

} // namespace

Stemmer::Language Stemmer::languageFromCode(QStringView code)
{
    if (code == u"en")
        return Language::English;
    if (code == u"ru")
        return Language::Russian;
    if (code == u"kk")
        return Language::Kazakh;
    return Language::Unknown;
}

Stemmer::Stemmer()
    : m_english(sb_stemmer_new("english", "UTF_8"))
    , m_russian(sb_stemmer_new("russian", "UTF_8"))
{
}

Stemmer::~Stemmer()
{
    sb_stemmer_delete(m_english);
    sb_stemmer_delete(m_russian);
}

Stemmer &Stemmer::forThisThread()
{
    thread_local Stemmer stemmer;
    return stemmer;
}

std::string Stemmer::english(std::string_view folded)
{
    return runStemmer(m_english, folded);
}

std::string Stemmer::russian(std::string_view folded)
{
    const std::string snowball = runStemmer(m_russian, folded);
    return encodeUtf8(dropFleetingVowel(decodeUtf8(snowball)));
}

std::string Stemmer::kazakh(std::string_view folded)
{
    std::u32string word = decodeUtf8(folded);
    // Each pass strips one ending; a word carries at most plural + possessive + case + -дағы.
    for (int pass = 0; pass < 6; ++pass) {
        bool stripped = false;
        for (const Suffix &suffix : kazakhSuffixes) {
            const size_t n = suffix.text.size();
            if (word.size() < n + 2 || std::u32string_view(word).substr(word.size() - n) != suffix.text)
                continue;
            const std::u32string_view stem = std::u32string_view(word).substr(0, word.size() - n);
            if (!(classOf(stem.back()) & suffix.after) || std::none_of(stem.begin(), stem.end(), isKazakhVowel))
                continue;
            word.resize(stem.size());
            // A vowel-initial ending voices a final к/қ/п (елшілік → елшілігі); undo it.
            if (isKazakhVowel(suffix.text.front())) {
                char32_t &last = word.back();
                last = last == U'г' ? U'к' : last == U'ғ' ? U'қ' : last == U'б' ? U'п' : last;
            }
            stripped = true;
            break;
        }
        if (!stripped)
            break;
    }
    return encodeUtf8(word);
}

std::string Stemmer::indexTerm(const Token &token, Language language)
{
    if (token.has(Token::OtherScript) || !(token.scripts & (Token::Latin | Token::Cyrillic)))
        return std::string(token.text);
    if (token.has(Token::Latin) && !token.has(Token::Cyrillic))
        return english(token.text);
    if (token.has(Token::Cyrillic) && !token.has(Token::Latin)) {
        if (token.has(Token::KazakhLetter) || language == Language::Kazakh)
            return kazakh(token.text);
        return russian(token.text);
    }
    return std::string(token.text); // mixed scripts: an identifier or a typo, keep as written
}

std::vector<std::string> Stemmer::indexTerms(const Token &token, Language language)
{
    std::vector<std::string> terms{indexTerm(token, language)};
    const bool ambiguous = language == Language::Kazakh && token.has(Token::Cyrillic) && !token.has(Token::Latin) &&
        !token.has(Token::OtherScript) && !token.has(Token::KazakhLetter);
    if (ambiguous) {
        std::string ru = russian(token.text);
        if (ru != terms.front())
            terms.push_back(std::move(ru));
    }
    return terms;
}

std::vector<std::string> Stemmer::queryTerms(const Token &token)
{
    std::vector<std::string> terms;
    const bool onlyCyrillic = token.has(Token::Cyrillic) && !token.has(Token::Latin) && !token.has(Token::OtherScript);
    if (onlyCyrillic && !token.has(Token::KazakhLetter)) {
        terms.push_back(russian(token.text));
        std::string kk = kazakh(token.text);
        if (kk != terms.front())
            terms.push_back(std::move(kk));
    } else {
        terms.push_back(indexTerm(token, Language::Unknown));
    }
    return terms;
}

} // namespace elshi::text
