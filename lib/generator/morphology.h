#pragma once

// Just enough Russian and Kazakh morphology to put generated names and places in the case a
// sentence needs: Russian noun declension of personal names (Ямада → Ямадой, Жунусова → Жунусову),
// Kazakh case suffixes with vowel harmony and consonant assimilation (Ямадамен, Фарукпен,
// Арсланды, Жапониядағы), and the spellings of one Kazakh name in Russian and in Latin.
// Pure functions on short strings; cheap, but meant for building tables, not for every token.

#include <QString>

namespace elshi::generator::morph {

enum class Gender
{
    Male,
    Female
};

enum class RuCase
{
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    Pre
};

// Declines one word of a personal name; words that Russian leaves undeclined come back unchanged.
// slavicSurname applies the -ов/-ев/-ин adjectival endings (Байжановым, not Шахиным for Şahin).
QString ruDeclineWord(const QString &word, Gender gender, RuCase grammaticalCase, bool slavicSurname = false);

enum class KkCase
{
    Gen, // -ның: Жапонияның
    Dat, // -ға: Токиоға
    Acc, // -ны: Арсланды
    Loc, // -да: Токиода
    Abl, // -дан: Алматыдан
    Ins, // -мен: Ямадамен, Фарукпен
    LocAdj, // -дағы: Жапониядағы
};

// Appends the suffix to the last word of the phrase (after a hyphen for abbreviations: АҚШ-тың).
QString kkSuffix(const QString &phrase, KkCase grammaticalCase);

// Kazakh Cyrillic as Russian texts spell it (Сәрсенбаев → Сарсенбаев).
QString kkToRu(const QString &kazakh);
// Kazakh Cyrillic romanised the way the MFA's English pages do (Бауыржан → Bauyrzhan).
QString kkToLatin(const QString &kazakh);

} // namespace elshi::generator::morph
