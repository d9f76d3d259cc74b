#include "translit.h"

#include "icustring.h"

#include <core/logging.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <utility>

namespace elshi::text {

namespace {

// Kazakh letters first: ICU's Any-Latin knows no Kazakh-specific rules and would turn "ұ" into "u̇".
// The rest of Cyrillic follows BGN/PCGN, the spelling Kazakh and Russian names take in English news.
// One table for both ICU's elshi-kk rules and CyrillicToLatin below, so the two cannot drift apart.
constexpr std::pair<char16_t, char16_t> kKazakhLetters[] = {
    {u'ә', u'a'}, {u'Ә', u'A'}, {u'ғ', u'g'}, {u'Ғ', u'G'}, {u'қ', u'k'}, {u'Қ', u'K'},
    {u'ң', u'n'}, {u'Ң', u'N'}, {u'ө', u'o'}, {u'Ө', u'O'}, {u'ұ', u'u'}, {u'Ұ', u'U'},
    {u'ү', u'u'}, {u'Ү', u'U'}, {u'һ', u'h'}, {u'Һ', u'H'}, {u'і', u'i'}, {u'І', u'I'}};

icu::UnicodeString kazakhRules()
{
    icu::UnicodeString rules;
    for (const auto &[cyrillic, latin] : kKazakhLetters)
        rules.append(UChar(cyrillic)).append(u" > ").append(UChar(latin)).append(u"; ");
    return rules;
}

std::unique_ptr<icu::Transliterator> makeTransliterator()
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    std::unique_ptr<icu::Transliterator> kazakh(icu::Transliterator::createFromRules(
        icu::UnicodeString(u"elshi-kk"), kazakhRules(), UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status)) {
        qCWarning(lcText) << "Kazakh transliteration rules rejected:" << u_errorName(status);
        return {};
    }
    icu::Transliterator::registerInstance(kazakh.release());
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> chain(icu::Transliterator::createInstance(
        icu::UnicodeString(u"elshi-kk; Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        qCWarning(lcText) << "ICU transliterator unavailable:" << u_errorName(status);
        return {};
    }
    return chain;
}

const icu::Transliterator *transliterator()
{
    // One per thread: ICU transliterators keep per-call state and are not safe to share.
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        static std::unique_ptr<icu::Transliterator> prototype = makeTransliterator();
        return prototype ? std::unique_ptr<icu::Transliterator>(prototype->clone()) : nullptr;
    }();
    return instance.get();
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

// The chain of makeTransliterator() written out for the letters names are written in: ASCII,
// Russian Cyrillic and the Kazakh letters. ICU interprets its rules at some 70,000 instructions a
// word, which made transliteration most of the cost of preparing an ingest's identity keys; this
// is one pass of table look-ups. Any other character leaves the text to ICU. tests/text/
// translit_test checks it against ICU over every word of the Russian and Kazakh Hunspell lists.
class CyrillicToLatin
{
public:
    // The chain's output, or nothing when text holds a character outside those the table knows.
    static std::optional<QString> convert(const QString &text)
    {
        std::u16string kazakhMapped;
        kazakhMapped.reserve(size_t(text.size()));
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if (c < 0x80 || (c >= u'А' && c <= u'я') || c == u'Ё' || c == u'ё')
                kazakhMapped += c;
            else if (const char16_t latin = kazakhLetter(c))
                kazakhMapped += latin;
            else
                return std::nullopt;
        }
        const std::u16string bgn = bgnLetters(bgnContexts(kazakhMapped));
        QString out;
        out.reserve(qsizetype(bgn.size()));
        // Latin-ASCII and Lower, for what the steps before can leave.
        for (const char16_t c : bgn) {
            switch (c) {
            case u'ë':
            case u'Ë':
                out += u'e';
                break;
            case u'ʺ':
                out += u'"';
                break;
            case u'ʹ':
                out += u'\'';
                break;
            default:
                out += c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
            }
        }
        return out;
    }

private:
    // The elshi-kk rules: the Latin letter for a Kazakh one, 0 for any other character.
    static char16_t kazakhLetter(char16_t c)
    {
        for (const auto &[cyrillic, latin] : kKazakhLetters) {
            if (c == cyrillic)
                return latin;
        }
        return 0;
    }

    // BGN's sets: [ЁАЕИОУЫЭ-Я] and [аеиоуыэ-яё].
    static bool isUpperVowel(char16_t c)
    {
        return c == u'Ё' || c == u'А' || c == u'Е' || c == u'И' || c == u'О' || c == u'У' || c == u'Ы' ||
            (c >= u'Э' && c <= u'Я');
    }
    static bool isLowerVowel(char16_t c)
    {
        return c == u'ё' || c == u'а' || c == u'е' || c == u'и' || c == u'о' || c == u'у' || c == u'ы' ||
            (c >= u'э' && c <= u'я');
    }
    // [:Uppercase:] or [:Lowercase:] among the characters the passes can see.
    static bool hasCase(char16_t c)
    {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'А' && c <= u'я') || c == u'Ё' ||
            c == u'ё' || c == u'ë' || c == u'Ë';
    }
    // [:L:][:M:][:N:] among them: letters with case, digits and the modifier letters ʺ and ʹ.
    static bool isLetterOrNumber(char16_t c)
    {
        return hasCase(c) || (c >= u'0' && c <= u'9') || c == u'ʺ' || c == u'ʹ';
    }

