#include "morphology.h"

#include <QStringList>

namespace elshi::generator::morph {

using namespace Qt::StringLiterals;

namespace {

bool endsWith(const QString &word, const char16_t *suffix)
{
    return word.endsWith(QStringView(suffix), Qt::CaseInsensitive);
}

QString stem(const QString &word, qsizetype drop)
{
    return word.left(word.size() - drop);
}

bool isIn(QChar c, QStringView set)
{
    return set.contains(c.toLower());
}

const QStringView ruVowels = u"аеёиоуыэюя";
const QStringView ruHushing = u"жшчщц";
const QStringView ruVelarsAndHushing = u"гкхжшчщ";

QString ruMale(const QString &w, RuCase c, bool slavic)
{
    const QChar last = w.back().toLower();
    const auto pick = [&](qsizetype drop, const char16_t *gen, const char16_t *dat, const char16_t *acc,
                          const char16_t *ins, const char16_t *pre) -> QString {
        const QString base = stem(w, drop);
        switch (c) {
        case RuCase::Nom:
            return w;
        case RuCase::Gen:
            return base + QStringView(gen);
        case RuCase::Dat:
            return base + QStringView(dat);
        case RuCase::Acc:
            return base + QStringView(acc);
        case RuCase::Ins:
            return base + QStringView(ins);
        case RuCase::Pre:
            return base + QStringView(pre);
        }
        return w;
    };
    if (slavic &&
        (endsWith(w, u"ов") || endsWith(w, u"ев") || endsWith(w, u"ёв") || endsWith(w, u"ин") || endsWith(w, u"ын")))
        return pick(0, u"а", u"у", u"а", u"ым", u"е");
    if (endsWith(w, u"ский") || endsWith(w, u"цкий"))
        return pick(2, u"ого", u"ому", u"ого", u"им", u"ом");
    if (last == u'й' || last == u'ь')
        return pick(1, u"я", u"ю", u"я", u"ем", u"е");
    if (endsWith(w, u"ия"))
        return pick(1, u"и", u"и", u"ю", u"ей", u"и");
    if (last == u'я')
        return pick(1, u"и", u"е", u"ю", u"ей", u"е");
    if (last == u'а') {
        const QChar before = w.size() > 1 ? w.at(w.size() - 2) : QChar();
        const bool velar = isIn(before, ruVelarsAndHushing);
        const bool hushing = isIn(before, ruHushing);
        return pick(1, velar ? u"и" : u"ы", u"е", u"у", hushing ? u"ей" : u"ой", u"е");
    }
    if (isIn(last, ruVowels))
        return w;
    return pick(0, u"а", u"у", u"а", isIn(last, ruHushing) ? u"ем" : u"ом", u"е");
}

QString ruFemale(const QString &w, RuCase c)
{
    if (c == RuCase::Nom)
        return w;
    const QChar last = w.back().toLower();
    if (endsWith(w, u"ова") || endsWith(w, u"ева") || endsWith(w, u"ёва") || endsWith(w, u"ина") || endsWith(w, u"ына"))
        return stem(w, 1) + (c == RuCase::Acc ? u"у" : u"ой");
    if (endsWith(w, u"ская") || endsWith(w, u"цкая"))
        return stem(w, 2) + (c == RuCase::Acc ? u"ую" : u"ой");
    if (endsWith(w, u"ия")) {
        switch (c) {
        case RuCase::Acc:
            return stem(w, 1) + u'ю';
        case RuCase::Ins:
            return stem(w, 1) + u"ей";
        default:
            return stem(w, 1) + u'и';
        }
    }
    if (last == u'а' || last == u'я') {
        const QChar before = w.size() > 1 ? w.at(w.size() - 2) : QChar();
        const bool soft = last == u'я';
        switch (c) {
        case RuCase::Gen:
            return stem(w, 1) + (soft || isIn(before, ruVelarsAndHushing) ? u'и' : u'ы');
        case RuCase::Dat:
        case RuCase::Pre:
            return stem(w, 1) + u'е';
        case RuCase::Acc:
            return stem(w, 1) + (soft ? u'ю' : u'у');
        case RuCase::Ins:
            return stem(w, 1) + (soft || isIn(before, ruHushing) ? u"ей" : u"ой");
        case RuCase::Nom:
            break;
        }
    }
    return w; // Айгерим, Сауле, Элен: female names not ending in -а/-я do not decline
}

enum class Ending
{
    Vowel,
    Nasal, // м н ң
    Sonorant, // л р й у и (и and у end in a glide)
    Voiced, // з ж
    Voiceless, // п к қ с т ф х ш щ ц ч, and б в г д, which are devoiced at the end
};

Ending kkEnding(QChar c)
{
    c = c.toLower();
    if (QStringView(u"мнң").contains(c))
        return Ending::Nasal;
    if (QStringView(u"лрйуи").contains(c))
        return Ending::Sonorant;
    if (QStringView(u"аәеоөұүыіэюяё").contains(c))
        return Ending::Vowel;
    if (QStringView(u"зж").contains(c))
        return Ending::Voiced;
    return Ending::Voiceless;
}

bool kkIsFront(const QString &word)
{
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const QChar c = word.at(i).toLower();
        if (QStringView(u"әөүіеиэ").contains(c))
            return true;
        if (QStringView(u"аоұыяёюу").contains(c))
            return false;
    }
    return false;
}

bool isAbbreviation(const QString &word)
{
    int upper = 0;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        if (c.isUpper())
            ++upper;
    }
    return upper >= 2;
}

} // namespace

QString ruDeclineWord(const QString &word, Gender gender, RuCase grammaticalCase, bool slavicSurname)
{
    if (word.isEmpty() || word.front().isLower()) // particles: де, ван, ден
        return word;
    return gender == Gender::Male ? ruMale(word, grammaticalCase, slavicSurname) : ruFemale(word, grammaticalCase);
}

