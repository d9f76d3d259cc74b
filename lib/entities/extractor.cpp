#include "extractor.h"

#include "entitydata_p.h"
#include "kazakhlexicon_p.h"
#include "lexicon_p.h"
#include "morphology.h"

#include <text/sharedstring.h>
#include <text/stringtable.h>
#include <text/wordliteral.h>
#include <text/wordmemo.h>
#include <text/wordset.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace elshi::entities {

using detail::EntityData;
using namespace text::literals;

QString typeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("PERSON");
    case EntityType::Org:
        return QStringLiteral("ORG");
    case EntityType::Country:
        return QStringLiteral("COUNTRY");
    case EntityType::City:
        return QStringLiteral("CITY");
    case EntityType::Location:
        return QStringLiteral("LOC");
    case EntityType::Role:
        return QStringLiteral("ROLE");
    }
    return {};
}

bool typeFromName(const QString &name, EntityType *type)
{
    for (const EntityType t : {EntityType::Person, EntityType::Org, EntityType::Country, EntityType::City,
                               EntityType::Location, EntityType::Role}) {
        if (typeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

namespace {

struct Token
{
    int b = 0; // UTF-16 offsets in the text
    int e = 0;
    QString text;
    QString lower;
    bool word = false; // letters (with inner hyphens and apostrophes) or digits
    bool cap = false; // starts with an upper-case letter
    bool upper = false; // all letters upper case, two or more
    bool acronymic = false; // an acronym with an ending: "МИДа", "ОБСЕ-шный" (first two letters upper case)
    bool newlineBefore = false;
    bool spaceBefore = false;
    // A word with a mark or joiner inside ("UN-led", a letter with a combining accent): a pattern
    // may start after it, not only where the word does.
    bool innerStarts = false;
    // The character of a one-character token that is not a word ("," "." "«"), else 0: the rules
    // ask "is this a comma?" of nearly every token, cheaper asked of one character than a string.
    char16_t punct = 0;
};

enum class Source : quint8
{
    Gazetteer,
    OrgPattern,
    Title,
    Person,
};

struct Span
{
    int first = 0; // token indices, inclusive
    int last = 0;
    EntityType type = EntityType::Person;
    QString name;
    Source source = Source::Gazetteer;
    int entry = -1;
    morph::Case grammaticalCase = morph::Case::Nominative;
    bool declined = false;
    int roleOf = -1; // for a post: the person span it belongs to
    bool dashJoined = false; // a post after a dash, made part of the post before it
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
        c.category() == QChar::Mark_SpacingCombining;
}

// Whether one of hits (UTF-16 ranges of pattern matches) overlaps [b, e).
bool touches(const std::vector<std::pair<int, int>> &hits, int b, int e)
{
    return std::any_of(hits.cbegin(), hits.cend(),
                       [&](const std::pair<int, int> &h) { return h.first < e && h.second > b; });
}

// "and" joining two posts of one person, or two names.
bool isConjunction(const QString &lower)
{
    return lower == u"и"_w || lower == u"and"_w || lower == u"және"_w || lower == u"әрі"_w;
}

// Russian words that join a name to what follows it, never its last word.
bool isLinkWord(const QString &lower)
{
    static const text::WordSet words = {
        QStringLiteral("и"),  QStringLiteral("или"),       QStringLiteral("а"),     QStringLiteral("с"),
        QStringLiteral("со"), QStringLiteral("в"),         QStringLiteral("во"),    QStringLiteral("на"),
        QStringLiteral("по"), QStringLiteral("при"),       QStringLiteral("для"),   QStringLiteral("к"),
        QStringLiteral("о"),  QStringLiteral("об"),        QStringLiteral("от"),    QStringLiteral("из"),
        QStringLiteral("за"), QStringLiteral("совместно"), QStringLiteral("также"), QStringLiteral("вместе"),
    };
    return words.contains(lower);
}

// Words that join one post to the next within a title: "Adviser to the President of Mongolia",
// "советник при президенте".
bool joinsPosts(const QString &lower)
{
    return lower == u"to"_w || lower == u"of"_w || lower == u"the"_w || lower == u"at"_w || lower == u"for"_w ||
        lower == u"при"_w || lower == u"по"_w;
}

// "the prime minister's press service": an English possessive makes the word an attribute.
// Kazakh endings the meeting rules read, of a lower-case word: the ablative ("Сяодан", "after
// X"), the comitative ("Рохаспен", "with X") and the accusative as a name takes it ("Рохасты").
bool kazakhAblative(QStringView lower)
{
    return morph::endsWithAny(lower, {u"дан", u"ден", u"тан", u"тен", u"нан", u"нен"});
}

// A Kazakh word in the locative case ("жылында", "орталықта"), not the "-дағы" adjective made of it.
bool kazakhLocative(const QString &lower)
{
    return lower.size() >= 5 && morph::endsWithAny(lower, {u"нда", u"нде", u"да", u"де", u"та", u"те"}) &&
        morph::stripKazakhCase(lower) != lower;
}

// A Kazakh adjective by its ending ("Ұлттық", "жоғарғы", "саяси", "әскери") or one of the few
// without one: what may stand before a bare head ("Ұлттық банк", "Жоғары кеңес").
bool kazakhAdjective(const QString &lower)
{
    static const text::WordSet bare = {
        QStringLiteral("жоғары"), QStringLiteral("ұлы"),  QStringLiteral("жаңа"), QStringLiteral("үлкен"),
        QStringLiteral("кіші"),   QStringLiteral("орта"), QStringLiteral("бас"),  QStringLiteral("жас"),
    };
    return lower.size() >= 3 &&
        (morph::endsWithAny(lower,
                            {u"лық", u"лік", u"дық", u"дік", u"тық", u"тік", u"лы", u"лі", u"ды", u"ді", u"ты", u"ті",
                             u"ғы", u"гі", u"қы", u"кі", u"сыз", u"сіз", u"и"}) ||
         bare.contains(lower));
}

// Kazakh nouns of a region, district, town or village: their "орталығы" is a place.
bool kazakhAdministrativeUnit(const QString &stem)
{
    static const text::WordSet units = {
        QStringLiteral("облыс"), QStringLiteral("облысы"), QStringLiteral("аудан"), QStringLiteral("ауданы"),
        QStringLiteral("қала"),  QStringLiteral("қаласы"), QStringLiteral("ел"),    QStringLiteral("елі"),
        QStringLiteral("өңір"),  QStringLiteral("өңірі"),  QStringLiteral("аймақ"), QStringLiteral("аймағы"),
        QStringLiteral("ауыл"),  QStringLiteral("ауылы"),
    };
    return units.contains(stem);
}

// A Kazakh locative adjective, "in X": "Астанадағы", "Өзбекстандағы".
bool kazakhLocativeAdjective(QStringView lower)
{
    return morph::endsWithAny(lower, {u"дағы", u"дегі", u"тағы", u"тегі"});
}

bool kazakhComitative(QStringView lower)
{
    return morph::endsWithAny(lower, {u"мен", u"бен", u"пен"});
}

bool kazakhAccusative(QStringView lower)
{
    return morph::endsWithAny(lower, {u"ны", u"ні", u"ды", u"ді", u"ты", u"ті"});
}

// Whether a Kazakh word ends as the object of a meeting does: the comitative ("басшыларымен") or
// the accusative, of a name or a noun ("елшілерін", "өкілдерді").
bool kazakhObjectEnding(QStringView lower)
{
    return kazakhComitative(lower) || kazakhAccusative(lower) || morph::endsWithAny(lower, {u"ын", u"ін"});
}

bool isPossessive(const QString &text)
{
    return text.endsWith(u"'s") || text.endsWith(u"’s");
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'’' || c == u'‑';
}

// What tokenize() asks of each character: from a table for the scripts news is written in
// (below U+0500), from Qt's for the rest.
enum CharBit : quint8
{
    LetterBit = 1, // the lowest bit: a word's letters are counted by adding it
    WordBit = 2, // isWordChar()
    SpaceBit = 4,
    UpperBit = 8,
    // morph::foldCase() changes it: an upper-case letter, ё, a typographic apostrophe or dash, or a
    // surrogate (a letter outside the BMP may have a lower case).
    FoldBit = 16,
    // A letter that is not upper case: a word without one is all capitals.
    NotUpperLetterBit = 32,
    // Part of a word but neither letter nor digit (a combining mark).
    MarkBit = 64,
};

quint8 charBitsFromQt(QChar c)
{
    const char16_t u = c.unicode();
    quint8 bits = 0;
    bits |= isWordChar(c) ? WordBit : 0;
    bits |= isWordChar(c) && !c.isLetterOrNumber() ? MarkBit : 0;
    bits |= c.isSpace() ? SpaceBit : 0;
    bits |= c.isLetter() ? LetterBit : 0;
    bits |= c.isUpper() ? UpperBit : 0;
    bits |= c.isLetter() && !c.isUpper() ? NotUpperLetterBit : 0;
    if (c.isSurrogate() || c.toLower() != c || u == u'ё' || u == u'’' || u == u'ʼ' || u == u'‑' || u == u'–' ||
        u == u'`')
        bits |= FoldBit;
    return bits;
}

// Built when the library loads, not on first use: a function-local table would pay its
// initialisation guard on each of the millions of characters an ingest asks about.
const std::array<quint8, 0x500> kCharBits = [] {
    std::array<quint8, 0x500> t{};
    for (char16_t u = 0; u < 0x500; ++u)
        t[u] = charBitsFromQt(QChar(u));
    return t;
}();

inline quint8 charBits(QChar c)
{
    return c.unicode() < kCharBits.size() ? kCharBits[c.unicode()] : charBitsFromQt(c);
}

// The tokens of text; *surrogates tells whether it has a surrogate (then its code points and
// UTF-16 offsets differ, and it may be invalid UTF-16).
std::vector<Token> tokenize(const QString &text, bool *surrogates)
{
    std::vector<Token> tokens;
    const int n = int(text.size());
    // News averages some six characters a token: one allocation for most texts.
    tokens.reserve(size_t(n / 5 + 16));
    // The lower case of the words that need folding, each at its own offset: one buffer for the
    // text rather than an allocation for each such word. Made when the first one needs it; its
    // characters are written through folded, as its parts in the tokens share it.
    QString lowered;
    char16_t *folded = nullptr;
    bool newline = true;
    bool space = true;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const quint8 first = charBits(c);
        if (first & SpaceBit) {
            if (c == u'\n' || c == u'\r' || c == u'\u2029')
                newline = true;
            space = true;
            ++i;
            continue;
        }
        // Made in place, not moved in: that and destroying the moved-from token were a tenth of it.
        Token &t = tokens.emplace_back();
        t.b = i;
        t.newlineBefore = newline;
        t.spaceBefore = space;
        quint8 seen = 0; // the bits of every character of the word, or-ed
        int letters = 0;
        const auto count = [&](quint8 bits) {
            seen |= bits;
            letters += bits & LetterBit;
        };
        if (first & WordBit) {
            count(first);
            int j = i + 1;
            while (j < n) {
                const quint8 bits = charBits(text.at(j));
                if (bits & WordBit) {
                    count(bits);
                    ++j;
                } else if (isJoiner(text.at(j)) && j + 1 < n && (charBits(text.at(j + 1)) & WordBit)) {
                    count(bits);
                    count(charBits(text.at(j + 1)));
                    t.innerStarts = true;
                    j += 2;
                } else {
                    break;
                }
            }
            t.e = j;
            t.word = true;
            t.innerStarts = t.innerStarts || (seen & MarkBit);
        } else {
            // Every surrogate starts a token of its own, or is the second half of one that a high
            // surrogate starts: here is the one place to look for them.
            *surrogates = *surrogates || c.isSurrogate();
            t.e = i + (c.isHighSurrogate() && i + 1 < n ? 2 : 1);
        }
        t.text = text::sharedPart(text, t.b, t.e - t.b);
        if (t.word) {
            // Most words are already lower case: share the text then instead of folding a copy.
            if (!(seen & FoldBit)) {
                t.lower = t.text;
            } else {
                if (!folded) {
                    lowered = QString(n, Qt::Uninitialized);
                    folded = reinterpret_cast<char16_t *>(lowered.data());
                }
                t.lower = morph::foldCaseInto(t.text, folded + t.b) ? text::sharedPart(lowered, t.b, t.e - t.b)
                                                                    : morph::foldCase(t.text);
            }
            t.cap = first & UpperBit;
            t.upper = letters >= 2 && !(seen & NotUpperLetterBit);
            t.acronymic = t.upper || (t.text.size() >= 3 && (charBits(t.text.at(1)) & UpperBit) && (first & LetterBit));
        } else {
            t.lower = t.text;
            t.punct = t.e - t.b == 1 ? c.unicode() : 0;
        }
        newline = false;
        space = false;
        i = t.e;
    }
    return tokens;
}

const text::WordSet &abbreviations()
{
    static const text::WordSet set = [] {
        text::WordSet s;
        for (const char *a :
             {"mr",  "mrs", "ms",  "dr",  "st",  "gen",  "col",  "prof", "jr",  "sr",  "no",
              "vs",  "etc", "inc", "ltd", "co",  "corp", "dept", "univ", "jan", "feb", "mar",
              "apr", "jun", "jul", "aug", "sep", "sept", "oct",  "nov",  "dec"}) // months: "on Sept. 25"
            s.insert(QString::fromLatin1(a));
        for (const QString &a :
             {QStringLiteral("г"),    QStringLiteral("гг"),   QStringLiteral("им"),   QStringLiteral("ул"),
              QStringLiteral("т"),    QStringLiteral("д"),    QStringLiteral("см"),   QStringLiteral("тыс"),
              QStringLiteral("млн"),  QStringLiteral("млрд"), QStringLiteral("руб"),  QStringLiteral("ж"),
              QStringLiteral("т.б"),  QStringLiteral("т.с"),  QStringLiteral("янв"),  QStringLiteral("фев"),
              QStringLiteral("апр"),  QStringLiteral("авг"),  QStringLiteral("сент"), QStringLiteral("окт"),
              QStringLiteral("нояб"), QStringLiteral("дек")})
            s.insert(a);
        return s;
    }();
    return set;
}

bool isInitial(const std::vector<Token> &tokens, int i)
{
    const Token &t = tokens[size_t(i)];
    return t.word && t.cap && t.text.size() == 1 && i + 1 < int(tokens.size()) && tokens[size_t(i + 1)].punct == u'.';
}

// Whether every one of the words (token indices) is an initial: "U.S.", an author's "В.Л.".
bool onlyInitials(const std::vector<Token> &tokens, const QList<int> &words)
{
    return std::all_of(words.cbegin(), words.cend(), [&tokens](int k) { return isInitial(tokens, k); });
}

// Sentence ranges in token indices, end exclusive.
std::vector<std::pair<int, int>> sentences(const std::vector<Token> &tokens)
{
    std::vector<std::pair<int, int>> out;
    const int n = int(tokens.size());
    int start = 0;
    for (int i = 0; i < n; ++i) {
        if (i > start && tokens[size_t(i)].newlineBefore) {
            out.emplace_back(start, i);
            start = i;
        }
        const char16_t t = tokens[size_t(i)].punct;
        if (t == u'.' || t == u'!' || t == u'?' || t == u'…') {
            if (t == u'.' && i > 0) {
                if (isInitial(tokens, i - 1))
                    continue;
                if (abbreviations().contains(tokens[size_t(i - 1)].lower))
                    continue;
            }
            // A sentence ends where the next word starts with a capital letter (or a quote/digit).
            int j = i + 1;
            while (j < n && !tokens[size_t(j)].word && !tokens[size_t(j)].newlineBefore &&
                   QStringLiteral("»\"”)’").contains(tokens[size_t(j)].text))
                ++j;
            if (j < n && !tokens[size_t(j)].newlineBefore && tokens[size_t(j)].word && !tokens[size_t(j)].cap &&
                !tokens[size_t(j)].text.at(0).isDigit())
                continue;
            if (j < n && tokens[size_t(j)].word && !tokens[size_t(j)].spaceBefore)
                continue; // "A.Shokybayev", "U.S"
            out.emplace_back(start, j);
            start = j;
            i = j - 1;
        }
    }
    if (start < n)
        out.emplace_back(start, n);
    return out;
}

// Whether a word ends like a surname, compared case-insensitively (Unicode simple case folding,
// as the regular expression this replaced matched).
bool surnameEnding(QStringView w)
{
    static constexpr std::u16string_view endings[] = {
        u"ов",     u"ова",  u"ев",    u"ева",   u"ёв",     u"ёва",    u"ин",   u"ина",  u"ын",    u"ына",
        u"ский",   u"ская", u"цкий",  u"цкая",  u"енко",   u"ук",     u"юк",   u"ян",   u"дзе",   u"швили",
        u"улы",    u"ұлы",  u"кызы",  u"қызы",  u"вич",    u"вна",    u"оглы", u"заде", u"бек",   u"беков",
        u"бекова", u"баев", u"баева", u"bayev", u"bayeva", u"ov",     u"ova",  u"ev",   u"eva",   u"yev",
        u"yeva",   u"in",   u"ina",   u"sky",   u"ski",    u"skaya",  u"enko", u"uly",  u"kyzy",  u"ovich",
        u"evich",  u"ovna", u"evna",  u"yan",   u"dze",    u"shvili", u"oglu", u"zade", u"bekov", u"bekova",
    };
    constexpr qsizetype longest = 6;
    char16_t tail[longest];
    const qsizetype n = std::min(w.size(), longest);
    for (qsizetype k = 0; k < n; ++k)
        tail[k] = w.at(w.size() - n + k).toCaseFolded().unicode();
    const QStringView folded(tail, n);
    return std::any_of(std::begin(endings), std::end(endings),
                       [folded](std::u16string_view e) { return text::endsWith(folded, e); });
}

bool looksLikeSurname(const QString &word)
{
    if (word.size() < 4)
        return false;
    // Names recur through a text and across texts: remember the answer per thread.
    thread_local text::WordMemo<bool> known(200000);
    return known.get(word,
                     [&word] { return surnameEnding(morph::stripKazakhCase(morph::stripEnglishPossessive(word))); });
}

const text::WordSet &nameParticles()
{
    static const text::WordSet set = {
        QStringLiteral("de"),  QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
        QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("al"),  QStringLiteral("da"),
        QStringLiteral("dos"), QStringLiteral("del"), QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("ван"), QStringLiteral("фон"), QStringLiteral("де"),  QStringLiteral("бин"),
        QStringLiteral("ибн"), QStringLiteral("аль"), QStringLiteral("ал"),
    };
    return set;
}

const text::WordSet &honorifics()
{
    static const text::WordSet set = {
        QStringLiteral("mr"),        QStringLiteral("mrs"),       QStringLiteral("ms"),     QStringLiteral("dr"),
        QStringLiteral("sir"),       QStringLiteral("madam"),     QStringLiteral("г-н"),    QStringLiteral("г-жа"),
        QStringLiteral("господин"),  QStringLiteral("госпожа"),   QStringLiteral("мистер"), QStringLiteral("миссис"),
        QStringLiteral("президент"), QStringLiteral("president"),
    };
    return set;
}

const text::WordSet &complementWords()
{
    // Prepositions that carry a post's complement: "Ambassador of X to Y", "посол Х в Y при Z".
    static const text::WordSet set = {
        QStringLiteral("of"),  QStringLiteral("to"), QStringLiteral("in"), QStringLiteral("for"),
        QStringLiteral("at"),  QStringLiteral("on"), QStringLiteral("в"),  QStringLiteral("во"),
        QStringLiteral("при"), QStringLiteral("по"), QStringLiteral("по"), QStringLiteral("на"),
    };
    return set;
}

// Russian nouns of institutions in the genitive plural, as a post's complement names them ("руководители
// агентств ООН").
const text::WordSet &russianInstitutionsGenitive()
{
    static const text::WordSet set = {
        QStringLiteral("агентств"),   QStringLiteral("представительств"), QStringLiteral("организаций"),
        QStringLiteral("учреждений"), QStringLiteral("компаний"),         QStringLiteral("фондов"),
        QStringLiteral("программ"),   QStringLiteral("министерств"),      QStringLiteral("ведомств"),
        QStringLiteral("посольств"),  QStringLiteral("миссий"),           QStringLiteral("делегаций"),
        QStringLiteral("структур"),   QStringLiteral("банков"),           QStringLiteral("университетов"),
        QStringLiteral("органов"),    QStringLiteral("корпораций"),       QStringLiteral("институтов"),
    };
    return set;
}

const text::WordSet &orgWords()
{
    // Capitalised words that belong to institution names inside a post's complement.
    static const text::WordSet set = [] {
        text::WordSet s;
        for (const char *w :
             {"affairs",        "foreign",      "ministry",     "management",    "personnel",      "development",
              "council",        "committee",    "office",       "agency",        "organization",   "organisation",
              "union",          "bank",         "fund",         "department",    "service",        "national",
              "state",          "community",    "abroad",       "economic",      "economy",        "digital",
              "innovation",     "aerospace",    "industry",     "energy",        "trade",          "culture",
              "education",      "science",      "health",       "justice",       "defence",        "defense",
              "internal",       "emergency",    "situations",   "agriculture",   "finance",        "security",
              "cooperation",    "co-operation", "human",        "rights",        "disaster",       "risk",
              "reduction",      "diaspora",     "information",  "social",        "protection",     "labour",
              "labor",          "ecology",      "environment",  "natural",       "resources",      "transport",
              "communications", "investment",   "investments",  "public",        "administration", "general",
              "assembly",       "secretariat",  "parliament",   "senate",        "mazhilis",       "government",
              "presidential",   "affairs",      "planning",     "international", "relations",      "water",
              "climate",        "change",       "tourism",      "sport",         "sports",         "integration",
              "strategic",      "policy",       "central",      "executive",     "high",           "commission",
              "representation", "mission",      "delegation",   "embassy",       "consulate",      "people",
              "people's",       "peoples",      "democratic",   "republic",      "kingdom",        "federal",
              "islamic",        "united",       "nations",      "world",         "european",       "asian",
              "african",        "arab",         "friendship",   "group",         "regional",       "city",
              "region",         "province",     "municipality", "program",       "programme",      "programs",
              "programmes",     "children's",   "children",     "women",         "population",     "refugees",
              "migration",      "centre",       "center",       "institute",     "university",     "academy",
              "chamber",        "offices",      "agencies",     "organizations", "organisations",  "funds"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// A Russian ending a genitive complement may have: -ых, -их, -ого, -его, -ов, -ей, -ой, -ы, -и, -а, -я.
bool genitiveEnding(QStringView w)
{
    if (w.isEmpty())
        return false;
    const QChar l = w.back();
    if (l == u'ы' || l == u'и' || l == u'а' || l == u'я')
        return true;
    for (const QStringView e : {QStringView(u"ых"), QStringView(u"их"), QStringView(u"ого"), QStringView(u"его"),
                                QStringView(u"ов"), QStringView(u"ей"), QStringView(u"ой")}) {
        if (w.endsWith(e))
            return true;
    }
    return false;
}

// Reflexive verb forms ("встретился", "встретились", "состоялась"): no noun ends so. The endings
// are -лся/-тся (with -ется, -ится, -ются, -ятся), -ла/-ли/-ло/-та/-ти/-тось and -ась/-ясь.
bool reflexiveVerb(QStringView w)
{
    const qsizetype n = w.size();
    if (n < 3)
        return false;
    const QChar c = w.at(n - 3);
    if (w.at(n - 2) != u'с')
        return false;
    if (w.at(n - 1) == u'я')
        return c == u'л' || c == u'т';
    if (w.at(n - 1) == u'ь') {
        if (c == u'а' || c == u'я')
            return true;
        if ((c == u'и' || c == u'о') && n >= 4)
            return w.at(n - 4) == u'л' || w.at(n - 4) == u'т';
    }
    return false;
}

// A Russian patronymic, in any case: -вич, -вна, -ична, -оглы, -улы, -кызы and their endings.
bool patronymicEnding(QStringView w)
{
    static constexpr std::u16string_view stems[] = {u"вич", u"вна", u"ична", u"оглы", u"улы", u"ұлы", u"кызы", u"қызы"};
    static constexpr std::u16string_view endings[] = {u"",  u"а", u"у",  u"ем", u"ом", u"ой",
                                                      u"е", u"ы", u"ну", u"не", u"ной"};
    for (const std::u16string_view ending : endings) {
        if (!text::endsWith(w, ending))
            continue;
        const QStringView stem = w.chopped(qsizetype(ending.size()));
        if (std::any_of(std::begin(stems), std::end(stems),
                        [stem](std::u16string_view s) { return text::endsWith(stem, s); }))
            return true;
    }
    return false;
}

// Russian surnames in -ов/-ев/-ин/-ский in any case: they decline like adjectives.
bool declinedSurnameEnding(QStringView w)
{
    static const char16_t *const ovStems[] = {u"ов", u"ев", u"ёв", u"ин", u"ын"};
    static const char16_t *const ovEndings[] = {u"", u"а", u"у", u"ым", u"ой", u"ою", u"е", u"ы", u"ых", u"ыми"};
    static const char16_t *const skStems[] = {u"ск", u"цк"};
    static const char16_t *const skEndings[] = {u"ий", u"ого", u"ому", u"им", u"ом", u"ая",
                                                u"ой", u"ую",  u"ие",  u"их", u"им", u"ими"};
    auto matches = [&](const auto &stems, const auto &endings) {
        for (const char16_t *e : endings) {
            const QStringView ending(e);
            if (!w.endsWith(ending))
                continue;
            const QStringView stem = w.chopped(ending.size());
            for (const char16_t *s : stems) {
                if (stem.endsWith(QStringView(s)))
                    return true;
            }
        }
        return false;
    };
    return matches(ovStems, ovEndings) || matches(skStems, skEndings);
}

// A word in -ский/-цкий in any case and gender ("Штаерской", "Алматинского").
bool russianAdjectiveInSk(QStringView w)
{
    for (const char16_t *e : {u"ий", u"ая", u"ое", u"ого", u"ому", u"им", u"ом", u"ой", u"ую", u"ие", u"их", u"ими"}) {
        const QStringView ending(e);
        if (w.size() > ending.size() + 3 && w.endsWith(ending)) {
            const QStringView stem = w.chopped(ending.size());
            return stem.endsWith(u"ск") || stem.endsWith(u"цк");
        }
    }
    return false;
}

// A Russian adjective's ending, in any case and gender ("торгово-промышленной", "областного").
bool russianAdjectiveEnding(QStringView w)
{
    return w.size() >= 5 &&
        morph::endsWithAny(w, {u"ый", u"ий", u"ой", u"ая", u"яя", u"ое", u"ее", u"ого", u"его", u"ому", u"ему",
                               u"ым", u"им", u"ую", u"юю", u"ые", u"ие", u"ых", u"их",  u"ыми", u"ими", u"ей"});
}

// Typographic opening quotes only: a straight quote opens and closes alike.
bool isOpeningQuote(const QString &t)
{
    return t == u"«"_w || t == u"„"_w || t == u"“"_w;
}

bool isDash(const QString &t)
{
    return t == u"-"_w || t == u"–"_w || t == u"—"_w;
}

// Whether a text is known to be valid UTF-16 (it has no surrogates), or must be checked.
enum class Utf16 : quint8
{
    Unchecked,
    Valid,
};

// UTF-16 offsets [from, to) of a text; to < 0 for its end.
struct TextRange
{
    qsizetype from = 0;
    qsizetype to = -1;
};

struct DateHit
{
    core::DateValue date;
    int position = -1;
};

quint32 firstTwoLetters(QStringView word)
{
    return quint32(word.at(0).unicode()) << 16 | word.at(1).unicode();
}

int monthFromWord(const QString &lower)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *en[] = {"january", "february", "march",     "april",   "may",      "june",
                            "july",    "august",   "september", "october", "november", "december"};
        for (int i = 0; i < 12; ++i) {
            m.insert(QString::fromLatin1(en[i]), i + 1);
            m.insert(QString::fromLatin1(en[i]).left(3), i + 1);
        }
        m.insert(QStringLiteral("sept"), 9);
        const QStringList ru = {QStringLiteral("январ"),  QStringLiteral("феврал"), QStringLiteral("март"),
                                QStringLiteral("апрел"),  QStringLiteral("ма"),     QStringLiteral("июн"),
                                QStringLiteral("июл"),    QStringLiteral("август"), QStringLiteral("сентябр"),
                                QStringLiteral("октябр"), QStringLiteral("ноябр"),  QStringLiteral("декабр")};
        for (int i = 0; i < 12; ++i) {
            for (const char16_t *ending : {u"ь", u"я", u"е", u"", u"а", u"й", u"ю"})
                m.insert(ru.at(i) + QStringView(ending), i + 1);
        }
        m.remove(QStringLiteral("ма"));
        m.remove(QStringLiteral("маю"));
        const QStringList kk = {QStringLiteral("қаңтар"), QStringLiteral("ақпан"),  QStringLiteral("наурыз"),
                                QStringLiteral("сәуір"),  QStringLiteral("мамыр"),  QStringLiteral("маусым"),
                                QStringLiteral("шілде"),  QStringLiteral("тамыз"),  QStringLiteral("қыркүйек"),
                                QStringLiteral("қазан"),  QStringLiteral("қараша"), QStringLiteral("желтоқсан")};
        for (int i = 0; i < 12; ++i)
            m.insert(kk.at(i), i + 1);
        return m;
    }();
    // The first two letters of every month word, sorted. Each word is three letters or longer and
    // stripKazakhCase() leaves three letters or more of a word's start, so a word that starts
    // otherwise names no month: most words are told so without the look-ups below.
    static const std::vector<quint32> starts = [] {
        std::vector<quint32> s;
        for (auto it = months.cbegin(); it != months.cend(); ++it) {
            Q_ASSERT(it.key().size() >= 3);
            s.push_back(firstTwoLetters(it.key()));
        }
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        return s;
    }();
    if (lower.size() < 3 || !std::binary_search(starts.cbegin(), starts.cend(), firstTwoLetters(lower)))
        return 0;
    auto it = months.constFind(lower);
    if (it != months.cend())
        return it.value();
    const QString stripped = morph::stripKazakhCase(lower);
    it = months.constFind(stripped);
    return it != months.cend() ? it.value() : 0;
}

int yearOf(const Token &t)
{
    if (!t.word || t.text.size() != 4)
        return 0;
    bool ok = false;
    const int y = t.text.toInt(&ok);
    return ok && y >= 1900 && y <= 2100 ? y : 0;
}

int dayOf(const Token &t)
{
    if (!t.word || t.text.size() > 4)
        return 0;
    QString digits = t.text;
    // "27-си", "5th", "27-го"
    qsizetype k = 0;
    while (k < digits.size() && digits.at(k).isDigit())
        ++k;
    if (k == 0 || k > 2)
        return 0;
    const int d = digits.left(k).toInt();
    return d >= 1 && d <= 31 ? d : 0;
}

// The first explicit date in tokens [from, to): "on February 27", "27 февраля 2024 года",
// "in September 2019", "2019 жылғы 5 наурызда".
DateHit findDate(const std::vector<Token> &tokens, int from, int to, core::DateValue articleDate)
{
    for (int i = from; i < to; ++i) {
        const Token &t = tokens[size_t(i)];
        if (!t.word)
            continue;
        const int month = monthFromWord(t.lower);
        if (!month)
            continue;
        // English "May" as a month needs a day or year next to it, like every month here.
        int day = 0, year = 0;
        if (i > from)
            day = dayOf(tokens[size_t(i - 1)]);
        int k = i + 1;
        if (k < to && tokens[size_t(k)].punct == u'.' && t.lower.size() <= 4)
            ++k; // "Sept. 25"
        if (!day && k < to && dayOf(tokens[size_t(k)])) {
            day = dayOf(tokens[size_t(k)]);
            ++k;
        }
        if (k < to && tokens[size_t(k)].punct == u',')
            ++k;
        if (k < to)
            year = yearOf(tokens[size_t(k)]);
        if (!year && i - 2 >= from && day)
            year = yearOf(tokens[size_t(i - 2)]);
        if (!year && i - 3 >= from && day && tokens[size_t(i - 2)].lower.startsWith(u"жыл"))
            year = yearOf(tokens[size_t(i - 3)]); // "2019 жылғы 5 наурызда" has the year first
        if (!year && i - 1 >= from && !day)
            year = yearOf(tokens[size_t(i - 1)]);
        if (!year && i - 2 >= from && !day && tokens[size_t(i - 1)].lower.startsWith(u"жыл"))
            year = yearOf(tokens[size_t(i - 2)]);
        if (!day && !year)
            continue;
        DateHit hit;
        hit.position = i;
        if (!year && articleDate.hasYear()) {
            year = articleDate.year;
            // A day and month later than the article's date lie in the year before.
            const core::DateValue candidate =
                day ? core::DateValue::ofDay(year, month, day) : core::DateValue::ofMonth(year, month);
            if (candidate.isValid() && candidate.firstDay() > articleDate.lastDay())
                --year;
        }
        if (!year) {
            hit.date = day ? core::DateValue::ofDayMonth(month, day) : core::DateValue{};
        } else {
            hit.date = day ? core::DateValue::ofDay(year, month, day) : core::DateValue::ofMonth(year, month);
        }
        if (hit.date.isValid())
            return hit;
    }
    return {};
}

morph::Gender genderLookup(const QString &lower, const void *context)
{
    const auto *data = static_cast<const EntityData *>(context);
    return data->givenNames.value(lower, morph::Gender::Unknown);
}

const QSet<QString> *stopwordsFor(const EntityData &d, const QString &lang)
{
    static const QSet<QString> none;
    auto it = d.stopwords.constFind(lang);
    if (it == d.stopwords.cend())
        it = d.stopwords.constFind(QString());
    return it == d.stopwords.cend() ? &none : &it.value();
}

// What the rules ask of a word as written, remembered per thread (see WordTable): its gazetteer
// keys with their word numbers, and the answers that follow from the word alone. -1: not asked yet.
struct KnownWord
{
    QStringList keys;
    // Gazetteer::wordId() of each key, in the names (2k) and the titles gazetteer (2k + 1).
    QVarLengthArray<int, 4> wordIds;
    std::array<qint8, 2> starts{-1, -1}; // whether a phrase of names (0) or titles (1) may start here
    qint16 russianClass = -1; // Run::russianClass()'s bits
    qint8 given = -1; // Run::isGivenName()
    qint8 surname = -1; // looksLikeSurname()
    qint8 stopword = -1;
    qint8 orgHead = -1; // Run::isOrgHead()
    qint8 kazakhCommon = -1; // KazakhLexicon::isCommonWord()
    qint8 kazakhLocative = -1; // kazakhLocative()
    bool demonymReady = false;
    QString demonym; // Run::demonymAt()
    bool keysReady = false;
    bool wordIdsReady = false;
};

// The words of one language met on this thread, each with its KnownWord. The rules ask up to a
// dozen questions of a word, most of them of a table of their own; news repeats its words, so a
// word is looked up here once a text and its answers are then read by number. The records live
// in chunks that never move, so one stays where it is while others are added. Not a std::deque:
// its blocks hold six records of this size, and reading one by number divided by six.
class WordTable
{
public:
    int intern(QStringView word)
    {
        bool added = false;
        const int id = m_index.insert(word, &added);
        if (added && (id & kChunkMask) == 0)
            m_chunks.push_back(std::make_unique<KnownWord[]>(kChunkSize));
        return id;
    }
    KnownWord &operator[](int id) { return m_chunks[size_t(id >> kChunkBits)][id & kChunkMask]; }
    // Emptied when it has grown past its bound: crude, but bounded without bookkeeping. Only
    // between texts, never during one, whose records must stay where they are.
    void keepBounded()
    {
        if (m_index.size() > kCapacity) {
            m_index.clear();
            m_chunks.clear();
        }
    }

private:
    static constexpr qsizetype kCapacity = 300000;
    static constexpr int kChunkBits = 10;
    static constexpr int kChunkSize = 1 << kChunkBits;
    static constexpr int kChunkMask = kChunkSize - 1;
    text::StringTable m_index;
    std::vector<std::unique_ptr<KnownWord[]>> m_chunks; // kChunkSize records each
};

// This thread's table for d and lang: the answers follow from d's lists, so another EntityData
// asking empties them all. A std::map, so a table stays where it is when another language comes.
WordTable &wordTableFor(const EntityData &d, const QString &lang)
{
    thread_local std::map<QString, WordTable> byLanguage;
    thread_local const EntityData *owner = nullptr;
    if (owner != &d) {
        byLanguage.clear();
        owner = &d;
    }
    WordTable &table = byLanguage[lang];
    table.keepBounded();
    return table;
}

class Run
{
public:
    Run(const EntityData &data, const QString &text, const QString &lang, core::DateValue date)
        : d(data)
        , m_text(text)
        , m_lang(lang)
        , m_language(lang == u"en"_w       ? Language::English
                         : lang == u"ru"_w ? Language::Russian
                         : lang == u"kk"_w ? Language::Kazakh
                                           : Language::Other)
        , m_date(date)
        , m_tokens(tokenize(text, &m_surrogates))
        , m_owner(m_tokens.size(), -1)
        , m_wordOf(m_tokens.size(), -1)
        , m_words(wordTableFor(data, lang))
        , m_stopwords(*stopwordsFor(data, lang))
    {
    }

    Extraction run();

private:
    const Token &tok(int i) const { return m_tokens[size_t(i)]; }
    // m_owner's size, the tokens' count: cheaper to ask of a vector of ints, and asked of nearly
    // every token by free() and spanAt().
    int size() const { return int(m_owner.size()); }
    bool free(int i) const { return i >= 0 && i < size() && m_owner[size_t(i)] < 0; }
    int addSpan(Span span);
    // Token i's record in m_words, made when first asked.
    KnownWord &known(int i) const
    {
        int &id = m_wordOf[size_t(i)];
        if (id < 0)
            id = m_words.intern(tok(i).text);
        return m_words[id];
    }
    const QStringList &keysOf(int i);
    // Gazetteer::wordId() of each of keysOf(i), in the names (2k) or titles gazetteer (2k + 1).
    const QVarLengthArray<int, 4> &wordIdsOf(int i);
    bool givenAt(int i) const;
    bool surnameAt(int i) const;
    bool stopwordAt(int i) const;
    bool kazakhCommonAt(int i) const;
    bool kazakhLocativeAt(int i) const;
    // Whether Kazakh head token head may end an organisation's name after the words before it.
    bool kazakhHeadFits(int head, int sentenceStart) const;
    bool canStart(int i, const detail::Gazetteer &g, bool titles);
    // Whether one of token i's keys is a noun that ends or starts an organisation's name.
    bool isOrgHead(int i);

    void matchGazetteer(const detail::Gazetteer &g, bool titles, int from, int to);
    void matchDottedAcronyms(int from, int to);
    void matchQuotedOrgs(int from, int to);
    bool namesCurrency(int first, int last, int to) const;
    bool surnameFollows(int i, int to) const;
    void matchOrgPatterns(int from, int to);
    void extendTitles(int from, int to);
    void findPeople(int from, int to);
    void unifyDeclinedNames();
    void resolveCoreference();
    void buildRoles(Extraction *out);
    RolePost postOf(const Span &post);
    // The post before an aside in brackets that stands right before token first ("Посол России в
    // Корейской Народно-Демократической Республике (КНДР) Александр Мацегора"), or -1.
    int postBeforeAside(int first) const;
    // The country of the city gazetteer entry is, or empty.
    QString countryOfCity(int entry) const;
    void addJoinedPosts(int person, int post, const RolePost &details, Extraction *out);
    // The post that post is joined to by "to the", "of" or a Russian genitive ("Adviser to the
    // President"): the one its holder's name goes with; post itself when there is none.
    int servingPost(int post) const;
    // The posts after a dash in post, which extendTitles() joined to it: person's as well.
    void addDashedPosts(int person, const Span &post, const RolePost &details, int e, Extraction *out);
    bool isObjectOfClause(const Span &post);
    // "Қазақстанның Чилидегі елшісі Пабло Рохаспен кездесті": a Kazakh post that no one named before
    // it in the sentence holds, before a name in the comitative ("with") and a verb of meeting: the
    // post is the side that met, the name the one it met; the post is not that person's.
    bool kazakhPostMeetsName(const Span &post, const Span &person) const;
    // A role fact of person, stated between UTF-16 offsets b and e.
    RoleFact roleFact(const QString &person, const RolePost &post, int b, int e) const;
    int postAfterNoun(int triggerPos, int triggerEnd) const;
    QStringList subjectByPost(int from, int triggerPos, int triggerEnd, const Extraction &facts, RolePost *unresolved);
    QStringList subjectByDescription(int from, int triggerPos, const Extraction &facts,
                                     const QStringList &counterparts);
    // "X arrived in Budapest on a working visit. Talks with Y were held within the framework of the
    // visit": for a meeting of sentence [from, to) told of as part of a trip, the one person other
    // than its counterparts that the nearest of the three sentences before telling of a trip names.
    QStringList travellerBefore(int from, int to, const QStringList &counterparts);
    // The meeting in sentence [from, to), from the meeting triggers' matches in the whole text.
    void findMeetings(int from, int to, const std::vector<std::pair<int, int>> &triggerHits, Extraction *out);
    void dropRemoteTalks(const std::vector<std::pair<int, int>> &ranges, Extraction *out);
    // Whether a comma stands right before person span s, or before the post that is theirs.
    bool followsComma(int s) const;
    // The people the article's role facts so far give post to.
    static QStringList holdersOf(const RolePost &post, const Extraction &facts);
    // Whether a word naming a settlement or a street stands before token first ("в селе", "village of").
    bool isSettlementNoun(int first) const;
    // Posts of counterparts: "his Chilean counterpart Pablo Rojas" holds the post of the person
    // named before, for Chile.
    void addCounterpartRoles(Extraction *out);
    // The country an adjective names: a demonym ("Chilean", "российский"), or in Kazakh one made
    // of the country's name ("қырғызстандық").
    QString countryOfAdjective(int i);
    // The country whose adjective token i is, by the demonyms list ("Chilean", "российский"), or empty.
    QString demonymAt(int i);
    // The countries of a post held by several people, in order ("Russian and Kazakh presidents"),
    // or empty when it names fewer than two.
    QStringList coordinatedSenders(const Span &post);
    // The person spans named in a list that starts with person ("A, B and C").
    std::vector<int> namesListedFrom(int person) const;
    // Whether city is where something happens: after "in" ("в", "во"; "to" too when toCounts), or
    // in Kazakh with a case ending ("Женевада").
    bool placedAt(const Span &city, int from, bool toCounts) const;
    // The first city of tokens [from, to) placedAt(), or -1.
    int placedCity(int from, int to, bool toCounts) const;
    // Whether tokens [from, to) name none but the meeting's sides: a sentence about the same meeting.
    bool namesOnlySidesOf(int from, int to, const MeetingFact &meeting) const;
    // The place a [venue] sentence right after a meeting's gives it, when its own sentence gave none;
    // or right before it, when that one tells of the talks and no meeting ("Consultations … took
    // place in Santiago. The delegations were headed by A and B"). The evidence then takes it in.
    enum class Venue
    {
        After,
        Before
    };
    void placeFromVenue(int from, int to, MeetingFact *meeting, Venue where = Venue::After);
    // "The Minister arrived in Budapest on a visit. … During the visit, he met …": a meeting that its
    // sentence (ranges[sentence]) places in a trip takes the trip's city, and its date when its own
    // sentence gives none, from the nearest of the three sentences before that tells of a trip.
    void placeFromTrip(size_t sentence, const std::vector<std::pair<int, int>> &ranges, MeetingFact *meeting);
    // The people spans that start in tokens [from, to), in order.
    std::vector<int> personSpansIn(int from, int to) const;
    // Tokens [post.first, end] as an unnamed side is shown: a Russian post in the nominative ("с
    // исполнительным директором ЮНИСЕФ" → "исполнительный директор ЮНИСЕФ"), what follows it as
    // written (its complements are in the genitive whatever case the post is in).
    QString unnamedSide(const Span &post, int end);

    bool isGivenName(const QString &word) const;
    // The last word of a Kazakh name without its case ending, when it has one.
    QString kazakhNameNominative(const QString &word) const;
    bool roleBefore(int first, int from) const;
    // "the foreign ministers of Spain José Albares, Latvia Baiba Braže and Poland Radosław
    // Sikorski": for a country that goes on such a list, back item by item to its post, the post;
    // -1 when it is none. English only.
    int listPost(int country, int from) const;
    bool roleAfter(int last, int to) const;
    quint8 russianClass(int i);
    bool isRussianVerb(int i) { return (russianClass(i) & detail::lex::Verb) || reflexiveVerb(tok(i).lower); }
    bool russianName(int from, int to, int *first, int *last);
    void kazakhName(int from, int to, int *first, int *last, int *nameWords, bool *given, bool *surname);
    bool sentenceInitialKazakhName(int i) const;
    bool kazakhCommonWord(int i) const;
    bool kazakhWordBeforeName(int i, int to) const;
    bool insideQuotation(int i, int from) const;
    bool unknownKazakhPair(int first, int last) const;
    bool kazakhVocative(int i, int from, int to) const;
    QString personName(int first, int last, Span *span) const;
    int spanAt(int i) const { return i >= 0 && i < size() ? m_owner[size_t(i)] : -1; }
    int cp(int utf16) const;
    // The offsets, in order, where a word starts or where a letter or digit follows a mark or
    // joiner inside one: every place a pattern whose prefix starts with a letter or digit may match.
    const std::vector<int> &wordStarts();

    const EntityData &d;
    const QString &m_text;
    QString m_lang;
    // m_lang as a value: the rules ask which language many times a word.
    enum class Language : quint8
    {
        English,
        Russian,
        Kazakh,
        Other
    } m_language;
    core::DateValue m_date;
    bool m_surrogates = false; // set by tokenize() as m_tokens is made: declared before it
    std::vector<Token> m_tokens;
    std::vector<int> m_owner; // token → span index, -1 when free
    std::vector<Span> m_spans;
    mutable std::vector<int> m_wordOf; // token → its record in m_words, -1 until asked
    WordTable &m_words; // this thread's for the text's language
    std::vector<int> m_cpIndex; // UTF-16 offset → code point, only when the text has surrogates
    std::vector<int> m_wordStarts; // made by wordStarts() when first asked
    std::vector<std::pair<int, int>> m_sentences; // the text's sentences, made by run()
    std::vector<std::pair<int, int>> m_triggerHits; // the meeting triggers' matches, made by run()
    // The index in m_sentences of the sentence token i stands in.
    size_t sentenceOf(int i) const;
    bool m_wordStartsReady = false;
    int m_resumeAt = -1; // where findPeople() goes on when russianName() split a run in two
    Utf16 m_utf16 = Utf16::Unchecked; // the text's, known once run() looked for surrogates
    const detail::RussianLexicon &m_lexicon = detail::RussianLexicon::instance();
    const QSet<QString> &m_stopwords;
    // Scratch lists of matchGazetteer(): phrases begun so far, as their trie nodes.
    struct Partial
    {
        int node;
        int firstKey; // which key of the first word the phrase began with
        bool exact; // every word in its exact form
    };
    std::vector<Partial> m_partials;
    std::vector<Partial> m_nextPartials;
};

const std::vector<int> &Run::wordStarts()
{
    if (m_wordStartsReady)
        return m_wordStarts;
    m_wordStartsReady = true;
    m_wordStarts.reserve(m_tokens.size());
    for (const Token &t : m_tokens) {
        if (!t.word)
            continue;
        m_wordStarts.push_back(t.b);
        if (!t.innerStarts)
            continue;
        for (int k = t.b + 1; k < t.e; ++k) {
            if (!m_text.at(k - 1).isLetterOrNumber())
                m_wordStarts.push_back(k);
        }
    }
    return m_wordStarts;
}

int Run::addSpan(Span span)
{
    const int index = int(m_spans.size());
    for (int i = span.first; i <= span.last; ++i)
        m_owner[size_t(i)] = index;
    m_spans.push_back(std::move(span));
    return index;
}

const QStringList &Run::keysOf(int i)
{
    // Stemming is the costly part and news repeats its words: the keys are kept with the word as
    // written (its lower case and the extra keys below follow from it).
    KnownWord &word = known(i);
    if (word.keysReady)
        return word.keys;
    const QString &text = tok(i).text;
    const QString &lower = tok(i).lower;
    QStringList keys;
    EntityData::wordKeys(lower, m_lang, &keys);
    // "БҰҰ-ның", "UN-led": the part before a hyphenated case ending.
    const qsizetype dash = lower.indexOf(u'-');
    if (dash > 1 && lower.size() - dash <= 5 && text.left(dash).toUpper() == text.left(dash))
        keys.append(lower.left(dash));
    // English plurals, for posts: "heads", "ambassadors".
    if (m_language == Language::English && lower.size() > 4 && lower.endsWith(u's'))
        keys.append(lower.left(lower.size() - 1));
    for (QString &key : keys)
        key = text::ownedCopy(key);
    word.keys = std::move(keys);
    word.keysReady = true;
    return word.keys;
}

const QVarLengthArray<int, 4> &Run::wordIdsOf(int i)
{
    KnownWord &word = known(i);
    if (!word.wordIdsReady) {
        for (const QString &key : keysOf(i)) {
            word.wordIds.append(d.names.wordId(key));
            word.wordIds.append(d.titles.wordId(key));
        }
        word.wordIdsReady = true;
    }
    return word.wordIds;
}

bool Run::givenAt(int i) const
{
    qint8 &given = known(i).given;
    if (given < 0)
        given = isGivenName(tok(i).text) ? 1 : 0;
    return given;
}

bool Run::surnameAt(int i) const
{
    qint8 &surname = known(i).surname;
    if (surname < 0)
        surname = looksLikeSurname(tok(i).text) ? 1 : 0;
    return surname;
}

bool Run::stopwordAt(int i) const
{
    qint8 &stopword = known(i).stopword;
    if (stopword < 0)
        stopword = m_stopwords.contains(tok(i).lower) ? 1 : 0;
    return stopword;
}

bool Run::kazakhLocativeAt(int i) const
{
    qint8 &locative = known(i).kazakhLocative;
    if (locative < 0)
        locative = kazakhLocative(tok(i).lower) ? 1 : 0;
    return locative;
}

bool Run::kazakhHeadFits(int head, int sentenceStart) const
{
    // The centre of a region or town is a place: "Облыс орталығындағы", "ауданының орталығына".
    const QString headStem = morph::stripKazakhCase(tok(head).lower);
    const QString before = morph::stripKazakhCase(tok(head - 1).lower);
    if (text::startsWith(headStem, u"орталы") && kazakhAdministrativeUnit(before))
        return false;
    // Kazakh joins a noun to the head it names with the head's possessive ("Денсаулық сақтау
    // министрлігі", "Сайлау комиссиясы"); a bare head follows an adjective ("Ұлттық банк",
    // "Еуропалық Одақ") or a proper name ("Kaspi банк"). A bare head after any other word names
    // nothing: "Тағы министрлік", "азаматтардың банк", "бұл ұйым", "арналған орталық".
    if (text::endsWith(headStem, u"ы"_w) || text::endsWith(headStem, u"і"_w))
        return true;
    if (tok(head - 1).cap && head - 1 != sentenceStart)
        return true;
    return kazakhAdjective(tok(head - 1).lower);
}

bool Run::kazakhCommonAt(int i) const
{
    qint8 &common = known(i).kazakhCommon;
    if (common < 0)
        common = detail::KazakhLexicon::instance().isCommonWord(tok(i).lower) ? 1 : 0;
    return common;
}

// Whether a phrase of g can start at token i: one of its keys is a phrase or begins one. Most
// words begin none, and the answer is kept with the word's keys, so most words cost one look-up.
bool Run::canStart(int i, const detail::Gazetteer &g, bool titles)
{
    qint8 &starts = known(i).starts[titles ? 1 : 0];
    if (starts < 0) {
        const QStringList &keys = keysOf(i);
        starts =
            std::any_of(keys.cbegin(), keys.cend(), [&g](const QString &key) { return g.startsPhrase(key); }) ? 1 : 0;
    }
    return starts;
}

void Run::matchGazetteer(const detail::Gazetteer &g, bool titles, int from, int to)
{
    Q_ASSERT(&g == (titles ? &d.titles : &d.names)); // as wordIdsOf() reads them
    for (int i = from; i < to; ++i) {
        if (!free(i) || !tok(i).word)
            continue;
        if (!titles && !tok(i).cap && !tok(i).text.at(0).isDigit())
            continue;
        // Most words begin no phrase, and this says so for most without a look-up of their keys.
        if (!g.mayStartWith(tok(i).lower) || !canStart(i, g, titles))
            continue;
        // Longest match: breadth over the key forms of each word, down the gazetteer's trie. The
        // two lists are reused from word to word rather than allocated for each.
        std::vector<Partial> &partials = m_partials;
        std::vector<Partial> &next = m_nextPartials;
        partials.clear();
        int bestEnd = -1;
        int bestEntry = -1;
        bool bestExact = false;
        for (int j = i; j < to && j - i < g.maxWords(); ++j) {
            // A post may run on into an organisation the names pass found ("Глава МИД Казахстана":
            // "глава мид" is a post, "МИД Казахстана" a ministry); nothing else found before it.
            const bool intoOrg =
                titles && j > i && spanAt(j) >= 0 && m_spans[size_t(spanAt(j))].type == EntityType::Org;
            if (!tok(j).word || (!free(j) && !intoOrg))
                break;
            const QStringList &keys = keysOf(j);
            const QVarLengthArray<int, 4> &wordIds = wordIdsOf(j);
            next.clear();
            for (qsizetype k = 0; k < keys.size(); ++k) {
                const int word = wordIds[2 * k + (titles ? 1 : 0)];
                if (word < 0)
                    continue; // in no phrase
                const bool exactForm = k == 0;
                if (j == i) {
                    if (const int node = g.child(0, word); node > 0)
                        next.push_back({node, int(k), exactForm});
                } else {
                    for (const Partial &p : std::as_const(partials)) {
                        if (const int node = g.child(p.node, word); node > 0)
                            next.push_back({node, p.firstKey, p.exact && exactForm});
                    }
                }
            }
            partials.clear();
            for (const Partial &p : std::as_const(next)) {
                if (const QList<int> *entries = g.entriesAt(p.node)) {
                    // A one-word match through a stem must be a real word, not a short fragment.
                    // A function word is never reached through a stem ("после" is no form of "посол").
                    // A lone letter is an initial ("Е.С. Иванов"), though a stem may reach it ("ЕС").
                    const bool acceptable = j > i ||
                        (tok(i).text.size() > 1 && (p.exact || (tok(i).text.size() >= 4 && !stopwordAt(i))) &&
                         g.keepsStem(keys.at(p.firstKey), tok(i).lower));
                    // Acronyms only as written in capitals: "AU", not "au".
                    const bool acronymOk =
                        !(j == i && tok(i).text.size() <= 4 && !tok(i).upper &&
                          d.entries.at(entries->first()).canonical.toUpper() ==
                              d.entries.at(entries->first()).canonical &&
                          !titles && tok(i).lower == morph::foldCase(d.entries.at(entries->first()).canonical));
                    if (acceptable && acronymOk && j > bestEnd) {
                        bestEnd = j;
                        bestEntry = entries->first();
                        bestExact = p.exact;
                    }
                }
                if (g.hasChildren(p.node))
                    partials.push_back(p);
            }
            if (partials.empty())
                break;
        }
        if (bestEnd < 0)
            continue;
        const detail::GazetteerEntry &found = d.entries.at(bestEntry);
        if (found.type == EntityType::Country && namesCurrency(i, bestEnd, to)) {
            i = bestEnd;
            continue;
        }
        // "Төрағасы Орал Мұхамеджанов": a city's name as written, right before a surname, is a
        // given name (Орал, Астана, Түркістан are both).
        if (!titles && found.type == EntityType::City && bestEnd == i && bestExact &&
            (m_language != Language::Kazakh || morph::stripKazakhCase(tok(i).lower) == tok(i).lower) &&
            surnameFollows(i + 1, to))
            continue;
        // A phrase must not end on a lower-case function word ("Republic of").
        Span span;
        span.first = i;
        span.last = bestEnd;
        const detail::GazetteerEntry &entry = d.entries.at(bestEntry);
        span.type = entry.type;
        span.name = entry.canonical;
        span.entry = bestEntry;
        span.source = titles ? Source::Title : Source::Gazetteer;
        addSpan(span);
        i = bestEnd;
    }
}

// "U.S.", "U.K.", "U.N.": capitals joined by full stops are one name, as the lists have it ("U.S.")
// or as its plain acronym does ("UK"). Word by word they would be initials, and "U.S. Assistant
// Secretary of State" a man named "U. S. Assistant". Latin letters only: Cyrillic initials
// ("Е.С. Иванов") spell acronyms too, and there they are a person's.
void Run::matchDottedAcronyms(int from, int to)
{
    for (int i = from; i + 3 < to; ++i) {
        if (!free(i) || !isInitial(m_tokens, i) || tok(i).text.at(0).unicode() >= 0x80)
            continue;
        QString dotted, plain;
        int k = i;
        for (; k + 1 < to && isInitial(m_tokens, k) && free(k) && tok(k).text.at(0).unicode() < 0x80 &&
             (k == i || !tok(k).spaceBefore) && !tok(k + 1).spaceBefore;
             k += 2) {
            dotted += tok(k).lower + u'.';
            plain += tok(k).lower;
        }
        if (plain.size() < 2)
            continue;
        const int last = k - 1; // the full stop after the last capital
        const QList<int> *entries = d.names.find(dotted);
        if (!entries)
            entries = d.names.find(plain);
        if (!entries)
            continue;
        const detail::GazetteerEntry &entry = d.entries.at(entries->first());
        if (entry.type == EntityType::Person || (entry.type == EntityType::Country && namesCurrency(i, last, to)))
            continue;
        Span span;
        span.first = i;
        span.last = last;
        span.type = entry.type;
        span.name = entry.canonical;
        span.entry = entries->first();
        span.source = Source::Gazetteer;
        addSpan(span);
        i = last;
    }
}

// Whether a lower-case word names a kind of organisation, in any case: "компаниясы", "газетінің",
// "партии", "командой".
bool namesOrgKind(const QString &lower)
{
    static const char16_t *const kinds[] = {
        // Kazakh
        u"компания", u"әуекомпания", u"авиакомпания", u"газет", u"журнал", u"партия", u"қор", u"команда", u"ұйым",
        u"орталығ", u"клуб", u"ансамбл", u"тоб", u"арна", u"банк", u"корпорация", u"холдинг", u"агенттіг",
        u"серіктестіг", u"кәсіпорн", u"зауыт", u"фабрика", u"бірлестіг", u"қауымдастығ", u"одағ", u"альянс", u"басылым",
        u"телеарна", u"театр",
        // Russian
        u"компани", u"авиакомпани", u"газет", u"партии", u"партия", u"партию", u"партией", u"фонд", u"команд",
        u"организаци", u"центр", u"ансамбл", u"групп", u"телеканал", u"холдинг", u"корпораци", u"агентств",
        u"объединени", u"ассоциаци", u"альянс", u"издани", u"театр"};
    for (const char16_t *k : kinds) {
        if (lower.startsWith(QStringView(k)))
            return true;
    }
    return false;
}

// A name in quotation marks beside the kind of organisation it is: "« Бек Эйр » компаниясы",
// "« Егемен Қазақстан » газетінің" (the kind after it, in Kazakh), "компания «Бек Эйр»" (before
// it, in Russian). The name is the quoted words, capitalised at least at the first, up to five.
void Run::matchQuotedOrgs(int from, int to)
{
    if (m_language == Language::English)
        return;
    for (int i = from; i + 2 < to; ++i) {
        if (!isOpeningQuote(tok(i).text))
            continue;
        int close = i + 1;
        while (close < to && close <= i + 6 && tok(close).word && free(close))
            ++close;
        if (close == i + 1 || close >= to || close > i + 6 || !tok(i + 1).cap ||
            !(tok(close).punct == u'»' || tok(close).punct == u'“' || tok(close).punct == u'”'))
            continue;
        const bool kindAfter =
            close + 1 < to && tok(close + 1).word && !tok(close + 1).cap && namesOrgKind(tok(close + 1).lower);
        const bool kindBefore = i > from && tok(i - 1).word && !tok(i - 1).cap && namesOrgKind(tok(i - 1).lower);
        if (!(m_language == Language::Kazakh ? kindAfter : kindBefore))
            continue;
        Span span;
        span.first = i + 1;
        span.last = close - 1;
        span.type = EntityType::Org;
        span.name = m_text.mid(tok(i + 1).b, tok(close - 1).e - tok(i + 1).b);
        span.source = Source::OrgPattern;
        addSpan(span);
        i = close;
    }
}

// Whether token i is a surname of the Russian or Kazakh shape ("Мұхамеджанов", "Жабаевпен",
// "Сапарұлы"), capitalised and no other name's.
bool Run::surnameFollows(int i, int to) const
{
    if (i >= to || !tok(i).word || !tok(i).cap || tok(i).upper || !free(i) || !morph::isCyrillic(tok(i).text))
        return false;
    const QString stem = m_language == Language::Kazakh ? morph::stripKazakhCase(tok(i).lower) : tok(i).lower;
    return stem.size() >= 5 &&
        (declinedSurnameEnding(stem) || morph::endsWithAny(stem, {u"ұлы", u"улы", u"қызы", u"кызы"}));
}

// "US dollars", "долларов США", "АҚШ доллары": a currency, not the country.
bool Run::namesCurrency(int first, int last, int to) const
{
    const auto dollar = [](const QString &lower) { return lower.startsWith(u"dollar") || lower.startsWith(u"доллар"); };
    return (last + 1 < to && dollar(tok(last + 1).lower)) || (first > 0 && dollar(tok(first - 1).lower));
}

bool Run::isOrgHead(int i)
{
    qint8 &orgHead = known(i).orgHead;
    if (orgHead < 0 && !d.orgHeadStarts.mayBeginKeyOf(tok(i).lower))
        orgHead = 0; // most words: without a look-up of their keys
    if (orgHead < 0) {
        const QStringList &keys = keysOf(i);
        orgHead = std::any_of(keys.cbegin(), keys.cend(), [this](const QString &k) { return d.orgHeads.contains(k); })
            ? 1
            : 0;
    }
    return orgHead;
}

void Run::matchOrgPatterns(int from, int to)
{
    for (int i = from; i < to; ++i) {
        // A sentence adverb or determiner begins no name ("Биылғы жарыстың ұтыс қоры", "The
        // Embassy of …"); a head may, though no person's name starts with it ("Council of …").
        if (!free(i) || !tok(i).word || !tok(i).cap || (stopwordAt(i) && !isOrgHead(i)))
            continue;
        if (isOrgHead(i) && m_language != Language::Kazakh) {
            // Head first: "Ministry of Foreign Affairs of Kenya", "Министерство иностранных дел".
            int last = i;
            int j = i + 1;
            int lowerRun = 0;
            while (j < to && tok(j).word) {
                const Token &t = tok(j);
                if (m_language == Language::English) {
                    if (t.lower == u"of"_w || t.lower == u"for"_w || t.lower == u"and"_w || t.lower == u"the"_w ||
                        t.lower == u"on"_w) {
                        ++j;
                        continue;
                    }
                    if (!t.cap)
                        break;
                } else {
                    if (!t.cap && ++lowerRun > 3)
                        break;
                    // A verb ends the name ("Форум состоялся в ...").
                    if (!t.cap && m_language == Language::Russian && isRussianVerb(j))
                        break;
                    if (t.cap && spanAt(j) < 0 && !t.upper)
                        break;
                }
                last = j;
                ++j;
                if (spanAt(last) >= 0) {
                    last = m_spans[size_t(spanAt(last))].last;
                    j = last + 1;
                }
            }
            // The lower-case words a Russian name may take in ("иностранных дел") can run on into
            // the sentence: "Посольство Казахстана в Финляндии совместно с …", "Ассамблеи глав
            // государств и …". A name never ends in a preposition, conjunction or adverb of that kind.
            while (last > i && spanAt(last) < 0 && !tok(last).cap && isLinkWord(tok(last).lower))
                --last;
            if (last > i) {
                Span span;
                span.first = i;
                span.last = last;
                span.type = EntityType::Org;
                QStringList words;
                for (int k = i; k <= last; ++k) {
                    if (tok(k).word)
                        words.append(tok(k).text);
                }
                span.name = words.join(u' ');
                span.source = Source::OrgPattern;
                for (int k = i; k <= last; ++k)
                    m_owner[size_t(k)] = -1;
                addSpan(span);
                i = last;
                continue;
            }
        }
        // Head last: "Денсаулық сақтау министрлігі", "Nazarbayev University". Russian names put the head
        // first. A word in the locative starts none ("Елордада Дүниежүзілік сауда орталығы").
        const bool locativeStart = m_language == Language::Kazakh && tok(i).word && kazakhLocativeAt(i);
        for (int j = i + 1; j < to && j <= i + 5 && m_language != Language::Russian && !locativeStart; ++j) {
            if (!tok(j).word || (!free(j) && spanAt(j) >= 0 && m_spans[size_t(spanAt(j))].type != EntityType::Country))
                break;
            if (m_language == Language::English && !tok(j).cap)
                break;
            // A word in the locative is no part of a name before its head: "Жастар жылында Білім және
            // ғылым министрлігі" names the ministry after "in the Year of Youth".
            if (m_language == Language::Kazakh && !isOrgHead(j) && kazakhLocativeAt(j))
                break;
            if (!isOrgHead(j))
                continue;
            if (m_language == Language::English && !tok(j).cap)
                break;
            // After a person's name a Kazakh head carries the possessive ("Назарбаев Университеті");
            // a bare one starts the next phrase ("Бердібек Сапарбаев орталық дәрігерлеріне").
            if (m_language == Language::Kazakh && !tok(j).cap && morph::stripKazakhCase(tok(j).lower) == tok(j).lower) {
                bool named = false;
                for (int k = i; k < j; ++k)
                    named = named || (tok(k).cap && (givenAt(k) || surnameAt(k)));
                if (named)
                    break;
            }
            if (m_language == Language::Kazakh && !kazakhHeadFits(j, from))
                break;
            Span span;
            span.first = i;
            span.last = j;
            span.type = EntityType::Org;
            QStringList words;
            for (int k = i; k <= j; ++k)
                words.append(tok(k).text);
            span.name = words.join(u' ');
            if (m_language == Language::Kazakh)
                span.name = words.mid(0, words.size() - 1).join(u' ') + u' ' + morph::stripKazakhCase(words.last());
            span.source = Source::OrgPattern;
            for (int k = i; k <= j; ++k)
                m_owner[size_t(k)] = -1;
            addSpan(span);
            i = j;
            break;
        }
    }
}

void Run::extendTitles(int from, int to)
{
    for (size_t s = 0; s < m_spans.size(); ++s) {
        Span &span = m_spans[s];
        if (span.source != Source::Title || span.dashJoined || span.first < from || span.first >= to)
            continue;
        // Modifiers and owners before the post: "Deputy", "First", "OIC", "Kazakh", "Қазақстан Республикасының".
        int first = span.first;
        while (first - 1 >= from) {
            const int p = first - 1;
            const Token &t = tok(p);
            const int owner = spanAt(p);
            // A name's own full stop is part of it: "U.S. Secretary of State".
            if (!t.word && (owner < 0 || m_spans[size_t(owner)].last != p || m_spans[size_t(owner)].first == p))
                break;
            if (owner >= 0 && m_language != Language::Russian &&
                (m_spans[size_t(owner)].type == EntityType::Org || m_spans[size_t(owner)].type == EntityType::Country ||
                 m_spans[size_t(owner)].source == Source::Title)) {
                first = m_spans[size_t(owner)].first;
                continue;
            }
            static const text::WordSet modifiers = {
                QStringLiteral("deputy"),    QStringLiteral("first"),     QStringLiteral("vice"),
                QStringLiteral("acting"),    QStringLiteral("former"),    QStringLiteral("senior"),
                QStringLiteral("chief"),     QStringLiteral("executive"), QStringLiteral("foreign"),
                QStringLiteral("первый"),    QStringLiteral("бывший"),    QStringLiteral("бірінші"),
                QStringLiteral("assistant"),
            };
            const bool demonym = !demonymAt(p).isEmpty();
            if (owner < 0 && (modifiers.contains(t.lower) || demonym || (t.upper && m_language == Language::English))) {
                --first;
                continue;
            }
            break;
        }
        // Complements after the post.
        int last = span.last;
        int postEnd = span.last; // of the post's last title, which the complements follow
        int j = last + 1;
        while (j < to) {
            const Token &t = tok(j);
            if (isDash(t.text) && j + 1 < to && spanAt(j + 1) >= 0 &&
                m_spans[size_t(spanAt(j + 1))].source == Source::Title) {
                // "Deputy Prime Minister - Minister of Foreign Affairs": one post, whose second part
                // is not extended again on its own (see addDashedPosts()).
                m_spans[size_t(spanAt(j + 1))].dashJoined = true;
                last = m_spans[size_t(spanAt(j + 1))].last;
                postEnd = last;
                j = last + 1;
                continue;
            }
            if (!t.word)
                break;
            if (complementWords().contains(t.lower)) {
                int k = j + 1;
                if (k < to && (tok(k).lower == u"the"_w))
                    ++k;
                if (k >= to || !tok(k).word)
                    break;
                const int owner = spanAt(k);
                if (owner >= 0 && m_spans[size_t(owner)].source != Source::Title &&
                    m_spans[size_t(owner)].type != EntityType::Person) {
                    last = m_spans[size_t(owner)].last;
                    j = last + 1;
                    // "to the UN Office in Nairobi", "of the UN Children's Fund": institution words
                    // after the entity, or an organisation's name the patterns found.
                    // "of the United Nations (UN)": the acronym in brackets is the name's again.
                    if (j + 2 < to && tok(j).punct == u'(' && tok(j + 1).upper && tok(j + 2).punct == u')') {
                        last = j + 2;
                        j += 3;
                    }
                    while (j < to && tok(j).word && tok(j).cap) {
                        const int next = spanAt(j);
                        if (next < 0 && orgWords().contains(tok(j).lower)) {
                            last = j++;
                        } else if (next >= 0 && m_spans[size_t(next)].first == j &&
                                   m_spans[size_t(next)].source == Source::OrgPattern) {
                            last = m_spans[size_t(next)].last;
                            j = last + 1;
                        } else {
                            break;
                        }
                    }
                    continue;
                }
                // "of Personnel Management", "по вопросам изменения климата"
                int m = k;
                while (m < to && tok(m).word && spanAt(m) < 0 &&
                       (orgWords().contains(tok(m).lower) || (!tok(m).cap && m_language != Language::English) ||
                        (tok(m).lower == u"and"_w && m + 1 < to && orgWords().contains(tok(m + 1).lower))))
                    ++m;
                if (m == k)
                    break;
                last = m - 1;
                j = m;
                continue;
            }
            if (m_language != Language::English) {
                // Genitive complements in Russian: "министр иностранных дел", "мэр Марибора".
                const int owner = spanAt(j);
                if (owner >= 0 && m_spans[size_t(owner)].type != EntityType::Person &&
                    m_spans[size_t(owner)].source != Source::Title) {
                    last = m_spans[size_t(owner)].last;
                    j = last + 1;
                    continue;
                }
                // A verb ends the post, whatever its ending ("Министр встретился", "посол провела").
                if (owner < 0 && !t.cap && m_language == Language::Russian && t.text.size() >= 3 &&
                    genitiveEnding(t.lower) && j - postEnd <= 4 && !isRussianVerb(j)) {
                    last = j;
                    ++j;
                    continue;
                }
            } else if (t.lower == u"and"_w && j + 1 < to && orgWords().contains(tok(j + 1).lower)) {
                int m = j + 1;
                while (m < to && tok(m).word && spanAt(m) < 0 && orgWords().contains(tok(m).lower))
                    ++m;
                last = m - 1;
                j = m;
                continue;
            }
            break;
        }
        for (int k = first; k <= last; ++k)
            m_owner[size_t(k)] = int(s);
        span.first = first;
        span.last = last;
    }
}

// A table of answers that follow from the extractor's data, one per thread and Tag: emptied when
// another EntityData asks (each keeps its own lists).
template<typename Tag, typename Value, qsizetype Capacity = 200000>
text::WordMemo<Value> &answersOf(const EntityData &d)
{
    thread_local text::WordMemo<Value> known(Capacity);
    thread_local const EntityData *owner = nullptr;
    if (owner != &d) {
        known = text::WordMemo<Value>(Capacity);
        owner = &d;
    }
    return known;
}

// The second level behind answersOf() (see text::SharedAnswers), for the data every extractor
// shares: nullptr for any other EntityData, whose answers stay on their thread.
template<typename Tag, typename Value>
text::SharedAnswers<Value> *sharedAnswersOf(const EntityData &d)
{
    static text::SharedAnswers<Value> everyThread;
    static const EntityData *const shared = EntityData::instance().get();
    return &d == shared ? &everyThread : nullptr;
}

// answersOf()'s answer for key, from any thread's when this one has none yet.
template<typename Tag, typename Value, qsizetype Capacity = 200000, typename Compute>
Value rememberedAnswer(const EntityData &d, const QString &key, Compute compute)
{
    text::WordMemo<Value> &known = answersOf<Tag, Value, Capacity>(d);
    if (text::SharedAnswers<Value> *shared = sharedAnswersOf<Tag, Value>(d))
        return known.get(key, *shared, compute);
    return known.get(key, compute);
}

// The nominative russianNominative() reads one word as, remembered per thread: names recur.
QString singleNominative(const QString &word, const EntityData &d)
{
    return rememberedAnswer<struct OneWordNominatives, QString>(
        d, word, [&] { return morph::russianNominative({word}, genderLookup, &d).words.value(0); });
}

// russianNominative() of a whole name, remembered per thread: the same people are named article
// after article, and reading a name's case costs tens of thousands of instructions.
morph::RussianName nominativeName(const QStringList &words, const EntityData &d)
{
    return rememberedAnswer<struct NameNominatives, morph::RussianName, 100000>(d, words.join(u'\x1f'), [&] {
        morph::RussianName name = morph::russianNominative(words, genderLookup, &d);
        for (QString &word : name.words)
            word = text::ownedCopy(word); // kept past the article the words were cut from
        return name;
    });
}

bool Run::isGivenName(const QString &word) const
{
    // Asked for every capitalised word, often more than once: remember the answer per thread
    // and language (only Kazakh reads it differently), in a table for Kazakh and one for the rest so
    // that the word itself is the key and no key string is built. A new word costs thousands of
    // instructions (a Russian one its nominative and stem): shared with the other threads.
    const auto compute = [&] {
        const QString lower = morph::foldCase(word);
        if (d.givenNames.contains(lower))
            return true;
        if (m_language == Language::Kazakh) {
            const QString stem = morph::stripKazakhCase(lower);
            if (d.givenNames.contains(stem))
                return true;
            // Through the letter fold only a word that is no common word too ("Нұрболат" as
            // Нурболат, not "Сары" as Сары).
            if ((d.kazakhGivenKeys.contains(morph::foldKazakhLetters(lower)) ||
                 d.kazakhGivenKeys.contains(morph::foldKazakhLetters(stem))) &&
                !detail::KazakhLexicon::instance().isCommonWord(lower))
                return true;
        }
        // Russian declension only where Russian grammar applies: Kazakh endings are stripped above.
        if (m_language != Language::Kazakh && morph::isCyrillic(lower)) {
            if (d.givenNames.contains(morph::foldCase(singleNominative(word, d))))
                return true;
            return d.givenNameStems.contains(morph::stemKey(lower, QStringLiteral("ru")));
        }
        return false;
    };
    return m_language == Language::Kazakh ? rememberedAnswer<struct KazakhGivenNames, bool>(d, word, compute)
                                          : rememberedAnswer<struct GivenNames, bool>(d, word, compute);
}

QString Run::personName(int first, int last, Span *span) const
{
    QStringList words;
    QString pendingInitial;
    for (int i = first; i <= last; ++i) {
        const Token &t = tok(i);
        if (!t.word)
            continue;
        if (isInitial(m_tokens, i)) {
            words.append(t.text + u'.');
            continue;
        }
        words.append(t.text);
    }
    // Initials stay as written; only full words decline.
    QStringList full;
    QList<int> fullIndex;
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (!words.at(k).endsWith(u'.')) {
            full.append(words.at(k));
            fullIndex.append(int(k));
        }
    }
    if (m_language == Language::Russian || (morph::isCyrillic(full.value(0)) && m_language != Language::Kazakh)) {
        const morph::RussianName n = nominativeName(full, d);
        for (qsizetype k = 0; k < fullIndex.size(); ++k)
            words[fullIndex.at(k)] = n.words.at(k);
        span->grammaticalCase = n.grammaticalCase;
        span->declined = n.declined;
    } else if (m_language == Language::Kazakh) {
        if (!fullIndex.isEmpty()) {
            const int k = fullIndex.last();
            const QString stripped = kazakhNameNominative(words.at(k));
            span->declined = stripped != words.at(k);
            words[k] = stripped;
        }
    } else if (!words.isEmpty()) {
        words.last() = morph::stripEnglishPossessive(words.last());
    }
    return words.join(u' ');
}

QString Run::kazakhNameNominative(const QString &word) const
{
    const QString stripped = morph::stripKazakhCase(word);
    if (stripped == word)
        return word;
    // Many Kazakh names end as an accusative would: "Мұхтар Тілеуберді", "Дархан Сатыбалды", built
    // on a verb's past (-берді "gave", -алды "took", -болды "became"). A listed name keeps its
    // ending; a stem that is a name or a surname loses it ("Ерболды" → Ербол, "Тоқаевты" →
    // Тоқаев); of the rest, one built on such a verb keeps it, and a foreign name in the
    // accusative ("Юрген Хоффманды") loses it.
    const QString lower = morph::foldCase(word);
    if (d.givenNames.contains(lower) || d.kazakhGivenKeys.contains(morph::foldKazakhLetters(lower)))
        return word;
    if (isGivenName(stripped) || surnameEnding(stripped))
        return stripped;
    static const char16_t *const verbNames[] = {u"берді", u"алды", u"болды", u"келді", u"қалды", u"тұрды"};
    const bool builtOnVerb = lower.size() >= 6 &&
        std::any_of(std::begin(verbNames), std::end(verbNames),
                    [&lower](const char16_t *e) { return lower.endsWith(QStringView(e)); });
    return builtOnVerb && stripped.size() + 2 == word.size() ? word : stripped;
}

bool Run::isSettlementNoun(int first) const
{
    static const text::WordSet nouns = {
        QStringLiteral("village"), QStringLiteral("town"),      QStringLiteral("city"),    QStringLiteral("district"),
        QStringLiteral("село"),    QStringLiteral("села"),      QStringLiteral("селе"),    QStringLiteral("селом"),
        QStringLiteral("поселок"), QStringLiteral("поселка"),   QStringLiteral("поселке"), QStringLiteral("посёлок"),
        QStringLiteral("посёлка"), QStringLiteral("посёлке"),   QStringLiteral("аул"),     QStringLiteral("аула"),
        QStringLiteral("ауле"),    QStringLiteral("город"),     QStringLiteral("города"),  QStringLiteral("городе"),
        QStringLiteral("районе"),  QStringLiteral("района"),    QStringLiteral("станции"), QStringLiteral("улице"),
        QStringLiteral("улица"),   QStringLiteral("проспекте"),
    };
    int k = first - 1;
    if (k >= 1 && tok(k).lower == u"of"_w)
        --k; // "the village of Bestau"
    return nouns.contains(tok(k).lower);
}

// What surrounds a name: a post or an honorific before it ("посол X", "Minister, X").
bool Run::roleBefore(int first, int from) const
{
    const int before = first - 1;
    if (before < from)
        return false;
    const int beforeSpan = spanAt(before);
    // "the President's Address": a post's possessive owns a thing, it does not name a person.
    if (beforeSpan >= 0 && m_spans[size_t(beforeSpan)].source == Source::Title)
        return !isPossessive(tok(before).text);
    if (beforeSpan >= 0 && listPost(beforeSpan, from) >= 0)
        return true;
    if (tok(before).punct == u',' && spanAt(before - 1) >= 0 &&
        m_spans[size_t(spanAt(before - 1))].source == Source::Title)
        return true;
    return honorifics().contains(tok(before).lower);
}

int Run::listPost(int country, int from) const
{
    if (m_language == Language::Kazakh || m_spans[size_t(country)].type != EntityType::Country)
        return -1;
    int k = m_spans[size_t(country)].first - 1;
    for (int items = 0; items < 8; ++items) {
        // ", ", " and ", " и " or ", and " between the items.
        int separators = 0;
        while (k >= from && (tok(k).punct == u',' || isConjunction(tok(k).lower))) {
            --k;
            ++separators;
        }
        const int person = spanAt(k);
        if (separators == 0 || separators > 2 || k < from || person < 0 ||
            m_spans[size_t(person)].type != EntityType::Person || m_spans[size_t(person)].last != k)
            return -1;
        const int before = spanAt(m_spans[size_t(person)].first - 1);
        if (m_spans[size_t(person)].first - 1 < from || before < 0)
            return -1;
        if (m_spans[size_t(before)].source == Source::Title)
            return before;
        if (m_spans[size_t(before)].type != EntityType::Country)
            return -1;
        k = m_spans[size_t(before)].first - 1;
    }
    return -1;
}

// ", post" after a name.
bool Run::roleAfter(int last, int to) const
{
    return last + 2 < to && tok(last + 1).punct == u',' && spanAt(last + 2) >= 0 &&
        m_spans[size_t(spanAt(last + 2))].source == Source::Title;
}

quint8 Run::russianClass(int i)
{
    // The bits follow from the word as written: a word already judged in an earlier article costs
    // no look-up in the dictionary, the given names and the rest.
    qint16 &cached = known(i).russianClass;
    if (cached >= 0)
        return quint8(cached);
    const Token &t = tok(i);
    quint8 bits = 0;
    if (morph::isCyrillic(t.text)) {
        // A hyphenated name is judged by its parts: "Немировича-Данченко", "Жан-Мари".
        const qsizetype dash = t.text.indexOf(u'-');
        if (dash > 0) {
            const quint8 head = m_lexicon.classify(QStringView(t.text).left(dash));
            const quint8 tail = m_lexicon.classify(QStringView(t.text).mid(dash + 1));
            bits = head & tail & detail::lex::Common
                ? quint8(detail::lex::Common | detail::lex::Known)
                : quint8((head | tail) & ~(detail::lex::Common | detail::lex::Adjective | detail::lex::Verb));
        } else {
            bits = m_lexicon.classify(t.text);
        }
    }
    if (givenAt(i))
        bits |= detail::lex::Given;
    if (t.text.size() > 5 && patronymicEnding(t.lower))
        bits |= detail::lex::Patronymic;
    cached = bits;
    return bits;
}

// A Russian run of capitalised words judged with the dictionary: common words trimmed from its
// edges ("Скульптор Георгий Франгулян", "Смерть Егора"), a place or organisation in the genitive
// before a given name left out ("Приморья Сергей Дарькин"), then kept when its words are names.
bool Run::russianName(int from, int to, int *firstOut, int *lastOut)
{
    using namespace detail::lex;
    auto nameLike = [](quint8 c) { return (c & (Given | Patronymic | Surname)) != 0; };
    auto commonOnly = [&](quint8 c) { return (c & Common) && !nameLike(c); };
    QList<int> words;
    for (int k = *firstOut; k <= *lastOut; ++k) {
        if (tok(k).word && !nameParticles().contains(tok(k).lower))
            words.append(k);
    }
    auto cls = [&](qsizetype w) {
        return isInitial(m_tokens, words.at(w)) ? quint8(Given) : russianClass(words.at(w));
    };
    // Right after a post or an honorific the words are the person's name even when the first reads
    // as a common word too ("министром Эстонии Калле Ребане": Калле as in калла).
    const bool afterRole = !words.isEmpty() && roleBefore(words.first(), from);
    // Inside a sentence a capitalised word before an unknown one is a foreign given name even when
    // it reads as a common word too ("Николя Саркози", "Крис Хелмбрехт"); at the start of one the
    // capital proves nothing ("Вчера Саркози").
    auto foreignGiven = [&] {
        return words.size() == 2 && words.first() > from && !(cls(0) & Adjective) && !(cls(1) & Known) &&
            morph::isCyrillic(tok(words.at(1)).text) && !isInitial(m_tokens, words.first());
    };
    while (!words.isEmpty() && commonOnly(cls(0)) && !(afterRole && words.size() >= 2) && !foreignGiven())
        words.removeFirst();
    const bool keptForeignGiven = !words.isEmpty() && commonOnly(cls(0)) && foreignGiven();
    // Only a word the dictionary knows is cut off: an unknown one before a "given name" is a
    // foreign given name itself ("Гордон Браун", Браун being a given name too).
    if (words.size() >= 2 && !(cls(0) & (Given | Patronymic)) && (cls(0) & Known) && (cls(1) & Given) &&
        !isInitial(m_tokens, words.at(0))) {
        const bool surnameFirst =
            ((cls(0) & Surname) || surnameAt(words.at(0))) && words.size() >= 3 && (cls(2) & Patronymic);
        if (!surnameFirst)
            words.removeFirst();
    }
    // An organisation or place in the genitive before a given name and surname ("Минкомсвязи
    // Игоря Щеголёва"): a Russian name has no third part before the given name, except in the
    // surname-first order, which a patronymic closes.
    // Korean and Chinese names of short syllables ("Хван Чжан Еп") keep all their parts.
    if (words.size() >= 3 && tok(words.at(0)).text.size() > 4 && !(cls(0) & (Given | Patronymic | Surname)) &&
        (cls(1) & Given) && !(cls(2) & Patronymic) && !(cls(2) & Given))
        words.removeFirst();
    // A place before a full name ("Аризона Гэбриэль Гиффордс", "Челси Фрэнк Лэмпард") is its own.
    if (words.size() >= 3 && !isInitial(m_tokens, words.at(0)) && (cls(0) & Proper) &&
        !(cls(0) & (Given | Patronymic | Surname)) && !(cls(1) & Patronymic))
        words.removeFirst();
    // A common word inside the run ends it after another common word; after a name or an unknown
    // word it is a surname that happens to be a word too ("Оливер Кан", "Дик Адвокат", "Тоомасом
    // Тирсом"). An adjective ends it ("Иваном Грозным") unless, after a given name, it has a
    // surname's shape in any case: Russian surnames in -ов/-ев/-ин/-ский decline like adjectives
    // ("Сергеем Лавровым", "Анной Орловской").
    auto adjective = [&](qsizetype w) {
        const quint8 c = cls(w);
        if (!(c & Adjective))
            return false;
        const bool afterGiven = (cls(w - 1) & (Given | Patronymic)) && !isInitial(m_tokens, words.at(w - 1));
        // Surnames in -ых/-их never decline ("Сергей Искусных", "Анна Черных").
        const QString &lower = tok(words.at(w)).lower;
        const bool frozenSurname = lower.size() >= 6 && (lower.endsWith(u"ых") || lower.endsWith(u"их"));
        return !(afterGiven && (declinedSurnameEnding(lower) || frozenSurname));
    };
    for (qsizetype w = 1; w < words.size(); ++w) {
        if (commonOnly(cls(w)) && (commonOnly(cls(w - 1)) || isInitial(m_tokens, words.at(w - 1)) || adjective(w))) {
            words.resize(w);
            break;
        }
    }
    // Two names in a row, the first in the instrumental: "встречи с послом Мохаммедом Алашаби
    // Гульшара Абдыкаликова отметила", "с послом Пабло Рохасом Айбек Нурланов отметил" is a
    // counterpart, then the side that met.
    const auto instrumental = [this](int k) {
        return morph::endsWithAny(tok(k).lower, {u"ом", u"ем", u"ём", u"ой", u"ей"});
    };
    const auto given = [&](qsizetype w) { return (cls(w) & Given) || givenAt(words.at(w)); };
    if (words.size() == 4 && (instrumental(words.at(1)) || (given(0) && instrumental(words.at(0)))) &&
        (given(2) || surnameAt(words.at(3))) && !instrumental(words.at(2)) && !instrumental(words.at(3))) {
        m_resumeAt = words.at(2); // the second name is read as a run of its own
        words.resize(2);
    }
    if (words.isEmpty() || words.size() > 4)
        return false;
    int first = words.first();
    const int last = words.last() + (isInitial(m_tokens, words.last()) ? 1 : 0);
    // Initials before the name ("В. Путин", "А.Шокыбаев").
    while (first - 2 >= from && tok(first - 1).punct == u'.' && isInitial(m_tokens, first - 2) && free(first - 2))
        first -= 2;
    *firstOut = first;
    *lastOut = last;
    bool initial = first != words.first(), anyName = false, anyCommon = false;
    int unknown = 0;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const quint8 c = cls(w);
        initial = initial || isInitial(m_tokens, words.at(w));
        anyName = anyName || nameLike(c) || surnameAt(words.at(w));
        anyCommon = anyCommon || commonOnly(c);
        if (!(c & Known) && morph::isCyrillic(tok(words.at(w)).text))
            ++unknown;
    }
    const bool role = roleBefore(first, from) || roleAfter(last, to);
    int latin = 0;
    for (const int k : std::as_const(words))
        latin += morph::isCyrillic(tok(k).text) ? 0 : 1;
    if (latin == words.size()) {
        // A Latin spelling in brackets after a name: "Скотт Хоровитц (Scott Horowitz)".
        const bool bracketed = first - 2 >= from && tok(first - 1).punct == u'(' && spanAt(first - 2) >= 0 &&
            m_spans[size_t(spanAt(first - 2))].type == EntityType::Person;
        return (words.size() >= 2 && words.size() <= 3 && (bracketed || (cls(0) & Given))) ||
            (bracketed && words.size() == 1);
    }
    // Initials alone name no one: an author's mark ("– В.Л.)").
    if (onlyInitials(m_tokens, words))
        return false;
    // "Штаерской торгово-промышленной палаты", "Алматинского областного акимата": a word in -ский
    // before a lower-case adjective is a place's adjective, not a surname. "Орловская отметила":
    // a verb follows a surname.
    if (words.size() == 1 && !initial && last + 1 < to && tok(last + 1).word && !tok(last + 1).cap &&
        russianAdjectiveInSk(tok(last).lower) && russianAdjectiveEnding(tok(last + 1).lower))
        return false;
    if (words.size() >= 2)
        return anyName || initial || role || (unknown >= 1 && (!anyCommon || keptForeignGiven));
    const quint8 c = cls(0);
    const Token &t = tok(words.first());
    if (initial)
        return !anyCommon;
    if (c & Given)
        return !((c & Common) && first == from);
    if (anyCommon)
        return false;
    if (c & (Surname | Patronymic))
        return true;
    if (surnameAt(words.first()) && !(c & Proper) && t.text.size() >= 5 && !t.text.contains(u'-'))
        return true;
    return role && !orgWords().contains(t.lower) && !stopwordAt(words.first());
}

// Kazakh runs: a word before a given name that is no surname ("Елбасы Нұрсұлтан Назарбаев",
// "Биыл Жданов") is left out; a name before "атындағы" or "көшесі" names a street or a school, not
// a person; a one-word "surname" must be a real Russian-style one (not "Қорытынды").
void Run::kazakhName(int from, int to, int *first, int *last, int *nameWords, bool *given, bool *surname)
{
    auto next = [&](int k) { return k + 1 < to ? tok(k + 1).lower : QString(); };
    if (*nameWords >= 2 && tok(*first).word && !givenAt(*first) && *first + 1 <= *last && tok(*first + 1).word &&
        givenAt(*first + 1) && !(surnameAt(*first) && *first > from)) {
        *first += 1;
        *nameWords -= 1;
    }
    // The place noun carries the possessive or the case it names ("Абай көшесі", "Жданов ауылына");
    // a bare "облыс" after a name starts a new phrase ("Тоқаев облыс басшылығына").
    // Compared as prefixes, not with a regular expression: asked after nearly every Kazakh name.
    static const std::array<QStringView, 18> namedAfter = {
        u"атында", u"көшес",  u"даңғыл", u"ауылы",  u"ауылд",  u"ауылн",       u"аулы",   u"аулд",      u"аулн",
        u"ауданы", u"ауданд", u"қалас",  u"облысы", u"облыст", u"университет", u"мектеб", u"ауруханас", u"орталығ"};
    const QString after = next(*last);
    if (std::any_of(namedAfter.cbegin(), namedAfter.cend(),
                    [&after](QStringView prefix) { return after.startsWith(prefix); })) {
        *nameWords = 0;
        return;
    }
    *given = false;
    *surname = false;
    for (int k = *first; k <= *last; ++k) {
        if (!tok(k).word || isInitial(m_tokens, k))
            continue;
        if (givenAt(k))
            *given = true;
        else if (surnameAt(k))
            *surname = true;
    }
    if (*nameWords == 1 && *surname) {
        // A sentence opens with a capital either way: there only the Russian-style endings that
        // no Kazakh word has (-ов, -ев, -ова, -ева) make a surname.
        const QString bare = morph::stripKazakhCase(tok(*first).lower);
        const bool strong =
            bare.endsWith(u"ов") || bare.endsWith(u"ев") || bare.endsWith(u"ова") || bare.endsWith(u"ева");
        if ((*first == from && !strong) || bare.endsWith(u"ын") || bare.endsWith(u"ін") || bare.endsWith(u"ына"))
            *surname = false;
    }
}

// A given name opening a sentence is capitalised either way: it is a name only when it is no
// common word too (Гүлжан, Нұрболат; not Толқын "wave" or Азамат "citizen"). Without the word
// list every given name there is taken.
// A capitalised Kazakh word that is a common word and no name: a sentence's first word, or one
// written with a capital inside a longer name ("Тұңғыш", "Елбасы", "Тәуелсіздіктің").
bool Run::kazakhCommonWord(int i) const
{
    const Token &t = tok(i);
    return t.word && kazakhCommonAt(i) && !givenAt(i) && !surnameAt(i);
}

// A capitalised common word before a given name, alone or with more such words between
// ("Басшылық Қазыбек", "Тұңғыш Президентіміз Нұрсұлтан"). The word list also holds many names
// in lower case (шыңғыс, төлеген, сайлау), so a common word counts as no name only when a given
// name follows it.
bool Run::kazakhWordBeforeName(int i, int to) const
{
    int k = i;
    while (k < to && tok(k).word && tok(k).cap && kazakhCommonWord(k))
        ++k;
    return k > i && k < to && tok(k).word && tok(k).cap && givenAt(k);
}

// Whether a typographic quotation opened before token i, within its sentence, is still open.
bool Run::insideQuotation(int i, int from) const
{
    for (int k = i - 1; k >= from; --k) {
        const QString &t = tok(k).text;
        if (t == u"»"_w || t == u"”"_w)
            return false;
        // A title opens a few words before its capitals («Абай жолы», «Жаңа Қазақстан» бағдарламасы);
        // further on the quotation is speech, whose names are names («Тарап бастамасы бойынша
        // министр Мұхтар Тілеуберді …»).
        if (isOpeningQuote(t))
            return i - k <= 3;
    }
    return false;
}

// Two capitalised words neither of which Kazakh knows as a word, list or gazetteer entry: a
// name the lists lack ("Ерболан Сейдазым"), even at the start of a sentence.
bool Run::unknownKazakhPair(int first, int last) const
{
    int words = 0;
    for (int k = first; k <= last; ++k) {
        const Token &t = tok(k);
        if (!t.word)
            continue;
        ++words;
        if (!t.cap || !morph::isCyrillic(t.text) || t.text.size() < 3 || stopwordAt(k) ||
            orgWords().contains(t.lower) || kazakhCommonAt(k))
            return false;
        // Plurals and the endings of abstract nouns and adjectives make no name ("Министрлер",
        // "Президенттік", "Корольдігі"), even when the word list lacks the stem.
        static const QRegularExpression notAName(QStringLiteral(
            "(?:лар|лер|дар|дер|тар|тер|тік|дік|лық|лік|тық|дық|ғы|гі|қы|кі)(?:ы|і|сы|сі|ның|нің|на|не)?$"));
        if (notAName.match(morph::stripKazakhCase(t.lower)).hasMatch())
            return false;
    }
    return words == 2;
}

// Someone spoken to: "Зейін, сіз эфирдесіз", "Рақмет, Зейін." A capitalised word alone before a
// comma in a sentence that speaks to "сіз"/"сен", or between a comma and the sentence's end.
bool Run::kazakhVocative(int i, int from, int to) const
{
    const Token &t = tok(i);
    if (!t.cap || !morph::isCyrillic(t.text) || stopwordAt(i) || !free(i))
        return false;
    const bool before = i + 1 < to && tok(i + 1).punct == u',';
    const bool closing = i > from && tok(i - 1).punct == u',' &&
        (i + 1 == to || tok(i + 1).punct == u'.' || tok(i + 1).punct == u'!' || tok(i + 1).punct == u'?');
    int commas = 0;
    for (int k = from; k < to; ++k)
        commas += tok(k).punct == u',' ? 1 : 0;
    if (closing)
        return commas == 1; // not the last item of a list ("Трабзон, Гиресун.")
    // At the start, a word Kazakh knows is a discourse word ("Демек, сіздің…") unless it is a name.
    if (!before || i != from || (kazakhCommonAt(i) && !givenAt(i)))
        return false;
    for (int k = i + 2; k < to; ++k) {
        const QString &w = tok(k).lower;
        if (w.startsWith(u"сіз") || w.startsWith(u"сен") || w.startsWith(u"саған") || w.startsWith(u"сәлем") ||
            w == u"рақмет"_w || w.endsWith(u"сіз") || w.endsWith(u"сыз"))
            return true;
    }
    return false;
}

bool Run::sentenceInitialKazakhName(int i) const
{
    return !stopwordAt(i) && !kazakhCommonAt(i);
}

void Run::findPeople(int from, int to)
{
    int i = from;
    while (i < to) {
        const Token &t = tok(i);
        const bool startsName = t.word && t.cap && free(i) && !t.acronymic && !t.text.at(0).isDigit();
        if (!startsName) {
            ++i;
            continue;
        }
        // Collect the run: capitalised words, initials with their dots, particles between them.
        int last = i;
        int j = i;
        int words = 0;
        while (j < to) {
            const Token &c = tok(j);
            // A name keeps to one script: "Regnum Минченко" is an outlet and a surname.
            if (c.word && c.cap && free(j) && !c.acronymic && !c.text.at(0).isDigit() &&
                morph::isCyrillic(c.text) == morph::isCyrillic(t.text)) {
                // An initial is none: "George A. Krol".
                if (stopwordAt(j) && j > i && !isInitial(m_tokens, j))
                    break;
                // "Майя Косьянчичтің Елбасы Нұрсұлтан Назарбаев": a common word parts two names.
                if (m_language == Language::Kazakh && j > i && kazakhWordBeforeName(j, to))
                    break;
                last = j;
                ++words;
                if (isInitial(m_tokens, j)) {
                    last = j + 1;
                    j += 2;
                    continue;
                }
                ++j;
                continue;
            }
            if (c.word && !c.cap && free(j) && nameParticles().contains(c.lower) && j + 1 < to && tok(j + 1).cap &&
                free(j + 1)) {
                ++j;
                continue;
            }
            break;
        }
        // Two names side by side ("Данияр Темиров Пабло Рохаспен"): end the run before a given name
        // that follows a surname.
        // In Kazakh two surnames do too, the second declined: "Тоқаев Путинмен кездесті". The first
        // only with an ending no given name has ("Катажина Вишневскаямен" is one woman).
        const auto strongSurname = [](const QString &lower) {
            return morph::endsWithAny(lower,
                                      {u"ов", u"ев", u"ёв", u"ова", u"ева", u"ёва", u"ский", u"ская", u"цкий", u"цкая",
                                       u"енко", u"дзе", u"швили"});
        };
        const auto twoSurnames = [&](int k) {
            return m_language == Language::Kazakh && strongSurname(tok(k - 1).lower) && surnameAt(k) && !givenAt(k) &&
                !givenAt(k - 1) && morph::stripKazakhCase(tok(k).lower) != tok(k).lower;
        };
        // Before a given name that a name of its own follows ("Pablo Rojas Martín" is one man), the
        // run parts also after a surname that looks like none the rules know: when no word before
        // is a given name ("Project Manager Adem Bilgin": a post, then the name), or in Kazakh when
        // the second name is declined ("Пабло Рохас Айбек Нұрлановпен"). Never otherwise, since a
        // chain of given names is one Arab name ("Khalid Amer Mohamed Al-Mansouri").
        const auto nameAfter = [&](int k) { return k + 1 <= last && tok(k + 1).word && !givenAt(k + 1); };
        const auto secondName = [&](int k) {
            if (!nameAfter(k))
                return false;
            bool givenBefore = false;
            for (int m = i; m < k; ++m)
                givenBefore = givenBefore || (tok(m).word && givenAt(m));
            return !givenBefore ||
                (m_language == Language::Kazakh && morph::stripKazakhCase(tok(last).lower) != tok(last).lower);
        };
        for (int k = i + 1; k <= last; ++k) {
            if (tok(k).word && tok(k - 1).word &&
                ((k >= i + 2 && givenAt(k) && !givenAt(k - 1) && (surnameAt(k - 1) || secondName(k))) ||
                 twoSurnames(k))) {
                words -= 0;
                last = k - 1;
                j = k;
                words = 0;
                for (int m = i; m <= last; ++m)
                    words += tok(m).word ? 1 : 0;
                break;
            }
        }
        int first = i;
        // A sentence-initial function word is no name; in Kazakh neither is a common word before
        // one ("Биыл Жданов", "Тұңғыш Президентіміз Нұрсұлтан Назарбаев").
        while (first <= last && tok(first).word && !isInitial(m_tokens, first) &&
               (stopwordAt(first) || (m_language == Language::Kazakh && kazakhWordBeforeName(first, last + 1))))
            first += 1;
        // A sentence may open with a common noun before a full name ("Ақын Маралтай Ыбраев"); a
        // patronymic after it shows the noun is the given name ("Мөлдір Сапарқызы …").
        if (m_language == Language::Kazakh && first == from && last - first >= 2 && kazakhCommonWord(first) &&
            tok(first + 1).word && !patronymicEnding(tok(first + 1).lower) && !tok(first + 1).lower.contains(u"ұлы") &&
            !tok(first + 1).lower.contains(u"қызы"))
            first += 1;
        // A capitalised run inside a quotation names a work, a brand or a programme («Абай жолы»,
        // «Астана Медиа Уик»).
        // Russian and English quote whole speeches, so there only a run opening the quotation counts.
        if (m_language == Language::Kazakh ? insideQuotation(first, from)
                                           : first > from && isOpeningQuote(tok(first - 1).text)) {
            i = j > i ? j : i + 1;
            continue;
        }
        if (first > last || !tok(first).word) {
            i = j > i ? j : i + 1;
            continue;
        }
        // "H.E. Kassym-Jomart Tokayev": His Excellency is a form of address, not initials.
        if (m_language == Language::English && first + 4 <= last && tok(first).text == u"H"_w &&
            tok(first + 1).punct == u'.' && tok(first + 2).text == u"E"_w && tok(first + 3).punct == u'.')
            first += 4;
        // "Kenyan Trade Secretary Peter Kamau": a nationality and the words before a post are the
        // post's, not a name.
        if (m_language == Language::English && d.demonyms.contains(tok(first).lower)) {
            bool anyGiven = false;
            for (int k = first; k <= last; ++k)
                anyGiven = anyGiven || (tok(k).word && givenAt(k));
            const int after = spanAt(last + 1);
            if (!anyGiven && after >= 0 && m_spans[size_t(after)].source == Source::Title) {
                i = j > i ? j : i + 1;
                continue;
            }
        }
        // "в селе Жанаозек", "the village of Bestau": a settlement's name, not a person's.
        if (first > from && isSettlementNoun(first)) {
            i = j > i ? j : i + 1;
            continue;
        }
        // "the Kenyan side": a country's adjective is no one's name, whatever its ending.
        if (first == last && tok(first).word && !demonymAt(first).isEmpty()) {
            i = j > i ? j : i + 1;
            continue;
        }
        bool person = false;
        if (m_language == Language::Russian && m_lexicon.isLoaded()) {
            m_resumeAt = -1;
            person = russianName(from, to, &first, &last);
        } else {
            // Up to five words make a name; longer runs are titles of documents or events.
            int nameWords = 0;
            for (int k = first; k <= last; ++k)
                nameWords += tok(k).word ? 1 : 0;
            QList<int> wordIdx;
            for (int k = first; k <= last; ++k) {
                if (tok(k).word)
                    wordIdx.append(k);
            }
            bool given = false, surname = false, initial = false;
            for (const int k : std::as_const(wordIdx)) {
                if (isInitial(m_tokens, k))
                    initial = true;
                else if (givenAt(k))
                    given = true;
                else if (surnameAt(k))
                    surname = true;
            }
            const bool afterRole = roleBefore(first, from);
            const bool apposition = roleAfter(last, to);
            if (m_language == Language::Kazakh)
                kazakhName(from, to, &first, &last, &nameWords, &given, &surname);
            if (nameWords >= 2 && nameWords <= 5)
                person = given || surname || initial || afterRole || apposition ||
                    (m_language == Language::Kazakh && nameWords == 2 && unknownKazakhPair(first, last));
            else if (nameWords == 1 && m_language == Language::Kazakh && given && first > from)
                person = true; // "Азамат пен Динара": a given name alone, capitalised mid-sentence
            else if (nameWords == 1 && m_language == Language::Kazakh && given)
                person = sentenceInitialKazakhName(first); // "Гүлжан, сіз эфирдесіз", not "Толқын ..."
            else if (nameWords == 1)
                person = (afterRole && !orgWords().contains(tok(first).lower) && !stopwordAt(first) &&
                          !(m_language == Language::Kazakh &&
                            (!morph::isCyrillic(tok(first).text) || kazakhCommonWord(first)))) ||
                    (surname && tok(first).text.size() >= 6 && !tok(first).text.contains(u'-'));
            // Initials alone name no one ("U.S. dollars").
            if (onlyInitials(m_tokens, wordIdx))
                person = false;
            if (!person && nameWords == 1 && m_language == Language::Kazakh)
                person = kazakhVocative(first, from, to);
            if (nameWords > 5 && given) {
                // Trim to the given name and what follows it.
                person = false;
            }
        }
        if (person) {
            Span span;
            span.first = first;
            span.last = last;
            span.type = EntityType::Person;
            span.source = Source::Person;
            span.name = personName(first, last, &span);
            addSpan(span);
        }
        i = m_resumeAt > i ? m_resumeAt : j > i ? j : i + 1;
        m_resumeAt = -1;
    }
}

// The words of a name as split(u' ', Qt::SkipEmptyParts) gives them, but only how many they are and
// the first, second and last, sharing the name's text: every person of every article is split.
struct NameWords
{
    qsizetype count = 0;
    QString first;
    QString second;
    QString last;
};

NameWords nameWords(const QString &name)
{
    NameWords words;
    const qsizetype n = name.size();
    qsizetype i = 0;
    while (i < n) {
        if (name.at(i) == u' ') {
            ++i;
            continue;
        }
        qsizetype end = name.indexOf(u' ', i);
        if (end < 0)
            end = n;
        QString word = text::sharedPart(name, i, end - i);
        if (++words.count == 1)
            words.first = word;
        else if (words.count == 2)
            words.second = word;
        words.last = std::move(word);
        i = end;
    }
    return words;
}

// "Визит Хосе Виллареса", "вручил Хосе Вилларесу", "о Хосе Вилларесе": after a given name that
// does not decline (Хосе, Пабло), nothing but the surname's ending tells its case, and a foreign
// surname may end in a vowel in the nominative (Гевара, Гёте), so such a name is kept as written.
// When the article also names the person in a form read back to the nominative ("с Хосе
// Вилларесом" -> "Хосе Вилларес"), a name whose last word may be a case form of that one's (by
// the endings russianNominative() weighs: "Виллареса", "Геваре" of "Гевара") is that person.
void Run::unifyDeclinedNames()
{
    if (m_language != Language::Russian)
        return;
    std::vector<size_t> people;
    for (size_t k = 0; k < m_spans.size(); ++k) {
        if (m_spans[k].type == EntityType::Person && m_spans[k].name.contains(u' '))
            people.push_back(k);
    }
    for (const size_t k : people) {
        Span &declined = m_spans[k];
        const qsizetype lastWord = declined.name.lastIndexOf(u' ') + 1;
        const QStringView words = QStringView(declined.name).first(lastWord); // with the space
        QStringList readings; // of the last word, asked once another name has the same words before
        for (const size_t o : people) {
            const QString &nominative = m_spans[o].name;
            if (nominative == declined.name || nominative.lastIndexOf(u' ') + 1 != lastWord ||
                !nominative.startsWith(words))
                continue;
            if (readings.isEmpty())
                readings = morph::russianNominativeReadings(declined.name.sliced(lastWord));
            if (readings.contains(QStringView(nominative).sliced(lastWord))) {
                declined.name = nominative;
                break;
            }
        }
    }
}

void Run::resolveCoreference()
{
    // Surnames (and single names) of the people named in full, to find later bare mentions and to
    // complete "Minister Nurtleu" to "Murat Nurtleu". A surname two people share stays ambiguous.
    // An article names a few people in full: a list searched from the start costs less than the
    // hash tables it was, made and freed for every article.
    struct Surname
    {
        QString key; // keyOf() the surname
        QString full; // the name it completes to; the surname as written once ambiguous
        QString written;
        bool ambiguous = false;
    };
    std::vector<Surname> surnames;
    const auto findSurname = [&surnames](const QString &key) -> Surname * {
        for (Surname &known : surnames) {
            if (known.key == key)
                return &known;
        }
        return nullptr;
    };
    const auto fullNameOf = [&findSurname](const QString &key) {
        const Surname *known = findSurname(key);
        return known ? known->full : QString();
    };
    auto keyOf = [&](const QString &word) {
        return morph::foldCase(m_language == Language::Kazakh ? morph::stripKazakhCase(word) : word);
    };
    for (const Span &s : m_spans) {
        if (s.type != EntityType::Person)
            continue;
        const NameWords parts = nameWords(s.name);
        if (parts.count < 2)
            continue;
        QString surname = parts.last;
        // Surname-first names: "Ашикбаев Ержан Нигматуллаулы".
        if (looksLikeSurname(parts.first) && !looksLikeSurname(parts.last) && parts.count >= 2 &&
            d.givenNames.contains(morph::foldCase(parts.second)))
            surname = parts.first;
        const QString key = keyOf(surname);
        if (Surname *known = findSurname(key)) {
            known->ambiguous = known->ambiguous || known->full != s.name;
            known->full = s.name;
            known->written = surname;
        } else {
            surnames.push_back({key, s.name, surname});
        }
    }
    // A surname two people share ("Виктор Бут", "Алла Бут") still marks a person where it stands
    // alone, named by the surname only: which of them it is stays open.
    for (Surname &known : surnames) {
        if (known.ambiguous)
            known.full = known.written;
    }
    if (surnames.empty())
        return;
    for (Span &s : m_spans) {
        if (s.type == EntityType::Person && !s.name.contains(u' ')) {
            const QString full = fullNameOf(keyOf(s.name));
            if (!full.isEmpty())
                s.name = full;
        }
    }
    std::vector<std::pair<QString, QString>> surnameStems; // surname → its Russian stem
    bool surnameStemsReady = false;
    for (int i = 0; i < size(); ++i) {
        const Token &t = tok(i);
        if (!free(i) || !t.word || !t.cap || t.upper)
            continue;
        if (i + 1 < size() && tok(i + 1).word && tok(i + 1).cap && free(i + 1))
            continue; // part of a longer capitalised run that was not a name
        QString nominative = t.text;
        if (m_language == Language::Russian || (m_language != Language::Kazakh && morph::isCyrillic(t.text))) {
            bool found = false;
            nominative = singleNominative(t.text, d);
            found = findSurname(keyOf(nominative)) != nullptr;
            if (!found) {
                // Any reading of the word may be the surname: "Аль-Руми", "Абибуллаева". The
                // surnames' stems are taken once; when two share a stem the shortest surname (the
                // nominative, as a rule) wins, and of equal lengths the first in alphabetical order.
                if (!surnameStemsReady) {
                    for (const Surname &known : surnames) {
                        if (known.key.size() >= 4)
                            surnameStems.emplace_back(known.key, morph::stemKey(known.key, QStringLiteral("ru")));
                    }
                    std::sort(surnameStems.begin(), surnameStems.end(), [](const auto &a, const auto &b) {
                        return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
                    });
                    surnameStemsReady = true;
                }
                const QString stem = morph::stemKey(t.lower, QStringLiteral("ru"));
                for (const auto &[surname, surnameStem] : surnameStems) {
                    if (surnameStem == stem) {
                        nominative = surname;
                        found = true;
                        break;
                    }
                }
            }
            if (!found)
                continue;
        } else {
            nominative =
                m_language == Language::Kazakh ? morph::stripKazakhCase(t.text) : morph::stripEnglishPossessive(t.text);
        }
        const QString full = fullNameOf(keyOf(nominative));
        if (full.isEmpty())
            continue;
        Span span;
        span.first = i;
        span.last = i;
        span.type = EntityType::Person;
        span.source = Source::Person;
        span.name = full;
        addSpan(span);
    }
}

int Run::cp(int utf16) const
{
    if (m_cpIndex.empty())
        return utf16;
    return m_cpIndex[size_t(std::clamp(utf16, 0, int(m_cpIndex.size()) - 1))];
}

void Run::buildRoles(Extraction *out)
{
    for (size_t s = 0; s < m_spans.size(); ++s) {
        Span &person = m_spans[s];
        if (person.type != EntityType::Person)
            continue;
        int role = -1;
        const int before = spanAt(person.first - 1);
        if (before >= 0 && m_spans[size_t(before)].source == Source::Title)
            role = before;
        else if (const int listed = before >= 0 ? listPost(before, 0) : -1; listed >= 0) {
            // The list's post, of this item's country.
            RolePost details = postOf(m_spans[size_t(listed)]);
            details.country = m_spans[size_t(before)].name;
            if (details.title != person.name)
                out->roles.append(
                    roleFact(person.name, details, tok(m_spans[size_t(before)].first).b, tok(person.last).e));
            continue;
        } else if (person.first >= 2 && tok(person.first - 1).punct == u',' && spanAt(person.first - 2) >= 0 &&
                   m_spans[size_t(spanAt(person.first - 2))].source == Source::Title &&
                   !isObjectOfClause(m_spans[size_t(spanAt(person.first - 2))]))
            role = spanAt(person.first - 2);
        else if (const int aside = postBeforeAside(person.first); aside >= 0)
            role = aside;
        else if (person.last + 2 < size() && tok(person.last + 1).punct == u',' && spanAt(person.last + 2) >= 0 &&
                 m_spans[size_t(spanAt(person.last + 2))].source == Source::Title)
            role = spanAt(person.last + 2);
        if (role < 0 || (role == before && kazakhPostMeetsName(m_spans[size_t(role)], person)))
            continue;
        Span &post = m_spans[size_t(role)];
        // "Russian and Kazakh presidents, Vladimir Putin and Kassym-Jomart Tokayev": one post of
        // several countries, each the post of the name in the same place; unclear when the counts
        // differ.
        if (const QStringList senders = coordinatedSenders(post); !senders.isEmpty()) {
            post.roleOf = int(s);
            const std::vector<int> named = namesListedFrom(int(s));
            if (named.size() == size_t(senders.size())) {
                RolePost details = postOf(post);
                for (size_t n = 0; n < named.size(); ++n) {
                    details.country = senders.at(qsizetype(n));
                    const Span &holder = m_spans[size_t(named[n])];
                    out->roles.append(roleFact(holder.name, details, tok(post.first).b, tok(holder.last).e));
                }
            }
            continue;
        }
        post.roleOf = int(s);
        RolePost details = postOf(post);
        if (details.title == person.name)
            continue;
        // "Foreign Policy Adviser to the President of Mongolia Erdenetsogt Odbayar", "советником
        // Президента Чили …": the post before the name is the one the person serves; theirs is the
        // post it is joined to, an official of the served post's country.
        if (role == before) {
            if (const int served = servingPost(role); served != role) {
                Span &head = m_spans[size_t(served)];
                head.roleOf = int(s);
                RolePost own = postOf(head);
                if (own.country.isEmpty())
                    own.country = details.country;
                own.titleText = m_text.mid(tok(head.first).b, tok(post.last).e - tok(head.first).b);
                details = own;
                role = served;
            }
        }
        const Span &stated = m_spans[size_t(role)];
        const int b = std::min(tok(stated.first).b, tok(person.first).b);
        const int e = std::max(tok(post.last).e, tok(person.last).e);
        out->roles.append(roleFact(person.name, details, b, e));
        addDashedPosts(int(s), stated, details, e, out);
        if (role == before)
            addJoinedPosts(int(s), role, details, out);
    }
    addCounterpartRoles(out);
    // "Ambassador of Uzbekistan to Kazakhstan Saidikram Niyazhojaev … congratulated Ambassador
    // Niyazhojaev": the bare post says nothing the full one has not said.
    QSet<QString> stated; // person and title of every post that says whose or where
    for (const RoleFact &r : std::as_const(out->roles)) {
        if (!r.country.isEmpty() || !r.to.isEmpty())
            stated.insert(r.person + u'\x1f' + r.title);
    }
    out->roles.removeIf([&stated](const RoleFact &r) {
        return r.country.isEmpty() && r.to.isEmpty() && stated.contains(r.person + u'\x1f' + r.title);
    });
}

QStringList Run::coordinatedSenders(const Span &post)
{
    // The post's own first word names a country ("Kazakh presidents"), and more stand before it,
    // joined by "and" or commas ("Russian and", "Russian, Chinese and").
    const auto countryAt = [this](int k) -> QString {
        if (k < 0 || !tok(k).word)
            return {};
        if (const int e = spanAt(k); e >= 0 && m_spans[size_t(e)].type == EntityType::Country &&
            m_spans[size_t(e)].first == k && m_spans[size_t(e)].last == k)
            return m_spans[size_t(e)].name;
        return demonymAt(k);
    };
    const QString own = countryAt(post.first);
    if (own.isEmpty())
        return {};
    QStringList senders{own};
    int k = post.first - 1;
    while (k >= 1 && (isConjunction(tok(k).lower) || tok(k).punct == u',')) {
        const QString earlier = countryAt(k - 1);
        if (earlier.isEmpty())
            break;
        senders.prepend(earlier);
        k -= 2;
    }
    return senders.size() >= 2 ? senders : QStringList();
}

std::vector<int> Run::namesListedFrom(int person) const
{
    // "A and B", "A, B and C": the people named one after another from person on.
    std::vector<int> names{person};
    int k = m_spans[size_t(person)].last + 1;
    while (k < size()) {
        int next = k;
        while (next < size() && (tok(next).punct == u',' || isConjunction(tok(next).lower)))
            ++next;
        const int span = spanAt(next);
        if (next == k || span < 0 || m_spans[size_t(span)].type != EntityType::Person ||
            m_spans[size_t(span)].first != next)
            break;
        names.push_back(span);
        k = m_spans[size_t(span)].last + 1;
    }
    return names;
}

QString Run::demonymAt(int i)
{
    // Asked of most capitalised words, through each of their keys: kept with the word.
    KnownWord &word = known(i);
    if (!word.demonymReady) {
        word.demonymReady = true;
        for (const QString &key : keysOf(i)) {
            if (const auto it = d.demonyms.constFind(key); it != d.demonyms.cend()) {
                word.demonym = it.value();
                break;
            }
        }
    }
    return word.demonym;
}

QString Run::countryOfAdjective(int i)
{
    if (QString country = demonymAt(i); !country.isEmpty())
        return country;
    // Kazakh makes one of any country's name: "қырғызстандық", "чилилік" (each suffix three letters).
    const QString &lower = tok(i).lower;
    if (m_language != Language::Kazakh || lower.size() < 6 ||
        !morph::endsWithAny(lower, {u"дық", u"дік", u"тық", u"тік", u"лық", u"лік"}))
        return {};
    QStringList keys;
    EntityData::wordKeys(lower.chopped(3), m_lang, &keys);
    for (const QString &key : std::as_const(keys)) {
        if (const QList<int> *entries = d.names.find(key)) {
            const detail::GazetteerEntry &e = d.entries.at(entries->first());
            if (e.type == EntityType::Country)
                return e.canonical;
        }
    }
    return {};
}

void Run::addCounterpartRoles(Extraction *out)
{
    // "Minister Aibek Nurlanov met his Chilean counterpart Pablo Rojas", "с чилийским коллегой
    // Пабло Рохасом", "чилилік әріптесі Пабло Рохаспен": a counterpart holds the same post for the
    // country the adjective names. Only with that adjective, and only when the person nearest
    // before in the sentence has the post in this article.
    const auto isCounterpartWord = [](const QString &lower) {
        return lower == u"counterpart"_w || lower.startsWith(u"коллег") || lower.startsWith(u"әріптес");
    };
    for (size_t s = 0; s < m_spans.size(); ++s) {
        const Span &person = m_spans[s];
        if (person.type != EntityType::Person)
            continue;
        int k = person.first - 1;
        if (const int post = spanAt(k); post >= 0 && m_spans[size_t(post)].roleOf == int(s))
            k = m_spans[size_t(post)].first - 1;
        if (k < 1 || !isCounterpartWord(tok(k).lower))
            continue;
        const QString country = countryOfAdjective(k - 1);
        if (country.isEmpty())
            continue;
        // A post of their own without a country takes it ("his Kyrgyz counterpart President X").
        bool own = false;
        for (RoleFact &r : out->roles) {
            if (r.person == person.name) {
                own = true;
                if (r.country.isEmpty())
                    r.country = country;
            }
        }
        if (own)
            continue;
        // Else the post of the person nearest before, in the same sentence.
        const RoleFact *theirs = nullptr;
        for (int m = k - 2; m >= 0 && !theirs && !(tok(m).punct == u'.' || tok(m).newlineBefore); --m) {
            const int other = spanAt(m);
            if (other < 0 || m_spans[size_t(other)].type != EntityType::Person || m_spans[size_t(other)].last != m)
                continue;
            for (const RoleFact &r : std::as_const(out->roles)) {
                if (r.person == m_spans[size_t(other)].name && r.country != country) {
                    theirs = &r;
                    break;
                }
            }
            if (!theirs)
                break; // the nearest person has no post here: nothing to go by
        }
        if (!theirs)
            continue;
        RoleFact fact = *theirs;
        fact.person = person.name;
        fact.country = country;
        fact.to.clear();
        fact.titleText = m_text.mid(tok(k - 1).b, tok(k).e - tok(k - 1).b);
        fact.start = cp(tok(k - 1).b);
        fact.end = cp(tok(person.last).e);
        out->roles.append(fact);
    }
}

int Run::servingPost(int post) const
{
    int head = post;
    for (int hops = 0; hops < 3; ++hops) {
        int k = m_spans[size_t(head)].first - 1;
        int joiners = 0;
        while (k >= 0 && tok(k).word && spanAt(k) < 0 && joinsPosts(tok(k).lower)) {
            --k;
            ++joiners;
        }
        const int earlier = spanAt(k);
        // In English only a joining word makes the chain ("Adviser to the President"); Russian
        // joins by the genitive alone ("советник Президента").
        if (k < 0 || earlier < 0 || earlier == head || m_spans[size_t(earlier)].source != Source::Title ||
            m_spans[size_t(earlier)].last != k || m_spans[size_t(earlier)].roleOf >= 0 ||
            (joiners == 0 && m_language != Language::Russian))
            break;
        head = earlier;
    }
    return head;
}

void Run::addDashedPosts(int person, const Span &post, const RolePost &details, int e, Extraction *out)
{
    // "Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Murat
    // Nurtleu": extendTitles() made one post of the two, named by the first; the one after each
    // dash is the person's too, of the same country unless it names its own.
    for (int k = post.first + 1; k < post.last; ++k) {
        if (!isDash(tok(k).text))
            continue;
        const auto joined = std::find_if(m_spans.cbegin(), m_spans.cend(), [&](const Span &other) {
            return other.source == Source::Title && other.first == k + 1 && &other != &post;
        });
        if (joined == m_spans.cend())
            continue;
        Span rest = *joined;
        rest.last = post.last;
        for (int next = k + 1; next < post.last; ++next) {
            if (isDash(tok(next).text)) {
                rest.last = next - 1;
                break;
            }
        }
        RolePost joinedDetails = postOf(rest);
        if (joinedDetails.title == details.title || joinedDetails.title == m_spans[size_t(person)].name)
            continue;
        if (joinedDetails.country.isEmpty())
            joinedDetails.country = details.country;
        // Stated from its own first word: each post of a person is a fact of its own.
        out->roles.append(roleFact(m_spans[size_t(person)].name, joinedDetails, tok(rest.first).b, e));
    }
}

RoleFact Run::roleFact(const QString &person, const RolePost &post, int b, int e) const
{
    RoleFact fact;
    fact.person = person;
    fact.title = post.title;
    fact.titleText = post.titleText;
    fact.country = post.country;
    fact.to = post.to;
    fact.start = cp(b);
    fact.end = cp(e);
    return fact;
}

bool Run::kazakhPostMeetsName(const Span &post, const Span &person) const
{
    if (m_language != Language::Kazakh || person.last + 1 >= size())
        return false;
    const QString &last = tok(person.last).lower;
    if (last.size() < 5 || !kazakhComitative(last))
        return false;
    // A meeting trigger right after the name ("кездесті", "кездесу өткізді", "келіссөз жүргізді").
    const int next = tok(person.last + 1).b;
    if (std::none_of(m_triggerHits.cbegin(), m_triggerHits.cend(),
                     [next](const std::pair<int, int> &hit) { return hit.first == next; }))
        return false;
    // A person named before the post in its sentence is the subject, and the post may be the
    // name's ("Министр Данияр Темиров Чили елшісі Пабло Рохаспен кездесті").
    return personSpansIn(m_sentences[sentenceOf(post.first)].first, post.first).empty();
}

size_t Run::sentenceOf(int i) const
{
    const auto after = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), i,
                                        [](int token, const std::pair<int, int> &r) { return token < r.first; });
    return after == m_sentences.cbegin() ? 0 : size_t(after - m_sentences.cbegin() - 1);
}

bool Run::isObjectOfClause(const Span &post)
{
    // "Greeting the Russian Foreign Minister, Tokayev said …": a post governed by the clause before
    // the comma is someone else, not the name's apposition ("The Foreign Minister, Lavrov, said").
    // The governing word is looked for past articles, possessives and the post's own capitalised
    // modifiers ("the Chilean Foreign Minister").
    for (int k = post.first - 1, words = 0; k >= 0 && words < 4 && tok(k).word; --k, ++words) {
        const Token &t = tok(k);
        if (spanAt(k) >= 0)
            return false;
        if (m_language == Language::English) {
            if (t.lower.size() > 4 && t.lower.endsWith(u"ing"))
                return true;
            if (t.lower != u"the"_w && t.lower != u"his"_w && t.lower != u"her"_w && t.lower != u"their"_w && !t.cap)
                return false;
        } else {
            return m_language == Language::Russian && isRussianVerb(k);
        }
    }
    return false;
}

void Run::addJoinedPosts(int person, int post, const RolePost &details, Extraction *out)
{
    // "Посол Казахстана в Эфиопии и постоянный представитель Казахстана при Африканском союзе
    // Жалгас Адилбаев", "посол Казахстана в Кении, постоянный представитель РК при …": a post joined
    // by "and" or a comma to the one before a name is the same person's — when both name the same
    // sending country; "the President and the Prime Minister X" are two people.
    if (details.country.isEmpty())
        return;
    int current = post;
    for (int hops = 0; hops < 3; ++hops) {
        const int conjunction = m_spans[size_t(current)].first - 1;
        if (conjunction < 1 || !(isConjunction(tok(conjunction).lower) || tok(conjunction).punct == u','))
            return;
        const int earlier = spanAt(conjunction - 1);
        if (earlier < 0 || m_spans[size_t(earlier)].source != Source::Title ||
            m_spans[size_t(earlier)].last != conjunction - 1 || m_spans[size_t(earlier)].roleOf >= 0)
            return;
        Span &joined = m_spans[size_t(earlier)];
        const RolePost joinedDetails = postOf(joined);
        if (joinedDetails.country != details.country || joinedDetails.title == m_spans[size_t(person)].name)
            return;
        joined.roleOf = person;
        out->roles.append(roleFact(m_spans[size_t(person)].name, joinedDetails, tok(joined.first).b,
                                   tok(m_spans[size_t(person)].last).e));
        current = earlier;
    }
}

int Run::postBeforeAside(int first) const
{
    if (first < 3 || tok(first - 1).punct != u')')
        return -1;
    for (int open = first - 2; open > 0 && open >= first - 8; --open) {
        if (tok(open).punct == u')')
            return -1;
        if (tok(open).punct != u'(')
            continue;
        const int post = spanAt(open - 1);
        return post >= 0 && m_spans[size_t(post)].source == Source::Title ? post : -1;
    }
    return -1;
}

RolePost Run::postOf(const Span &post)
{
    RolePost fact;
    fact.title = post.name;
    fact.titleText = m_text.mid(tok(post.first).b, tok(post.last).e - tok(post.first).b);
    // Country and host inside the post: "of X" / "Х" (genitive) is the sender, "to/in/в/при Y" the host.
    bool hostNext = false;
    bool titleSeen = false;
    QString cityHost; // the country of a city the post is "in"
    std::vector<const Span *> nested; // the gazetteer's countries, organisations and cities the post took in
    for (const Span &n : m_spans) {
        if (&n != &post && n.source == Source::Gazetteer && n.first >= post.first && n.last <= post.last &&
            (n.type == EntityType::Country || n.type == EntityType::Org || n.type == EntityType::City))
            nested.push_back(&n);
    }
    for (int k = post.first; k <= post.last; ++k) {
        const QString &w = tok(k).lower;
        if (w == u"to"_w || w == u"in"_w || w == u"at"_w || w == u"в"_w || w == u"во"_w || w == u"при"_w)
            hostNext = true;
        if (!titleSeen) {
            if (fact.country.isEmpty())
                fact.country = demonymAt(k);
        }
        if (d.titles.find(w) || d.titles.find(morph::stemKey(w, m_lang)))
            titleSeen = true;
        // Nested entities were overwritten by the post: the names pass's own span when one starts
        // here (it found "Северной Македонии" whole), else the word's one-word names.
        if (!tok(k).cap)
            continue;
        EntityType type = EntityType::Person;
        QString canonical;
        int lastWord = k;
        int entry = -1;
        const auto inside = std::find_if(nested.cbegin(), nested.cend(), [k](const Span *n) { return n->first == k; });
        // An organisation whole only as the host: "глава МИД Казахстана" names the sender by its
        // country's word, "при Африканском союзе" the host.
        if (inside != nested.cend() && ((*inside)->type == EntityType::Country || hostNext)) {
            type = (*inside)->type;
            canonical = (*inside)->name;
            lastWord = (*inside)->last;
            entry = (*inside)->entry;
        } else {
            for (const QString &key : keysOf(k)) {
                if (const QList<int> *entries = d.names.find(key)) {
                    entry = entries->first();
                    const detail::GazetteerEntry &e = d.entries.at(entry);
                    type = e.type;
                    canonical = e.canonical;
                    break;
                }
            }
        }
        // "Ambassador of Ukraine in Astana", "Посол Украины в Астане": a city the post is in is
        // hosted by its country (decided below, once the sender is known).
        if (type == EntityType::City && hostNext) {
            if (cityHost.isEmpty())
                cityHost = countryOfCity(entry);
            k = lastWord;
            continue;
        }
        if (canonical.isEmpty())
            continue;
        // "Өзбекстандағы", "Өзбекстан Республикасындағы": "in", so the host; the ending may
        // be on the official form's second word.
        const auto locativeWord = [this](int i) {
            const QString &lower = tok(i).lower;
            return morph::stripKazakhCase(lower) != lower && kazakhLocativeAdjective(lower);
        };
        const bool locative = m_language == Language::Kazakh &&
            (locativeWord(lastWord) ||
             (lastWord + 1 <= post.last && tok(lastWord + 1).lower.startsWith(u"республика") &&
              locativeWord(lastWord + 1)));
        if (type == EntityType::Country && fact.country.isEmpty() && !hostNext && !locative)
            fact.country = canonical;
        else if ((type == EntityType::Country || type == EntityType::Org) && fact.to.isEmpty() &&
                 (hostNext || locative || (type == EntityType::Org && fact.country != canonical)))
            fact.to = canonical;
        k = lastWord;
    }
    // "Астанадағы Украина елшісі": in Kazakh the city the post is in stands before it, in the
    // locative.
    if (m_language == Language::Kazakh && cityHost.isEmpty() && post.first > 0) {
        const int before = spanAt(post.first - 1);
        if (before >= 0 && m_spans[size_t(before)].type == EntityType::City &&
            kazakhLocativeAdjective(tok(post.first - 1).lower))
            cityHost = countryOfCity(m_spans[size_t(before)].entry);
    }
    // A host only for a post abroad: a rector or an akim "in Almaty" serves at home.
    if (fact.to.isEmpty() && !fact.country.isEmpty() && cityHost != fact.country)
        fact.to = cityHost;
    return fact;
}

QString Run::countryOfCity(int entry) const
{
    if (entry < 0)
        return {};
    const auto country = d.countryByCode.constFind(d.entries.at(entry).code);
    return country == d.countryByCode.cend() ? QString() : d.entries.at(country.value()).canonical;
}

// Whether two characters may match each other case-insensitively: the same simple case folding,
// lower or upper case. Wider than the regular expressions' own rule, so only a prefilter.
struct CaseForms
{
    char16_t fold = 0, lower = 0, upper = 0;
    CaseForms() = default;
    explicit CaseForms(QChar c);
    bool mayEqual(const CaseForms &o) const { return fold == o.fold || lower == o.lower || upper == o.upper; }
};

// The scripts news is written in are looked up in a table built when the library loads (see
// kCharBits); Qt's tables for the rest.
const std::array<CaseForms, 0x500> kCaseForms = [] {
    std::array<CaseForms, 0x500> t{};
    for (char16_t u = 0; u < 0x500; ++u) {
        const QChar q(u);
        t[u].fold = q.toCaseFolded().unicode();
        t[u].lower = q.toLower().unicode();
        t[u].upper = q.toUpper().unicode();
    }
    return t;
}();

inline CaseForms::CaseForms(QChar c)
{
    if (c.unicode() < kCaseForms.size()) {
        *this = kCaseForms[c.unicode()];
        return;
    }
    fold = c.toCaseFolded().unicode();
    lower = c.toLower().unicode();
    upper = c.toUpper().unicode();
}

// Every match of each pattern of set in text, as globalMatch() finds them one pattern after
// another: found(pattern, start, end) for each, in text order per pattern; the scan stops when found
// returns false. A pattern with a literal prefix runs, anchored, only where its prefix stands (and,
// for a prefix that starts with a letter, only at the start of a word): a match elsewhere is
// impossible, so the matches are the same, without running every pattern at every character.
// A text the caller knows to be valid UTF-16 is not checked again, by the scan or by PCRE.
// Only matches that start at or after from and end by to are found (a sentence's, when the range is
// one): the text before from still counts for \b and look-behinds, as it does in the whole text.
// wordStarts, when given, holds in order every offset of text where a word may begin (see
// Run::wordStarts()): when every prefix starts with a letter or digit, only those are tried, as a
// text has some six characters a word and most of them could start no match.
template<typename Found>
void scanPatterns(const detail::PatternSet &set, const QString &text, TextRange range, Utf16 validity,
                  const std::vector<int> *wordStarts, Found found)
{
    const qsizetype patterns = set.patterns.size();
    const QStringView bounded = QStringView(text).first(range.to < 0 ? text.size() : range.to);
    struct Scan
    {
        const QRegularExpression *re;
        int pattern;
        // The prefix as QChar case-folds, lowers and uppers each character: the set's own, never
        // copied, as scans run for every text and sentence.
        const char16_t *folded;
        const char16_t *lower;
        const char16_t *upper;
        qsizetype length;
        qsizetype next = 0; // where the global search goes on
        bool mayEqual(qsizetype i, const CaseForms &c) const
        {
            return c.fold == folded[i] || c.lower == lower[i] || c.upper == upper[i];
        }
    };
    const QRegularExpression::MatchOptions unchecked = validity == Utf16::Valid
        ? QRegularExpression::MatchOptions(QRegularExpression::DontCheckSubjectStringMatchOption)
        : QRegularExpression::MatchOptions(QRegularExpression::NoMatchOption);
    // Reused from call to call on this thread, cleared each time.
    thread_local std::vector<Scan> scans;
    thread_local std::vector<int> scanOf; // pattern → its scan
    scans.clear();
    scanOf.assign(static_cast<size_t>(patterns), -1);
    for (qsizetype p = 0; p < patterns; ++p) {
        const QRegularExpression &re = set.patterns.at(p);
        const QString &prefix = set.prefixes.at(p);
        if (prefix.isEmpty()) {
            auto matches = re.globalMatchView(bounded, range.from, QRegularExpression::NormalMatch, unchecked);
            while (matches.hasNext()) {
                const auto m = matches.next();
                if (!found(int(p), int(m.capturedStart()), int(m.capturedEnd())))
                    return;
            }
            continue;
        }
        scanOf[size_t(p)] = int(scans.size());
        scans.push_back(Scan{&re, int(p), QStringView(set.prefixFolded.at(p)).utf16(),
                             QStringView(set.prefixLower.at(p)).utf16(), QStringView(set.prefixUpper.at(p)).utf16(),
                             prefix.size(), 0});
    }
    // An invalid UTF-16 text matches nothing, as with globalMatch(); a valid one need not be
    // checked again at every anchored match.
    if (scans.empty() || (validity != Utf16::Valid && !bounded.sliced(range.from).isValidUtf16()))
        return;
    const qsizetype n = bounded.size();
    const QChar *chars = text.constData();
    // Whether scan matches at x; false when found() asked to stop.
    const auto tryAt = [&](Scan &scan, qsizetype x, const CaseForms &first) {
        if (x < scan.next || !scan.mayEqual(0, first))
            return true;
        const qsizetype k = scan.length;
        if (x + k > n)
            return true;
        for (qsizetype i = 1; i < k; ++i) {
            if (!scan.mayEqual(i, CaseForms(chars[x + i])))
                return true;
        }
        const QRegularExpressionMatch m = scan.re->matchView(bounded, x, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption |
                                                                 QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.hasMatch())
            return true;
        scan.next = std::max(m.capturedEnd(), x + 1);
        return found(scan.pattern, int(m.capturedStart()), int(m.capturedEnd()));
    };
    // A letter, digit or underscore before x: no \b then in front of a prefix that starts with a
    // letter. Every engine's \w has these (PCRE's may have more: then more places are tried, never
    // fewer). A surrogate counts as none, so a letter outside the BMP is tried too.
    static const std::array<bool, 0x500> wordUnit = [] {
        std::array<bool, 0x500> table{};
        for (char16_t u = 0; u < 0x500; ++u)
            table[u] = QChar(u).isLetterOrNumber() || u == u'_';
        return table;
    }();
    const auto wordBefore = [&](qsizetype x) {
        if (x == 0)
            return false;
        const QChar c = chars[x - 1];
        return c.unicode() < wordUnit.size() ? wordUnit[c.unicode()] : c.isLetterOrNumber();
    };
    const std::vector<std::vector<int>> &byFirst = set.byFirst;
    const char *mayStart = set.mayStart.data();
    const char16_t tableSize = char16_t(set.mayStart.size());
    // The patterns that may match at x; false when found() asked to stop.
    const auto tryPosition = [&](qsizetype x) {
        // Most characters start no prefix: the cheapest test first.
        const char16_t u = chars[x].unicode();
        if (u < tableSize && !mayStart[u])
            return true;
        const bool inWord = wordBefore(x);
        if (inWord && set.everyAtWordStart)
            return true;
        const CaseForms first(chars[x]);
        if (set.masked && u < tableSize) {
            // The patterns whose prefix's first two characters may stand here, in order.
            quint64 candidates = set.firstMask[u];
            if (x + 1 < n) {
                const char16_t v = chars[x + 1].unicode();
                if (v < tableSize)
                    candidates &= set.secondMask[v];
            } else {
                candidates &= set.shortMask;
            }
            if (inWord)
                candidates &= ~set.atWordStartMask;
            while (candidates) {
                const int p = std::countr_zero(candidates);
                candidates &= candidates - 1;
                if (!tryAt(scans[size_t(scanOf[size_t(p)])], x, first))
                    return false;
            }
            return true;
        }
        const auto tryPattern = [&](qsizetype p) {
            const int s = scanOf[size_t(p)];
            return s < 0 || (inWord && set.atWordStart[size_t(p)]) || tryAt(scans[size_t(s)], x, first);
        };
        if (u < byFirst.size()) {
            for (const int p : byFirst[u]) {
                if (!tryPattern(p))
                    return false;
            }
        } else {
            for (qsizetype p = 0; p < patterns; ++p) {
                if (!tryPattern(p))
                    return false;
            }
        }
        return true;
    };
    if (wordStarts && set.everyAtWordStart) {
        // Every place a match can start is a word's start or follows a mark or joiner inside one.
        for (auto it = std::lower_bound(wordStarts->cbegin(), wordStarts->cend(), int(range.from));
             it != wordStarts->cend() && *it < n; ++it) {
            if (!tryPosition(*it))
                return;
        }
        return;
    }
    for (qsizetype x = range.from; x < n; ++x) {
        if (!tryPosition(x))
            return;
    }
}

// Every match of each meeting pattern in range of text, as globalMatch() finds them one pattern
// after another, in the patterns' order.
std::vector<std::pair<int, int>> findTriggers(const detail::PatternSet &meeting, const QString &text, TextRange range,
                                              Utf16 validity, const std::vector<int> *wordStarts)
{
    std::vector<std::vector<std::pair<int, int>>> found(static_cast<size_t>(meeting.patterns.size()));
    scanPatterns(meeting, text, range, validity, wordStarts, [&](int pattern, int start, int end) {
        found[size_t(pattern)].emplace_back(start, end);
        return true;
    });
    std::vector<std::pair<int, int>> hits;
    for (const auto &list : found)
        hits.insert(hits.end(), list.begin(), list.end());
    return hits;
}

// Whether any pattern of set matches in range of text.
bool matchesAny(const detail::PatternSet &set, const QString &text, TextRange range, Utf16 validity,
                const std::vector<int> *wordStarts)
{
    bool any = false;
    scanPatterns(set, text, range, validity, wordStarts, [&any](int, int, int) {
        any = true;
        return false;
    });
    return any;
}

bool clauseBoundary(const std::vector<Token> &tokens, int i, bool english)
{
    const Token &t = tokens[size_t(i)];
    if (t.punct == u';' || t.punct == u':')
        return true;
    if (english) {
        static const text::WordSet stops = {QStringLiteral("who"),   QStringLiteral("which"), QStringLiteral("where"),
                                            QStringLiteral("whose"), QStringLiteral("said"),  QStringLiteral("during")};
        if (stops.contains(t.lower))
            return true;
        if (t.lower == u"to"_w && i + 1 < int(tokens.size()) && !tokens[size_t(i + 1)].cap &&
            tokens[size_t(i + 1)].lower != u"the"_w)
            return true; // "to discuss", "to exchange views"
        return false;
    }
    if (t.punct == u',' && i + 1 < int(tokens.size())) {
        const Token &n = tokens[size_t(i + 1)];
        if (!n.word || n.cap)
            return false;
        static const QRegularExpression participle(
            QStringLiteral("^(?:\\w+(?:ив|ав|ев|ыв|яв|ув|вшись|ая|уя|яя|ясь|ая)|где|который|которая|которые|чтобы|"
                           "когда|и)$"),
            QRegularExpression::UseUnicodePropertiesOption);
        return participle.match(n.lower).hasMatch();
    }
    return false;
}

struct TriggerKinds
{
    bool between = false; // a [between] pattern matches the trigger's words
    bool joint = false; // a [joint] one does
};

// What the between and joint patterns say of the words a meeting trigger matched, remembered per
// thread and language: the same few trigger phrases recur in every article, and each pattern run
// costs a thousand instructions and more.
TriggerKinds triggerKinds(const detail::Triggers &triggers, const QString &found)
{
    thread_local QHash<const detail::Triggers *, text::WordMemo<TriggerKinds>> byLanguage;
    auto known = byLanguage.find(&triggers);
    if (known == byLanguage.end())
        known = byLanguage.insert(&triggers, text::WordMemo<TriggerKinds>(20000));
    return known->get(found, [&] {
        TriggerKinds kinds;
        for (const QRegularExpression &bt : triggers.between)
            kinds.between = kinds.between || bt.match(found).hasMatch();
        for (const QRegularExpression &jt : triggers.joint)
            kinds.joint = kinds.joint || jt.match(found).hasMatch();
        return kinds;
    });
}

void Run::findMeetings(int from, int to, const std::vector<std::pair<int, int>> &triggerHits, Extraction *out)
{
    const auto it = d.triggers.constFind(m_lang);
    if (it == d.triggers.cend())
        return;
    const detail::Triggers &triggers = it.value();
    const int b = tok(from).b;
    const int e = tok(to - 1).e;
    if (matchesAny(triggers.exclude, m_text, {b, e}, m_utf16, &wordStarts()))
        return;
    const QString sentence = m_text.mid(b, e - b);
    struct Hit
    {
        int pos; // token index of the trigger's first word
        int endPos;
        bool between;
        bool joint;
    };
    static const QRegularExpression withPattern(QStringLiteral("^\\S+\\s+с\\b|^\\S+\\s+\\S+\\s+с\\b"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QList<Hit> hits;
    auto tokenAt = [&](int offset) {
        for (int k = from; k < to; ++k) {
            if (tok(k).e > b + offset)
                return k;
        }
        return to - 1;
    };
    // The text's matches that lie in the sentence are the sentence's own: no trigger spans a
    // sentence break (none has a "." or a line break in it).
    for (const auto &[textStart, textEnd] : triggerHits) {
        if (textStart < b || textEnd > e)
            continue;
        const int start = textStart - b;
        const int end = textEnd - b;
        Hit h{tokenAt(start), tokenAt(end - 1), false, false};
        const TriggerKinds kinds = triggerKinds(triggers, sentence.mid(start, end - start));
        h.between = kinds.between;
        h.joint = kinds.joint;
        hits.append(h);
    }
    if (hits.isEmpty())
        return;
    std::sort(hits.begin(), hits.end(), [](const Hit &x, const Hit &y) {
        if (x.between != y.between)
            return x.between;
        return x.pos < y.pos;
    });
    // People in the sentence, in order, each once.
    struct Person
    {
        int span;
        int first;
        int last;
    };
    QList<Person> people;
    for (const int s : personSpansIn(from, to))
        people.append({s, m_spans[size_t(s)].first, m_spans[size_t(s)].last});
    // A second pass, only when no trigger found both sides, may take the subject from the
    // article's latest meeting (below).
    for (const bool carrySubject : {false, true}) {
        for (const Hit &hit : std::as_const(hits)) {
            QStringList subjects, counterparts, unnamed;
            int subjectPostSpan = -1; // a post that named the side that met, no counterpart then
            auto addName = [](QStringList &list, const QString &name, const QStringList &other) {
                if (!list.contains(name) && !other.contains(name))
                    list.append(name);
            };
            // Boundary of the trigger's clause.
            int clauseEnd = to;
            for (int k = hit.endPos + 1; k < to; ++k) {
                if (clauseBoundary(m_tokens, k, m_language == Language::English)) {
                    clauseEnd = k;
                    break;
                }
            }
            if (hit.between) {
                // Named by a post first, the side that met is found by it below (subjectByPost()).
                subjectPostSpan = postAfterNoun(hit.pos, hit.endPos);
                for (const Person &p : std::as_const(people)) {
                    if (p.first > hit.endPos && p.first < clauseEnd) {
                        if (subjects.isEmpty() && subjectPostSpan < 0)
                            subjects.append(m_spans[size_t(p.span)].name);
                        else
                            addName(counterparts, m_spans[size_t(p.span)].name, subjects);
                    }
                }
            } else if (m_language == Language::Kazakh) {
                // Verb last: "A B-мен кездесті"; the comitative or accusative marks the counterpart.
                bool first = true;
                for (const Person &p : std::as_const(people)) {
                    if (p.first >= hit.pos)
                        continue;
                    // "Чжан Сяодан кейін … Бородавкинді қабылдап": one named in the ablative ("after
                    // X", "from X") is no side of this meeting. Only a declined name: "Ордабаев
                    // Дархан" is nominative.
                    if (m_spans[size_t(p.span)].declined && kazakhAblative(tok(p.last).lower))
                        continue;
                    // An accusative-looking ending on the sentence's first name marks it only when it
                    // was declined: "Сатыбалды" in "Дархан Сатыбалды … кездесті" is the name itself
                    // (see kazakhNameNominative()).
                    const QString &w = tok(p.last).lower;
                    const bool marked =
                        kazakhComitative(w) || ((m_spans[size_t(p.span)].declined || !first) && kazakhAccusative(w));
                    first = false;
                    const QString &name = m_spans[size_t(p.span)].name;
                    if (marked)
                        addName(counterparts, name, subjects);
                    else if (subjects.isEmpty())
                        subjects.append(name);
                }
                // "Айбек Нұрланов пен Пабло Рохас кездесті", "A мен B-ның төрағалығымен …
                // консультациялар": two names joined by "and" before a trigger that both sides
                // stand before are the two sides.
                if (counterparts.isEmpty() && subjects.size() == 1 &&
                    (hit.joint || text::startsWith(tok(hit.pos).lower, u"кездес"))) {
                    for (qsizetype k = 0; k + 1 < people.size(); ++k) {
                        const Person &a = people.at(k);
                        const Person &next = people.at(k + 1);
                        if (next.first >= hit.pos || m_spans[size_t(a.span)].name != subjects.first())
                            continue;
                        const QString &joiner = tok(a.last + 1).lower;
                        // The second name's post may stand between ("A пен Чили елшісі B").
                        int named = a.last + 2;
                        if (const int post = spanAt(named); post >= 0 && m_spans[size_t(post)].source == Source::Title)
                            named = m_spans[size_t(post)].last + 1;
                        if (next.first == named &&
                            (joiner == u"мен"_w || joiner == u"пен"_w || joiner == u"бен"_w || joiner == u"және"_w))
                            addName(counterparts, m_spans[size_t(next.span)].name, subjects);
                    }
                }
                // "Чжан Сяоны қабылдаған Тоқаев": after a participle, the name right after it is
                // the side that met.
                const QString &verb = tok(hit.endPos).lower;
                if (subjects.isEmpty() && morph::endsWithAny(verb, {u"ған", u"ген", u"қан", u"кен"})) {
                    for (const Person &p : std::as_const(people)) {
                        if (p.first == hit.endPos + 1 && !counterparts.contains(m_spans[size_t(p.span)].name))
                            subjects.append(m_spans[size_t(p.span)].name);
                    }
                }
            } else {
                QStringList before;
                for (const Person &p : std::as_const(people)) {
                    if (p.last < hit.pos && !before.contains(m_spans[size_t(p.span)].name))
                        before.append(m_spans[size_t(p.span)].name);
                }
                // Whether "с" follows the trigger's first word or two: asked once for the hit, when needed.
                std::optional<bool> withFollows;
                const auto triggerTakesWith = [&] {
                    if (!withFollows)
                        withFollows = sentence.mid(tok(hit.pos).b - b).contains(withPattern);
                    return *withFollows;
                };
                for (const Person &p : std::as_const(people)) {
                    if (p.first <= hit.endPos || p.first >= clauseEnd)
                        continue;
                    const Span &s = m_spans[size_t(p.span)];
                    // "встретился с X": the counterpart stands in the instrumental (or does not decline).
                    if (m_language == Language::Russian && triggerTakesWith() && s.declined &&
                        s.grammaticalCase != morph::Case::Instrumental)
                        continue;
                    // A genitive names an owner ("визит Лаврова"), except after "принял", whose object
                    // stands in the accusative, a genitive's form for a man ("принял … Омара Мансура").
                    if (m_language == Language::Russian && s.declined && s.grammaticalCase == morph::Case::Genitive &&
                        !tok(hit.pos).lower.startsWith(u"принял"))
                        continue;
                    addName(counterparts, s.name, before.mid(before.size() - 1));
                }
                // "During the meeting with X, Deputy Minister Y noted …", "Во время встречи с X Y
                // отметила …": a sentence that opens on the meeting names the side that met after
                // its counterparts, opening the main clause.
                if (before.isEmpty() && hit.pos - from <= 3 && !counterparts.isEmpty()) {
                    for (const Person &p : std::as_const(people)) {
                        const Span &s = m_spans[size_t(p.span)];
                        if (p.first <= hit.endPos || p.first >= clauseEnd || s.name == counterparts.first())
                            continue;
                        const bool opensMainClause = m_language == Language::Russian
                            ? (!s.declined || s.grammaticalCase == morph::Case::Nominative) && p.last + 1 < to &&
                                isRussianVerb(p.last + 1)
                            : followsComma(p.span);
                        if (opensMainClause) {
                            subjects = {s.name};
                            counterparts.removeAll(s.name);
                            break;
                        }
                    }
                    // "В ходе беседы с послом X Глава государства отметил": the side that met named
                    // by its post, whose holder the article names.
                    for (int k = hit.endPos + 1; subjects.isEmpty() && k < clauseEnd; ++k) {
                        const int s = spanAt(k);
                        if (s < 0 || m_spans[size_t(s)].first != k || m_spans[size_t(s)].source != Source::Title ||
                            m_spans[size_t(s)].roleOf >= 0)
                            continue;
                        const Span &post = m_spans[size_t(s)];
                        k = post.last;
                        const bool opensMainClause = m_language == Language::Russian
                            ? post.last + 1 < to && isRussianVerb(post.last + 1)
                            : tok(post.first - 1).punct == u',' ||
                                (tok(post.first - 1).lower == u"the"_w && tok(post.first - 2).punct == u',');
                        if (!opensMainClause)
                            continue;
                        // One named elsewhere in the sentence is not the one its post names here
                        // ("… визита Президента Владимира Путина").
                        QStringList holders = holdersOf(postOf(post), *out);
                        holders.removeIf([&](const QString &name) {
                            return std::any_of(people.cbegin(), people.cend(),
                                               [&](const Person &p) { return m_spans[size_t(p.span)].name == name; });
                        });
                        if (holders.size() == 1) {
                            subjects = holders;
                            subjectPostSpan = s;
                        }
                    }
                }
                if (hit.joint && counterparts.isEmpty() && before.size() >= 2) {
                    subjects = before.mid(0, 1);
                    counterparts = before.mid(1);
                } else if (!before.isEmpty()) {
                    subjects = before.mid(before.size() - 1);
                }
            }
            // Counterparts named only by their post: "the heads of UN agencies". Kazakh puts the
            // verb last, so there they stand before it, in the comitative or the accusative
            // ("агенттіктерінің басшыларымен кездесті").
            const bool verbLast = m_language == Language::Kazakh;
            for (int k = verbLast ? from : hit.endPos + 1; k < (verbLast ? hit.pos : clauseEnd); ++k) {
                const int s = spanAt(k);
                if (s < 0 || m_spans[size_t(s)].first != k || m_spans[size_t(s)].source != Source::Title ||
                    m_spans[size_t(s)].roleOf >= 0 || s == subjectPostSpan)
                    continue;
                const Span &post = m_spans[size_t(s)];
                k = post.last;
                if (verbLast && !kazakhObjectEnding(tok(post.last).lower))
                    continue;
                // "… has learnt from the prime minister's press service": the post of no one present.
                if (isPossessive(tok(post.last).text))
                    continue;
                // "министром иностранных дел и внешней торговли Северной Македонии Тимчо Муцунски": a
                // post that leads up to a name, with no other post between, is that person's. One
                // joined to the post before a name ("Adviser to the President of Mongolia X") is
                // already the person's: buildRoles() gave it to them (servingPost()).
                bool named = false;
                // An aside in brackets does not count: "the Chairman of the Halk Maslahaty (People's
                // Council) of Turkmenistan Gurbanguly Berdimuhamedov".
                int aside = 0;
                for (int m = post.last + 1; m < clauseEnd && m <= post.last + 8 + aside && !named; ++m) {
                    if (tok(m).punct == u'(') {
                        const int opened = m;
                        while (m + 1 < clauseEnd && tok(m).punct != u')' && m - opened < 8)
                            ++m;
                        aside += m - opened + 1;
                        continue;
                    }
                    const int next = spanAt(m);
                    if (next >= 0 && m_spans[size_t(next)].source == Source::Title)
                        break;
                    named = next >= 0 && m_spans[size_t(next)].type == EntityType::Person;
                }
                if (named)
                    continue;
                // "the heads of representative offices of UN agencies": the posts, institution
                // words and organisations an English "of" chains on are one side.
                int end = post.last;
                for (int m = end + 1; m_language == Language::English && m < clauseEnd;) {
                    int piece = m;
                    if (tok(m).lower == u"of"_w)
                        piece = m + 1 < clauseEnd && tok(m + 1).lower == u"the"_w ? m + 2 : m + 1;
                    if (piece >= clauseEnd || !tok(piece).word)
                        break;
                    const int next = spanAt(piece);
                    if (next >= 0 && m_spans[size_t(next)].first == piece &&
                        (m_spans[size_t(next)].source == Source::Title ||
                         m_spans[size_t(next)].type == EntityType::Org))
                        end = m_spans[size_t(next)].last;
                    else if (next < 0 && orgWords().contains(tok(piece).lower))
                        end = piece;
                    else
                        break;
                    m = end + 1;
                }
                // "руководителями агентств ООН", "главами дипломатических представительств": the
                // institutions in the genitive plural a Russian post names, and their adjectives, are
                // the same side.
                for (int m = end + 1; m_language == Language::Russian && m < clauseEnd; ++m) {
                    const int next = spanAt(m);
                    if (next >= 0 && m_spans[size_t(next)].first == m &&
                        (m_spans[size_t(next)].type == EntityType::Org ||
                         m_spans[size_t(next)].type == EntityType::Country)) {
                        if (end == post.last)
                            break; // "послами Словакии": the countries' list below
                        end = m_spans[size_t(next)].last;
                        break;
                    }
                    const Token &t = tok(m);
                    if (!t.word || t.cap || next >= 0)
                        break;
                    if (russianInstitutionsGenitive().contains(t.lower))
                        end = m;
                    else if (!(text::endsWith(t.lower, u"ых"_w) || text::endsWith(t.lower, u"их"_w)))
                        break;
                }
                // "послами Словакии, Испании и Израиля": the countries a Russian post lists, one side.
                for (int m = end + 1; m_language == Language::Russian && m + 1 < clauseEnd;) {
                    const int next = spanAt(m + 1);
                    if (!(tok(m).punct == u',' || tok(m).lower == u"и"_w) || next < 0 ||
                        m_spans[size_t(next)].first != m + 1 ||
                        !(m_spans[size_t(next)].type == EntityType::Country ||
                          m_spans[size_t(next)].type == EntityType::Org))
                        break;
                    end = m_spans[size_t(next)].last;
                    m = end + 1;
                }
                k = std::max(k, end);
                unnamed.append(unnamedSide(post, end));
            }
            // "The Ambassador met …": the side that met named only by its post.
            RolePost subjectPost;
            if (subjects.isEmpty() && !counterparts.isEmpty())
                subjects = subjectByPost(from, hit.pos, hit.endPos, *out, &subjectPost);
            // "The American diplomat was received by …": the side that met named by its country.
            if (subjects.isEmpty() && subjectPost.title.isEmpty() && !counterparts.isEmpty())
                subjects = subjectByDescription(from, hit.pos, *out, counterparts);
            // "Nurtleu also met with … During the meeting with Bahrain's Foreign Minister Abdullatif Al
            // Zayani, the sides signed …": a meeting the sentence names no subject of is the article's
            // latest subject's, unless that person is among its counterparts.
            if (carrySubject && subjects.isEmpty() && subjectPost.title.isEmpty() && !counterparts.isEmpty() &&
                std::all_of(counterparts.cbegin(), counterparts.cend(),
                            [](const QString &name) { return name.contains(u' '); }) &&
                !out->meetings.isEmpty()) {
                const MeetingFact &latest = out->meetings.last();
                const QStringList earlier = latest.participants.mid(0, latest.subjectCount);
                if (!earlier.isEmpty() && std::none_of(earlier.cbegin(), earlier.cend(), [&](const QString &name) {
                        return counterparts.contains(name);
                    }))
                    subjects = earlier;
            }
            if (carrySubject && subjects.isEmpty() && subjectPost.title.isEmpty() && !counterparts.isEmpty())
                subjects = travellerBefore(from, to, counterparts);
            if ((subjects.isEmpty() && subjectPost.title.isEmpty()) || (counterparts.isEmpty() && unnamed.isEmpty()))
                continue;
            MeetingFact meeting;
            meeting.participants = subjects + counterparts;
            meeting.subjectCount = int(subjects.size());
            meeting.unnamedCounterparts = unnamed;
            meeting.subjectPost = subjectPost;
            const DateHit date = findDate(m_tokens, from, to, m_date);
            meeting.date = date.date.isValid() ? date.date : m_date;
            // Place: the city nearest the trigger that the sentence puts the meeting in ("in Geneva",
            // "в Женеве", "Женевада"), then one it travels to, then any it names — within the sentence
            // but not past a Russian participle clause, which tells of something else.
            int placeEnd = to;
            for (int k = hit.endPos + 1; k < to; ++k) {
                if (m_language != Language::English && clauseBoundary(m_tokens, k, m_language == Language::English)) {
                    placeEnd = k;
                    break;
                }
            }
            int bestRank = INT_MAX, bestDistance = INT_MAX;
            for (const Span &city : m_spans) {
                if (city.type != EntityType::City || city.first < from || city.first >= placeEnd)
                    continue;
                // A city the words after the trigger put the meeting in, outside any post, first: "A
                // (Consul General in Almaty) and B discussed … at the meeting in Taraz".
                const int owner = spanAt(city.first);
                const bool inPost = owner >= 0 && m_spans[size_t(owner)].source == Source::Title;
                const bool placedAfter = city.first > hit.endPos && !inPost && placedAt(city, from, false);
                const int rank = placedAfter ? 0 : placedAt(city, from, false) ? 1 : placedAt(city, from, true) ? 2 : 3;
                const int distance = std::abs(city.first - hit.pos);
                if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
                    bestRank = rank;
                    bestDistance = distance;
                    meeting.place = city.name;
                }
            }
            meeting.evidenceStart = cp(b);
            meeting.evidenceEnd = cp(e);
            out->meetings.append(meeting);
            return; // one meeting per sentence: the best trigger
        }
    }
}

std::vector<int> Run::personSpansIn(int from, int to) const
{
    std::vector<int> spans;
    for (int k = from; k < to; ++k) {
        const int s = spanAt(k);
        if (s >= 0 && m_spans[size_t(s)].type == EntityType::Person && m_spans[size_t(s)].first == k)
            spans.push_back(s);
    }
    return spans;
}

void Run::dropRemoteTalks(const std::vector<std::pair<int, int>> &ranges, Extraction *out)
{
    // "Мұхтар Тілеуберді … Чингиз Айдарбековпен … талқылады. … телефон арқылы сөйлесті": the lead
    // sentence tells of the talk, the next one says it was a call. A meeting is dropped when a
    // sentence about talks at a distance names two of its sides (its one side when it has one).
    const auto it = d.triggers.constFind(m_lang);
    if (it == d.triggers.cend())
        return;
    // Only a sentence that names a side of some meeting can drop one: the patterns are tried on
    // those alone, not on the whole text. An article's meetings have a handful of sides: a list.
    QStringList sides;
    for (const MeetingFact &m : std::as_const(out->meetings)) {
        for (const QString &p : m.participants) {
            if (!sides.contains(p))
                sides.append(p);
        }
    }
    std::vector<QStringList> remoteNames; // the people each such sentence names
    for (const auto &[from, to] : ranges) {
        QStringList names;
        for (const int s : personSpansIn(from, to))
            names.append(m_spans[size_t(s)].name);
        const bool namesASide =
            std::any_of(names.cbegin(), names.cend(), [&sides](const QString &name) { return sides.contains(name); });
        if (namesASide && matchesAny(it.value().remote, m_text, {tok(from).b, tok(to - 1).e}, m_utf16, &wordStarts()))
            remoteNames.push_back(names);
    }
    // A meeting its own sentence dates apart from the article ("Previously Putin and Tokayev had a
    // meeting … on June 17") is an earlier one, not the call.
    out->meetings.removeIf([&remoteNames, this](const MeetingFact &m) {
        if (m.date.isValid() && m.date != m_date)
            return false;
        const qsizetype needed = std::min<qsizetype>(2, m.participants.size());
        return needed > 0 && std::any_of(remoteNames.cbegin(), remoteNames.cend(), [&](const QStringList &names) {
                   return std::count_if(m.participants.cbegin(), m.participants.cend(),
                                        [&](const QString &p) { return names.contains(p); }) >= needed;
               });
    });
}

// A meeting's sides as a set would hold them, in a list: sorted, each once. A meeting has two to
// a handful, where a QSet was made and freed for each pair compared.
QStringList sidesOf(const MeetingFact &meeting)
{
    QStringList sides = meeting.participants;
    std::sort(sides.begin(), sides.end());
    sides.erase(std::unique(sides.begin(), sides.end()), sides.end());
    return sides;
}

void mergeRetoldMeetings(QList<MeetingFact> *meetings)
{
    // "Meeting with Gurbanguly Berdimuhamedov" as a heading, then "During the talks with … Gurbanguly
    // Berdimuhamedov, the sides discussed …": one meeting told twice. Two on the same date whose
    // named sides are the same become one, with the place and the sides either gives; the evidence
    // is the sentence that says the most (the place, then more sides).
    for (qsizetype i = 0; i < meetings->size(); ++i) {
        // The same sides while i takes others in: a merged meeting has the same ones.
        const QStringList sidesA = sidesOf(meetings->at(i));
        for (qsizetype j = i + 1; j < meetings->size();) {
            MeetingFact &a = (*meetings)[i];
            const MeetingFact &b = meetings->at(j);
            if (a.date != b.date || a.subjectCount == 0 || b.subjectCount == 0 || sidesA != sidesOf(b)) {
                ++j;
                continue;
            }
            const bool bSaysMore = (a.place.isEmpty() && !b.place.isEmpty()) ||
                (a.place.isEmpty() == b.place.isEmpty() && b.unnamedCounterparts.size() > a.unnamedCounterparts.size());
            if (bSaysMore) {
                a.evidenceStart = b.evidenceStart;
                a.evidenceEnd = b.evidenceEnd;
                a.subjectCount = b.subjectCount;
                a.participants = b.participants;
            }
            if (a.place.isEmpty())
                a.place = b.place;
            for (const QString &unnamed : b.unnamedCounterparts) {
                if (!a.unnamedCounterparts.contains(unnamed))
                    a.unnamedCounterparts.append(unnamed);
            }
            meetings->removeAt(j);
        }
    }
}

bool Run::followsComma(int s) const
{
    int k = m_spans[size_t(s)].first - 1;
    if (const int post = spanAt(k); post >= 0 && m_spans[size_t(post)].roleOf == s)
        k = m_spans[size_t(post)].first - 1;
    if (k >= 0 && tok(k).lower == u"the"_w)
        --k;
    return k >= 0 && tok(k).punct == u',';
}

QString Run::unnamedSide(const Span &post, int end)
{
    const QString written = m_text.mid(tok(post.first).b, tok(end).e - tok(post.first).b);
    if (m_language != Language::Russian || post.source != Source::Title || post.entry < 0)
        return written;
    // "с послами Словакии", "принял послов России": a plural in the instrumental or the accusative,
    // put into the nominative plural by its ending (the dictionary's lemma would be singular); the
    // genitives after it stay as written. No post's own nominative ends so.
    if (const QString &word = tok(post.first).text;
        word.size() >= 5 && morph::endsWithAny(tok(post.first).lower, {u"ами", u"ями", u"ов", u"ев", u"ей"})) {
        const qsizetype ending = morph::endsWithAny(tok(post.first).lower, {u"ами", u"ями"}) ? 3 : 2;
        const bool velar = QStringView(u"кгхжшчщ").contains(word.at(word.size() - ending - 1).toLower());
        const bool soft = word.endsWith(u"ями") || word.endsWith(u"ей");
        return word.chopped(ending) + (soft || velar ? u'и' : u'ы') +
            m_text.mid(tok(post.first).e, tok(end).e - tok(post.first).e);
    }
    // The longest alias of the post's title whose words the first tokens are forms of, one by one.
    int phraseEnd = -1;
    QStringList aliasWords;
    QStringList keys;
    for (const QString &alias : d.entries.at(post.entry).aliases) {
        const QStringList words = alias.split(u' ', Qt::SkipEmptyParts);
        const int last = post.first + int(words.size()) - 1;
        if (words.isEmpty() || last > end || last <= phraseEnd)
            continue;
        bool same = true;
        for (qsizetype k = 0; same && k < words.size(); ++k) {
            const int t = post.first + int(k);
            // A plural ("с послами", "с руководителями"): the dictionary's form is singular.
            if (!tok(t).word || morph::endsWithAny(tok(t).lower, {u"ами", u"ями", u"ыми", u"ими"})) {
                same = false;
                break;
            }
            EntityData::wordKeys(words.at(k), m_lang, &keys);
            const QStringList &tokenKeys = keysOf(t);
            same = std::any_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return tokenKeys.contains(key); });
        }
        if (same) {
            phraseEnd = last;
            aliasWords = words;
        }
    }
    if (phraseEnd < 0)
        return written;
    QString side;
    for (int t = post.first; t <= phraseEnd; ++t) {
        const QString &lower = tok(t).lower;
        const QString &aliasWord = aliasWords.at(t - post.first);
        // The dictionary's form of the word; for a word the dictionary lacks, the alias's when it is
        // a base form (titles.txt also lists genitives, "посла"), else the word as written.
        QString word = tok(t).text; // as written when already the alias's form ("глава МИД КНР")
        if (lower != aliasWord && !tok(t).upper) {
            word = m_lexicon.commonLemma(lower);
            if (word.isEmpty() || word == lower)
                word = morph::stemKey(aliasWord, m_lang) == aliasWord ? aliasWord : lower;
        }
        if (t == post.first && tok(t).cap && !word.isEmpty())
            word[0] = word.at(0).toUpper();
        else if (word == lower)
            word = tok(t).text;
        if (!side.isEmpty())
            side += u' ';
        side += word;
    }
    return side + m_text.mid(tok(phraseEnd).e, tok(end).e - tok(phraseEnd).e);
}

