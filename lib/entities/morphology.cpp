#include "morphology.h"

#include <text/wordliteral.h>
#include <text/wordmemo.h>

#include <QHash>

#include <algorithm>
#include <array>
#include <libstemmer.h>
#include <memory>

namespace elshi::entities::morph {

namespace {

bool endsWith(const QString &s, QStringView suffix)
{
    return s.endsWith(suffix, Qt::CaseInsensitive);
}

bool isRuVowel(QChar c)
{
    static const QString vowels = QStringLiteral("аеёиоуыэюяАЕЁИОУЫЭЮЯ");
    return vowels.contains(c);
}

bool isHushing(QChar c)
{
    static const QString hushing = QStringLiteral("жшчщцЖШЧЩЦ");
    return hushing.contains(c);
}

struct Analysis
{
    QString nominative;
    Case grammaticalCase;
    Gender gender; // Unknown: either gender declines this way
    Gender known = Gender::Unknown; // the gender the lookup gives nominative, once asked
};

// Every reading of one word as an inflected form of a name. The word itself read as nominative is
// always included.
QList<Analysis> analyse(const QString &word)
{
    QList<Analysis> out;
    out.append({word, Case::Nominative, Gender::Unknown});
    const qsizetype n = word.size();
    if (n < 3)
        return out;
    auto base = [&](int cut) { return word.left(n - cut); };
    auto add = [&](const QString &nominative, Case c, Gender g) {
        if (nominative.size() >= 2)
            out.append({nominative, c, g});
    };
    const QChar last = word.at(n - 1).toLower();
    const QChar beforeLast = word.at(n - 2).toLower();
    // Adjectival surnames: -ский/-цкий/-ская.
    struct Adjectival
    {
        const char16_t *ending;
        const char16_t *nominative;
        Case grammaticalCase;
        Gender gender;
    };
    static const Adjectival adjectival[] = {
        {u"ского", u"ский", Case::Genitive, Gender::Masculine},
        {u"скому", u"ский", Case::Dative, Gender::Masculine},
        {u"ским", u"ский", Case::Instrumental, Gender::Masculine},
        {u"ском", u"ский", Case::Prepositional, Gender::Masculine},
        {u"ской", u"ская", Case::Genitive, Gender::Feminine},
        {u"ской", u"ская", Case::Instrumental, Gender::Feminine},
        {u"скую", u"ская", Case::Accusative, Gender::Feminine},
    };
    bool adjective = false;
    for (const Adjectival &a : adjectival) {
        const QStringView e(a.ending);
        if (endsWith(word, e)) {
            add(base(int(e.size())) + QStringView(a.nominative), a.grammaticalCase, a.gender);
            adjective = true;
        }
    }
    if (adjective)
        return out;
    const QString lower = word.toLower();
    // -ов/-ев/-ин surnames: masculine -ым, feminine -ой/-у.
    const bool possessiveStem2 = [&](const QString &stem) {
        return stem.endsWith(u"ов") || stem.endsWith(u"ев") || stem.endsWith(u"ёв") || stem.endsWith(u"ин") ||
            stem.endsWith(u"ын");
    }(lower.left(n - 2));
    if (lower.endsWith(u"ым") && possessiveStem2)
        add(base(2), Case::Instrumental, Gender::Masculine);
    if (lower.endsWith(u"ой")) {
        add(base(2) + u'а', Case::Instrumental, Gender::Unknown);
        if (possessiveStem2)
            add(base(2) + u'а', Case::Genitive, Gender::Feminine);
    }
    if (lower.endsWith(u"ом") && !isRuVowel(word.at(n - 3)))
        add(base(2), Case::Instrumental, Gender::Masculine);
    if (lower.endsWith(u"ем")) {
        const QChar c = word.at(n - 3).toLower();
        if (c == u'и' || c == u'е' || c == u'а' || c == u'у' || c == u'о')
            add(base(2) + u'й', Case::Instrumental, Gender::Masculine);
        else if (isHushing(c))
            add(base(2), Case::Instrumental, Gender::Masculine);
        else
            add(base(2) + u'ь', Case::Instrumental, Gender::Masculine);
    }
    if (lower.endsWith(u"ей")) {
        const QChar c = word.at(n - 3).toLower();
        if (c == u'и' || c == u'ь')
            add(base(2) + u'я', Case::Instrumental, Gender::Unknown);
    }
    if (last == u'а' && !isRuVowel(beforeLast)) {
        add(base(1), Case::Genitive, Gender::Masculine);
        add(base(1), Case::Accusative, Gender::Masculine);
    }
    if (last == u'я') {
        if (beforeLast == u'и' || isRuVowel(beforeLast)) {
            add(base(1) + u'й', Case::Genitive, Gender::Masculine);
            add(base(1) + u'й', Case::Accusative, Gender::Masculine);
        } else {
            add(base(1) + u'ь', Case::Genitive, Gender::Masculine);
            add(base(1) + u'ь', Case::Accusative, Gender::Masculine);
        }
    }
    if (last == u'у' && !isRuVowel(beforeLast)) {
        add(base(1), Case::Dative, Gender::Masculine);
        add(base(1) + u'а', Case::Accusative, Gender::Unknown);
    }
    if (last == u'ю') {
        if (isRuVowel(beforeLast)) {
            add(base(1) + u'й', Case::Dative, Gender::Masculine);
            add(base(1) + u'я', Case::Accusative, Gender::Unknown);
        } else {
            add(base(1) + u'ь', Case::Dative, Gender::Masculine);
        }
    }
    if (last == u'е' && !isRuVowel(beforeLast)) {
        add(base(1), Case::Prepositional, Gender::Masculine);
        add(base(1) + u'а', Case::Dative, Gender::Unknown);
        add(base(1) + u'а', Case::Prepositional, Gender::Unknown);
    }
    if (last == u'и') {
        if (beforeLast == u'и') {
            add(base(1) + u'я', Case::Genitive, Gender::Unknown);
            add(base(1) + u'й', Case::Prepositional, Gender::Masculine);
        } else if (!isRuVowel(beforeLast)) {
            add(base(1) + u'а', Case::Genitive, Gender::Unknown);
            add(base(1) + u'я', Case::Genitive, Gender::Unknown);
        }
    }
    if (last == u'ы' && !isRuVowel(beforeLast))
        add(base(1) + u'а', Case::Genitive, Gender::Unknown);
    return out;
}

// Words that keep their form in every case: foreign names ending in a vowel other than а/я.
bool indeclinable(const QString &word, Gender gender)
{
    if (word.isEmpty())
        return true;
    const QChar last = word.back().toLower();
    if (QStringLiteral("еиоуюэы").contains(last))
        return true;
    // Feminine names and surnames ending in a consonant do not decline ("Лиза Селнес").
    if (gender == Gender::Feminine && !isRuVowel(last))
        return true;
    return !last.isLetter();
}

bool obliqueLooking(const QString &word)
{
    const QString w = word.toLower();
    return w.size() > 4 &&
        (w.endsWith(u"ом") || w.endsWith(u"ем") || w.endsWith(u"ым") || w.endsWith(u"им") || w.endsWith(u"ой"));
}

QString hyphenTail(const QString &word, QString *head)
{
    const qsizetype dash = word.lastIndexOf(u'-');
    if (dash <= 0 || dash + 1 >= word.size()) {
        head->clear();
        return word;
    }
    *head = word.left(dash + 1);
    return word.mid(dash + 1);
}

} // namespace

QStringList russianNominativeReadings(const QString &word)
{
    QStringList readings;
    for (const Analysis &a : analyse(word)) {
        if (!readings.contains(a.nominative))
            readings.append(a.nominative);
    }
    return readings;
}

RussianName russianNominative(const QStringList &words, GenderLookup lookup, const void *context)
{
    RussianName best;
    best.words = words;
    if (words.isEmpty())
        return best;
    QList<QList<Analysis>> analyses;
    QStringList heads;
    for (const QString &word : words) {
        QString head;
        const QString tail = hyphenTail(word, &head);
        heads.append(head);
        analyses.append(analyse(tail));
    }
    auto genderOf = [&](const QString &nominative) {
        return lookup ? lookup(nominative.toLower(), context) : Gender::Unknown;
    };
    // Each reading's gender and each word's look are asked once here, not again for each of the
    // twelve cases and genders tried below.
    std::vector<char> oblique; // obliqueLooking() of each word's surface form
    for (QList<Analysis> &list : analyses) {
        for (Analysis &a : list)
            a.known = genderOf(a.nominative);
        oblique.push_back(obliqueLooking(list.first().nominative) ? 1 : 0);
    }
    int bestScore = -1;
    for (const Case c :
         {Case::Nominative, Case::Instrumental, Case::Genitive, Case::Dative, Case::Accusative, Case::Prepositional}) {
        for (const Gender g : {Gender::Masculine, Gender::Feminine}) {
            int score = 0;
            QStringList chosen;
            bool declined = false;
            for (qsizetype i = 0; i < words.size(); ++i) {
                const QList<Analysis> &list = analyses.at(i);
                const QString &surface = list.first().nominative;
                int wordScore = 0;
                QString pick = surface;
                for (const Analysis &a : list) {
                    if (a.grammaticalCase != c || (a.gender != Gender::Unknown && a.gender != g))
                        continue;
                    // A word with an instrumental-looking ending is seldom a nominative name.
                    int s = a.nominative == surface && oblique[size_t(i)] ? 1 : 4;
                    const Gender known = a.known;
                    if (known == g)
                        s += 6;
                    else if (known != Gender::Unknown)
                        s -= 2;
                    if (s > wordScore) {
                        wordScore = s;
                        pick = a.nominative;
                    }
                }
                if (wordScore == 0 && c != Case::Nominative && indeclinable(surface, g))
                    wordScore = list.first().known == g ? 9 : 3; // "Пабло" in "с Пабло Рохасом"
                score += wordScore;
                declined = declined || pick != surface;
                chosen.append(heads.at(i) + pick);
            }
            if (c == Case::Nominative)
                score += 1; // prefer the nominative on a tie
            if (score > bestScore) {
                bestScore = score;
                best.words = chosen;
                best.grammaticalCase = c;
                best.declined = declined;
            }
        }
    }
    return best;
}

namespace {

enum Class
{
    Vowel,
    Sonorant, // л р й у з ж
    Nasal, // м н ң
    Voiceless, // п т к қ с ш ф х ц ч щ б в г ғ д
};

Class classOf(QChar c)
{
    static const QString vowels = QStringLiteral("аәеиоөұүыіэюяё");
    static const QString sonorants = QStringLiteral("лрйузж");
    static const QString nasals = QStringLiteral("мнң");
    const QChar l = c.toLower();
    if (vowels.contains(l))
        return Vowel;
    if (sonorants.contains(l))
        return Sonorant;
    if (nasals.contains(l))
        return Nasal;
    return Voiceless;
}

struct Suffix
{
    QStringView text;
    unsigned allowed; // bit mask of Class
};

constexpr unsigned bit(Class c)
{
    return 1u << c;
}

// Longest first; each ending only after the stem sounds that take it.
const Suffix kKazakhSuffixes[] = {
    {u"ндағы", bit(Vowel)},
    {u"ндегі", bit(Vowel)},
    {u"дағы", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"дегі", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"тағы", bit(Voiceless)},
    {u"тегі", bit(Voiceless)},
    {u"менен", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"ның", bit(Vowel) | bit(Nasal)},
    {u"нің", bit(Vowel) | bit(Nasal)},
    {u"дың", bit(Sonorant)},
    {u"дің", bit(Sonorant)},
    {u"тың", bit(Voiceless)},
    {u"тің", bit(Voiceless)},
    {u"нан", bit(Nasal)},
    {u"нен", bit(Nasal)},
    {u"дан", bit(Vowel) | bit(Sonorant)},
    {u"ден", bit(Vowel) | bit(Sonorant)},
    {u"тан", bit(Voiceless)},
    {u"тен", bit(Voiceless)},
    {u"мен", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"бен", bit(Sonorant) | bit(Nasal)},
    {u"пен", bit(Voiceless)},
    {u"нда", bit(Vowel)},
    {u"нде", bit(Vowel)},
    {u"ға", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"ге", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"қа", bit(Voiceless)},
    {u"ке", bit(Voiceless)},
    {u"да", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"де", bit(Vowel) | bit(Sonorant) | bit(Nasal)},
    {u"та", bit(Voiceless)},
    {u"те", bit(Voiceless)},
    {u"ны", bit(Vowel)},
    {u"ні", bit(Vowel)},
    {u"ды", bit(Sonorant) | bit(Nasal)},
    {u"ді", bit(Sonorant) | bit(Nasal)},
    {u"ты", bit(Voiceless)},
    {u"ті", bit(Voiceless)},
};

} // namespace

// After a possessive -ы/-і (-сы/-сі) the dative, ablative and accusative take an н: облысына,
// облысынан, облысын.
// Whether word ends with suffix, compared as endsWith(suffix, Qt::CaseInsensitive) does. The
// last letters are compared first: most words end otherwise, and the full comparison folds case.
static bool endsWithFolded(const QString &word, QStringView suffix)
{
    return word.size() >= suffix.size() && !suffix.isEmpty() && caseFolded(word.back()) == caseFolded(suffix.back()) &&
        word.endsWith(suffix, Qt::CaseInsensitive);
}

static bool possessiveCase(const QString &word, QString *stem)
{
    static constexpr QStringView suffixes[] = {u"нан", u"нен", u"на", u"не", u"н"};
    if (word.isEmpty())
        return false;
    // endsWithFolded() with the word's last letter folded once, not once for each ending.
    const QChar last = caseFolded(word.back());
    for (const QStringView suffix : suffixes) {
        if (word.size() < suffix.size() + 4 || caseFolded(suffix.back()) != last ||
            !word.endsWith(suffix, Qt::CaseInsensitive))
            continue;
        const QChar before = word.at(word.size() - suffix.size() - 1).toLower();
        if (before == u'ы' || before == u'і') {
            *stem = word.left(word.size() - suffix.size());
            return true;
        }
    }
    return false;
}

QStringList kazakhCaseReadings(const QString &word)
{
    QStringList out;
    for (const Suffix &s : kKazakhSuffixes) {
        const QStringView suffix = s.text;
        if (word.size() < suffix.size() + 3 || !endsWithFolded(word, suffix))
            continue;
        const QString stem = word.left(word.size() - suffix.size());
        if ((s.allowed & bit(classOf(stem.back()))) && !out.contains(stem))
            out.append(stem);
    }
    QString stem;
    if (possessiveCase(word, &stem) && !out.contains(stem))
        out.append(stem);
    return out;
}

QString stripKazakhCase(const QString &word)
{
    if (word.size() < 5)
        return word; // the shortest ending (two letters) needs a stem of three
    // The endings are lower case, their own case folding: compared with the word's last letter,
    // folded once, before the whole ending is.
    const QChar last = caseFolded(word.back());
    for (const Suffix &s : kKazakhSuffixes) {
        const QStringView suffix = s.text;
        if (word.size() < suffix.size() + 3 || suffix.back() != last || !word.endsWith(suffix, Qt::CaseInsensitive))
            continue;
        const QString stem = word.left(word.size() - suffix.size());
        if (s.allowed & bit(classOf(stem.back())))
            return stem;
    }
    QString stem;
    if (possessiveCase(word, &stem))
        return stem;
    return word;
}

QString stripEnglishPossessive(const QString &word)
{
    // Asked of most words: the last two letters compared directly, not through endsWith().
    const qsizetype n = word.size();
    if (n <= 3)
        return word;
    const QChar last = word.at(n - 1);
    const QChar before = word.at(n - 2);
    const auto apostrophe = [](QChar c) { return c == u'\'' || c == u'’'; };
    if (last == u's' && apostrophe(before))
        return word.left(n - 2);
    if (apostrophe(last) && before == u's')
        return word.left(n - 1);
    return word;
}

namespace {

QChar foldedForKeys(QChar c)
{
    if (c == u'ё')
        return u'е';
    if (c == u'’' || c == u'ʼ' || c == u'`')
        return u'\'';
    if (c == u'‑' || c == u'–')
        return u'-';
    return c;
}

QString foldCaseWithQt(QStringView word)
{
    QString s = word.toString().toLower();
    for (QChar &c : s)
        c = foldedForKeys(c);
    return s;
}

// The case of the characters below U+0500 (Latin, Greek, Cyrillic), looked up rather than asked
// of Qt's tables for every letter of every word. U+0130 (İ) lowers to two characters: not here.
struct CaseTables
{
    std::array<char16_t, 0x500> caseFolded{}; // QChar::toCaseFolded()
    std::array<char16_t, 0x500> keyFolded{}; // foldCase() of the one character
    // For isCyrillic(): 0 for no letter, 1 for a Cyrillic letter, 2 for a letter of another script.
    std::array<quint8, 0x500> letterScript{};
    CaseTables()
    {
        for (char16_t u = 0; u < 0x500; ++u) {
            caseFolded[u] = QChar(u).toCaseFolded().unicode();
            keyFolded[u] = foldedForKeys(QChar(u).toLower()).unicode();
            letterScript[u] = !QChar(u).isLetter() ? 0 : QChar(u).script() == QChar::Script_Cyrillic ? 1 : 2;
        }
    }
};

// Built when the library loads, not on first use: a function-local table would pay its
// initialisation guard on every character caseFolded() is asked about.
const CaseTables kCaseTables;

const CaseTables &caseTables()
{
    return kCaseTables;
}

} // namespace

QChar caseFolded(QChar c)
{
    return c.unicode() < 0x500 ? QChar(caseTables().caseFolded[c.unicode()]) : c.toCaseFolded();
}

bool foldCaseInto(QStringView word, char16_t *out)
{
    const CaseTables &tables = caseTables();
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x500 || u == 0x130)
            return false;
        *out++ = tables.keyFolded[u];
    }
    return true;
}

