#include "entitystore.h"

#include "bodycodec.h"
#include "database.h"
#include "entityfacts.h"
#include "mentionspans.h"
#include "statement.h"

#include <core/logging.h>

#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <tuple>

namespace elshi::store {

namespace {

core::DateValue dateOf(qint64 key, qint64 precision)
{
    return core::DateValue::fromSortKey(qint32(key), core::DateValue::Precision(precision));
}

EntityRecord entityFrom(const Statement &row)
{
    return EntityRecord{row.int64(0), entities::EntityType(row.int64(1)), row.text(2), row.int64(3), row.int64(4) != 0};
}

constexpr const char *kEntityColumns = "SELECT id, type, name, article_count, user_locked FROM entities ";

} // namespace

EntityStore::EntityStore(Database &db)
    : m_db(db)
{
}

EntityStore::~EntityStore() = default;

std::optional<EntityRecord> EntityStore::entity(qint64 id) const
{
    Statement select = m_db.prepare(std::string(kEntityColumns) + "WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return entityFrom(select);
}

bool EntityStore::forEachEntity(std::optional<entities::EntityType> type,
                                const std::function<bool(const EntityRecord &)> &visit) const
{
    // Read in table order and sorted here: SQLite's sort of 30,000 names through a temporary
    // b-tree took several times as long as reading them (the people of a million articles).
    Statement select = m_db.prepare(std::string(kEntityColumns) + "WHERE ?1 < 0 OR type = ?1");
    select.bind(1, type ? int(*type) : -1);
    std::vector<EntityRecord> records;
    while (select.step())
        records.push_back(entityFrom(select));
    if (!select.errorMessage().isEmpty())
        return false;
    std::sort(records.begin(), records.end(), [](const EntityRecord &a, const EntityRecord &b) {
        if (a.articleCount != b.articleCount)
            return a.articleCount > b.articleCount;
        if (const int byName = a.name.compare(b.name))
            return byName < 0;
        return a.id < b.id;
    });
    for (const EntityRecord &record : records)
        if (!visit(record))
            return true;
    return true;
}

QList<EntityRecord> EntityStore::people() const
{
    QList<EntityRecord> list;
    forEachEntity(entities::EntityType::Person, [&](const EntityRecord &e) {
        list.append(e);
        return true;
    });
    return list;
}

QList<AliasRecord> EntityStore::aliases(qint64 entityId) const
{
    QList<AliasRecord> list;
    Statement select = m_db.prepare("SELECT alias, script, lang, count FROM entity_aliases WHERE entity_id = ?1 "
                                    "ORDER BY count DESC, alias");
    select.bind(1, entityId);
    while (select.step())
        list.append({select.text(0), select.text(1), select.text(2), select.int64(3)});
    return list;
}

namespace {

// One person's role row as stored, its tenure as dated keys (0 when undated).
struct StoredRole
{
    QString title, country, to;
    qint32 first = 0, last = 0;
    qint64 articleId = 0, articleCount = 0;
    bool folded = false;

    // Whether other says all this one says and more: the same post, with a country or host
    // where this one has none. "Prime Minister Sagintayev" beside "Премьер-министр РК Сагинтаев".
    bool isVaguerFormOf(const StoredRole &other) const
    {
        return title == other.title && (country.isEmpty() || country == other.country) &&
            (to.isEmpty() || to == other.to) && (country != other.country || to != other.to);
    }
};

// Folds each role that only a vaguer article states into the one fuller role of the same post
// that it can be: the person's list then shows "prime minister of Kazakhstan" once, not beside a
// bare "prime minister". Where two fuller roles could be meant (ambassador to Kenya, ambassador
// to Ethiopia) the vague one stays on its own. The folded article counts are summed, so an
// article stating both forms counts twice.
void foldVagueRoles(std::vector<StoredRole> &roles)
{
    for (StoredRole &vague : roles) {
        StoredRole *fullest = nullptr;
        int fullestCount = 0;
        for (StoredRole &candidate : roles) {
            if (&candidate == &vague || !vague.isVaguerFormOf(candidate))
                continue;
            const bool maximal = std::none_of(roles.cbegin(), roles.cend(), [&](const StoredRole &other) {
                return &other != &candidate && candidate.isVaguerFormOf(other);
            });
            if (maximal) {
                fullest = &candidate;
                ++fullestCount;
            }
        }
        if (fullestCount != 1)
            continue;
        if (vague.first && (!fullest->first || vague.first < fullest->first)) {
            fullest->first = vague.first;
            fullest->articleId = vague.articleId;
        }
        fullest->last = std::max(fullest->last, vague.last);
        fullest->articleCount += vague.articleCount;
        vague.folded = true;
    }
}

} // namespace

QList<RoleRecord> EntityStore::rolesOf(qint64 entityId) const
{
    std::vector<StoredRole> roles;
    Statement select = m_db.prepare("SELECT title, country, host, first_date_key, last_date_key, article_id, "
                                    "article_count FROM roles WHERE entity_id = ?1");
    select.bind(1, entityId);
    while (select.step())
        roles.push_back({select.text(0), select.text(1), select.text(2), qint32(select.int64(3)),
                         qint32(select.int64(4)), select.int64(5), select.int64(6)});
    foldVagueRoles(roles);
    std::erase_if(roles, [](const StoredRole &r) { return r.folded; });
    std::sort(roles.begin(), roles.end(), [](const StoredRole &a, const StoredRole &b) {
        return std::tie(a.first, a.last, a.title, a.country, a.to) <
            std::tie(b.first, b.last, b.title, b.country, b.to);
    });
    QList<RoleRecord> list;
    for (const StoredRole &r : roles)
        list.append({r.title, r.country, r.to, core::DateValue::fromDatedKey(r.first),
                     core::DateValue::fromDatedKey(r.last), r.articleId, r.articleCount});
    return list;
}

QList<qint64> EntityStore::find(const QString &name, entities::EntityType type) const
{
    QList<qint64> ids;
    const QString key = identityKeyOf(name, type);
    if (key.isEmpty())
        return ids;
    Statement select =
        m_db.prepare("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                     "WHERE a.identity_key = ?1 AND e.type = ?2 "
                     "UNION SELECT id FROM entities WHERE type = ?2 AND identity_key = ?1 "
                     "UNION SELECT entity_id FROM user_key_map WHERE type = ?2 AND identity_key = ?1 ORDER BY 1");
    select.bind(1, key).bind(2, int(type));
    while (select.step())
        ids.append(select.int64(0));
    return ids;
}

namespace {

// Both meeting queries select these columns, so one reader makes the records; the participants
// statement is prepared once per call and rebound for each meeting.
constexpr const char *kMeetingColumns =
    "SELECT m.id, m.article_id, m.date_key, m.date_precision, m.place, m.evidence_start, m.evidence_end ";

MeetingRecord meetingFrom(const Statement &row, Statement &participants)
{
    MeetingRecord meeting{row.int64(0),
                          row.int64(1),
                          dateOf(row.int64(2), row.int64(3)),
                          row.text(4),
                          int(row.int64(5)),
                          int(row.int64(6)),
                          {}};
    participants.bind(1, meeting.id);
    while (participants.step()) {
        const bool named = !participants.isNull(0);
        meeting.participants.append({named ? participants.int64(0) : 0, participants.text(1),
                                     participants.int64(2) != 0, named ? participants.text(3) : QString()});
    }
    participants.reset();
    return meeting;
}

} // namespace

Statement EntityStore::participantsStatement() const
{
    // unnamed is the text of a counterpart without a name, or of the post a named one was found by.
    return m_db.prepare("SELECT p.entity_id, coalesce(e.name, p.unnamed), p.is_subject, p.unnamed "
                        "FROM meeting_participants p "
                        "LEFT JOIN entities e ON e.id = p.entity_id WHERE p.meeting_id = ?1 ORDER BY p.position");
}

QList<MeetingRecord> EntityStore::meetingsOf(qint64 entityId) const
{
    MeetingCursor cursor;
    return meetingsOf(entityId, cursor, -1);
}

QList<MeetingRecord> EntityStore::meetingsOf(qint64 entityId, MeetingCursor &cursor, qsizetype limit) const
{
    // One range of meeting_participants_entity (entity, date, meeting): the meetings come in page
    // order and the scan stops at the limit. A person named twice in one meeting (after a merge)
    // gives adjacent rows of the same meeting, skipped here.
    QList<MeetingRecord> list;
    Statement select = m_db.prepare(std::string(kMeetingColumns) +
                                    "FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id "
                                    "WHERE p.entity_id = ?1 AND (p.date_key, p.meeting_id) > (?2, ?3) "
                                    "ORDER BY p.date_key, p.meeting_id");
    Statement participants = participantsStatement();
    select.bind(1, entityId).bind(2, cursor.dateKey).bind(3, cursor.meetingId);
    while ((limit < 0 || list.size() < limit) && select.step()) {
        if (select.int64(0) == cursor.meetingId)
            continue;
        cursor = {select.int64(2), select.int64(0)};
        list.append(meetingFrom(select, participants));
    }
    return list;
}

qsizetype EntityStore::meetingCount(qint64 entityId) const
{
    // DISTINCT over the index's own order (entity, date, meeting) compares each row with the one
    // before; count(DISTINCT meeting_id) would build a temporary b-tree (1.5 ms against 7.5 ms for
    // the 19,841 meetings of the busiest person of a million articles).
    Statement select = m_db.prepare("SELECT count(*) FROM (SELECT DISTINCT date_key, meeting_id "
                                    "FROM meeting_participants WHERE entity_id = ?1)");
    select.bind(1, entityId);
    return select.step() ? qsizetype(select.int64(0)) : 0;
}

bool EntityStore::forEachMeeting(const std::function<bool(const MeetingRecord &)> &visit) const
{
    Statement select = m_db.prepare(std::string(kMeetingColumns) + "FROM meetings m ORDER BY m.date_key, m.id");
    Statement participants = participantsStatement();
    while (select.step()) {
        if (!visit(meetingFrom(select, participants)))
            return true;
    }
    return select.errorMessage().isEmpty();
}

QList<qint64> EntityStore::articlesOf(qint64 entityId) const
{
    QList<qint64> ids;
    Statement select = m_db.prepare("SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?1 ORDER BY 1");
    select.bind(1, entityId);
    while (select.step())
        ids.append(select.int64(0));
    return ids;
}

QList<MentionRecord> EntityStore::mentionsOf(qint64 articleId) const
{
    QList<MentionRecord> list;
    Statement select = m_db.prepare("SELECT m.entity_id, m.type, m.spans, e.name FROM mentions m "
                                    "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?1");
    select.bind(1, articleId);
    while (select.step()) {
        const std::optional<MentionSpans> spans = MentionSpans::decode(select.blob(2));
        if (!spans) {
            qCWarning(lcStore) << "damaged mention spans of article" << articleId << "entity" << select.int64(0) << "in"
                               << m_db.path();
            continue;
        }
        const QString name = select.text(3);
        for (const auto &[start, end] : spans->spans())
            list.append({select.int64(0), entities::EntityType(select.int64(1)), start, end, name});
    }
    std::sort(list.begin(), list.end(), [](const MentionRecord &a, const MentionRecord &b) {
        return std::tuple(a.start, a.end, a.entityId) < std::tuple(b.start, b.end, b.entityId);
    });
    return list;
}

QString EntityStore::evidenceText(const MeetingRecord &meeting) const
{
    Statement select = m_db.prepare("SELECT body FROM articles WHERE id = ?1");
    select.bind(1, meeting.articleId);
    if (!select.step())
        return QString();
    const auto body = BodyCodec::decode(select.blob(0));
    if (!body) {
        qCWarning(lcStore) << "article" << meeting.articleId << body.error().toString();
        return QString();
    }
    return body->mid(meeting.evidenceStart, meeting.evidenceEnd - meeting.evidenceStart).trimmed();
}

QJsonObject EntityStore::toJson(const EntityRecord &entity) const
{
    QJsonArray aliasList;
    for (const AliasRecord &alias : aliases(entity.id))
        aliasList.append(alias.alias);
    QJsonArray roleList;
    for (const RoleRecord &role : rolesOf(entity.id))
        roleList.append(QJsonObject{{QStringLiteral("title"), role.title},
                                    {QStringLiteral("country"), role.country},
                                    {QStringLiteral("to"), role.to},
                                    {QStringLiteral("first"), role.first.toIso()},
                                    {QStringLiteral("last"), role.last.toIso()}});
    return QJsonObject{{QStringLiteral("id"), entity.id},
                       {QStringLiteral("name"), entity.name},
                       {QStringLiteral("aliases"), aliasList},
                       {QStringLiteral("roles"), roleList},
                       {QStringLiteral("articles"), entity.articleCount}};
}

QJsonObject EntityStore::toJson(const MeetingRecord &meeting) const
{
    QJsonArray names;
    QJsonArray byPost;
    for (const ParticipantRecord &p : meeting.participants) {
        names.append(p.name);
        if (!p.post.isEmpty())
            byPost.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("post"), p.post}});
    }
    QJsonObject json{{QStringLiteral("date"), meeting.date.toIso()},
                     {QStringLiteral("participants"), names},
                     {QStringLiteral("place"), meeting.place},
                     {QStringLiteral("article"), meeting.articleId},
                     {QStringLiteral("evidence"), evidenceText(meeting)}};
    if (!byPost.isEmpty())
        json.insert(QStringLiteral("by_post"), byPost);
    return json;
}

