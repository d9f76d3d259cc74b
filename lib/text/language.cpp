#include "language.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace elshi::text {

namespace {

// Function words: frequent in every text of their language, rare in the others.
constexpr const char16_t *kEnglish[] = {u"the",  u"of",    u"and",   u"to",   u"in",        u"is",     u"for",  u"on",
                                        u"with", u"that",  u"by",    u"was",  u"as",        u"at",     u"from", u"has",
                                        u"have", u"will",  u"are",   u"be",   u"it",        u"this",   u"an",   u"its",
                                        u"were", u"which", u"their", u"also", u"between",   u"during", u"said", u"held",
                                        u"met",  u"meets", u"signs", u"sign", u"discussed", u"discuss"};
constexpr const char16_t *kRussian[] = {
    u"и",       u"в",          u"во",     u"на",      u"с",        u"со",      u"по",       u"что",
    u"не",      u"для",        u"о",      u"об",      u"из",       u"к",       u"от",       u"это",
    u"как",     u"а",          u"также",  u"его",     u"при",      u"был",     u"была",     u"были",
    u"года",    u"году",       u"между",  u"был",     u"он",       u"она",     u"они",      u"за",
    u"до",      u"или",        u"но",     u"же",      u"уже",      u"который", u"которые",  u"было",
    u"стороны", u"встретился", u"провел", u"провели", u"обсудили", u"отметил", u"сообщает", u"заявил"};
constexpr const char16_t *kKazakhCyrillic[] = {
    u"және",     u"мен",       u"бен",    u"пен",     u"бұл",     u"осы",         u"деп",      u"үшін",
    u"бойынша",  u"туралы",    u"да",     u"де",      u"та",      u"те",          u"ол",       u"бар",
    u"жоқ",      u"болды",     u"еді",    u"бір",     u"екі",     u"жылы",        u"жылғы",    u"арқылы",
    u"кезінде",  u"тарапынан", u"сондай", u"ақ",      u"қатысты", u"мемлекеттік", u"министрі", u"республикасы",
    u"кездесті", u"кездесу",   u"өтті",   u"жөнінде", u"атап",    u"деді",        u"оның",     u"біз",
    u"сыртқы",   u"істер",     u"елдің",  u"елі",     u"аясында", u"барысында"};
constexpr const char16_t *kKazakhLatin[] = {
    u"jäne",     u"jane",      u"jáne",         u"men",       u"ben",          u"pen",          u"bul",
    u"būl",      u"osy",       u"dep",          u"üşın",      u"ushin",        u"úshin",        u"u'shin",
    u"boiynşa",  u"boıynsha",  u"boyynsha",     u"turaly",    u"da",           u"de",           u"ta",
    u"te",       u"ol",        u"bar",          u"joq",       u"boldy",        u"edi",          u"bır",
    u"bir",      u"eki",       u"jyly",         u"jylğy",     u"jylgy",        u"arqyly",       u"kezınde",
    u"kezinde",  u"tarapynan", u"sondai",       u"sondaı",    u"qatysty",      u"memlekettık",  u"memlekettik",
    u"ministrı", u"ministri",  u"respublikasy", u"qazaqstan", u"qazaqstannyñ", u"qazaqstannyń", u"kezdestı",
    u"kezdesti", u"öttı",      u"ótti",         u"jönınde",   u"jóninde",      u"dedı",         u"dedi",
    u"onyñ",     u"onyń",      u"syrtqy",       u"ıster",     u"ister",        u"ayasynda",     u"aiasynda",
    u"aıasynda", u"barysynda", u"elımız",       u"elimiz",    u"prezidentı",   u"prezidenti"};

struct Vocabulary
{
    QSet<QString> english, russian, kazakhCyrillic, kazakhLatin;
    Vocabulary()
    {
        for (const char16_t *w : kEnglish)
            english.insert(QString::fromUtf16(w));
        for (const char16_t *w : kRussian)
            russian.insert(QString::fromUtf16(w));
        for (const char16_t *w : kKazakhCyrillic)
            kazakhCyrillic.insert(QString::fromUtf16(w));
        for (const char16_t *w : kKazakhLatin)
            kazakhLatin.insert(QString::fromUtf16(w));
    }
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

bool isKazakhCyrillicLetter(char16_t c)
{
    switch (c) {
    case u'ә':
    case u'Ә':
    case u'ғ':
    case u'Ғ':
    case u'қ':
    case u'Қ':
    case u'ң':
    case u'Ң':
    case u'ө':
    case u'Ө':
    case u'ұ':
    case u'Ұ':
    case u'ү':
    case u'Ү':
    case u'һ':
    case u'Һ':
    case u'і':
    case u'І':
        return true;
    default:
        return false;
    }
}

// Letters of the Kazakh Latin alphabets that English does not use. Some (ü, ö, ş, ğ, ı) also
// occur in Turkish names in English text ("Türkiye"), so words decide before letters do.
bool isKazakhLatinLetter(char16_t c)
{
    switch (c) {
    case u'ä':
    case u'Ä':
    case u'ğ':
    case u'Ğ':
    case u'ñ':
    case u'Ñ':
    case u'ö':
    case u'Ö':
    case u'ū':
    case u'Ū':
    case u'ü':
    case u'Ü':
    case u'ı':
    case u'ş':
    case u'Ş':
    case u'á':
    case u'Á':
    case u'ń':
    case u'Ń':
    case u'ú':
    case u'Ú':
    case u'ý':
    case u'Ý':
    case u'ǵ':
    case u'Ǵ':
    case u'ó':
    case u'Ó':
    case u'İ':
        return true;
    default:
        return false;
    }
}

bool isKazakhArabicLetter(char16_t c)
{
    return c == 0x06AD || c == 0x06C7 || c == 0x06C6 || c == 0x06CB || c == 0x06D5 || c == 0x0674 || c == 0x0675;
}

// QChar::toLower(), from a table below U+0500: one character for one (İ becomes i, as the word
// lists write it, where QString::toLower() gives i and a combining dot).
QChar lowered(QChar c)
{
    static const std::array<char16_t, 0x500> table = [] {
        std::array<char16_t, 0x500> t{};
        for (char16_t u = 0; u < 0x500; ++u)
            t[u] = QChar(u).toLower().unicode();
        return t;
    }();
    return c.unicode() < table.size() ? QChar(table[c.unicode()]) : c.toLower();
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ';
}

} // namespace

LanguageDetector::Guess LanguageDetector::guess(QStringView text)
{
    const Vocabulary &v = vocabulary();
    qsizetype cyrillic = 0, latin = 0, arabic = 0, kkCyrillic = 0, kkLatin = 0, kkArabic = 0, qNotU = 0;
    int en = 0, ru = 0, kkc = 0, kkl = 0, kkApostrophes = 0;

    const qsizetype n = text.size();
    qsizetype i = 0;
    QString word;
    while (i < n) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool apostrophe = false;
        while (i < n &&
               (text[i].isLetter() || text[i].isMark() ||
                (isApostrophe(text[i].unicode()) && i + 1 < n && text[i + 1].isLetter()))) {
            const char16_t c = text[i].unicode();
            if (c >= 0x0400 && c <= 0x04FF) {
                ++cyrillic;
                kkCyrillic += isKazakhCyrillicLetter(c);
            } else if (c >= 0x0600 && c <= 0x06FF) {
                ++arabic;
                kkArabic += isKazakhArabicLetter(c);
            } else if (c < 0x0250) {
                if (isApostrophe(c)) {
                    apostrophe = true;
                } else {
                    ++latin;
                    kkLatin += isKazakhLatinLetter(c);
                    if ((c == u'q' || c == u'Q') && !(i + 1 < n && (text[i + 1] == u'u' || text[i + 1] == u'U')))
                        ++qNotU;
                }
            }
            ++i;
        }
        const qsizetype length = i - start;
        if (length > 14)
            continue;
        // Lowered into one reused buffer: a new string for every word was most of the cost.
        word.resize(length);
        for (qsizetype k = 0; k < length; ++k)
            word[k] = lowered(text[start + k]);
        if (apostrophe) {
            // English contractions and possessives end in 's, 't, 're, 'll, 've, 'd, 'm; the 2018
            // Kazakh alphabet puts apostrophes inside words.
            const qsizetype at = std::max(word.lastIndexOf(u'\''), word.lastIndexOf(u'’'));
            const QStringView tail = QStringView(word).mid(at + 1);
            if (!(tail == u"s" || tail == u"t" || tail == u"re" || tail == u"ll" || tail == u"ve" || tail == u"d" ||
                  tail == u"m"))
                ++kkApostrophes;
        }
        en += v.english.contains(word);
        ru += v.russian.contains(word);
        kkc += v.kazakhCyrillic.contains(word);
        kkl += v.kazakhLatin.contains(word);
    }

