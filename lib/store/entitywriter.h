#pragma once

// The entity side of the ingest writer: resolves extracted names to entity ids and stores an
// article's mentions, roles and meetings; removes them with the article. Internal to the store,
// owned by IngestWriter, on the one writer thread.
//
// Resolution: a user's merge (user_key_map) first, then an entity with the same type and identity
// key, then for "A. Shokybayev" the one known person entities::samePerson accepts; otherwise a new
// entity. Ids are cached in memory by key hash — at most kCacheEntries (about 16 bytes each), the
// most-mentioned entities loaded at start, the rest looked up through the indexes on a miss — so
// memory stays bounded whatever the corpus size. A 64-bit hash collision (about 1 in 10^7 at a
// million distinct names) would join two names; accepted.
//
// Most names an ingest meets for the first time are new, and a new name or spelling costs only
// its INSERTs: while the database holds fewer than kCacheEntries / 2 entities, the key hashes of
// all of them (and of the user mappings) are in memory, so a key not among them needs no look-up;
// and of the entities it created the writer knows every alias, the name and the lock, so a new
// alias needs neither a look-up nor a read of its entity to decide on a rename. Bounded the same
// way as the ids.
//
// Counts (alias counts, entities.article_count) and role ranges are accumulated in memory and
// written by flush(), which the caller runs before each COMMIT; entities left with no mention,
// role or meeting are deleted there unless user-locked. A new entity or alias is stored with the
// counts of the article that brought it, so only those seen again in the transaction are updated.

#include "entityfacts.h"
#include "roledirectory.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace elshi::store {

class Database;

class EntityWriter
{
public:
    static constexpr size_t kCacheEntries = 1 << 18;

    explicit EntityWriter(Database &db);
    ~EntityWriter();

    bool writeArticle(qint64 articleId, qint32 dateKey, const PreparedFacts &facts);
    bool removeArticle(qint64 articleId);
    bool flush();

private:
    bool writeMentions(qint64 articleId, const std::vector<PreparedMention> &mentions);
    bool writeRoles(qint64 articleId, qint32 dateKey, const std::vector<PreparedRole> &roles);
    bool writeMeetings(qint64 articleId, const std::vector<PreparedMeeting> &meetings);
    // The entity and alias of a name, made when there are none (alias 0 when that failed). A new
    // entity is stored as named in one article when mentionCount is not 0, a new alias with that
    // many mentions: the counts of this article, which flush() then has no UPDATE for.
    struct Resolved
    {
        qint64 entity = 0;
        qint64 alias = 0;
        bool newEntity = false;
        bool newAlias = false;
    };
    Resolved resolve(const PreparedName &name, int mentionCount);
    qint64 entityFor(const PreparedName &name, int articleCount, bool *created);
    qint64 fuzzyMatch(const PreparedName &name);
    qint64 createEntity(const PreparedName &name, int articleCount);
    qint64 aliasFor(qint64 entityId, const PreparedName &name, int count, bool *created);
    bool deleteOrphans();
    void remember(QHash<quint64, qint64> &cache, quint64 hash, qint64 id);
    void rememberAlias(quint64 hash, qint64 id);
    void forgetEntities();
    bool mayBeStored(const PreparedName &name) const;
    void noteStored(const PreparedName &name);

    // What the writer knows of an entity without asking the database: what it created, or read
    // once when the entity got a new alias, kept current as it renames. Users edit between
    // ingests, never during one (EntityStore), so nothing else changes it meanwhile.
    struct KnownEntity
    {
        QString name;
        entities::EntityType type = entities::EntityType::Person;
        bool locked = false;
        // Created by this writer, so every alias it has went into m_aliases: one not there is new.
        bool allAliasesCached = false;
    };
    KnownEntity *knownEntity(qint64 id); // null when there is no such entity
    void rememberEntity(qint64 id, KnownEntity entity);

    Database &m_db;
    struct Statements;
    std::unique_ptr<Statements> m_s;
    // Asked for every name of every article: QHash keeps its entries in a few arrays, where
    // std::unordered_map allocated a node for each and a look-up chased pointers to it.
    QHash<quint64, qint64> m_entities; // key hash → entity id
    QHash<quint64, qint64> m_aliases; // entity id and alias hash → alias id
    // By entity id; cleared with m_aliases. Node-based: knownEntity() hands out pointers into it.
    std::unordered_map<qint64, KnownEntity> m_known;
    // The key hashes of every entity and user mapping stored, while they fit in kCacheEntries: a
    // name whose key is not among them has no entity yet, and needs no look-up before one is
    // created. Off, and empty, once there are more.
    QSet<quint64> m_storedKeys;
    bool m_allKeysKnown = false;
    QHash<qint64, qint64> m_aliasDelta;
    QHash<qint64, qint64> m_articleDelta;
    // The roles rows the articles of this transaction add to, summed in memory and upserted once
    // each by flush(): an article states two or three posts, mostly ones already known, and one
    // upsert a post a transaction costs far less than one a post an article.
    struct PendingRole
    {
        qint64 entityId = 0;
        QString title, country, host;
        qint32 first = 0, last = 0; // role date keys; 0 undated
        qint64 articleId = 0; // the first article
        qint64 articleCount = 0;
        qint64 lastArticleId = 0; // the last article counted
    };
    struct RoleKey
    {
        qint64 entityId = 0;
        QString title, country, host;
        bool operator==(const RoleKey &) const = default;
        friend size_t qHash(const RoleKey &key, size_t seed)
        {
            return qHashMulti(seed, key.entityId, key.title, key.country, key.host);
        }
    };
    QHash<RoleKey, PendingRole> m_pendingRoles;
    std::unordered_set<qint64> m_dirtyRoles;
    std::unordered_set<qint64> m_touched;
    RoleDirectory m_directory; // who held which post when, for meetings that name only a post
    bool m_failed = false;
};

} // namespace elshi::store