void Run::placeFromTrip(size_t sentence, const std::vector<std::pair<int, int>> &ranges, MeetingFact *meeting)
{
    const auto it = d.triggers.constFind(m_lang);
    if (it == d.triggers.cend() || it.value().during.patterns.isEmpty())
        return;
    const auto [from, to] = ranges[sentence];
    const bool ownDate = findDate(m_tokens, from, to, m_date).date.isValid();
    if ((!meeting->place.isEmpty() && ownDate) ||
        !matchesAny(it.value().during, m_text, {tok(from).b, tok(to - 1).e}, m_utf16, &wordStarts()))
        return;
    for (size_t back = 1; back <= 3 && back <= sentence; ++back) {
        const auto [tripFrom, tripTo] = ranges[sentence - back];
        if (!matchesAny(it.value().trip, m_text, {tok(tripFrom).b, tok(tripTo - 1).e}, m_utf16, &wordStarts()))
            continue;
        // The trip of one of the meeting's sides, or of someone not named: another person's is
        // another story.
        if (!namesOnlySidesOf(tripFrom, tripTo, *meeting))
            return;
        const int placed = placedCity(tripFrom, tripTo, true);
        const QString city = placed >= 0 ? m_spans[size_t(placed)].name : QString();
        const DateHit tripDate = findDate(m_tokens, tripFrom, tripTo, m_date);
        const bool takesCity = meeting->place.isEmpty() && !city.isEmpty();
        const bool takesDate = !ownDate && tripDate.date.isValid();
        if (!takesCity && !takesDate)
            return;
        if (takesCity)
            meeting->place = city;
        if (takesDate)
            meeting->date = tripDate.date;
        meeting->evidenceStart = cp(tok(tripFrom).b); // the evidence shows the trip, too
        return;
    }
}