QString foldCase(QStringView word)
{
    if (word.isEmpty())
        return foldCaseWithQt(word);
    QString folded(word.size(), Qt::Uninitialized);
    if (!foldCaseInto(word, reinterpret_cast<char16_t *>(folded.data())))
        return foldCaseWithQt(word);
    return folded;
}

QString foldKazakhLetters(QStringView lower)
{
    QString s = lower.toString();
    for (QChar &c : s) {
        switch (c.unicode()) {
        case u'ә':
            c = u'а';
            break;
        case u'ғ':
            c = u'г';
            break;
        case u'қ':
            c = u'к';
            break;
        case u'ң':
            c = u'н';
            break;
        case u'ө':
            c = u'о';
            break;
        case u'ұ':
        case u'ү':
            c = u'у';
            break;
        case u'һ':
            c = u'х';
            break;
        case u'і':
            c = u'и';
            break;
        default:
            break;
        }
    }
    return s;
}

bool endsWithAny(QStringView word, std::initializer_list<std::u16string_view> endings)
{
    return std::any_of(endings.begin(), endings.end(),
                       [word](std::u16string_view e) { return text::endsWith(word, e); });
}

bool isCyrillic(QStringView word)
{
    const CaseTables &tables = caseTables();
    for (const QChar c : word) {
        if (c.unicode() < tables.letterScript.size()) {
            if (const quint8 script = tables.letterScript[c.unicode()])
                return script == 1;
        } else if (c.isLetter()) {
            return c.script() == QChar::Script_Cyrillic;
        }
    }
    return false;
}