core::Status EntityStore::runEdit(const std::function<bool()> &edit, const QString &what)
{
    if (!m_db.exec("BEGIN IMMEDIATE"))
        return core::Error{tr("cannot %1: %2").arg(what, m_db.lastError()), m_db.path()};
    if (!edit()) {
        const QString reason = m_db.lastError();
        m_db.exec("ROLLBACK");
        return core::Error{tr("cannot %1: %2").arg(what, reason), m_db.path()};
    }
    if (!m_db.exec("COMMIT"))
        return core::Error{tr("cannot %1: %2").arg(what, m_db.lastError()), m_db.path()};
    return core::success();
}

namespace {

// The shared tail of merge and split: derived data of an entity recomputed from its facts.
bool recount(const Database &db, qint64 entityId)
{
    Statement count = db.prepare("UPDATE entities SET article_count = "
                                 "(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?1), "
                                 "user_locked = 1 WHERE id = ?1");
    Statement aliasCounts =
        db.prepare("UPDATE entity_aliases SET count = "
                   "(SELECT coalesce(sum(m.count), 0) FROM mentions m WHERE m.entity_id = ?1 AND m.alias_id = "
                   "entity_aliases.id) WHERE entity_id = ?1");
    Statement deleteRoles = db.prepare("DELETE FROM roles WHERE entity_id = ?1");
    Statement roles =
        db.prepare("INSERT INTO roles(entity_id, title, country, host, first_date_key, last_date_key, article_id, "
                   "article_count) SELECT r.entity_id, r.title, r.country, r.host, "
                   "coalesce(min(CASE WHEN a.date_key >= 10000000 THEN a.date_key END), 0), "
                   "coalesce(max(CASE WHEN a.date_key >= 10000000 THEN a.date_key END), 0), "
                   "min(r.article_id), count(DISTINCT r.article_id) "
                   "FROM role_facts r JOIN articles a ON a.id = r.article_id WHERE r.entity_id = ?1 "
                   "GROUP BY r.title, r.country, r.host");
    return count.bind(1, entityId).exec() && aliasCounts.bind(1, entityId).exec() &&
        deleteRoles.bind(1, entityId).exec() && roles.bind(1, entityId).exec();
}

// Before `from`'s mentions move to `into`: where an article has a row of each with the same alias,
// the spans of both go to into's row (from's is dropped by the move). Read first, then written, so
// the rows are never changed under the statement reading them.
bool uniteMentions(const Database &db, qint64 into, qint64 from)
{
    Statement clashes = db.prepare("SELECT f.article_id, f.alias_id, f.spans, t.spans FROM mentions f "
                                   "JOIN mentions t ON t.article_id = f.article_id AND t.entity_id = ?1 "
                                   "AND t.alias_id = f.alias_id WHERE f.entity_id = ?2");
    struct United
    {
        qint64 article;
        qint64 alias;
        MentionSpans spans;
    };
    std::vector<United> united;
    clashes.bind(1, into).bind(2, from);
    while (clashes.step()) {
        MentionSpans spans = MentionSpans::decode(clashes.blob(3)).value_or(MentionSpans());
        spans.unite(MentionSpans::decode(clashes.blob(2)).value_or(MentionSpans()));
        united.push_back({clashes.int64(0), clashes.int64(1), std::move(spans)});
    }
    if (!clashes.errorMessage().isEmpty())
        return false;
    Statement update = db.prepare("UPDATE mentions SET count = ?4, spans = ?5 "
                                  "WHERE article_id = ?1 AND entity_id = ?2 AND alias_id = ?3");
    for (const United &u : united) {
        if (!update.bind(1, u.article)
                 .bind(2, into)
                 .bind(3, u.alias)
                 .bind(4, u.spans.count())
                 .bindBlob(5, u.spans.encode())
                 .exec())
            return false;
    }
    return true;
}

bool mapKey(const Database &db, int type, const QString &key, qint64 entityId)
{
    Statement map =
        db.prepare("INSERT OR REPLACE INTO user_key_map(type, identity_key, entity_id) VALUES (?1, ?2, ?3)");
    return key.isEmpty() || map.bind(1, type).bind(2, key).bind(3, entityId).exec();
}

bool addWords(const Database &db, int type, const QString &key, qint64 entityId)
{
    if (type != int(entities::EntityType::Person) || !key.contains(u' '))
        return true;
    Statement insert = db.prepare("INSERT OR IGNORE INTO entity_words(word, entity_id) VALUES (?1, ?2)");
    for (const QString &word : key.split(u' ', Qt::SkipEmptyParts)) {
        if (!insert.bind(1, word).bind(2, entityId).exec())
            return false;
    }
    return true;
}

} // namespace