QStringList Run::travellerBefore(int from, int to, const QStringList &counterparts)
{
    const auto it = d.triggers.constFind(m_lang);
    if (it == d.triggers.cend() || it.value().during.patterns.isEmpty() ||
        !matchesAny(it.value().during, m_text, {tok(from).b, tok(to - 1).e}, m_utf16, &wordStarts()))
        return {};
    const size_t sentence = sentenceOf(from);
    for (size_t back = 1; back <= 3 && back <= sentence; ++back) {
        const auto [tripFrom, tripTo] = m_sentences[sentence - back];
        if (!matchesAny(it.value().trip, m_text, {tok(tripFrom).b, tok(tripTo - 1).e}, m_utf16, &wordStarts()))
            continue;
        QStringList travellers;
        for (const int s : personSpansIn(tripFrom, tripTo)) {
            const QString &name = m_spans[size_t(s)].name;
            if (!counterparts.contains(name) && !travellers.contains(name))
                travellers.append(name);
        }
        return travellers.size() == 1 ? travellers : QStringList{};
    }
    return {};
}

void Run::placeFromVenue(int from, int to, MeetingFact *meeting, Venue where)
{
    const auto it = d.triggers.constFind(m_lang);
    if (!meeting->place.isEmpty() || it == d.triggers.cend() || it.value().venue.patterns.isEmpty())
        return;
    // "Встреча дипломатов состоялась в Чолпон-Ате": about the same meeting only while it names
    // none but its sides.
    if (!namesOnlySidesOf(from, to, *meeting) ||
        !matchesAny(it.value().venue, m_text, {tok(from).b, tok(to - 1).e}, m_utf16, &wordStarts()))
        return;
    if (const int placed = placedCity(from, to, false); placed >= 0) {
        meeting->place = m_spans[size_t(placed)].name;
        // The evidence shows where, too.
        if (where == Venue::After)
            meeting->evidenceEnd = cp(tok(to - 1).e);
        else
            meeting->evidenceStart = cp(tok(from).b);
    }
}

