#pragma once

// The people, organisations and places of a database, their roles and meetings, and the user's
// corrections: what the GUI's people pane and the CLI's people/meetings/entity commands use.
//
// Reads go through indexes and cost little: meetingsOf(person) touches only that person's
// meetings (a few index probes each; well under 10 ms at a million articles), mentionsOf(article)
// one index range. forEachEntity() streams the whole list in article-count order without loading
// it; aliases() and rolesOf() are per entity, for the rows on screen.
//
// Edits (merge, split, rename) are single transactions, recorded so they survive re-ingest: the
// entities they touch become user-locked (never renamed or deleted by ingest), and merge and split
// store the identity keys in user_key_map so later ingests send the same names to the same entity.
// Edit between ingests, not during one: a running ingest has the old ids cached.
//
// Not thread-safe: it uses the connection of the Database it is given, which belongs to one thread.
// Bad ids give an Error, never a crash; all values are bound, never spliced into SQL.

#include <core/datevalue.h>
#include <core/result.h>
#include <entities/entity.h>
#include <store/statement.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>

namespace elshi::store {

class Database;

struct EntityRecord
{
    qint64 id = 0;
    entities::EntityType type = entities::EntityType::Person;
    QString name; // canonical: chosen by ingest (fullest, Latin first) or by the user
    qint64 articleCount = 0; // articles mentioning it
    bool userLocked = false;
    bool operator==(const EntityRecord &) const = default;
};

struct AliasRecord
{
    QString alias; // canonical form as extraction found it (nominative), in its own script
    QString script; // "Latn", "Cyrl" or empty
    QString lang; // of the article it was first seen in
    qint64 count = 0; // mentions
    bool operator==(const AliasRecord &) const = default;
};

// A post a person held, over every article that states it.
struct RoleRecord
{
    QString title; // "ambassador", "minister of foreign affairs"
    QString country; // whose official, may be empty
    QString to; // host country or organisation, may be empty
    core::DateValue first; // dates of the first and last article stating it; invalid when undated
    core::DateValue last;
    qint64 articleId = 0; // one article stating it (the first stored)
    qint64 articleCount = 0;
    bool operator==(const RoleRecord &) const = default;
};

struct ParticipantRecord
{
    qint64 entityId = 0; // 0 for a counterpart named only by role ("heads of UN agencies")
    QString name; // the entity's canonical name, or the unnamed counterpart as written
    bool subject = false; // on the side that met (the article's protagonist)
    // The post as the article wrote it when the person was found through it ("The Ambassador of
    // Kazakhstan to Kenya held a meeting …": the holder at the meeting's date), else empty.
    QString post;
    bool operator==(const ParticipantRecord &) const = default;
};

struct MeetingRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    core::DateValue date;
    QString place; // canonical city name, empty when unknown
    int evidenceStart = 0; // the sentence stating it, UTF-16 units of the article body
    int evidenceEnd = 0;
    QList<ParticipantRecord> participants; // subjects first
    bool operator==(const MeetingRecord &) const = default;
};

struct MentionRecord
{
    qint64 entityId = 0;
    entities::EntityType type = entities::EntityType::Person;
    int start = 0; // UTF-16 units of the article body, end exclusive
    int end = 0;
    QString name; // the entity's canonical name, for tooltips and the people pane
    bool operator==(const MentionRecord &) const = default;
};

class EntityStore
{
    Q_DECLARE_TR_FUNCTIONS(elshi::store::EntityStore)
public:
    explicit EntityStore(Database &db);
    ~EntityStore();
    EntityStore(const EntityStore &) = delete;
    EntityStore &operator=(const EntityStore &) = delete;

    std::optional<EntityRecord> entity(qint64 id) const;
    // Entities of a type (all types when nullopt), most articles first, then by name; stops when
    // visit returns false. people() is the persons as a list, for small databases and tests.
    bool forEachEntity(std::optional<entities::EntityType> type,
                       const std::function<bool(const EntityRecord &)> &visit) const;
    QList<EntityRecord> people() const;
    QList<AliasRecord> aliases(qint64 entityId) const; // most mentioned first
    QList<RoleRecord> rolesOf(qint64 entityId) const; // by first date

    // Entities of the type with an alias or user mapping whose identity key equals the name's:
    // any script, any case, any word order ("Мурат Нуртлеу" finds Murat Nurtleu).
    QList<qint64> find(const QString &name, entities::EntityType type = entities::EntityType::Person) const;

    // Meetings the entity took part in, by date then id.
    QList<MeetingRecord> meetingsOf(qint64 entityId) const;
    // The same a page at a time: at most limit meetings after the cursor, which then points at the
    // last one returned. A page costs the same whether it is the first or the thousandth.
    struct MeetingCursor
    {
        qint64 dateKey = std::numeric_limits<qint64>::min();
        qint64 meetingId = 0;
    };
    QList<MeetingRecord> meetingsOf(qint64 entityId, MeetingCursor &cursor, qsizetype limit) const;
    qsizetype meetingCount(qint64 entityId) const;
    // Every meeting, by date then id; stops when visit returns false.
    bool forEachMeeting(const std::function<bool(const MeetingRecord &)> &visit) const;
    // Ids of the articles mentioning the entity, ascending.
    QList<qint64> articlesOf(qint64 entityId) const;
    // The article's mentions by start.
    QList<MentionRecord> mentionsOf(qint64 articleId) const;

    // Moves everything of `from` (aliases, mentions, roles, meeting places) to `into`, deletes
    // `from`, and maps its identity keys to `into` for later ingests. Both must have the same type.
    core::Status merge(qint64 into, qint64 from);
    // Moves one alias, with its mentions, meetings and roles, out of the entity into a new one
    // named after it; returns the new id. The entity must keep at least one other alias.
    core::Result<qint64> split(qint64 entityId, const QString &alias);
    // Sets the canonical name; ingest will not change it again.
    core::Status rename(qint64 entityId, const QString &name);

    // The CLI's shapes. An entity: {"id","name","aliases":[…],"roles":[{"title","country","to",
    // "first","last"}],"articles":N}, dates ISO, aliases most mentioned first. A meeting:
    // {"date","participants":[names],"place","article","evidence"}, evidence being the sentence,
    // and "by_post":[{"name","post"}] for the participants found through their post, if any.
    QJsonObject toJson(const EntityRecord &entity) const;
    QJsonObject toJson(const MeetingRecord &meeting) const;
    // The evidence sentence of a meeting, from its article's body.
    QString evidenceText(const MeetingRecord &meeting) const;

private:
    Statement participantsStatement() const;
    core::Status runEdit(const std::function<bool()> &edit, const QString &what);

    Database &m_db;
};

} // namespace elshi::store