core::Status EntityStore::merge(qint64 into, qint64 from)
{
    const auto a = entity(into);
    const auto b = entity(from);
    if (!a || !b)
        return core::Error{tr("no entity with id %1").arg(!a ? into : from), m_db.path()};
    if (into == from)
        return core::Error{tr("cannot merge entity %1 into itself").arg(into), m_db.path()};
    if (a->type != b->type)
        return core::Error{
            tr("cannot merge a %1 into a %2").arg(entities::typeName(b->type), entities::typeName(a->type)),
            m_db.path()};
    const int type = int(a->type);
    return runEdit(
        [&] {
            const Database &db = m_db;
            // Aliases: one spelling both share becomes one alias; the rest move.
            Statement aliases = db.prepare("SELECT id, alias, identity_key FROM entity_aliases WHERE entity_id = ?1");
            Statement same = db.prepare("SELECT id FROM entity_aliases WHERE entity_id = ?1 AND alias = ?2");
            Statement moveAlias = db.prepare("UPDATE entity_aliases SET entity_id = ?2 WHERE id = ?1");
            Statement deleteAlias = db.prepare("DELETE FROM entity_aliases WHERE id = ?1");
            Statement mentions = db.prepare("UPDATE mentions SET alias_id = ?2 WHERE entity_id = ?3 AND alias_id = ?1");
            Statement roleFacts =
                db.prepare("UPDATE role_facts SET alias_id = ?2 WHERE entity_id = ?3 AND alias_id = ?1");
            Statement participants =
                db.prepare("UPDATE meeting_participants SET alias_id = ?2 WHERE entity_id = ?3 AND alias_id = ?1");
            aliases.bind(1, from);
            QStringList keys;
            while (aliases.step()) {
                const qint64 alias = aliases.int64(0);
                keys.append(aliases.text(2));
                same.bind(1, into).bind(2, aliases.text(1));
                const qint64 target = same.step() ? same.int64(0) : 0;
                same.reset();
                if (!target) {
                    if (!moveAlias.bind(1, alias).bind(2, into).exec())
                        return false;
                    continue;
                }
                if (!mentions.bind(1, alias).bind(2, target).bind(3, from).exec() ||
                    !roleFacts.bind(1, alias).bind(2, target).bind(3, from).exec() ||
                    !participants.bind(1, alias).bind(2, target).bind(3, from).exec() ||
                    !deleteAlias.bind(1, alias).exec())
                    return false;
            }
            if (!aliases.errorMessage().isEmpty())
                return false;
            Statement fromKey = db.prepare("SELECT identity_key FROM entities WHERE id = ?1");
            fromKey.bind(1, from);
            if (fromKey.step())
                keys.append(fromKey.text(0));
            fromKey.reset();

            // An article naming both by one spelling has a mentions row of each with that alias:
            // their spans are united in the row that stays.
            if (!uniteMentions(db, into, from))
                return false;
            // The facts: the primary keys include the entity, so a row both already have is dropped.
            for (const char *sql : {"UPDATE OR IGNORE mentions SET entity_id = ?1 WHERE entity_id = ?2",
                                    "DELETE FROM mentions WHERE entity_id = ?2",
                                    "UPDATE OR IGNORE role_facts SET entity_id = ?1 WHERE entity_id = ?2",
                                    "DELETE FROM role_facts WHERE entity_id = ?2",
                                    "UPDATE meeting_participants SET entity_id = ?1 WHERE entity_id = ?2",
                                    "UPDATE user_key_map SET entity_id = ?1 WHERE entity_id = ?2",
                                    "INSERT OR IGNORE INTO entity_words(word, entity_id) "
                                    "SELECT word, ?1 FROM entity_words WHERE entity_id = ?2",
                                    "DELETE FROM entity_words WHERE entity_id = ?2",
                                    "DELETE FROM roles WHERE entity_id = ?2", "DELETE FROM entities WHERE id = ?2"}) {
                Statement step = db.prepare(sql);
                // A statement naming only ?2 still has a ?1 slot; binding both is harmless.
                if (!step.bind(1, into).bind(2, from).exec())
                    return false;
            }
            for (const QString &key : std::as_const(keys)) {
                if (!mapKey(db, type, key, into))
                    return false;
            }
            return recount(db, into);
        },
        tr("merge entity %1 into %2").arg(from).arg(into));
}