bool Run::placedAt(const Span &city, int from, bool toCounts) const
{
    const QString &prev = city.first > from ? tok(city.first - 1).lower : QString();
    const QString &word = tok(city.last).lower;
    return prev == u"in"_w || prev == u"в"_w || prev == u"во"_w || (toCounts && prev == u"to"_w) ||
        (m_language == Language::Kazakh && morph::stripKazakhCase(word) != word);
}

int Run::placedCity(int from, int to, bool toCounts) const
{
    for (int k = from; k < to; ++k) {
        const int s = spanAt(k);
        if (s >= 0 && m_spans[size_t(s)].first == k && m_spans[size_t(s)].type == EntityType::City &&
            placedAt(m_spans[size_t(s)], from, toCounts))
            return s;
    }
    return -1;
}

bool Run::namesOnlySidesOf(int from, int to, const MeetingFact &meeting) const
{
    const std::vector<int> named = personSpansIn(from, to);
    return std::none_of(named.cbegin(), named.cend(),
                        [&](int s) { return !meeting.participants.contains(m_spans[size_t(s)].name); });
}

// The post nearest before a meeting trigger that names nobody ("The Ambassador of Kazakhstan to
// Kenya held a meeting with …"). The article's own holder of that post is the subject when there
// is exactly one ("Ambassador A. Temirov … The Ambassador also met …"); otherwise the post is
// handed on for the store to resolve by date, provided it says whose post it is.
QStringList Run::holdersOf(const RolePost &post, const Extraction &facts)
{
    QStringList holders;
    for (const RoleFact &r : facts.roles) {
        if (r.title == post.title && (post.country.isEmpty() || r.country == post.country) &&
            (post.to.isEmpty() || r.to == post.to) && !holders.contains(r.person))
            holders.append(r.person);
    }
    return holders;
}

