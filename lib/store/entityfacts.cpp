#include "entityfacts.h"

#include <entities/identity.h>
#include <text/sharedstring.h>
#include <text/wordmemo.h>

#include <QHash>

#include <algorithm>
#include <array>

namespace elshi::store {

namespace {

// Maps code-point offsets to UTF-16 ones; the identity unless the text has surrogate pairs.
class OffsetMap
{
public:
    explicit OffsetMap(const QString &text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (text.at(i).isHighSurrogate()) {
                m_utf16.reserve(size_t(n) + 1);
                for (qsizetype j = 0; j < n; ++j) {
                    m_utf16.push_back(int(j));
                    if (text.at(j).isHighSurrogate() && j + 1 < n && text.at(j + 1).isLowSurrogate())
                        ++j;
                }
                m_utf16.push_back(int(n));
                return;
            }
        }
    }
    int operator()(int codePoint) const
    {
        if (m_utf16.empty())
            return codePoint;
        return m_utf16[size_t(qBound(0, codePoint, int(m_utf16.size()) - 1))];
    }

private:
    std::vector<int> m_utf16;
};

quint64 hashOf(QStringView text, int salt)
{
    return quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL) ^ size_t(salt)));
}

bool hasInitial(const QString &name)
{
    // "A. Shokybayev", "A.Shokybayev", "Shokybayev A." — a one-letter word followed by a dot.
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if (name.at(i + 1) == u'.' && name.at(i).isLetter() && (i == 0 || !name.at(i - 1).isLetter()))
            return true;
    }
    return false;
}

// prepareName() once per name and type on this thread: an ingest meets "Kazakhstan" in most
// articles and each person many times, and a key costs transliteration and case folding. Bounded:
// cleared when full, as the identity caches below it are.
PreparedName preparedOnThisThread(const QString &name, entities::EntityType type)
{
    thread_local std::array<text::WordMemo<PreparedName>, 6> known; // one per entity type
    static std::array<text::SharedAnswers<PreparedName>, 6> everyThread;
    const size_t slot = size_t(type) % known.size();
    return known[slot].get(name, everyThread[slot], [&] { return prepareName(text::ownedCopy(name), type); });
}

} // namespace

quint64 keyHashOf(QStringView key, entities::EntityType type)
{
    return hashOf(key, int(type));
}

QString identityKeyOf(const QString &name, entities::EntityType type)
{
    if (type == entities::EntityType::Person) {
        const QString key = entities::identityKey(name);
        if (!key.isEmpty())
            return key;
    }
    return name.simplified().toCaseFolded();
}

PreparedName prepareName(const QString &name, entities::EntityType type)
{
    PreparedName prepared;
    prepared.name = name;
    prepared.type = type;
    prepared.key = identityKeyOf(name, type);
    prepared.fuzzy = type == entities::EntityType::Person && !prepared.key.contains(u' ') && hasInitial(name);
    const int salt = int(type) + (prepared.fuzzy ? 100 : 0);
    prepared.keyHash = prepared.fuzzy ? hashOf(name.simplified().toCaseFolded(), salt) : hashOf(prepared.key, salt);
    prepared.nameHash = hashOf(name, 7);
    return prepared;
}

PreparedFacts prepareFacts(const entities::Extraction &extraction, const QString &body)
{
    const OffsetMap utf16(body);
    PreparedFacts facts;
    for (const entities::Mention &m : extraction.mentions) {
        if (m.type == entities::EntityType::Role || m.name.trimmed().isEmpty())
            continue;
        // An article names a few dozen things at most: a linear search beats a hash here.
        auto group = std::find_if(facts.mentions.begin(), facts.mentions.end(), [&m](const PreparedMention &g) {
            return g.name.type == m.type && g.name.name == m.name;
        });
        if (group == facts.mentions.end())
            group = facts.mentions.insert(facts.mentions.end(), {preparedOnThisThread(m.name, m.type), {}});
        group->spans.add(utf16(m.start), utf16(m.end));
    }
    for (PreparedMention &group : facts.mentions)
        group.encodedSpans = group.spans.encode();
    for (const entities::RoleFact &r : extraction.roles) {
        if (r.person.trimmed().isEmpty() || r.title.isEmpty())
            continue;
        facts.roles.push_back({preparedOnThisThread(r.person, entities::EntityType::Person), r.title, r.country, r.to,
                               utf16(r.start), utf16(r.end)});
    }
    for (const entities::MeetingFact &m : extraction.meetings) {
        PreparedMeeting meeting;
        meeting.date = m.date;
        for (const QString &p : m.participants)
            meeting.participants.push_back(preparedOnThisThread(p, entities::EntityType::Person));
        meeting.subjectCount = m.subjectCount;
        meeting.subjectPost = m.subjectPost;
        meeting.unnamed = m.unnamedCounterparts;
        meeting.place = m.place;
        meeting.evidenceStart = utf16(m.evidenceStart);
        meeting.evidenceEnd = utf16(m.evidenceEnd);
        facts.meetings.push_back(std::move(meeting));
    }
    return facts;
}

} // namespace elshi::store