namespace {

QString snowballRussian(const QString &lower)
{
    struct Deleter
    {
        void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
    };
    // Snowball stemmers keep state between calls: one per thread.
    thread_local std::unique_ptr<sb_stemmer, Deleter> stemmer(sb_stemmer_new("russian", "UTF_8"));
    if (!stemmer)
        return lower;
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol *out =
        sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return lower;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer.get()));
}

QString kazakhStem(const QString &lower)
{
    QString s = lower;
    for (int round = 0; round < 3; ++round) {
        const QString stripped = stripKazakhCase(s);
        QString next = stripped;
        // Possessive (-ы/-і/-сы/-сі) and plural (-лар/-лер/-дар/-дер/-тар/-тер) under the case ending.
        // First and second person ("Президентіміз" our President, "елімізде" in our country) first.
        for (const QStringView p :
             {QStringView(u"ымыз"), QStringView(u"іміз"), QStringView(u"ыңыз"), QStringView(u"іңіз"),
              QStringView(u"мыз"), QStringView(u"міз"), QStringView(u"ңыз"), QStringView(u"ңіз"), QStringView(u"лары"),
              QStringView(u"лері"), QStringView(u"сы"), QStringView(u"сі"), QStringView(u"ы"), QStringView(u"і")}) {
            if (next.size() >= p.size() + 4 && next.endsWith(p)) {
                next.chop(p.size());
                break;
            }
        }
        if (next == s)
            break;
        s = next;
    }
    return s;
}

// stem(lower), remembered per thread: the same words are stemmed article after article, and a
// stem costs a thousand instructions and more.
template<QString (*stem)(const QString &)>
QString rememberedStem(const QString &lower)
{
    thread_local text::WordMemo<QString> known(200000);
    return known.get(lower, [&lower] { return stem(lower); });
}

} // namespace

QString stemKey(const QString &lowerWord, const QString &lang)
{
    if (lang == u"ru")
        return isCyrillic(lowerWord) ? rememberedStem<snowballRussian>(lowerWord) : lowerWord;
    if (lang == u"kk")
        return isCyrillic(lowerWord) ? rememberedStem<kazakhStem>(lowerWord) : lowerWord;
    return stripEnglishPossessive(lowerWord);
}

} // namespace elshi::entities::morph