    // BGN's first pass: ы and э after a vowel or consonant, е and ё after a vowel, й, ъ or ь. Like
    // ICU, each rule sees the text before it as already rewritten.
    static std::u16string bgnContexts(const std::u16string &in)
    {
        std::u16string out;
        out.reserve(in.size() + in.size() / 4);
        for (const char16_t c : in) {
            const char16_t prev = out.empty() ? 0 : out.back();
            const bool afterUpperVowel = isUpperVowel(prev);
            const bool afterVowel = afterUpperVowel || isLowerVowel(prev);
            const bool afterUpperSign = prev == u'Й' || prev == u'Ъ' || prev == u'Ь';
            const bool afterSign = afterUpperSign || prev == u'й' || prev == u'ъ' || prev == u'ь';
            if ((c == u'ы' && afterVowel) || (c == u'Ы' && afterUpperVowel))
                out += u"·y";
            else if ((c == u'Э' || c == u'э') && hasCase(prev) && !afterVowel && prev != u'Й' && prev != u'й')
                out += u"·e";
            else if ((c == u'Е' && (afterUpperVowel || afterUpperSign)) || (c == u'е' && (afterVowel || afterSign)))
                out += u"ye";
            else if ((c == u'Ё' && (afterUpperVowel || afterUpperSign)) || (c == u'ё' && (afterVowel || afterSign)))
                out += u"yë";
            else
                out += c;
        }
        return out;
    }

    // BGN's second pass: letter by letter, with word-initial е and ё, й and ы before a vowel, and
    // тс and шч kept apart by a middle dot.
    static std::u16string bgnLetters(const std::u16string &in)
    {
        static constexpr std::u16string_view plain[32] = {
            u"a", u"b", u"v", u"g", u"d", u"e",  u"zh", u"z",  u"i",  u"y",    u"k", u"l", u"m", u"n", u"o",  u"p",
            u"r", u"s", u"t", u"u", u"f", u"kh", u"ts", u"ch", u"sh", u"shch", u"ʺ", u"y", u"ʹ", u"e", u"yu", u"ya"};
        const auto at = [&in](size_t i) -> char16_t { return i < in.size() ? in[i] : 0; };
        const auto beforeVowel = [](char16_t c, bool upperToo) {
            return c == u'а' || c == u'у' || c == u'ы' || c == u'э' ||
                (upperToo && (c == u'А' || c == u'У' || c == u'Ы' || c == u'Э'));
        };
        std::u16string out;
        out.reserve(in.size() + in.size() / 4);
        for (size_t i = 0; i < in.size(); ++i) {
            const char16_t c = in[i];
            const bool upper = (c >= u'А' && c <= u'Я') || c == u'Ё';
            const bool lower = (c >= u'а' && c <= u'я') || c == u'ё';
            if (!upper && !lower) {
                out += c;
                continue;
            }
            const int letter = c == u'Ё' || c == u'ё' ? -1 : upper ? c - u'А' : c - u'а';
            const bool wordStart = out.empty() || !isLetterOrNumber(out.back());
            const char16_t next = at(i + 1);
            if (letter == -1) {
                const char16_t following = next == u'·' ? at(i + 2) : next;
                out += wordStart && (lower || hasCase(following)) ? u"ye" : u"e";
            } else if (letter == 5) { // е
                out += wordStart ? u"ye" : u"e";
            } else if (letter == 9 || letter == 27) { // й, ы
                out += beforeVowel(next, upper || letter == 9) ? u"y·" : u"y";
            } else if (letter == 18 && (next == u'с' || (upper && next == u'С'))) { // тс
                out += u"t·s";
                ++i;
            } else if (letter == 24 && (next == u'ч' || (upper && next == u'Ч'))) { // шч
                out += u"sh·ch";
                ++i;
            } else {
                out += plain[letter];
            }
        }
        return out;
    }
};

} // namespace

QString toLatin(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Plain ASCII passes every step of the chain unchanged but the last, Lower; ICU would still
    // cost tens of thousands of instructions a word, most of an ingest's identity keys.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    if (std::optional<QString> latin = toLatinWithoutIcu(text))
        return *std::move(latin);
    return toLatinWithIcu(text);
}

std::optional<QString> toLatinWithoutIcu(const QString &text)
{
    return CyrillicToLatin::convert(text);
}

QString toLatinWithIcu(const QString &text)
{
    if (text.isEmpty())
        return {};
    const icu::Transliterator *t = transliterator();
    if (!t)
        return text.toLower();
    icu::UnicodeString s = toIcu(text);
    t->transliterate(s);
    return fromIcu(s);
}

QString skeletonKey(const QString &word)
{
    return skeletonOfLatin(toLatin(word));
}

QString skeletonOfLatin(const QString &latin)
{
    QString s = latin;
    s.remove(u'\'');
    s.remove(u'`');
    s.remove(u'-');
    s.remove(u' ');
    s.replace(QStringLiteral("kh"), QStringLiteral("h"));
    s.replace(QStringLiteral("zh"), QStringLiteral("j"));
    s.replace(QStringLiteral("dj"), QStringLiteral("j"));
    s.replace(QStringLiteral("ph"), QStringLiteral("f"));
    s.replace(QStringLiteral("ck"), QStringLiteral("k"));
    // "Yerlan"/"Erlan", "Yessimov"/"Esimov": BGN writes a word-initial е as "ye".
    if (s.size() > 2 && s.at(0) == u'y' && isVowel(s.at(1)))
        s.remove(0, 1);
    s.replace(u'q', u'k');
    s.replace(u'c', u'k');
    s.replace(u'w', u'v');
    s.replace(u'x', u'h');
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!c.isLetterOrNumber())
            continue;
        if (!out.isEmpty() && isVowel(c))
            continue;
        if (!out.isEmpty() && out.back() == c)
            continue;
        out.append(c);
    }
    return out;
}

} // namespace elshi::text
