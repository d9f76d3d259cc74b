#pragma once

// What one article's entity extraction becomes before it reaches the writer: names with their
// identity keys already computed and offsets already in UTF-16 units of the stored body. Made on
// the ingest worker threads (prepareFacts), because identity keys need ICU transliteration and the
// single writer thread must only look ids up and insert. Internal to the store.

#include "mentionspans.h"

#include <core/datevalue.h>
#include <entities/entity.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace elshi::store {

// A name to resolve to an entity id.
struct PreparedName
{
    QString name; // canonical, as extraction gave it
    QString key; // identity key: entities::identityKey for people, the folded name otherwise
    quint64 keyHash = 0; // of type and key; of type and folded name when fuzzy
    quint64 nameHash = 0; // of the name, for the alias cache
    entities::EntityType type = entities::EntityType::Person;
    // A person named by surname and initials ("A. Shokybayev"): matched to a fuller name with
    // entities::samePerson when exactly one known person fits.
    bool fuzzy = false;
};

// Every mention of one name (one spelling of one type) in the article: the writer resolves the
// name once and stores the spans as one row.
struct PreparedMention
{
    PreparedName name;
    MentionSpans spans; // UTF-16 units of the stored body, end exclusive
    QByteArray encodedSpans; // spans.encode(), as the mentions row stores them
};

struct PreparedRole
{
    PreparedName person;
    QString title;
    QString country;
    QString host;
    int start = 0;
    int end = 0;
};

struct PreparedMeeting
{
    core::DateValue date;
    std::vector<PreparedName> participants; // subjects first
    int subjectCount = 1; // 0 when subjectPost names the side that met
    entities::RolePost subjectPost;
    QStringList unnamed;
    QString place;
    int evidenceStart = 0;
    int evidenceEnd = 0;
};

struct PreparedFacts
{
    QString lang; // the article's, recorded with new aliases
    std::vector<PreparedMention> mentions;
    std::vector<PreparedRole> roles;
    std::vector<PreparedMeeting> meetings;
};

// A name ready to resolve; the type decides how its key is made.
PreparedName prepareName(const QString &name, entities::EntityType type);
// Keys computed, code-point offsets of body converted to UTF-16, mentions grouped by name and their
// spans encoded. Post mentions (ROLE) are left out: posts are stored as roles.
PreparedFacts prepareFacts(const entities::Extraction &extraction, const QString &body);
// The cache key of an identity key (see PreparedName::keyHash).
quint64 keyHashOf(QStringView key, entities::EntityType type);
// The key a name is found by: what prepareName() computes, for lookups (people --person).
QString identityKeyOf(const QString &name, entities::EntityType type);

} // namespace elshi::store
