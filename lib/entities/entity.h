#pragma once

// What entity extraction finds in one text: mentions of people, organisations and places, the
// posts people hold, and the meetings the text states. Plain value types, cheap to copy; offsets
// are in Unicode code points of the text given to Extractor::extract(), end exclusive.

#include <core/datevalue.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace elshi::entities {

enum class EntityType : quint8
{
    Person,
    Org,
    Country,
    City,
    Location,
    Role,
};

// "PERSON", "ORG", "COUNTRY", "CITY", "LOC", "ROLE" — the names the CLI and evaluation use.
QString typeName(EntityType type);
// The inverse of typeName(); false when the name is unknown.
bool typeFromName(const QString &name, EntityType *type);

struct Mention
{
    int start = 0;
    int end = 0;
    EntityType type = EntityType::Person;
    QString text; // as written, inflected
    // Canonical form: a person's name in the nominative with case suffixes stripped (the full name
    // when the text uses only the surname of someone it named before), a country's or city's
    // English name, an organisation's canonical name or acronym, a post's English title.
    QString name;
    bool operator==(const Mention &) const = default;
};

// "Ambassador of Kazakhstan to the Republic of Korea Nurgali Arystanov".
struct RoleFact
{
    QString person; // canonical name
    QString title; // canonical English title: "ambassador", "deputy minister of foreign affairs"
    QString titleText; // the post as written, with its complements
    QString country; // whose official: "Kazakhstan"; empty when the text does not say
    QString to; // host country or organisation: "South Korea", "UNESCO"; may be empty
    int start = 0; // the post and the name together
    int end = 0;
    bool operator==(const RoleFact &) const = default;
};

// A post as an article names it, without its holder's name: "the Ambassador of Kazakhstan to Kenya".
struct RolePost
{
    QString title; // canonical English title, as in RoleFact
    QString titleText; // as written
    QString country;
    QString to;
    bool operator==(const RolePost &) const = default;
};

struct MeetingFact
{
    core::DateValue date; // the article's date unless the sentence dates the meeting itself
    QStringList participants; // canonical names; the subject (who met) first
    int subjectCount = 1; // how many of participants are the subject side
    QStringList unnamedCounterparts; // "heads of UN agencies", as written
    // Set when the side that met is named only by its post and the article names no holder of it:
    // subjectCount is 0 then, and the store resolves the post to its holder at the meeting's date.
    RolePost subjectPost;
    QString place; // canonical city name, empty when the sentence names none
    int evidenceStart = 0; // the sentence that states the meeting
    int evidenceEnd = 0;
    bool operator==(const MeetingFact &) const = default;

    QStringList subjects() const { return participants.mid(0, subjectCount); }
    QStringList counterparts() const { return participants.mid(subjectCount); }
};

struct Extraction
{
    QList<Mention> mentions; // sorted by start; a post may contain a country mention
    QList<RoleFact> roles;
    QList<MeetingFact> meetings;
};

} // namespace elshi::entities
