#include "dateparser.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace elshi::corpus {

using core::DateValue;

namespace {

// Month vocabulary. A stem takes any suffix of its language's case endings; an exact form takes
// none. Kazakh Latin covers the 2021 alphabet (ä ğ ñ ş ı ü ū), the 2018 apostrophe alphabet
// (s', n', a') and the 2017–2019 acute variants (á ń ú ý ı) used by lat.egemen.kz.
enum class Kind : quint8
{
    Exact,
    Russian,
    KazakhCyrillic,
    KazakhLatin,
};

struct MonthForm
{
    const char16_t *text;
    quint8 month;
    Kind kind;
};

constexpr MonthForm kMonthForms[] = {
    // English: full names and abbreviations
    {u"january", 1, Kind::Exact},
    {u"february", 2, Kind::Exact},
    {u"march", 3, Kind::Exact},
    {u"april", 4, Kind::Exact},
    {u"may", 5, Kind::Exact},
    {u"june", 6, Kind::Exact},
    {u"july", 7, Kind::Exact},
    {u"august", 8, Kind::Exact},
    {u"september", 9, Kind::Exact},
    {u"october", 10, Kind::Exact},
    {u"november", 11, Kind::Exact},
    {u"december", 12, Kind::Exact},
    {u"jan", 1, Kind::Exact},
    {u"feb", 2, Kind::Exact},
    {u"mar", 3, Kind::Exact},
    {u"apr", 4, Kind::Exact},
    {u"jun", 6, Kind::Exact},
    {u"jul", 7, Kind::Exact},
    {u"aug", 8, Kind::Exact},
    {u"sep", 9, Kind::Exact},
    {u"sept", 9, Kind::Exact},
    {u"oct", 10, Kind::Exact},
    {u"nov", 11, Kind::Exact},
    {u"dec", 12, Kind::Exact},
    // Russian stems (январь, января, январе, январём…) and abbreviations
    {u"январ", 1, Kind::Russian},
    {u"феврал", 2, Kind::Russian},
    {u"март", 3, Kind::Russian},
    {u"апрел", 4, Kind::Russian},
    {u"май", 5, Kind::Exact},
    {u"мая", 5, Kind::Exact},
    {u"мае", 5, Kind::Exact},
    {u"маю", 5, Kind::Exact},
    {u"маем", 5, Kind::Exact},
    {u"июн", 6, Kind::Russian},
    {u"июл", 7, Kind::Russian},
    {u"август", 8, Kind::Russian},
    {u"сентябр", 9, Kind::Russian},
    {u"октябр", 10, Kind::Russian},
    {u"ноябр", 11, Kind::Russian},
    {u"декабр", 12, Kind::Russian},
    {u"янв", 1, Kind::Exact},
    {u"фев", 2, Kind::Exact},
    {u"февр", 2, Kind::Exact},
    {u"мар", 3, Kind::Exact},
    {u"апр", 4, Kind::Exact},
    {u"авг", 8, Kind::Exact},
    {u"сен", 9, Kind::Exact},
    {u"сент", 9, Kind::Exact},
    {u"окт", 10, Kind::Exact},
    {u"ноя", 11, Kind::Exact},
    {u"нояб", 11, Kind::Exact},
    {u"дек", 12, Kind::Exact},
    // Kazakh, Cyrillic script (қыркүйек softens to қыркүйег- before a vowel)
    {u"қаңтар", 1, Kind::KazakhCyrillic},
    {u"ақпан", 2, Kind::KazakhCyrillic},
    {u"наурыз", 3, Kind::KazakhCyrillic},
    {u"сәуір", 4, Kind::KazakhCyrillic},
    {u"мамыр", 5, Kind::KazakhCyrillic},
    {u"маусым", 6, Kind::KazakhCyrillic},
    {u"шілде", 7, Kind::KazakhCyrillic},
    {u"тамыз", 8, Kind::KazakhCyrillic},
    {u"қыркүйек", 9, Kind::KazakhCyrillic},
    {u"қыркүйег", 9, Kind::KazakhCyrillic},
    {u"қазан", 10, Kind::KazakhCyrillic},
    {u"қараша", 11, Kind::KazakhCyrillic},
    {u"желтоқсан", 12, Kind::KazakhCyrillic},
    // Kazakh, Latin script: 2021 alphabet
    {u"qañtar", 1, Kind::KazakhLatin},
    {u"aqpan", 2, Kind::KazakhLatin},
    {u"nauryz", 3, Kind::KazakhLatin},
    {u"säuır", 4, Kind::KazakhLatin},
    {u"säuir", 4, Kind::KazakhLatin},
    {u"mamyr", 5, Kind::KazakhLatin},
    {u"mausym", 6, Kind::KazakhLatin},
    {u"şılde", 7, Kind::KazakhLatin},
    {u"şilde", 7, Kind::KazakhLatin},
    {u"tamyz", 8, Kind::KazakhLatin},
    {u"qyrküiek", 9, Kind::KazakhLatin},
    {u"qyrküieg", 9, Kind::KazakhLatin},
    {u"qazan", 10, Kind::KazakhLatin},
    {u"qaraşa", 11, Kind::KazakhLatin},
    {u"jeltoqsan", 12, Kind::KazakhLatin},
    // 2017–2019 acute variants and the 2018 apostrophe alphabet
    {u"qańtar", 1, Kind::KazakhLatin},
    {u"qan'tar", 1, Kind::KazakhLatin},
    {u"naýryz", 3, Kind::KazakhLatin},
    {u"sáýir", 4, Kind::KazakhLatin},
    {u"sáuir", 4, Kind::KazakhLatin},
    {u"sa'ýir", 4, Kind::KazakhLatin},
    {u"sa'uir", 4, Kind::KazakhLatin},
    {u"maýsym", 6, Kind::KazakhLatin},
    {u"shilde", 7, Kind::KazakhLatin},
    {u"s'ilde", 7, Kind::KazakhLatin},
    {u"qyrkúıek", 9, Kind::KazakhLatin},
    {u"qyrkúiek", 9, Kind::KazakhLatin},
    {u"qyrkúıeg", 9, Kind::KazakhLatin},
    {u"qyrku'iek", 9, Kind::KazakhLatin},
    {u"qyrkýiek", 9, Kind::KazakhLatin},
    {u"qarasha", 11, Kind::KazakhLatin},
    {u"qaras'a", 11, Kind::KazakhLatin},
};

constexpr const char16_t *kRussianEndings[] = {u"", u"ь", u"я", u"е", u"ю", u"ем", u"ём", u"а", u"у", u"ом"};
constexpr const char16_t *kKazakhCyrillicEndings[] = {
    u"",     u"дың",  u"тың",   u"ның",   u"дің",    u"тің",    u"нің",  u"да",   u"та",   u"де",   u"те",
    u"нда",  u"нде",  u"ға",    u"қа",    u"ге",     u"ке",     u"на",   u"не",   u"нан",  u"тан",  u"дан",
    u"нен",  u"тен",  u"ден",   u"ы",     u"і",      u"сы",     u"сі",   u"ында", u"інде", u"дағы", u"тағы",
    u"дегі", u"тегі", u"ндағы", u"ндегі", u"ындағы", u"індегі", u"ынан", u"інен", u"ына",  u"іне"};
constexpr const char16_t *kKazakhLatinEndings[] = {
    u"",     u"dyñ",  u"tyñ",  u"nyñ",  u"dıñ", u"tıñ", u"nıñ",  u"dyń",  u"tyń", u"nyń", u"dyn'", u"tyn'",
    u"nyn'", u"diń",  u"tiń",  u"niń",  u"da",  u"ta",  u"de",   u"te",   u"nda", u"nde", u"ğa",   u"qa",
    u"ge",   u"ke",   u"ǵa",   u"g'a",  u"nan", u"tan", u"dan",  u"nen",  u"ten", u"den", u"y",    u"ı",
    u"i",    u"ynda", u"ınde", u"inde", u"sy",  u"sı",  u"dağy", u"dağı", u"daǵy"};

struct MonthTables
{
    struct Stem
    {
        QString text;
        quint8 month;
        Kind kind;
    };
    // Stems by their first letter, longest first, so a word costs one hash lookup and a few
    // prefix comparisons.
    QHash<char16_t, std::vector<Stem>> byFirst;
    QSet<QString> russian, kazakhCyrillic, kazakhLatin;

