#pragma once

// The cast of a generated corpus: Kazakh diplomats (minister, deputy ministers, ambassadors to
// every country in the lexicon, permanent representatives) and their counterparts (foreign
// ministers, deputies, ministers of economy and trade, mayors, ambassadors to Kazakhstan,
// parliamentarians, UN and OSCE officials). Every post is a slot filled by a succession of holders
// over 2005–2025; some people move from post to post. Names are rendered once per language and
// case (Ямадой, Ямадамен), so composing text only concatenates. A few thousand people whatever the
// corpus size: building takes milliseconds, memory is a few MB.

#include "lexicon.h"

#include <QDate>
#include <QIODevice>
#include <QString>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace elshi::generator {

enum class RoleKind : std::uint8_t
{
    KzMinister,
    KzDeputyMinister,
    KzAmbassador,
    KzPermRepUn,
    KzPermRepGeneva,
    KzPermRepOsce,
    ForeignMinister,
    ForeignDeputyMinister,
    EconomyMinister,
    TradeMinister,
    Mayor,
    AmbassadorToKz,
    ParliamentChair,
    UnResidentCoordinator,
    UndpRepresentative,
    UnUnderSecretary,
    UnogDirector,
    OsceDirector,
};

// Grammatical forms of a name or title; English uses Nom throughout.
enum NameForm
{
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    FormCount
};

struct Person
{
    int id = 0;
    bool female = false;
    bool kazakh = false;
    int country = -1; // index into countries(), -1 for Kazakhs
    std::string full[LangCount][FormCount]; // "Кэндзи Ямадой"; Kazakh: suffix on the last word
    std::string last[LangCount][FormCount]; // surname only, for later mentions
    std::vector<int> posts; // slots held, in order
};

struct Tenure
{
    QDate from;
    QDate until; // invalid: still in office at the end of 2025
    int person = -1;
};

struct Slot
{
    RoleKind kind;
    int country = -1; // the post's country (ambassadors: where they serve); -1 for UN/OSCE/Kazakh HQ posts
    std::vector<Tenure> tenures; // consecutive, ordered
};

class People
{
public:
    explicit People(std::uint64_t seed);

    const Person &person(int id) const { return m_people[std::size_t(id)]; }
    const Slot &slot(int index) const { return m_slots[std::size_t(index)]; }
    int personCount() const { return int(m_people.size()); }

    // Who held the post on that day; -1 in a gap (there are none inside 2005–2025).
    int holder(int slot, QDate date) const;

    int ministerSlot() const { return m_minister; }
    const std::vector<int> &deputySlots() const { return m_deputies; }
    int ambassadorSlot(int country) const { return m_ambassadors[std::size_t(country)]; }
    int permRepSlot(int which) const { return m_permReps[std::size_t(which)]; } // 0 UN, 1 Geneva, 2 OSCE
    int counterpartSlot(int country, int kind) const; // kind: 0..6, ForeignMinister..ParliamentChair
    int unSlot(int which) const { return m_un[std::size_t(which)]; } // counterpart of permRepSlot(which)
    const std::vector<int> &unHomeSlots() const { return m_unHome; } // UN officials based in Kazakhstan

    // The post's title in a language and form, e.g. "заместителем министра иностранных дел Японии".
    std::string title(int slot, int lang, NameForm form = Nom) const;

    // Writes people.jsonl: one object per person with names and roles.
    bool writeJsonl(QIODevice &out) const;

private:
    int addSlot(RoleKind kind, int country);
    void fill(int slot, class Random &random, bool kazakh);
    int newKazakh(Random &random);
    int newForeigner(Random &random, int country);

    std::vector<Person> m_people;
    std::vector<Slot> m_slots;
    int m_minister = -1;
    std::vector<int> m_deputies;
    std::vector<int> m_ambassadors;
    std::vector<int> m_permReps;
    std::vector<int> m_counterparts; // country * 7 + kind
    std::vector<int> m_un;
    std::vector<int> m_unHome;
    std::vector<QDate> m_busyUntil; // per person: end of the last post
    std::set<QString> m_takenNames; // full names in Latin, kept unique
};

} // namespace elshi::generator
