#pragma once

// Morphology for names: Russian declension undone, Kazakh case suffixes stripped, and the
// matching keys the gazetteers use. Rules only, no dictionary; all functions are pure and
// thread-safe.

#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <string_view>

namespace elshi::entities::morph {

enum class Case : quint8
{
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
};

enum class Gender : quint8
{
    Unknown,
    Masculine,
    Feminine,
};

// Looks up a given name (any case form already undone) and says its gender; Unknown when the
// name is not a known given name.
using GenderLookup = Gender (*)(const QString &lowerName, const void *context);

struct RussianName
{
    QStringList words; // nominative, capitalisation kept
    Case grammaticalCase = Case::Nominative;
    bool declined = false; // some word changed
};

// "Александром Арсеновичем" → {"Александр", "Арсенович"}, instrumental. Chooses the case and
// gender that explain the most words, preferring known given names and, on a tie, the nominative.
// Foreign names that do not decline ("Марибель Мартинес Руис") come back unchanged.
RussianName russianNominative(const QStringList &words, GenderLookup lookup = nullptr, const void *context = nullptr);

// Every nominative one word of a Russian name may be a case form of, the word itself first, by
// the endings russianNominative() weighs: "Вилларесу" → {"Вилларесу", "Вилларес", "Виллареса"},
// "Геваре" → {"Геваре", "Гевар", "Гевара"}. Nothing is chosen: what the readings are for decides.
QStringList russianNominativeReadings(const QString &word);

// One Kazakh case ending (genitive, dative, accusative, locative, ablative, instrumental, -дағы)
// removed when it agrees with the stem: "Тоқаевтың" → "Тоқаев", "Трамппен" → "Трамп",
// "Алматыдағы" → "Алматы". Words without such an ending come back unchanged.
QString stripKazakhCase(const QString &word);

// Every stem one Kazakh case ending can leave, longest ending first: "Өскеменде" → {"Өскеме",
// "Өскемен"}; stripKazakhCase() picks the first. Empty when no ending fits.
QStringList kazakhCaseReadings(const QString &word);

// "Tokayev's" → "Tokayev".
QString stripEnglishPossessive(const QString &word);

// Lower case with ё → е and typographic apostrophes unified: the exact-match key.
QString foldCase(QStringView word);

// foldCase() written into out, one character for each of word's, when every character folds on
// its own (below U+0500, not U+0130: Latin, Greek, Cyrillic); false, out left part-written,
// otherwise. For callers that keep the folded words of a text in one buffer.
bool foldCaseInto(QStringView word, char16_t *out);

// QChar::toCaseFolded(), from a table for Latin, Greek and Cyrillic.
QChar caseFolded(QChar c);

// Matching key of one lower-case word for gazetteer look-ups: a Russian stem (Snowball) for
// "ru", Kazakh endings and possessives stripped for "kk", the word itself otherwise.
QString stemKey(const QString &lowerWord, const QString &lang);

bool isCyrillic(QStringView word);

// Whether word ends with one of endings (as written, no case folding): the rules test endings in
// lists, "-мен, -бен, -пен", "-ов, -ев, -ова".
bool endsWithAny(QStringView word, std::initializer_list<std::u16string_view> endings);

// The Kazakh letters written as the Russian ones a Russian-spelt text uses (ә→а, ғ→г, қ→к, ң→н,
// ө→о, ұ/ү→у, һ→х, і→и): "нұрболат" and "нурболат" share one key. Lower case in, lower case out.
QString foldKazakhLetters(QStringView lower);

} // namespace elshi::entities::morph