    const qsizetype letters = cyrillic + latin + arabic;
    if (letters == 0)
        return {};
    auto confidence = [](double a, double b) {
        return a + b <= 0 ? 0.5 : std::clamp(0.5 + (a - b) / (2 * (a + b)), 0.5, 1.0);
    };

    if (arabic > cyrillic && arabic > latin)
        return kkArabic > 0 ? Guess{QStringLiteral("kk"), 0.6} : Guess{};

    if (cyrillic >= latin) {
        const double ratio = double(kkCyrillic) / double(cyrillic);
        // Kazakh text has about one letter in ten of its own; a Russian text quoting a Kazakh
        // name has a few, and then Russian function words outvote them.
        if ((ratio >= 0.02 && kkc * 2 >= ru) || (ratio >= 0.06 && ru <= 2 * kkc + 2) || (ru == 0 && kkc > 0))
            return {QStringLiteral("kk"), confidence(ratio * 50 + kkc, ru)};
        return {QStringLiteral("ru"), confidence(ru + (ratio < 0.005 ? 2 : 0), ratio * 50 + kkc)};
    }

    const double ratio = double(kkLatin) / double(latin);
    const double qRatio = double(qNotU) / double(latin);
    const double kazakh = 2.0 * kkl + kkApostrophes + (ratio >= 0.02 ? 3 : 0) + (qRatio >= 0.01 ? 3 : 0);
    const double english = 2.0 * en;
    if (kazakh > english && (kkl > 0 || ratio >= 0.02 || qRatio >= 0.01))
        return {QStringLiteral("kk"), confidence(kazakh, english)};
    return {QStringLiteral("en"), confidence(english + 1, kazakh)};
}

QString LanguageDetector::detect(QStringView text)
{
    return guess(text).code;
}

} // namespace elshi::text