QString kkSuffix(const QString &phrase, KkCase grammaticalCase)
{
    if (phrase.isEmpty())
        return phrase;
    const qsizetype space = phrase.lastIndexOf(u' ');
    const QString word = phrase.mid(space + 1);
    const bool front = kkIsFront(word);
    const Ending e = kkEnding(word.back());
    const auto fb = [front](const char16_t *back, const char16_t *fr) { return QString::fromUtf16(front ? fr : back); };
    QString suffix;
    switch (grammaticalCase) {
    case KkCase::Gen:
        suffix = (e == Ending::Vowel || e == Ending::Nasal)
            ? fb(u"ның", u"нің")
            : (e == Ending::Voiceless ? fb(u"тың", u"тің") : fb(u"дың", u"дің"));
        break;
    case KkCase::Acc:
        suffix = e == Ending::Vowel ? fb(u"ны", u"ні") : (e == Ending::Voiceless ? fb(u"ты", u"ті") : fb(u"ды", u"ді"));
        break;
    case KkCase::Dat:
        suffix = e == Ending::Voiceless ? fb(u"қа", u"ке") : fb(u"ға", u"ге");
        break;
    case KkCase::Loc:
        suffix = e == Ending::Voiceless ? fb(u"та", u"те") : fb(u"да", u"де");
        break;
    case KkCase::LocAdj:
        suffix = e == Ending::Voiceless ? fb(u"тағы", u"тегі") : fb(u"дағы", u"дегі");
        break;
    case KkCase::Abl:
        suffix = e == Ending::Nasal ? fb(u"нан", u"нен")
                                    : (e == Ending::Voiceless ? fb(u"тан", u"тен") : fb(u"дан", u"ден"));
        break;
    case KkCase::Ins:
        suffix = e == Ending::Voiced ? u"бен"_s : (e == Ending::Voiceless ? u"пен"_s : u"мен"_s);
        break;
    }
    return isAbbreviation(word) ? QString(phrase + u'-' + suffix) : QString(phrase + suffix);
}

QString kkToRu(const QString &kazakh)
{
    static const QStringView from = u"әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    static const QStringView to = u"агкноуухиАГКНОУУХИ";
    QString out = kazakh;
    for (QChar &c : out) {
        const qsizetype i = from.indexOf(c);
        if (i >= 0)
            c = to.at(i);
    }
    return out;
}

QString kkToLatin(const QString &kazakh)
{
    static const QStringView vowels = u"аәеёиоөұүыіэюяу";
    QString out;
    out.reserve(kazakh.size() + 4);
    for (qsizetype i = 0; i < kazakh.size(); ++i) {
        const QChar raw = kazakh.at(i);
        const QChar c = raw.toLower();
        const QChar prev = i > 0 ? kazakh.at(i - 1).toLower() : QChar();
        const QChar next = i + 1 < kazakh.size() ? kazakh.at(i + 1).toLower() : QChar();
        const bool wordStart = i == 0 || !kazakh.at(i - 1).isLetter();
        QString piece;
        switch (c.unicode()) {
        case u'а':
        case u'ә':
            piece = u"a"_s;
            break;
        case u'б':
            piece = u"b"_s;
            break;
        case u'в':
            piece = u"v"_s;
            break;
        case u'г':
        case u'ғ':
            piece = u"g"_s;
            break;
        case u'д':
            piece = u"d"_s;
            break;
        case u'е':
            piece = (wordStart || vowels.contains(prev)) ? u"ye"_s : u"e"_s;
            break;
        case u'ё':
            piece = u"yo"_s;
            break;
        case u'ж':
            piece = u"zh"_s;
            break;
        case u'з':
            piece = u"z"_s;
            break;
        case u'и':
        case u'і':
            piece = u"i"_s;
            break;
        case u'й':
            piece = (vowels.contains(prev) && next.isLetter() && !vowels.contains(next)) ? u"i"_s : u"y"_s;
            break;
        case u'к':
        case u'қ':
            piece = u"k"_s;
            break;
        case u'л':
            piece = u"l"_s;
            break;
        case u'м':
            piece = u"m"_s;
            break;
        case u'н':
        case u'ң':
            piece = u"n"_s;
            break;
        case u'о':
        case u'ө':
            piece = u"o"_s;
            break;
        case u'п':
            piece = u"p"_s;
            break;
        case u'р':
            piece = u"r"_s;
            break;
        case u'с':
            piece = u"s"_s;
            break;
        case u'т':
            piece = u"t"_s;
            break;
        case u'у':
        case u'ұ':
        case u'ү':
            piece = u"u"_s;
            break;
        case u'ф':
            piece = u"f"_s;
            break;
        case u'х':
            piece = u"kh"_s;
            break;
        case u'һ':
            piece = u"h"_s;
            break;
        case u'ц':
            piece = u"ts"_s;
            break;
        case u'ч':
            piece = u"ch"_s;
            break;
        case u'ш':
            piece = u"sh"_s;
            break;
        case u'щ':
            piece = u"shch"_s;
            break;
        case u'ъ':
        case u'ь':
            break;
        case u'ы':
            piece = u"y"_s;
            break;
        case u'э':
            piece = u"e"_s;
            break;
        case u'ю':
            piece = u"yu"_s;
            break;
        case u'я':
            piece = u"ya"_s;
            break;
        default:
            piece = QString(raw);
        }
        if (raw.isUpper() && !piece.isEmpty())
            piece[0] = piece.at(0).toUpper();
        out += piece;
    }
    return out;
}

} // namespace elshi::generator::morph
