// The role directory: who held a post on a date, and meetings an article gives only a post for
// resolved to that holder at ingest (the real extractor on articles written for this test).

#include "testcorpus.h"

#include <store/database.h>
#include <store/entitystore.h>
#include <store/ingester.h>
#include <store/roledirectory.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi;
using namespace elshi::store;

class RoleDirectoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holderCoveringTheDate()
    {
        RoleDirectory directory;
        directory.note(1, u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20200110);
        directory.note(1, u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20221201);
        directory.note(2, u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20230301);
        directory.note(2, u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20240901);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20210615), 1);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20240101), 2);
        // Between two tenures the nearer holder; long after both, nobody.
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20230215), 2);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20221220), 1);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20300101), 0);
        // Another post, or a date without a year, resolves to nobody.
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Chile"_s, 20210615), 0);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 615), 0);
    }

    void twoHoldersAtOnceResolveToNobody()
    {
        RoleDirectory directory;
        directory.note(1, u"deputy minister"_s, u"Kazakhstan"_s, QString(), 20240110);
        directory.note(1, u"deputy minister"_s, u"Kazakhstan"_s, QString(), 20241110);
        directory.note(2, u"deputy minister"_s, u"Kazakhstan"_s, QString(), 20240301);
        directory.note(2, u"deputy minister"_s, u"Kazakhstan"_s, QString(), 20240901);
        QCOMPARE(directory.holderAt(u"deputy minister"_s, u"Kazakhstan"_s, QString(), 20240601), 0);
    }

    void postWithoutHostMatchesOnlyOne()
    {
        RoleDirectory directory;
        directory.note(1, u"ambassador"_s, u"Kazakhstan"_s, u"Kenya"_s, 20240110);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, QString(), 20240201), 1);
        directory.note(2, u"ambassador"_s, u"Kazakhstan"_s, u"Chile"_s, 20240110);
        QCOMPARE(directory.holderAt(u"ambassador"_s, u"Kazakhstan"_s, QString(), 20240201), 0);
    }

    // Ingest: the first article names the ambassador, the second gives only the post.
    void meetingNamedByPostResolvesToHolder()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        QVERIFY(writeFile(corpus + u"/1.txt"_s,
                          " date 2024-01-10 10.01.2024, 11:00 1\n"
                          "Envoy arrives in Nairobi\nKazakh MFA\n"
                          "Ambassador of Kazakhstan to Kenya Daniyar Orazbekov met with Trade Secretary of Kenya "
                          "Peter Kamau in Nairobi.\nThe sides discussed trade.\n"));
        QVERIFY(writeFile(corpus + u"/2.txt"_s,
                          " date 2024-03-12 12.03.2024, 11:00 2\n"
                          "Grain talks in Nairobi\nKazakh MFA\n"
                          "The Ambassador of Kazakhstan to Kenya held a meeting with the Agriculture Secretary of "
                          "Kenya Mary Wanjiru in Nairobi.\nThe sides discussed grain exports.\n"));
        const QString path = dir.filePath(u"db.sqlite"_s);
        Ingester ingester(path);
        const auto report = ingester.run({corpus});
        QVERIFY(report.ok());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        EntityStore store(**db);
        const QList<qint64> ids = store.find(u"Daniyar Orazbekov"_s);
        QCOMPARE(ids.size(), 1);
        QStringList met;
        const QList<MeetingRecord> meetings = store.meetingsOf(ids.first());
        for (const MeetingRecord &m : meetings) {
            QCOMPARE(m.participants.first().entityId, ids.first());
            QVERIFY(m.participants.first().subject);
            met.append(m.date.toIso() + u' ' + m.participants.last().name);
        }
        QCOMPARE(met, (QStringList{u"2024-01-10 Peter Kamau"_s, u"2024-03-12 Mary Wanjiru"_s}));
        // Named in the first article, found through the post in the second: the JSON says which.
        QCOMPARE(meetings.at(0).participants.first().post, QString());
        QVERIFY(!store.toJson(meetings.at(0)).contains(u"by_post"_s));
        const QJsonArray byPost = store.toJson(meetings.at(1)).value(u"by_post"_s).toArray();
        QCOMPARE(byPost.size(), 1);
        QCOMPARE(byPost.at(0).toObject().value(u"name"_s).toString(), u"Daniyar Orazbekov"_s);
        QVERIFY2(byPost.at(0).toObject().value(u"post"_s).toString().contains(u"Ambassador"_s),
                 qPrintable(byPost.at(0).toObject().value(u"post"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(RoleDirectoryTest)
#include "roledirectory_test.moc"
