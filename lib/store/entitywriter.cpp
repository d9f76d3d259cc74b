#include "entitywriter.h"

#include "database.h"
#include "mentionspans.h"
#include "multirowinsert.h"
#include "statement.h"

#include <entities/identity.h>

#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <tuple>

namespace elshi::store {

namespace {

quint64 aliasHash(qint64 entityId, quint64 nameHash)
{
    return nameHash ^ (quint64(entityId) * 0x9e3779b97f4a7c15ULL);
}

QString scriptOf(const QString &name)
{
    for (const QChar c : name) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Latin)
            return QStringLiteral("Latn");
        if (c.script() == QChar::Script_Cyrillic)
            return QStringLiteral("Cyrl");
        return QString();
    }
    return QString();
}

// How a person is shown: the fullest name, preferring Latin script (what most readers of all
// three languages can read), as entities::PersonIndex::displayName chooses.
bool isBetterName(const QString &candidate, const QString &current)
{
    const bool latin = scriptOf(candidate) == u"Latn";
    const bool currentLatin = scriptOf(current) == u"Latn";
    if (latin != currentLatin)
        return latin;
    return candidate.size() > current.size();
}

// The hash of what the look-ups by key compare, type and identity key: keyHash but for a fuzzy
// name, whose keyHash is of its folded spelling.
quint64 storedKeyHash(const PreparedName &name)
{
    return name.fuzzy ? keyHashOf(name.key, name.type) : name.keyHash;
}

// Roles are ranged over dated articles; a key without a year (below 1000-00-00) says nothing.
qint32 roleDateKey(qint32 key)
{
    return core::DateValue::keyHasYear(key) ? key : 0;
}

} // namespace