    MonthTables()
    {
        for (const MonthForm &f : kMonthForms) {
            const QString key = QString::fromUtf16(f.text);
            byFirst[key.front().unicode()].push_back({key, f.month, f.kind});
        }
        for (auto &stems : byFirst) {
            std::sort(stems.begin(), stems.end(),
                      [](const Stem &a, const Stem &b) { return a.text.size() > b.text.size(); });
        }
        for (const char16_t *e : kRussianEndings)
            russian.insert(QString::fromUtf16(e));
        for (const char16_t *e : kKazakhCyrillicEndings)
            kazakhCyrillic.insert(QString::fromUtf16(e));
        for (const char16_t *e : kKazakhLatinEndings)
            kazakhLatin.insert(QString::fromUtf16(e));
    }
};

const MonthTables &tables()
{
    static const MonthTables t;
    return t;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ' || c == u'`';
}

// ---- tokens -------------------------------------------------------------------------------

struct Token
{
    enum Type : quint8
    {
        Number,
        Word,
        Punct,
    };
    Type type;
    qsizetype begin;
    qsizetype end;
    int value = 0; // number value, or month for words
    int digits = 0;
    bool spaceBefore = false;
    QChar punct;
};

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool space = false;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace() || c == QChar(0xA0)) {
            space = true;
            ++i;
            continue;
        }
        Token t{Token::Punct, i, i + 1};
        t.spaceBefore = space;
        space = false;
        if (c.isDigit() && c.unicode() < 0x80) {
            qsizetype j = i;
            qint64 v = 0;
            while (j < n && text[j].isDigit() && text[j].unicode() < 0x80) {
                if (v < 100000000)
                    v = v * 10 + (text[j].unicode() - u'0');
                ++j;
            }
            t.type = Token::Number;
            t.end = j;
            t.value = int(v);
            t.digits = int(j - i);
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n &&
                   (text[j].isLetterOrNumber() || text[j].isMark() ||
                    (isApostrophe(text[j]) && j + 1 < n && text[j + 1].isLetter())))
                ++j;
            t.type = Token::Word;
            t.end = j;
            t.value = DateParser::monthNumber(text.mid(i, j - i));
        } else {
            t.punct = c;
        }
        tokens.append(t);
        i = t.end;
    }
    return tokens;
}

bool wordIs(QStringView text, const Token &t, std::initializer_list<const char16_t *> words)
{
    if (t.type != Token::Word)
        return false;
    const QStringView w = text.mid(t.begin, t.end - t.begin);
    for (const char16_t *candidate : words) {
        if (w.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isPunct(const QList<Token> &tokens, qsizetype i, char16_t p)
{
    return i < tokens.size() && tokens[i].type == Token::Punct && tokens[i].punct == QChar(p);
}

bool isDay(const Token &t)
{
    return t.type == Token::Number && t.digits <= 2 && t.value >= 1 && t.value <= 31;
}

bool isMonthNumber(const Token &t)
{
    return t.type == Token::Number && t.digits <= 2 && t.value >= 1 && t.value <= 12;
}

bool isYear(const Token &t)
{
    return t.type == Token::Number && t.digits == 4 && t.value >= 1000 && t.value <= 2999;
}

bool isMonth(const Token &t)
{
    return t.type == Token::Word && t.value > 0;
}

// A four-digit year after a month: not when it is a time ("16:54") or part of a longer number.
bool yearAt(const QList<Token> &tokens, qsizetype i)
{
    return i < tokens.size() && isYear(tokens[i]) && !isPunct(tokens, i + 1, u':') &&
        !(isPunct(tokens, i + 1, u'.') && i + 2 < tokens.size() && tokens[i + 2].type == Token::Number &&
          !tokens[i + 2].spaceBefore);
}

// Ordinal endings after a day number: "22-сі", "1-ші", "5-го", "3rd".
bool isDaySuffix(QStringView text, const Token &t)
{
    return wordIs(text, t, {u"сі", u"сы", u"і",  u"ы",  u"ші", u"шы", u"нші", u"ншы", u"го",  u"е",   u"я",
                            u"st", u"nd", u"rd", u"th", u"si", u"sı", u"şi",  u"shi", u"nşi", u"nshi"});
}

bool isYearWord(QStringView text, const Token &t)
{
    return wordIs(text, t,
                  {u"жылғы", u"жылы", u"жылдың", u"жыл", u"ж", u"года", u"году", u"год", u"г", u"гг", u"jylğy", u"jyly",
                   u"jylgy", u"jyldyñ", u"jyl", u"j"});
}

struct Scan
{
    DateValue value;
    qsizetype first = -1; // token range, inclusive
    qsizetype last = -1;
};

// Tries every date form starting at token i.
Scan matchAt(QStringView text, const QList<Token> &tk, qsizetype i)
{
    const qsizetype n = tk.size();
    auto at = [&](qsizetype k) -> const Token * { return k < n ? &tk[k] : nullptr; };
    const Token &t = tk[i];

    if (t.type == Token::Number) {
        // 2024-03-09
        if (isYear(t) && isPunct(tk, i + 1, u'-') && at(i + 2) && isMonthNumber(tk[i + 2]) &&
            isPunct(tk, i + 3, u'-') && at(i + 4) && isDay(tk[i + 4]) && !tk[i + 1].spaceBefore &&
            !tk[i + 4].spaceBefore) {
            if (DateValue v = DateValue::ofDay(t.value, tk[i + 2].value, tk[i + 4].value); v.isValid())
                return {v, i, i + 4};
        }
        // 07.03.2024 and 09/03/2017: day first
        for (char16_t sep : {u'.', u'/'}) {
            if (isDay(t) && isPunct(tk, i + 1, sep) && at(i + 2) && isMonthNumber(tk[i + 2]) &&
                isPunct(tk, i + 3, sep) && at(i + 4) && isYear(tk[i + 4]) && !tk[i + 1].spaceBefore &&
                !tk[i + 2].spaceBefore && !tk[i + 4].spaceBefore) {
                if (DateValue v = DateValue::ofDay(tk[i + 4].value, tk[i + 2].value, t.value); v.isValid())
                    return {v, i, i + 4};
            }
        }
        // 2019 жылғы 22 қыркүйек / 2019 жылғы қыркүйек
        if (isYear(t) && at(i + 1) && isYearWord(text, tk[i + 1])) {
            qsizetype k = i + 2;
            if (isPunct(tk, k, u'.'))
                ++k;
            if (at(k) && isDay(tk[k])) {
                qsizetype m = k + 1;
                if (isPunct(tk, m, u'-') && at(m + 1) && isDaySuffix(text, tk[m + 1]))
                    m += 2;
                if (at(m) && isMonth(tk[m])) {
                    if (DateValue v = DateValue::ofDay(t.value, tk[m].value, tk[k].value); v.isValid())
                        return {v, i, m};
                }
            }
            if (at(k) && isMonth(tk[k]))
                return {DateValue::ofMonth(t.value, tk[k].value), i, k};
        }
        // 12 февраля, 14 June 2023, 22-сі қыркүйек, 4 April, 16:54
        if (isDay(t)) {
            qsizetype k = i + 1;
            if (isPunct(tk, k, u'-') && at(k + 1) && isDaySuffix(text, tk[k + 1]))
                k += 2;
            else if (at(k) && tk[k].type == Token::Word && isDaySuffix(text, tk[k]) && !tk[k].spaceBefore)
                k += 1;
            if (isPunct(tk, k, u'.') && at(k + 1) && isMonth(tk[k + 1]))
                ++k;
            if (at(k) && isMonth(tk[k])) {
                qsizetype last = k;
                if (isPunct(tk, last + 1, u'.') && tk[k].end - tk[k].begin <= 4)
                    ++last; // "фев."
                qsizetype y = last + 1;
                if (isPunct(tk, y, u','))
                    ++y;
                if (yearAt(tk, y)) {
                    qsizetype end = y;
                    if (at(y + 1) && isYearWord(text, tk[y + 1]))
                        ++end;
                    if (DateValue v = DateValue::ofDay(tk[y].value, tk[k].value, t.value); v.isValid())
                        return {v, i, end};
                }
                if (DateValue v = DateValue::ofDayMonth(tk[k].value, t.value); v.isValid())
                    return {v, i, k};
            }
        }
        return {};
    }

    if (isMonth(t)) {
        qsizetype k = i + 1;
        if (isPunct(tk, k, u'.'))
            ++k;
        if (isPunct(tk, k, u','))
            ++k;
        // March 7, 2024 / қыркүйектің 22-сі / June 14
        if (at(k) && isDay(tk[k]) && !isPunct(tk, k + 1, u':') && !isPunct(tk, k + 1, u'.')) {
            qsizetype last = k;
            if (isPunct(tk, k + 1, u'-') && at(k + 2) && isDaySuffix(text, tk[k + 2]))
                last = k + 2;
            else if (at(k + 1) && tk[k + 1].type == Token::Word && !tk[k + 1].spaceBefore &&
                     isDaySuffix(text, tk[k + 1]))
                last = k + 1;
            qsizetype y = last + 1;
            if (isPunct(tk, y, u','))
                ++y;
            if (yearAt(tk, y)) {
                if (DateValue v = DateValue::ofDay(tk[y].value, t.value, tk[k].value); v.isValid())
                    return {v, i, y};
            }
            if (DateValue v = DateValue::ofDayMonth(t.value, tk[k].value); v.isValid())
                return {v, i, last};
        }
        // September 2019, в сентябре 2019 года
        if (yearAt(tk, k)) {
            qsizetype end = k;
            if (at(k + 1) && isYearWord(text, tk[k + 1]))
                ++end;
            return {DateValue::ofMonth(tk[k].value, t.value), i, end};
        }
    }
    return {};
}

DateParser::Match toMatch(const QList<Token> &tk, const Scan &s, qsizetype offset)
{
    return {s.value, offset + tk[s.first].begin, offset + tk[s.last].end};
}

enum class RelativeWord
{
    None,
    Yesterday,
    Today,
    Tomorrow,
};

// The relative day words and the language each belongs to.
RelativeWord relativeWord(QStringView text, const Token &t, QString *language = nullptr)
{
    struct Entry
    {
        const char16_t *word;
        RelativeWord meaning;
        const char16_t *language;
    };
    static constexpr Entry entries[] = {
        {u"yesterday", RelativeWord::Yesterday, u"en"}, {u"today", RelativeWord::Today, u"en"},
        {u"tomorrow", RelativeWord::Tomorrow, u"en"},   {u"вчера", RelativeWord::Yesterday, u"ru"},
        {u"сегодня", RelativeWord::Today, u"ru"},       {u"завтра", RelativeWord::Tomorrow, u"ru"},
        {u"кеше", RelativeWord::Yesterday, u"kk"},      {u"бүгін", RelativeWord::Today, u"kk"},
        {u"ертең", RelativeWord::Tomorrow, u"kk"},      {u"keşe", RelativeWord::Yesterday, u"kk"},
        {u"keshe", RelativeWord::Yesterday, u"kk"},     {u"bügın", RelativeWord::Today, u"kk"},
        {u"búgin", RelativeWord::Today, u"kk"},         {u"erteñ", RelativeWord::Tomorrow, u"kk"},
        {u"erteń", RelativeWord::Tomorrow, u"kk"},
    };
    if (t.type != Token::Word)
        return RelativeWord::None;
    const QStringView w = text.mid(t.begin, t.end - t.begin);
    for (const Entry &e : entries) {
        if (w.compare(QStringView(e.word), Qt::CaseInsensitive) == 0) {
            if (language)
                *language = QString::fromUtf16(e.language);
            return e.meaning;
        }
    }
    return RelativeWord::None;
}

bool isWeekday(QStringView text, const Token &t)
{
    return wordIs(text, t,
                  {u"monday",      u"tuesday",  u"wednesday", u"thursday", u"friday",  u"saturday", u"sunday",
                   u"mon",         u"tue",      u"wed",       u"thu",      u"fri",     u"sat",      u"sun",
                   u"понедельник", u"вторник",  u"среда",     u"четверг",  u"пятница", u"суббота",  u"воскресенье",
                   u"пн",          u"вт",       u"ср",        u"чт",       u"пт",      u"сб",       u"вс",
                   u"дүйсенбі",    u"сейсенбі", u"сәрсенбі",  u"бейсенбі", u"жұма",    u"сенбі",    u"жексенбі",
                   u"düisenbı",    u"seisenbı", u"särsenbı",  u"beisenbı", u"juma",    u"senbı",    u"jeksenbı"});
}

bool isZoneWord(QStringView text, const Token &t)
{
    return wordIs(text, t, {u"gmt", u"utc", u"msk", u"ast", u"almt", u"мск", u"am", u"pm"});
}

} // namespace

int DateParser::monthNumber(QStringView word)
{
    const qsizetype n = word.size();
    if (n < 3 || n > 24)
        return 0;
    // Lower-case into a buffer: no allocation for the many words that are not months.
    char16_t buffer[24];
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = QChar::toLower(word[i].unicode());
        if (c == u'’' || c == u'ʼ' || c == u'`')
            c = u'\''; // one apostrophe spelling for the 2018 Latin alphabet
        buffer[i] = c;
    }
    const MonthTables &t = tables();
    const auto it = t.byFirst.constFind(buffer[0]);
    if (it == t.byFirst.constEnd())
        return 0;
    const QStringView lower(buffer, n);
    for (const MonthTables::Stem &stem : *it) {
        if (stem.text.size() > n || !lower.startsWith(stem.text))
            continue;
        const QStringView ending = lower.mid(stem.text.size());
        switch (stem.kind) {
        case Kind::Exact:
            if (ending.isEmpty())
                return stem.month;
            break;
        case Kind::Russian:
            if (t.russian.contains(ending.toString()))
                return stem.month;
            break;
        case Kind::KazakhCyrillic:
            if (t.kazakhCyrillic.contains(ending.toString()))
                return stem.month;
            break;
        case Kind::KazakhLatin:
            if (t.kazakhLatin.contains(ending.toString()))
                return stem.month;
            break;
        }
    }
    return 0;
}

