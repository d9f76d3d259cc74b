// Entities at ingest and after, with a table-driven stand-in for extraction (testextractor.h) so
// what is checked is the store: people across scripts, roles, meetings, offsets in the stored body,
// the user's merge/split/rename surviving re-ingest, and removal with the articles.

#include "testcorpus.h"
#include "testextractor.h"

#include <store/bodycodec.h>
#include <store/database.h>
#include <store/deferredindexes.h>
#include <store/entitystore.h>
#include <store/ingester.h>
#include <store/mentionspans.h>
#include <store/schema.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi;
using namespace elshi::store;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ELSHI_TEST_DATA "/store/entities/") + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ingest(const QString &db, const QString &corpus)
{
    Ingester ingester(db);
    ingester.setReader(&testReader);
    ingester.setExtractor(&testExtract);
    const auto report = ingester.run({corpus});
    if (!report)
        qWarning() << report.error().toString();
    return report.ok() && report->failures.isEmpty();
}

struct Fixture
{
    QTemporaryDir dir;
    QString corpus = dir.filePath(u"corpus"_s);
    QString db = dir.filePath(u"db.sqlite"_s);

    bool setUp()
    {
        for (const QString &name : {u"tallinn.txt"_s, u"astana-ru.txt"_s, u"astana-kk.txt"_s}) {
            if (!writeFile(corpus + u'/' + name, fixtureBytes(name)))
                return false;
        }
        return ingest(db, corpus);
    }
};

qint64 onlyId(const EntityStore &store, const QString &name)
{
    const QList<qint64> ids = store.find(name);
    return ids.size() == 1 ? ids.first() : -ids.size();
}

QStringList aliasNames(const EntityStore &store, qint64 id)
{
    QStringList names;
    for (const AliasRecord &a : store.aliases(id))
        names.append(a.alias);
    names.sort();
    return names;
}

QStringList counterparts(const EntityStore &store, qint64 id)
{
    QStringList names;
    for (const MeetingRecord &m : store.meetingsOf(id)) {
        for (const ParticipantRecord &p : m.participants) {
            if (p.entityId && p.entityId != id)
                names.append(p.name);
        }
    }
    return names;
}

} // namespace

class EntityStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesFromVersion2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.db"_s);
        {
            const auto db = Database::openAtVersion(path, 2);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 2);
            QVERIFY((*db)->exec("INSERT INTO articles(id, date_key, date_precision, title, body, content_hash) "
                                "VALUES (3, 20240307, 3, 'Talks', 'Aibek Temirov met Kalle Rebane.', 1)"));
        }
        const auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 3);
        // The new tables exist, are empty, and the articles are untouched.
        const EntityStore store(**db);
        QVERIFY(store.people().isEmpty());
        QVERIFY(store.mentionsOf(3).isEmpty());
        Statement count = (*db)->prepare("SELECT count(*) FROM articles");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), 1);
        for (const char *table : {"entities", "entity_aliases", "mentions", "roles", "role_facts", "meetings",
                                  "meeting_participants", "user_key_map", "entity_words"}) {
            Statement exists = (*db)->prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
            exists.bind(1, std::string_view(table));
            QVERIFY2(exists.step(), table);
        }
    }

    void findsPeopleAcrossScripts()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const auto db = Database::open(f.db);
        QVERIFY(db);
        const EntityStore store(**db);

        const qint64 temirov = onlyId(store, u"Aibek Temirov"_s);
        QVERIFY(temirov > 0);
        QCOMPARE(onlyId(store, u"Айбек Темиров"_s), temirov);
        QCOMPARE(onlyId(store, u"temirov AIBEK"_s), temirov);
        QCOMPARE(aliasNames(store, temirov), (QStringList{u"Aibek Temirov"_s, u"Айбек Темиров"_s}));
        QCOMPARE(store.entity(temirov)->name, u"Aibek Temirov"_s);
        QCOMPARE(store.entity(temirov)->articleCount, 3);
        QCOMPARE(store.articlesOf(temirov).size(), 3);

        const qint64 rebane = onlyId(store, u"Калле Ребане"_s);
        QVERIFY(rebane > 0);
        QCOMPARE(aliasNames(store, rebane), (QStringList{u"Kalle Rebane"_s, u"Калле Ребане"_s}));

        // One meeting per article, each with Rebane; places by their canonical names.
        const QList<MeetingRecord> meetings = store.meetingsOf(temirov);
        QCOMPARE(meetings.size(), 3);
        QCOMPARE(counterparts(store, temirov), (QStringList{u"Kalle Rebane"_s, u"Kalle Rebane"_s, u"Kalle Rebane"_s}));
        QCOMPARE(meetings.at(0).date.toIso(), u"2024-03-05"_s);
        QCOMPARE(meetings.at(0).place, u"Tallinn"_s);
        QCOMPARE(meetings.at(1).place, u"Astana"_s);
        QVERIFY(meetings.at(0).participants.at(0).subject);
        QVERIFY(!meetings.at(0).participants.at(1).subject);
        QVERIFY(store.evidenceText(meetings.at(0)).startsWith(u"Minister of Foreign Affairs of Kazakhstan"));
        QVERIFY(store.evidenceText(meetings.at(1)).endsWith(u"в Астане."));

        // A role seen on two dates becomes one range.
        const qint64 sarsenov = onlyId(store, u"Daniyar Sarsenov"_s);
        const QList<RoleRecord> roles = store.rolesOf(sarsenov);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().title, u"ambassador"_s);
        QCOMPARE(roles.first().country, u"Kazakhstan"_s);
        QCOMPARE(roles.first().to, u"Estonia"_s);
        QCOMPARE(roles.first().first.toIso(), u"2024-03-05"_s);
        QCOMPARE(roles.first().last.toIso(), u"2024-04-10"_s);
        QCOMPARE(roles.first().articleCount, 2);

        // People only, most articles first.
        const QList<EntityRecord> people = store.people();
        QVERIFY(!people.isEmpty());
        QVERIFY(people.first().articleCount >= 3);
        for (const EntityRecord &p : people)
            QCOMPARE(p.type, entities::EntityType::Person);
    }

    // A post stated without its country folds into the one fuller form of it the person holds,
    // and stays apart where two fuller forms could be meant.
    void vagueRolesFoldIntoTheOneFullerRole()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const auto db = Database::open(f.db);
        QVERIFY(db);
        const EntityStore store(**db);
        const qint64 sarsenov = onlyId(store, u"Daniyar Sarsenov"_s);
        QVERIFY(sarsenov > 0);
        const qint64 article = store.rolesOf(sarsenov).first().articleId;
        auto addRole = [&](const char *title, const char *country, const char *host, int first, int last) {
            Statement insert = (*db)->prepare("INSERT INTO roles(entity_id, title, country, host, first_date_key, "
                                              "last_date_key, article_id, article_count) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)");
            return insert.bind(1, sarsenov)
                .bind(2, QString::fromUtf8(title))
                .bind(3, QString::fromUtf8(country))
                .bind(4, QString::fromUtf8(host))
                .bind(5, first)
                .bind(6, last)
                .bind(7, article)
                .exec();
        };
        // Bare and half-full forms of the stored ambassador of Kazakhstan to Estonia.
        QVERIFY(addRole("ambassador", "", "", 20240101, 20240101));
        QVERIFY(addRole("ambassador", "Kazakhstan", "", 20240901, 20240901));
        QList<RoleRecord> roles = store.rolesOf(sarsenov);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().to, u"Estonia"_s);
        QCOMPARE(roles.first().first.toIso(), u"2024-01-01"_s);
        QCOMPARE(roles.first().last.toIso(), u"2024-09-01"_s);
        QCOMPARE(roles.first().articleCount, 4);

        // A second post of the same title elsewhere: the vague forms could be either.
        QVERIFY(addRole("ambassador", "Kazakhstan", "Latvia", 20250101, 20250101));
        roles = store.rolesOf(sarsenov);
        QCOMPARE(roles.size(), 4);
        QCOMPARE(roles.first().to, QString());
        QCOMPARE(roles.first().country, QString());
        // Another post never folds: a minister is no form of an ambassador.
        QVERIFY(addRole("minister", "", "", 20230101, 20230101));
        QCOMPARE(store.rolesOf(sarsenov).size(), 5);
    }

    void mentionOffsetsAreUtf16OfTheStoredBody()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const auto db = Database::open(f.db);
        QVERIFY(db);
        const EntityStore store(**db);
        const qint64 riisalo = onlyId(store, u"Tiit Riisalo"_s);
        QVERIFY(riisalo > 0);
        const QList<qint64> articles = store.articlesOf(riisalo);
        QCOMPARE(articles.size(), 1);
        Statement body = (*db)->prepare("SELECT body FROM articles WHERE id = ?1");
        body.bind(1, articles.first());
        QVERIFY(body.step());
        const auto decoded = BodyCodec::decode(body.blob(0));
        QVERIFY(decoded);
        const QString text = *decoded;
        QVERIFY(text.contains(u"🇰🇿")); // surrogate pairs before the name: code points ≠ UTF-16
        QStringList seen;
        for (const MentionRecord &m : store.mentionsOf(articles.first()))
            seen.append(text.mid(m.start, m.end - m.start));
        QVERIFY2(seen.contains(u"Tiit Riisalo"_s), qPrintable(seen.join(u'|')));
        QVERIFY2(seen.contains(u"Tallinn"_s), qPrintable(seen.join(u'|')));
        QVERIFY2(seen.contains(u"Daniyar Sarsenov"_s), qPrintable(seen.join(u'|')));
    }

    // The meetings table reads a person's meetings a page at a time: the pages, joined, are the
    // whole list in the same order, and the count agrees, also once a merge has put one entity on
    // both sides of a meeting (two participant rows of one meeting, which must show once).
    void meetingsComeAPageAtATime()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const auto db = Database::open(f.db);
        QVERIFY(db);
        EntityStore store(**db);
        const qint64 temirov = onlyId(store, u"Aibek Temirov"_s);
        const qint64 rebane = onlyId(store, u"Kalle Rebane"_s);
        QVERIFY(temirov > 0 && rebane > 0);

        const auto pagesOf = [&store](qint64 id, qsizetype limit) {
            QList<MeetingRecord> joined;
            EntityStore::MeetingCursor cursor;
            for (int pages = 0; pages < 10; ++pages) {
                const QList<MeetingRecord> page = store.meetingsOf(id, cursor, limit);
                if (page.isEmpty())
                    break;
                if (page.size() > limit)
                    return QList<MeetingRecord>{};
                joined += page;
            }
            return joined;
        };
        const QList<MeetingRecord> all = store.meetingsOf(temirov);
        QCOMPARE(all.size(), 3);
        QCOMPARE(store.meetingCount(temirov), 3);
        QCOMPARE(pagesOf(temirov, 1), all);
        QCOMPARE(pagesOf(temirov, 2), all);
        EntityStore::MeetingCursor first;
        QCOMPARE(store.meetingsOf(temirov, first, 2), all.mid(0, 2));
        QCOMPARE(store.meetingsOf(temirov, first, 2), all.mid(2));
        QVERIFY(store.meetingsOf(temirov, first, 2).isEmpty());
        QCOMPARE(store.meetingCount(99999), 0);

        QVERIFY(store.merge(temirov, rebane));
        const QList<MeetingRecord> merged = store.meetingsOf(temirov);
        QCOMPARE(merged.size(), 3);
        for (const MeetingRecord &m : merged) {
            QCOMPARE(m.participants.size(), 2);
            QCOMPARE(m.participants.at(0).entityId, temirov);
            QCOMPARE(m.participants.at(1).entityId, temirov);
        }
        QCOMPARE(store.meetingCount(temirov), 3);
        QCOMPARE(pagesOf(temirov, 1), merged);
    }

    // Two entities named by one spelling in one article have a mentions row each with that alias;
    // a merge unites their spans (a start both have counted once) instead of dropping one row.
    void mergeUnitesTheSpansOfOneSpelling()
    {
        QTemporaryDir dir;
        const auto db = Database::open(dir.filePath(u"db.sqlite"_s), Database::Open::CreateIfMissing);
        QVERIFY(db);
        QVERIFY((*db)->exec(
            "INSERT INTO entities(id, type, name, identity_key) VALUES (1, 0, 'Nurtleu', 'nrtl'), "
            "(2, 0, 'Murat Nurtleu', 'mrt nrtl');"
            "INSERT INTO entity_aliases(id, entity_id, alias, identity_key) VALUES (10, 1, 'Nurtleu', 'nrtl'), "
            "(11, 2, 'Nurtleu', 'nrtl'), (12, 2, 'Мурат Нуртлеу', 'mrt nrtl')"));
        Statement insert = (*db)->prepare("INSERT INTO mentions(article_id, entity_id, alias_id, type, count, spans) "
                                          "VALUES (?1, ?2, ?3, 0, ?4, ?5)");
        const auto addMentions = [&insert](qint64 article, qint64 entity, qint64 alias,
                                           const std::vector<MentionSpan> &list) {
            MentionSpans spans;
            for (const auto &[start, end] : list)
                spans.add(start, end);
            return insert.bind(1, article)
                .bind(2, entity)
                .bind(3, alias)
                .bind(4, spans.count())
                .bindBlob(5, spans.encode())
                .exec();
        };
        QVERIFY(addMentions(1, 1, 10, {{0, 7}, {30, 37}}));
        QVERIFY(addMentions(1, 2, 11, {{30, 37}, {50, 57}}));
        QVERIFY(addMentions(1, 2, 12, {{60, 73}}));
        QVERIFY(addMentions(2, 2, 11, {{0, 7}}));

        EntityStore store(**db);
        QVERIFY(store.merge(1, 2));
        QList<int> starts;
        for (const MentionRecord &m : store.mentionsOf(1)) {
            QCOMPARE(m.entityId, 1);
            starts.append(m.start);
        }
        QCOMPARE(starts, (QList<int>{0, 30, 50, 60}));
        QCOMPARE(store.mentionsOf(2).size(), 1);
        QCOMPARE(store.articlesOf(1), (QList<qint64>{1, 2}));
        QVERIFY(store.articlesOf(2).isEmpty());
        Statement counts = (*db)->prepare("SELECT id, count FROM entity_aliases WHERE entity_id = 1 ORDER BY id");
        const QList<std::pair<qint64, qint64>> expected{{10, 4}, {12, 1}};
        for (const auto &[alias, count] : expected) {
            QVERIFY(counts.step());
            QCOMPARE(counts.int64(0), alias);
            QCOMPARE(counts.int64(1), count);
        }
        QVERIFY(!counts.step());
    }

    void userEditsSurviveReingest()
    {
        Fixture f;
        QVERIFY(f.setUp());
        qint64 temirov = 0, rebane = 0, riisalo = 0;
        {
            const auto db = Database::open(f.db);
            QVERIFY(db);
            EntityStore store(**db);
            temirov = onlyId(store, u"Aibek Temirov"_s);
            rebane = onlyId(store, u"Kalle Rebane"_s);
            riisalo = onlyId(store, u"Tiit Riisalo"_s);
            QVERIFY(temirov > 0 && rebane > 0 && riisalo > 0);
            QVERIFY(store.rename(temirov, u"Aibek B. Temirov"_s));
            // A user decides the two Estonians are one (say, a mistranslated name).
            QVERIFY(store.merge(rebane, riisalo));
            QVERIFY(!store.entity(riisalo));
            QCOMPARE(aliasNames(store, rebane), (QStringList{u"Kalle Rebane"_s, u"Tiit Riisalo"_s, u"Калле Ребане"_s}));
            QCOMPARE(store.entity(rebane)->articleCount, 4);
            QVERIFY(!store.merge(rebane, rebane));
            QVERIFY(!store.merge(rebane, 99999));
        }

        // The economy article changes (so it is stored anew) and a new one names Riisalo again.
        QByteArray tallinn = fixtureBytes(u"tallinn.txt"_s);
        tallinn.replace("held talks with", "held long talks with");
        tallinn += "===\nTITLE: Riisalo again\nDATE: 2024-06-01\nLANG: en\nMinister of Economy of Estonia Tiit "
                   "Riisalo met with Minister of Foreign Affairs of Kazakhstan Aibek Temirov in Astana.\n";
        QVERIFY(writeFile(f.corpus + u"/tallinn.txt", tallinn));
        QVERIFY(ingest(f.db, f.corpus));

        const auto db = Database::open(f.db);
        QVERIFY(db);
        const EntityStore store(**db);
        QCOMPARE(store.entity(temirov)->name, u"Aibek B. Temirov"_s);
        QVERIFY(store.entity(temirov)->userLocked);
        QCOMPARE(store.find(u"Tiit Riisalo"_s), QList<qint64>{rebane});
        QCOMPARE(store.entity(rebane)->articleCount, 5);
        QStringList met = counterparts(store, temirov);
        met.sort();
        QCOMPARE(met, (QStringList(4, u"Kalle Rebane"_s)));
        Statement stray = (*db)->prepare("SELECT count(*) FROM entities WHERE name = 'Tiit Riisalo'");
        QVERIFY(stray.step());
        QCOMPARE(stray.int64(0), 0);
    }

    void splitSurvivesReingest()
    {
        Fixture f;
        QVERIFY(f.setUp());
        qint64 temirov = 0, cyrillic = 0;
        {
            const auto db = Database::open(f.db);
            QVERIFY(db);
            EntityStore store(**db);
            temirov = onlyId(store, u"Aibek Temirov"_s);
            QVERIFY(!store.split(temirov, u"Nobody"_s));
            const auto split = store.split(temirov, u"Айбек Темиров"_s);
            QVERIFY2(split, qPrintable(split ? QString() : split.error().message));
            cyrillic = *split;
            QCOMPARE(aliasNames(store, temirov), QStringList{u"Aibek Temirov"_s});
            QCOMPARE(aliasNames(store, cyrillic), QStringList{u"Айбек Темиров"_s});
            QCOMPARE(store.entity(cyrillic)->articleCount, 2);
            QCOMPARE(store.meetingsOf(cyrillic).size(), 2);
            QCOMPARE(store.meetingsOf(temirov).size(), 1);
            QVERIFY(!store.split(cyrillic, u"Айбек Темиров"_s)); // its only alias
        }
        // The Russian article changes; its new mentions go to the split-off entity.
        QByteArray ru = fixtureBytes(u"astana-ru.txt"_s);
        ru.replace("торговлю и транзит", "торговлю, транзит и туризм");
        QVERIFY(writeFile(f.corpus + u"/astana-ru.txt", ru));
        QVERIFY(ingest(f.db, f.corpus));
        const auto db = Database::open(f.db);
        QVERIFY(db);
        const EntityStore store(**db);
        QVERIFY(store.entity(cyrillic));
        QCOMPARE(store.entity(cyrillic)->articleCount, 2);
        QCOMPARE(store.meetingsOf(cyrillic).size(), 2);
    }

    void deletedFilesTakeTheirFactsAlong()
    {
        Fixture f;
        QVERIFY(f.setUp());
        qint64 ashimov = 0, temirov = 0;
        {
            const auto db = Database::open(f.db);
            QVERIFY(db);
            const EntityStore store(**db);
            ashimov = onlyId(store, u"Ерлан Ашимов"_s);
            temirov = onlyId(store, u"Aibek Temirov"_s);
            QVERIFY(ashimov > 0);
            QCOMPARE(store.meetingsOf(temirov).size(), 3);
        }
        QVERIFY(QFile::remove(f.corpus + u"/astana-ru.txt"));
        QVERIFY(ingest(f.db, f.corpus));
        const auto db = Database::open(f.db);
        QVERIFY(db);
        const EntityStore store(**db);
        QVERIFY(!store.entity(ashimov)); // mentioned only there: gone
        QCOMPARE(store.meetingsOf(temirov).size(), 2);
        QCOMPARE(store.entity(temirov)->articleCount, 2);
        QCOMPARE(aliasNames(store, temirov), (QStringList{u"Aibek Temirov"_s, u"Айбек Темиров"_s})); // kk still has it
        int meetings = 0;
        QVERIFY(store.forEachMeeting([&](const MeetingRecord &) { return ++meetings, true; }));
        QCOMPARE(meetings, 3);
        Statement orphans = (*db)->prepare(
            "SELECT (SELECT count(*) FROM meeting_participants WHERE meeting_id NOT IN (SELECT id FROM meetings)) + "
            "(SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)) + "
            "(SELECT count(*) FROM role_facts WHERE article_id NOT IN (SELECT id FROM articles))");
        QVERIFY(orphans.step());
        QCOMPARE(orphans.int64(0), 0);
    }

    // A first ingest leaves the reader indexes out and builds them at its end; one killed before
    // that leaves them missing, and the next ingest builds them before it removes anything.
    void entityIndexesAreThereAfterEveryIngest()
    {
        Fixture f;
        QVERIFY(f.setUp());
        {
            const auto db = Database::open(f.db);
            QVERIFY(db);
            QVERIFY(!DeferredIndexes::anyMissing(**db));
            QVERIFY(DeferredIndexes::drop(**db)); // as a kill during the first ingest leaves it
            QVERIFY(DeferredIndexes::anyMissing(**db));
        }
        QVERIFY(QFile::remove(f.corpus + u"/astana-ru.txt"));
        QVERIFY(ingest(f.db, f.corpus));
        const auto db = Database::open(f.db);
        QVERIFY(db);
        QVERIFY(!DeferredIndexes::anyMissing(**db));
        const EntityStore store(**db);
        QCOMPARE(store.meetingsOf(onlyId(store, u"Aibek Temirov"_s)).size(), 2);
        Statement plan = (*db)->prepare("EXPLAIN QUERY PLAN SELECT article_id FROM mentions WHERE entity_id = ?1");
        plan.bind(1, qint64(1));
        QVERIFY(plan.step());
        QVERIFY2(plan.text(3).contains(u"mentions_entity"_s), qPrintable(plan.text(3)));
    }

    // The build at the end of a first ingest is announced (at a million articles it takes a while
    // with nothing to count); an ingest that adds to a database builds nothing and says nothing.
    void firstIngestAnnouncesTheIndexBuild()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"c/tallinn.txt"_s), fixtureBytes(u"tallinn.txt"_s)));
        const auto stages = [&] {
            Ingester ingester(dir.filePath(u"db"_s));
            ingester.setReader(&testReader);
            ingester.setExtractor(&testExtract);
            QList<IngestProgress::Stage> seen;
            connect(&ingester, &Ingester::progress, this, [&seen](const IngestProgress &p) { seen.append(p.stage); });
            return ingester.run({dir.filePath(u"c"_s)}) ? seen : QList<IngestProgress::Stage>{};
        };
        const QList<IngestProgress::Stage> first = stages();
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.count(IngestProgress::Stage::BuildingIndexes), 1);
        QCOMPARE(first.at(first.size() - 2), IngestProgress::Stage::BuildingIndexes); // then the final report
        QVERIFY(writeFile(dir.filePath(u"c/astana-ru.txt"_s), fixtureBytes(u"astana-ru.txt"_s)));
        QCOMPARE(stages().count(IngestProgress::Stage::BuildingIndexes), 0);
    }

    void extractionCanBeTurnedOff()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"c/tallinn.txt"_s), fixtureBytes(u"tallinn.txt"_s)));
        Ingester ingester(dir.filePath(u"db"_s));
        ingester.setReader(&testReader);
        ingester.setExtractEntities(false);
        QVERIFY(ingester.run({dir.filePath(u"c"_s)}));
        const auto db = Database::open(dir.filePath(u"db"_s));
        QVERIFY(db);
        QVERIFY(EntityStore(**db).people().isEmpty());
    }
};

QTEST_GUILESS_MAIN(EntityStoreTest)
#include "entitystore_test.moc"