// "состоялась встреча министра иностранных дел Казахстана с …": the post of no one named that the
// meeting noun's genitive is, the side that met; or -1.
int Run::postAfterNoun(int triggerPos, int triggerEnd) const
{
    if (triggerEnd != triggerPos || triggerEnd + 2 >= size())
        return -1;
    const QString &noun = tok(triggerPos).lower;
    if (noun != u"встреча"_w && noun != u"встречи"_w)
        return -1;
    const int k = triggerEnd + 1;
    const int s = spanAt(k);
    if (s < 0 || m_spans[size_t(s)].first != k || m_spans[size_t(s)].source != Source::Title ||
        m_spans[size_t(s)].roleOf >= 0)
        return -1;
    // "встреча министра экологии и природных ресурсов РК Зульфии Сулейменовой с …": the post of
    // the person named after it, before the counterpart's "с".
    for (int m = m_spans[size_t(s)].last + 1; m < size() && m <= m_spans[size_t(s)].last + 8; ++m) {
        if (tok(m).lower == u"с"_w || tok(m).lower == u"со"_w || tok(m).punct != 0)
            break;
        const int after = spanAt(m);
        if (after >= 0 && m_spans[size_t(after)].type == EntityType::Person)
            return -1;
    }
    return s;
}

QStringList Run::subjectByPost(int from, int triggerPos, int triggerEnd, const Extraction &facts, RolePost *unresolved)
{
    const Span *post = nullptr;
    for (int k = triggerPos - 1; k >= from && !post; --k) {
        const int s = spanAt(k);
        if (s >= 0 && m_spans[size_t(s)].source == Source::Title && m_spans[size_t(s)].roleOf < 0)
            post = &m_spans[size_t(s)];
    }
    if (const int s = postAfterNoun(triggerPos, triggerEnd); !post && s >= 0)
        post = &m_spans[size_t(s)];
    if (!post)
        return {};
    const RolePost details = postOf(*post);
    const QStringList holders = holdersOf(details, facts);
    if (holders.size() == 1)
        return holders;
    if (holders.isEmpty() && !details.country.isEmpty()) {
        *unresolved = details;
        unresolved->titleText = unnamedSide(*post, post->last); // "министра …" -> "министр …"
    }
    return {};
}