DateParser::Match DateParser::find(QStringView text, qsizetype from)
{
    from = std::clamp<qsizetype>(from, 0, text.size());
    const QStringView rest = text.mid(from);
    const QList<Token> tk = tokenize(rest);
    for (qsizetype i = 0; i < tk.size(); ++i) {
        if (const Scan s = matchAt(rest, tk, i); s.value.isValid())
            return toMatch(tk, s, from);
    }
    return {};
}

QList<DateParser::Match> DateParser::findAll(QStringView text)
{
    QList<Match> all;
    const QList<Token> tk = tokenize(text);
    for (qsizetype i = 0; i < tk.size(); ++i) {
        if (const Scan s = matchAt(text, tk, i); s.value.isValid()) {
            all.append(toMatch(tk, s, 0));
            i = s.last;
        }
    }
    return all;
}

DateValue DateParser::parse(QStringView text)
{
    const QList<Token> tk = tokenize(text);
    if (tk.isEmpty())
        return {};
    const Scan s = matchAt(text, tk, 0);
    if (!s.value.isValid())
        return {};
    qsizetype last = s.last;
    if (isPunct(tk, last + 1, u'.'))
        ++last; // a closing full stop
    return last == tk.size() - 1 ? s.value : DateValue{};
}

DateParser::Stamp DateParser::parseStamp(QStringView line)
{
    Stamp stamp;
    // Stamps are short and, apart from "Today"/"Кеше", hold a digit: skip other lines cheaply.
    if (line.size() > 100)
        return stamp;
    if (line.size() > 16 && std::none_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }))
        return stamp;
    const QList<Token> tk = tokenize(line);
    if (tk.isEmpty() || tk.size() > 24)
        return stamp;
    bool anything = false;
    for (qsizetype i = 0; i < tk.size(); ++i) {
        const Token &t = tk[i];
        if (!stamp.date.isValid()) {
            if (const Scan s = matchAt(line, tk, i); s.value.isValid()) {
                stamp.date = s.value;
                anything = true;
                i = s.last;
                continue;
            }
        }
        if (t.type == Token::Number) {
            // 20:14 or 15:00:59: a time; other numbers are view counters or zone offsets.
            if (t.digits <= 2 && isPunct(tk, i + 1, u':') && i + 2 < tk.size() && tk[i + 2].type == Token::Number &&
                tk[i + 2].digits == 2) {
                stamp.hasTime = true;
                anything = true;
                i += 2;
                if (isPunct(tk, i + 1, u':') && i + 2 < tk.size() && tk[i + 2].type == Token::Number)
                    i += 2;
            }
            continue;
        }
        if (t.type == Token::Punct) {
            static const QString allowed = QStringLiteral(",|()+-–—/:.[]•·");
            if (!allowed.contains(t.punct))
                return {};
            continue;
        }
        if (const RelativeWord r = relativeWord(line, t); r != RelativeWord::None) {
            stamp.relative = true;
            stamp.relativeDays = r == RelativeWord::Yesterday ? -1 : r == RelativeWord::Tomorrow ? 1 : 0;
            anything = true;
            continue;
        }
        if (isWeekday(line, t)) {
            stamp.hasWeekday = true;
            continue;
        }
        if (isZoneWord(line, t) || isYearWord(line, t))
            continue;
        return {};
    }
    stamp.isStamp = anything;
    return stamp.isStamp ? stamp : Stamp{};
}