struct EntityWriter::Statements
{
    explicit Statements(Database &db)
        : userKey(db.prepare("SELECT entity_id FROM user_key_map WHERE type = ?1 AND identity_key = ?2"))
        , entityByKey(db.prepare("SELECT id FROM entities WHERE type = ?1 AND identity_key = ?2 ORDER BY id LIMIT 1"))
        , insertEntity(db.prepare("INSERT INTO entities(type, name, identity_key, article_count) "
                                  "VALUES (?1, ?2, ?3, ?4)"))
        , insertWords(db, "entity_words(word, entity_id)", 2, MultiRowInsert::Conflicts::Ignore)
        , candidates(db.prepare("SELECT entity_id FROM entity_words WHERE word = ?1 LIMIT 64"))
        , namesOf(db.prepare("SELECT name FROM entities WHERE id = ?1 "
                             "UNION SELECT alias FROM entity_aliases WHERE entity_id = ?1"))
        , aliasByName(db.prepare("SELECT id FROM entity_aliases WHERE entity_id = ?1 AND alias = ?2"))
        , insertAlias(db.prepare("INSERT INTO entity_aliases(entity_id, alias, identity_key, script, lang, count) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        , entityState(db.prepare("SELECT name, user_locked, type FROM entities WHERE id = ?1"))
        , renameEntity(db.prepare("UPDATE entities SET name = ?2 WHERE id = ?1"))
        , insertMentions(db, "mentions(article_id, entity_id, alias_id, type, count, spans)", 6,
                         MultiRowInsert::Conflicts::Fail)
        // Keyed by article, start and person: a second fact of one person at one place is dropped.
        , insertRoleFacts(db, "role_facts(article_id, start, end, entity_id, title, country, host, alias_id)", 8,
                          MultiRowInsert::Conflicts::Ignore)
        , upsertRole(db.prepare(
              "INSERT INTO roles(entity_id, title, country, host, first_date_key, last_date_key, article_id, "
              "article_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
              "ON CONFLICT(entity_id, title, country, host) DO UPDATE SET "
              "first_date_key = CASE WHEN excluded.first_date_key = 0 THEN first_date_key "
              "WHEN first_date_key = 0 THEN excluded.first_date_key "
              "ELSE min(first_date_key, excluded.first_date_key) END, "
              "last_date_key = max(last_date_key, excluded.last_date_key), "
              "article_id = min(article_id, excluded.article_id), "
              "article_count = article_count + excluded.article_count"))
        , insertMeeting(db.prepare("INSERT INTO meetings(article_id, date_key, date_precision, place, evidence_start, "
                                   "evidence_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        , insertParticipants(db,
                             "meeting_participants(meeting_id, position, entity_id, unnamed, is_subject, alias_id, "
                             "date_key)",
                             7, MultiRowInsert::Conflicts::Fail)
        , mentionCounts(db.prepare("SELECT alias_id, entity_id, count FROM mentions WHERE article_id = ?1"))
        , deleteMentions(db.prepare("DELETE FROM mentions WHERE article_id = ?1"))
        , roleEntities(db.prepare("SELECT DISTINCT entity_id FROM role_facts WHERE article_id = ?1"))
        , deleteRoleFacts(db.prepare("DELETE FROM role_facts WHERE article_id = ?1"))
        , participantEntities(db.prepare("SELECT p.entity_id FROM meetings m JOIN meeting_participants p "
                                         "ON p.meeting_id = m.id WHERE m.article_id = ?1 AND p.entity_id IS NOT NULL"))
        , deleteParticipants(db.prepare("DELETE FROM meeting_participants WHERE meeting_id IN "
                                        "(SELECT id FROM meetings WHERE article_id = ?1)"))
        , deleteMeetings(db.prepare("DELETE FROM meetings WHERE article_id = ?1"))
        , addAliasCount(db.prepare("UPDATE entity_aliases SET count = count + ?2 WHERE id = ?1"))
        , addArticleCount(db.prepare("UPDATE entities SET article_count = article_count + ?2 WHERE id = ?1"))
        , deleteRoles(db.prepare("DELETE FROM roles WHERE entity_id = ?1"))
        , recomputeRoles(db.prepare(
              "INSERT INTO roles(entity_id, title, country, host, first_date_key, last_date_key, article_id, "
              "article_count) SELECT r.entity_id, r.title, r.country, r.host, "
              "coalesce(min(CASE WHEN a.date_key >= 10000000 THEN a.date_key END), 0), "
              "coalesce(max(CASE WHEN a.date_key >= 10000000 THEN a.date_key END), 0), "
              "min(r.article_id), count(DISTINCT r.article_id) "
              "FROM role_facts r JOIN articles a ON a.id = r.article_id WHERE r.entity_id = ?1 "
              "GROUP BY r.title, r.country, r.host"))
        , orphanState(db.prepare(
              "SELECT user_locked = 0 AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1) "
              "AND NOT EXISTS (SELECT 1 FROM role_facts WHERE entity_id = ?1) "
              "AND NOT EXISTS (SELECT 1 FROM meeting_participants WHERE entity_id = ?1) FROM entities WHERE id = ?1"))
        , deleteAliases(db.prepare("DELETE FROM entity_aliases WHERE entity_id = ?1"))
        , deleteWords(db.prepare("DELETE FROM entity_words WHERE entity_id = ?1"))
        , deleteEntity(db.prepare("DELETE FROM entities WHERE id = ?1"))
    {
    }
    Statement userKey, entityByKey, insertEntity;
    MultiRowInsert insertWords; // a word twice in one key is stored once
    Statement candidates, namesOf, aliasByName, insertAlias, entityState, renameEntity;
    MultiRowInsert insertMentions, insertRoleFacts;
    Statement upsertRole, insertMeeting;
    MultiRowInsert insertParticipants;
    Statement mentionCounts, deleteMentions, roleEntities, deleteRoleFacts, participantEntities, deleteParticipants,
        deleteMeetings, addAliasCount, addArticleCount, deleteRoles, recomputeRoles, orphanState, deleteAliases,
        deleteWords, deleteEntity;
};

EntityWriter::EntityWriter(Database &db)
    : m_db(db)
    , m_s(std::make_unique<Statements>(db))
{
    // The most-mentioned entities first: they are the ones most articles name. User mappings last,
    // so they override an entity that still carries the same key.
    Statement frequent = db.prepare("SELECT type, identity_key, id FROM entities ORDER BY article_count DESC LIMIT ?1");
    frequent.bind(1, qint64(kCacheEntries / 2));
    size_t entityCount = 0;
    while (frequent.step()) {
        const quint64 hash = keyHashOf(frequent.text(1), entities::EntityType(frequent.int64(0)));
        remember(m_entities, hash, frequent.int64(2));
        m_storedKeys.insert(hash);
        ++entityCount;
    }
    // Fewer than asked for: that was every entity.
    m_allKeysKnown = entityCount < kCacheEntries / 2;
    Statement mapped = db.prepare("SELECT type, identity_key, entity_id FROM user_key_map");
    while (mapped.step()) {
        const quint64 hash = keyHashOf(mapped.text(1), entities::EntityType(mapped.int64(0)));
        remember(m_entities, hash, mapped.int64(2));
        m_storedKeys.insert(hash);
    }
    if (!m_allKeysKnown)
        m_storedKeys.clear();
    m_directory.load(db);
}

EntityWriter::~EntityWriter() = default;

void EntityWriter::remember(QHash<quint64, qint64> &cache, quint64 hash, qint64 id)
{
    // Dropping everything when full is crude but keeps the bound without bookkeeping; the
    // frequent names come back on their next mention.
    if (cache.size() >= kCacheEntries)
        cache.clear();
    cache[hash] = id;
}

void EntityWriter::rememberAlias(quint64 hash, qint64 id)
{
    if (m_aliases.size() >= kCacheEntries) {
        m_aliases.clear();
        m_known.clear(); // whose aliases are all cached no longer holds for anyone
    }
    m_aliases[hash] = id;
}

void EntityWriter::rememberEntity(qint64 id, KnownEntity entity)
{
    if (m_known.size() >= kCacheEntries)
        m_known.clear();
    m_known[id] = std::move(entity);
}

void EntityWriter::forgetEntities()
{
    m_entities.clear();
    m_aliases.clear();
    m_known.clear();
}

bool EntityWriter::mayBeStored(const PreparedName &name) const
{
    return !m_allKeysKnown || m_storedKeys.contains(storedKeyHash(name));
}

void EntityWriter::noteStored(const PreparedName &name)
{
    if (!m_allKeysKnown)
        return;
    if (m_storedKeys.size() >= kCacheEntries) {
        // Too many to keep: from now on every new name is looked up.
        m_allKeysKnown = false;
        m_storedKeys = {};
        return;
    }
    m_storedKeys.insert(storedKeyHash(name));
}

EntityWriter::Resolved EntityWriter::resolve(const PreparedName &name, int mentionCount)
{
    Resolved resolved;
    resolved.entity = entityFor(name, mentionCount > 0 ? 1 : 0, &resolved.newEntity);
    if (resolved.entity)
        resolved.alias = aliasFor(resolved.entity, name, mentionCount, &resolved.newAlias);
    return resolved;
}

qint64 EntityWriter::entityFor(const PreparedName &name, int articleCount, bool *created)
{
    if (const auto found = m_entities.constFind(name.keyHash); found != m_entities.cend())
        return found.value();
    Statements &s = *m_s;
    qint64 id = 0;
    if (name.fuzzy)
        id = fuzzyMatch(name);
    if (!id && mayBeStored(name)) {
        s.userKey.bind(1, int(name.type)).bind(2, name.key);
        if (s.userKey.step())
            id = s.userKey.int64(0);
        s.userKey.reset();
        if (!id) {
            s.entityByKey.bind(1, int(name.type)).bind(2, name.key);
            if (s.entityByKey.step())
                id = s.entityByKey.int64(0);
            s.entityByKey.reset();
        }
    }
    if (!id) {
        id = createEntity(name, articleCount);
        *created = id != 0;
    }
    if (id)
        remember(m_entities, name.keyHash, id);
    return id;
}

qint64 EntityWriter::fuzzyMatch(const PreparedName &name)
{
    Statements &s = *m_s;
    std::vector<qint64> candidates;
    s.candidates.bind(1, name.key);
    while (s.candidates.step())
        candidates.push_back(s.candidates.int64(0));
    s.candidates.reset();
    qint64 match = 0;
    for (const qint64 candidate : candidates) {
        bool same = false;
        s.namesOf.bind(1, candidate);
        while (!same && s.namesOf.step())
            same = entities::samePerson(s.namesOf.text(0), name.name);
        s.namesOf.reset();
        if (!same)
            continue;
        if (match)
            return 0; // two people fit: "A. Shokybayev" stays apart from both
        match = candidate;
    }
    return match;
}

qint64 EntityWriter::createEntity(const PreparedName &name, int articleCount)
{
    Statements &s = *m_s;
    if (!s.insertEntity.bind(1, int(name.type)).bind(2, name.name).bind(3, name.key).bind(4, articleCount).exec()) {
        m_failed = true;
        return 0;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    noteStored(name);
    rememberEntity(id, {name.name, name.type, false, true});
    if (name.type == entities::EntityType::Person && name.key.contains(u' ')) {
        const QStringList words = name.key.split(u' ', Qt::SkipEmptyParts);
        if (!s.insertWords.insert(words.size(),
                                  [&](MultiRowInsert::Row &row, qsizetype i) { row.bind(1, words.at(i)).bind(2, id); }))
            m_failed = true;
    }
    return id;
}

EntityWriter::KnownEntity *EntityWriter::knownEntity(qint64 id)
{
    if (const auto found = m_known.find(id); found != m_known.end())
        return &found->second;
    Statement &state = m_s->entityState;
    state.bind(1, id);
    KnownEntity *known = nullptr;
    if (state.step()) {
        rememberEntity(id, {state.text(0), entities::EntityType(state.int64(2)), state.int64(1) != 0, false});
        known = &m_known[id];
    }
    state.reset();
    return known;
}

qint64 EntityWriter::aliasFor(qint64 entityId, const PreparedName &name, int count, bool *created)
{
    const quint64 hash = aliasHash(entityId, name.nameHash);
    if (const auto found = m_aliases.constFind(hash); found != m_aliases.cend())
        return found.value();
    Statements &s = *m_s;
    KnownEntity *entity = knownEntity(entityId);
    qint64 id = 0;
    if (!entity || !entity->allAliasesCached) {
        s.aliasByName.bind(1, entityId).bind(2, name.name);
        if (s.aliasByName.step())
            id = s.aliasByName.int64(0);
        s.aliasByName.reset();
    }
    if (!id) {
        if (!s.insertAlias.bind(1, entityId)
                 .bind(2, name.name)
                 .bind(3, name.key)
                 .bind(4, scriptOf(name.name))
                 .bind(6, count)
                 .exec()) {
            m_failed = true;
            return 0;
        }
        id = sqlite3_last_insert_rowid(m_db.handle());
        *created = true;
        // A new spelling may name the person better than the first one seen, unless the user chose.
        if (entity && !entity->locked && entity->type == entities::EntityType::Person &&
            isBetterName(name.name, entity->name)) {
            s.renameEntity.bind(1, entityId).bind(2, name.name).exec();
            entity->name = name.name;
        }
    }
    rememberAlias(hash, id);
    return id;
}

bool EntityWriter::writeArticle(qint64 articleId, qint32 dateKey, const PreparedFacts &facts)
{
    m_s->insertAlias.bind(5, facts.lang.isEmpty() ? QString() : facts.lang);
    return writeMentions(articleId, facts.mentions) && writeRoles(articleId, dateKey, facts.roles) &&
        writeMeetings(articleId, facts.meetings) && !m_failed;
}

bool EntityWriter::writeMentions(qint64 articleId, const std::vector<PreparedMention> &mentions)
{
    // One row per entity and spelling with its spans packed (see MentionSpans), in key order.
    // prepareFacts() grouped the spans by name, and different names are different aliases; a row
    // is still united with an earlier one of the same key, which only a 64-bit collision of two
    // names' hashes in the alias cache could produce, so the key stays unique whatever happens.
    struct Named
    {
        qint64 entity;
        qint64 alias;
        const PreparedMention *mention;
        std::optional<MentionSpans> united; // with the spans of a later mention of the same key
        int aliasCountStored; // the mentions a new alias was stored with
        bool entityCountStored; // a new entity, stored as named in this article

        int count() const { return united ? united->count() : mention->spans.count(); }
    };
    std::vector<Named> named;
    named.reserve(mentions.size());
    for (const PreparedMention &m : mentions) {
        const Resolved r = resolve(m.name, m.spans.count());
        if (!r.alias)
            return false;
        auto it = std::find_if(named.begin(), named.end(),
                               [&](const Named &n) { return n.entity == r.entity && n.alias == r.alias; });
        if (it == named.end()) {
            named.push_back({r.entity, r.alias, &m, std::nullopt, r.newAlias ? m.spans.count() : 0, r.newEntity});
            continue;
        }
        if (!it->united)
            it->united = it->mention->spans;
        it->united->unite(m.spans);
    }
    std::sort(named.begin(), named.end(), [](const Named &a, const Named &b) {
        return std::pair(a.entity, a.alias) < std::pair(b.entity, b.alias);
    });
    const bool inserted =
        m_s->insertMentions.insert(qsizetype(named.size()), [&](MultiRowInsert::Row &row, qsizetype i) {
            const Named &n = named[size_t(i)];
            row.bind(1, articleId)
                .bind(2, n.entity)
                .bind(3, n.alias)
                .bind(4, int(n.mention->name.type))
                .bind(5, n.count())
                .bindBlob(6, n.united ? n.united->encode() : n.mention->encodedSpans);
        });
    if (!inserted)
        return false;
    // What a new entity or alias was not stored with is left for flush(); for the many named in a
    // single article of the transaction that is nothing, and their UPDATE is saved.
    bool entityCountStored = false;
    for (size_t i = 0; i < named.size(); ++i) {
        const Named &n = named[i];
        if (const int more = n.count() - n.aliasCountStored)
            m_aliasDelta[n.alias] += more;
        entityCountStored = entityCountStored || n.entityCountStored;
        if (i + 1 == named.size() || named[i + 1].entity != n.entity) { // the entity's last row
            if (!entityCountStored)
                ++m_articleDelta[n.entity];
            entityCountStored = false;
        }
    }
    return true;
}

bool EntityWriter::writeRoles(qint64 articleId, qint32 dateKey, const std::vector<PreparedRole> &roles)
{
    std::vector<std::pair<qint64, qint64>> ids; // entity and alias of each role's person
    ids.reserve(roles.size());
    for (const PreparedRole &r : roles) {
        const Resolved person = resolve(r.person, 0);
        if (!person.alias)
            return false;
        const qint64 entity = person.entity;
        ids.emplace_back(entity, person.alias);
        m_directory.note(entity, r.title, r.country, r.host, roleDateKey(dateKey));
        PendingRole &pending = m_pendingRoles[RoleKey{entity, r.title, r.country, r.host}];
        if (pending.lastArticleId == articleId)
            continue; // one role fact per post and person an article
        const qint32 seen = roleDateKey(dateKey);
        if (pending.articleCount == 0) {
            pending = {entity,
                       r.title,
                       r.country.isNull() ? QStringLiteral("") : r.country,
                       r.host.isNull() ? QStringLiteral("") : r.host,
                       seen,
                       seen,
                       articleId,
                       0};
        } else {
            // As the upsert in flush() combines with the stored row: an undated article neither
            // starts nor ends a tenure.
            pending.first = seen == 0 ? pending.first : pending.first == 0 ? seen : std::min(pending.first, seen);
            pending.last = std::max(pending.last, seen);
            pending.articleId = std::min(pending.articleId, articleId);
        }
        ++pending.articleCount;
        pending.lastArticleId = articleId;
    }
    return m_s->insertRoleFacts.insert(qsizetype(roles.size()), [&](MultiRowInsert::Row &row, qsizetype i) {
        const PreparedRole &r = roles[size_t(i)];
        row.bind(1, articleId)
            .bind(2, r.start)
            .bind(3, r.end)
            .bind(4, ids[size_t(i)].first)
            .bind(5, r.title)
            .bind(6, r.country.isNull() ? QStringLiteral("") : r.country)
            .bind(7, r.host.isNull() ? QStringLiteral("") : r.host)
            .bind(8, ids[size_t(i)].second);
    });
}

bool EntityWriter::writeMeetings(qint64 articleId, const std::vector<PreparedMeeting> &meetings)
{
    // The article's participants, inserted together once every meeting has its id.
    struct Participant
    {
        qint64 meeting;
        int position;
        qint64 entity; // 0: none known
        QString unnamed; // null but for a side named by a post or a description only
        bool subject;
        qint64 alias; // 0: none
        qint64 dateKey;
    };
    std::vector<Participant> participants;
    Statements &s = *m_s;
    for (const PreparedMeeting &m : meetings) {
        if (!s.insertMeeting.bind(1, articleId)
                 .bind(2, qint64(m.date.sortKey()))
                 .bind(3, int(m.date.precision))
                 .bind(4, m.place.isEmpty() ? QString() : m.place)
                 .bind(5, m.evidenceStart)
                 .bind(6, m.evidenceEnd)
                 .exec())
            return false;
        const qint64 meeting = sqlite3_last_insert_rowid(m_db.handle());
        const qint64 meetingDateKey = m.date.sortKey();
        int position = 0;
        if (m.subjectCount == 0 && !m.subjectPost.title.isEmpty()) {
            // Named only by the post: its holder at the meeting's date when the directory knows
            // exactly one, else the post as written, unresolved.
            const entities::RolePost &post = m.subjectPost;
            const qint64 holder =
                m_directory.holderAt(post.title, post.country, post.to, roleDateKey(m.date.sortKey()));
            participants.push_back({meeting, position++, holder, post.titleText, true, 0, meetingDateKey});
        }
        for (const PreparedName &p : m.participants) {
            const Resolved participant = resolve(p, 0);
            if (!participant.alias)
                return false;
            participants.push_back({meeting, position, participant.entity, QString(), position < m.subjectCount,
                                    participant.alias, meetingDateKey});
            ++position;
        }
        for (const QString &unnamed : m.unnamed)
            participants.push_back({meeting, position++, 0, unnamed, false, 0, meetingDateKey});
    }
    return s.insertParticipants.insert(qsizetype(participants.size()), [&](MultiRowInsert::Row &row, qsizetype i) {
        const Participant &p = participants[size_t(i)];
        row.bind(1, p.meeting).bind(2, p.position).bind(4, p.unnamed).bind(5, p.subject ? 1 : 0).bind(7, p.dateKey);
        if (p.entity)
            row.bind(3, p.entity);
        else
            row.bindNull(3);
        if (p.alias)
            row.bind(6, p.alias);
        else
            row.bindNull(6);
    });
}

bool EntityWriter::removeArticle(qint64 articleId)
{
    Statements &s = *m_s;
    std::unordered_set<qint64> named;
    s.mentionCounts.bind(1, articleId);
    while (s.mentionCounts.step()) {
        m_aliasDelta[s.mentionCounts.int64(0)] -= s.mentionCounts.int64(2);
        named.insert(s.mentionCounts.int64(1));
    }
    s.mentionCounts.reset();
    for (const qint64 entity : named) {
        --m_articleDelta[entity];
        m_touched.insert(entity);
    }
    s.roleEntities.bind(1, articleId);
    while (s.roleEntities.step()) {
        m_dirtyRoles.insert(s.roleEntities.int64(0));
        m_touched.insert(s.roleEntities.int64(0));
    }
    s.roleEntities.reset();
    s.participantEntities.bind(1, articleId);
    while (s.participantEntities.step())
        m_touched.insert(s.participantEntities.int64(0));
    s.participantEntities.reset();
    return s.deleteMentions.bind(1, articleId).exec() && s.deleteRoleFacts.bind(1, articleId).exec() &&
        s.deleteParticipants.bind(1, articleId).exec() && s.deleteMeetings.bind(1, articleId).exec();
}

bool EntityWriter::flush()
{
    Statements &s = *m_s;
    // Before the recomputed ones below: an entity whose facts changed is rebuilt from them anyway.
    // In key order, not the hash's: the roles table's row ids then follow from the corpus alone,
    // the same on every ingest of it (the hash's order changes with its per-process seed).
    std::vector<const PendingRole *> pending;
    pending.reserve(size_t(m_pendingRoles.size()));
    for (const PendingRole &r : std::as_const(m_pendingRoles))
        pending.push_back(&r);
    std::sort(pending.begin(), pending.end(), [](const PendingRole *a, const PendingRole *b) {
        return std::tie(a->entityId, a->title, a->country, a->host) <
            std::tie(b->entityId, b->title, b->country, b->host);
    });
    for (const PendingRole *role : pending) {
        const PendingRole &r = *role;
        if (!s.upsertRole.bind(1, r.entityId)
                 .bind(2, r.title)
                 .bind(3, r.country)
                 .bind(4, r.host)
                 .bind(5, r.first)
                 .bind(6, r.last)
                 .bind(7, r.articleId)
                 .bind(8, r.articleCount)
                 .exec())
            return false;
    }
    m_pendingRoles.clear();
    for (const auto &[alias, delta] : m_aliasDelta.asKeyValueRange()) {
        if (delta && !s.addAliasCount.bind(1, alias).bind(2, delta).exec())
            return false;
    }
    m_aliasDelta.clear();
    for (const auto &[entity, delta] : m_articleDelta.asKeyValueRange()) {
        if (delta && !s.addArticleCount.bind(1, entity).bind(2, delta).exec())
            return false;
    }
    m_articleDelta.clear();
    for (const qint64 entity : m_dirtyRoles) {
        if (!s.deleteRoles.bind(1, entity).exec() || !s.recomputeRoles.bind(1, entity).exec())
            return false;
    }
    m_dirtyRoles.clear();
    return deleteOrphans() && !m_failed;
}

bool EntityWriter::deleteOrphans()
{
    Statements &s = *m_s;
    bool deleted = false;
    for (const qint64 entity : m_touched) {
        s.orphanState.bind(1, entity);
        const bool orphan = s.orphanState.step() && s.orphanState.int64(0) != 0;
        s.orphanState.reset();
        if (!orphan)
            continue;
        if (!s.deleteAliases.bind(1, entity).exec() || !s.deleteWords.bind(1, entity).exec() ||
            !s.deleteEntity.bind(1, entity).exec())
            return false;
        deleted = true;
    }
    m_touched.clear();
    if (deleted) // ids of deleted entities must not be handed out again from the caches
        forgetEntities();
    return true;
}

} // namespace elshi::store
