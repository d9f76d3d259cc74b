#include "translit.h"

#include "icustring.h"

#include <core/logging.h>

#include <algorithm>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace elshi::text {

namespace {

// Kazakh letters first: ICU's Any-Latin knows no Kazakh-specific rules and would turn "ұ" into "u̇".
// The rest of Cyrillic follows BGN/PCGN, the spelling Kazakh and Russian names take in English news.
constexpr char16_t kRules[] = u"ә > a; Ә > A; ғ > g; Ғ > G; қ > k; Қ > K; ң > n; Ң > N; ө > o; Ө > O; "
                              u"ұ > u; Ұ > U; ү > u; Ү > U; һ > h; Һ > H; і > i; І > I; ";

std::unique_ptr<icu::Transliterator> makeTransliterator()
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    std::unique_ptr<icu::Transliterator> kazakh(icu::Transliterator::createFromRules(
        icu::UnicodeString(u"elshi-kk"), icu::UnicodeString(kRules), UTRANS_FORWARD, parseError, status));
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
    return toLatinWithIcu(text);
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