DateValue DateParser::completeYear(DateValue date, DateValue reference, int maxDaysBefore, int maxDaysAfter)
{
    if (date.precision != DateValue::Precision::DayMonthNoYear || !reference.hasYear())
        return date;
    const QDate ref = reference.lastDay();
    for (int year = ref.year() + 1; year >= ref.year() - 1; --year) {
        const DateValue candidate = date.withYear(year);
        if (!candidate.isValid())
            continue;
        const qint64 after = ref.daysTo(candidate.firstDay());
        if (after <= maxDaysAfter)
            return -after <= maxDaysBefore ? candidate : date;
    }
    return date;
}

DateValue DateParser::nearestYear(DateValue date, DateValue reference)
{
    if (!reference.hasYear())
        return date;
    const QDate ref = reference.firstDay();
    DateValue best = date;
    qint64 bestDistance = LLONG_MAX;
    for (int year = ref.year() - 1; year <= ref.year() + 1; ++year) {
        DateValue candidate;
        if (date.precision == DateValue::Precision::DayMonthNoYear)
            candidate = date.withYear(year);
        else if (date.precision == DateValue::Precision::Month && date.year == 0)
            candidate = DateValue::ofMonth(year, date.month);
        else
            return date;
        if (!candidate.isValid())
            continue;
        const qint64 distance = std::abs(ref.daysTo(candidate.firstDay()));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

DateValue resolveRelative(QStringView text, DateValue articleDate, const QString &lang)
{
    const QList<Token> tk = tokenize(text);
    for (qsizetype i = 0; i < tk.size(); ++i) {
        const Token &t = tk[i];
        if (const Scan s = matchAt(text, tk, i); s.value.isValid())
            return s.value.hasYear() ? s.value : DateParser::nearestYear(s.value, articleDate);
        if (isMonth(t)) {
            // A month alone ("in September", "в сентябре", "қыркүйекте"): month precision. A
            // lone "may"/"мая"-like word is too ambiguous without a preposition.
            const bool after = i > 0 &&
                wordIs(text, tk[i - 1], {u"in", u"since", u"until", u"by", u"of", u"в", u"во", u"с", u"до", u"к"});
            const bool kazakh = t.end - t.begin > 5 && text[t.begin].unicode() >= 0x400;
            if (after || kazakh) {
                if (!articleDate.hasYear())
                    return {};
                DateValue month{0, quint8(t.value), 0, DateValue::Precision::Month};
                return DateParser::nearestYear(month, articleDate);
            }
        }
        if (isYear(t) && t.value >= 1900 && t.value <= 2100) {
            const bool before = i > 0 && wordIs(text, tk[i - 1], {u"in", u"since", u"until", u"в", u"во", u"с", u"до"});
            const bool afterWord = i + 1 < tk.size() && isYearWord(text, tk[i + 1]);
            if (before || afterWord)
                return DateValue::ofYear(t.value);
        }
        QString wordLanguage;
        const RelativeWord r = relativeWord(text, t, &wordLanguage);
        if (r != RelativeWord::None && articleDate.precision == DateValue::Precision::Day &&
            (lang.isEmpty() || lang == wordLanguage)) {
            const int days = r == RelativeWord::Yesterday ? -1 : r == RelativeWord::Tomorrow ? 1 : 0;
            return DateValue::fromDate(articleDate.firstDay().addDays(days));
        }
    }
    return {};
}

} // namespace elshi::corpus