// "The American diplomat", "Казахстанский дипломат", "Қазақстандық дипломат" before a meeting
// trigger: the person the article named last before this sentence whose post is that country's,
// when that person is not among the meeting's counterparts.
QStringList Run::subjectByDescription(int from, int triggerPos, const Extraction &facts,
                                      const QStringList &counterparts)
{
    QString country;
    for (int k = from + 1; k < triggerPos && country.isEmpty(); ++k) {
        const QString &w = tok(k).lower;
        if ((w == u"diplomat"_w || w == u"дипломат"_w) && tok(k - 1).word && free(k - 1))
            country = countryOfAdjective(k - 1);
    }
    if (country.isEmpty())
        return {};
    QSet<QString> ofCountry;
    for (const RoleFact &r : facts.roles) {
        if (r.country == country && !counterparts.contains(r.person))
            ofCountry.insert(r.person);
    }
    const Span *latest = nullptr;
    for (const Span &s : m_spans) {
        if (s.type == EntityType::Person && s.last < from && ofCountry.contains(s.name) &&
            (!latest || s.first > latest->first))
            latest = &s;
    }
    return latest ? QStringList{latest->name} : QStringList{};
}

Extraction Run::run()
{
    Extraction out;
    if (m_tokens.empty())
        return out;
    const bool surrogates = m_surrogates;
    // A sentence of a text without surrogates is valid UTF-16 too: the pattern scans need not check.
    m_utf16 = surrogates ? Utf16::Unchecked : Utf16::Valid;
    if (surrogates) {
        m_cpIndex.resize(size_t(m_text.size()) + 1);
        int cpos = 0;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            m_cpIndex[size_t(i)] = cpos;
            if (!(m_text.at(i).isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate()))
                ++cpos;
        }
        m_cpIndex[size_t(m_text.size())] = cpos;
    }
    m_sentences = sentences(m_tokens);
    const auto &ranges = m_sentences;
    for (const auto &[from, to] : ranges) {
        matchDottedAcronyms(from, to);
        matchQuotedOrgs(from, to);
        matchGazetteer(d.names, false, from, to);
        matchOrgPatterns(from, to);
        matchGazetteer(d.titles, true, from, to);
        extendTitles(from, to);
        findPeople(from, to);
    }
    unifyDeclinedNames();
    resolveCoreference();
    // The meeting triggers run once over the whole text; only sentences they touch are read closely.
    // Before the roles: a Kazakh post before a name and a trigger is the side that met, no role.
    if (const auto it = d.triggers.constFind(m_lang); it != d.triggers.cend())
        m_triggerHits = findTriggers(it.value().meeting, m_text, {}, m_utf16, &wordStarts());
    const std::vector<std::pair<int, int>> &triggerHits = m_triggerHits;
    buildRoles(&out);
    qsizetype meetingsBefore = 0;
    for (size_t sentence = 0; sentence < ranges.size(); ++sentence) {
        const auto [from, to] = ranges[sentence];
        const qsizetype found = out.meetings.size();
        if (touches(triggerHits, tok(from).b, tok(to - 1).e))
            findMeetings(from, to, triggerHits, &out);
        if (out.meetings.size() > found) {
            placeFromTrip(sentence, ranges, &out.meetings.last());
            // found == meetingsBefore: the sentence before found no meeting.
            if (sentence > 0 && found == meetingsBefore)
                placeFromVenue(ranges[sentence - 1].first, ranges[sentence - 1].second, &out.meetings.last(),
                               Venue::Before);
        }
        // Only the sentence right after a meeting's: one further on may tell of another meeting.
        if (out.meetings.size() == found && found > meetingsBefore)
            placeFromVenue(from, to, &out.meetings.last());
        meetingsBefore = found;
    }
    if (!out.meetings.isEmpty())
        dropRemoteTalks(ranges, &out);
    mergeRetoldMeetings(&out.meetings);
    for (const Span &s : m_spans) {
        Mention m;
        m.start = cp(tok(s.first).b);
        m.end = cp(tok(s.last).e);
        m.type = s.type;
        // A part of the text, not a copy: it keeps the whole text alive while the Extraction lives,
        // and every caller (the ingest, tag, eval) drops its Extraction with its text.
        m.text = text::sharedPart(m_text, tok(s.first).b, tok(s.last).e - tok(s.first).b);
        m.name = s.name;
        out.mentions.append(m);
    }
    std::sort(out.mentions.begin(), out.mentions.end(), [](const Mention &a, const Mention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return out;
}

} // namespace

Extractor::Extractor()
    : d(EntityData::instance())
{
}

Extractor::~Extractor() = default;
Extractor::Extractor(const Extractor &) = default;
Extractor &Extractor::operator=(const Extractor &) = default;

Extraction Extractor::extract(const QString &text, const QString &lang, core::DateValue articleDate) const
{
    const QString language = lang.isEmpty() ? guessLanguage(text) : lang;
    Run run(*d, text, language, articleDate);
    return run.run();
}

QString Extractor::guessLanguage(QStringView text)
{
    static const QString kazakh = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    qsizetype cyrillic = 0, latin = 0, kk = 0;
    for (const QChar c : text.left(20000)) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Cyrillic) {
            ++cyrillic;
            if (kazakh.contains(c))
                ++kk;
        } else if (c.script() == QChar::Script_Latin) {
            ++latin;
        }
    }
    if (cyrillic > latin)
        return kk * 100 > cyrillic ? QStringLiteral("kk") : QStringLiteral("ru");
    return QStringLiteral("en");
}

} // namespace elshi::entities