core::Result<qint64> EntityStore::split(qint64 entityId, const QString &alias)
{
    const auto source = entity(entityId);
    if (!source)
        return core::Error{tr("no entity with id %1").arg(entityId), m_db.path()};
    Statement find = m_db.prepare("SELECT id, identity_key, (SELECT count(*) FROM entity_aliases WHERE entity_id = ?1) "
                                  "FROM entity_aliases WHERE entity_id = ?1 AND alias = ?2");
    find.bind(1, entityId).bind(2, alias);
    if (!find.step())
        return core::Error{tr("entity %1 has no alias '%2'").arg(entityId).arg(alias), m_db.path()};
    const qint64 aliasId = find.int64(0);
    const QString key = find.text(1);
    if (find.int64(2) < 2)
        return core::Error{tr("'%1' is the only alias of entity %2; rename it instead").arg(alias).arg(entityId),
                           m_db.path()};
    find.reset();
    qint64 newId = 0;
    const int type = int(source->type);
    const core::Status status = runEdit(
        [&] {
            const Database &db = m_db;
            Statement insert =
                db.prepare("INSERT INTO entities(type, name, identity_key, user_locked) VALUES (?1, ?2, ?3, 1)");
            if (!insert.bind(1, type).bind(2, alias).bind(3, key).exec())
                return false;
            newId = sqlite3_last_insert_rowid(db.handle());
            for (const char *sql :
                 {"UPDATE entity_aliases SET entity_id = ?2 WHERE id = ?3",
                  "UPDATE mentions SET entity_id = ?2 WHERE entity_id = ?1 AND alias_id = ?3",
                  "UPDATE role_facts SET entity_id = ?2 WHERE entity_id = ?1 AND alias_id = ?3",
                  "UPDATE meeting_participants SET entity_id = ?2 WHERE entity_id = ?1 AND alias_id = ?3"}) {
                Statement step = db.prepare(sql);
                if (!step.bind(1, entityId).bind(2, newId).bind(3, aliasId).exec())
                    return false;
            }
            // If the entity was named by the alias that left, it takes its best remaining one.
            Statement rename =
                db.prepare("UPDATE entities SET name = (SELECT alias FROM entity_aliases WHERE entity_id = ?1 "
                           "ORDER BY count DESC, length(alias) DESC LIMIT 1) WHERE id = ?1 AND name = ?2");
            return rename.bind(1, entityId).bind(2, alias).exec() && addWords(db, type, key, newId) &&
                mapKey(db, type, key, newId) && recount(db, entityId) && recount(db, newId);
        },
        tr("split '%1' from entity %2").arg(alias).arg(entityId));
    if (!status)
        return status.error();
    return newId;
}

core::Status EntityStore::rename(qint64 entityId, const QString &name)
{
    if (!entity(entityId))
        return core::Error{tr("no entity with id %1").arg(entityId), m_db.path()};
    if (name.trimmed().isEmpty())
        return core::Error{tr("an entity needs a name"), m_db.path()};
    return runEdit(
        [&] {
            Statement update = m_db.prepare("UPDATE entities SET name = ?2, user_locked = 1 WHERE id = ?1");
            return update.bind(1, entityId).bind(2, name.trimmed()).exec();
        },
        tr("rename entity %1").arg(entityId));
}

} // namespace elshi::store
