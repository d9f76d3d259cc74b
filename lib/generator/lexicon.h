#pragma once

// The generator's world and phrase book: countries with their capitals and case forms, name pools
// per culture, Kazakh name parts, topics with phrases in three languages and sentence templates.
// All strings are UTF-8 literals; the tables are fixed, so their size does not grow with the corpus.
// Everything here is invented for Elshi (no text is copied from articles).

#include <cstddef>
#include <span>

namespace elshi::generator {

enum Lang
{
    En = 0,
    Ru = 1,
    Kk = 2,
};
inline constexpr int LangCount = 3;
inline const char *langCode(int lang)
{
    static const char *const codes[] = {"en", "ru", "kk"};
    return codes[lang];
}

struct City
{
    const char *en;
    const char *ru; // nominative
    const char *ruGen; // мэр Берлина
    const char *ruPre; // в Берлине (without the preposition)
    const char *kk;
    const char *kkLoc; // Берлинде (given, because foreign names break the vowel rules: Бакуде)
};

struct Country
{
    const char *code;
    const char *en; // "Japan", "the United States"
    const char *enAdj; // "Japanese"
    const char *ru;
    const char *ruGen;
    const char *ruIn; // "в Японии", "во Франции"
    const char *ruAdjF; // "японская" (сторона)
    const char *kk;
    City capital;
    const char *nameGroup; // key into nameGroups()
    int weight; // how often Kazakh news mentions the country
};

// A culture's names: "M:" male first names, "F:" female, "S:" surnames, each "Latin=Cyrillic" and
// comma-separated; "Petrov/Petrova=Петров/Петрова" gives gendered surnames. A leading "!" marks
// family-name-first names (Chinese, Korean, Vietnamese).
struct NameGroup
{
    const char *id;
    const char *spec;
};

struct Topic
{
    const char *id;
    const char *field[LangCount]; // en "energy", ru genitive "энергетики", kk "энергетика"
    const char *title[LangCount]; // headline object: en "energy cooperation", ru acc, kk acc
    const char *const *phrases[LangCount]; // objects of "discussed": ru and kk in the accusative
    std::size_t phraseCount[LangCount];
    const char *const *sentences[LangCount]; // topic-specific sentences with @ slots
    std::size_t sentenceCount[LangCount];
};

std::span<const Country> countries();
std::span<const NameGroup> nameGroups();
std::span<const City> kazakhCities(); // Astana comes first; its other names are handled by date
std::span<const char *const> kazakhMaleNames(); // Kazakh Cyrillic
std::span<const char *const> kazakhFemaleNames();
std::span<const char *const> kazakhSurnameRoots(); // Байжан → Байжанов/Байжанова
std::span<const char *const> toponymHeads(); // Kazakh Cyrillic parts of invented village names
std::span<const char *const> toponymTails();
std::span<const char *const> companyHeads(); // Latin parts of invented company names
std::span<const char *const> companyTails();
std::span<const Topic> topics();

struct Region
{
    const char *en; // "Akmola" (region)
    const char *ruAdj; // "Акмолинской" (области): genitive and prepositional alike
    const char *kk; // "Ақмола" (облысы)
};
std::span<const Region> regions();
// Parts of the surnames of people mentioned in passing (akims, company heads, professors), combined
// into hundreds of roots: Нұр + бек → Нұрбеков.
std::span<const char *const> surnameHeads();
std::span<const char *const> surnameTails();

// Sentence templates by purpose and language; see composer.cpp for the @ slots and {a|b} choices.
enum class Pool
{
    Development, // how the meeting went, agreements
    Background, // context and figures
    Closing, // follow-up and reference notes
    Event, // culture, forums, business events
    Quote, // quoted statements
    Local, // people in passing: akims, company heads, professors
    Count
};
std::span<const char *const> templates(Pool pool, int lang);

// en "June"; ru "июня" (inflected) or "июне"; kk "маусымда" (inflected) or "маусым".
const char *monthName(int lang, int month, bool inflected);

} // namespace elshi::generator
