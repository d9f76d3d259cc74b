// The people, meetings and entity commands through the real executable, and the issue's
// "done when" meetings on the seed corpus ($ELSHI_SEEDS; skipped without it).

#include <entities/identity.h>
#include <store/database.h>
#include <store/statement.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            result.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return result;
    }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

// Plain-text articles (title, blank line, body) about invented people, as the real readers take them,
// in English and Kazakh: the same two people in two scripts, named in forms extraction reads.
bool writeCorpus(const QString &dir)
{
    return write(dir + u"/en.txt",
                 u"Temirov and Petrov meet in Tallinn\n\nTALLINN, March 5, 2024 – Minister of Foreign Affairs of "
                 "Kazakhstan Aibek Temirov met with Minister of Foreign Affairs of Estonia Andrei Petrov in Tallinn. "
                 "The ministers discussed trade.\n\nAmbassador of Kazakhstan to Estonia Daniyar Sarsenov also took "
                 "part.\n"_s) &&
        write(dir + u"/kk.txt",
              u"Темиров пен Петров кездесті\n\nҚазақстан Республикасының Сыртқы істер министрі Айбек Темиров "
              "Эстонияның Сыртқы істер министрі Андрей Петровпен Астанада кездесті.\n"_s);
}

QStringList names(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class EntityCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void peopleMeetingsAndEdits()
    {
        QTemporaryDir dir;
        QVERIFY(writeCorpus(dir.filePath(u"corpus"_s)));
        const QString db = dir.filePath(u"db.sqlite"_s);
        const Run ingest = cli({u"ingest"_s, u"--db"_s, db, dir.filePath(u"corpus"_s)});
        QVERIFY2(ingest.exitCode == 0, qPrintable(ingest.err));

        const Run people = cli({u"people"_s, u"--db"_s, db, u"--json"_s});
        QVERIFY2(people.exitCode == 0, qPrintable(people.err));
        QList<QJsonObject> list = people.lines();
        QVERIFY(list.size() >= 3);
        QJsonObject temirov;
        for (const QJsonObject &p : list) {
            QCOMPARE(p.keys(), (QStringList{u"aliases"_s, u"articles"_s, u"id"_s, u"name"_s, u"roles"_s}));
            if (p.value(u"name"_s).toString() == u"Aibek Temirov")
                temirov = p;
        }
        QCOMPARE(names(temirov.value(u"aliases"_s)), (QStringList{u"Aibek Temirov"_s, u"Айбек Темиров"_s}));
        QCOMPARE(temirov.value(u"articles"_s).toInt(), 2);
        const QJsonArray roles = temirov.value(u"roles"_s).toArray();
        QVERIFY(!roles.isEmpty());
        QCOMPARE(roles.first().toObject().keys(),
                 (QStringList{u"country"_s, u"first"_s, u"last"_s, u"title"_s, u"to"_s}));
        QCOMPARE(roles.first().toObject().value(u"title"_s).toString(), u"minister of foreign affairs"_s);

        const Run cities = cli({u"people"_s, u"--db"_s, db, u"--type"_s, u"city"_s});
        QCOMPARE(cities.exitCode, 0);
        QVERIFY(!cities.lines().isEmpty());
        for (const QJsonObject &c : cities.lines())
            QCOMPARE(c.value(u"type"_s).toString(), u"CITY"_s);
        QVERIFY(cli({u"people"_s, u"--db"_s, db, u"--type"_s, u"all"_s}).lines().size() > list.size());

        // Any alias, any script, any case.
        for (const QString &person : {u"Айбек Темиров"_s, u"aibek temirov"_s}) {
            const Run meetings = cli({u"meetings"_s, u"--db"_s, db, u"--json"_s, u"--person"_s, person});
            QVERIFY2(meetings.exitCode == 0, qPrintable(meetings.err));
            QCOMPARE(meetings.lines().size(), 2);
            for (const QJsonObject &m : meetings.lines()) {
                QCOMPARE(m.keys(),
                         (QStringList{u"article"_s, u"date"_s, u"evidence"_s, u"participants"_s, u"place"_s}));
                QCOMPARE(names(m.value(u"participants"_s)), (QStringList{u"Aibek Temirov"_s, u"Andrei Petrov"_s}));
                QVERIFY(m.value(u"article"_s).toInteger() > 0);
                QVERIFY(m.value(u"evidence"_s).toString().contains(u"Темиров") ||
                        m.value(u"evidence"_s).toString().contains(u"Temirov"));
            }
            QStringList places;
            for (const QJsonObject &m : meetings.lines())
                places.append(m.value(u"place"_s).toString());
            QVERIFY2(places.contains(u"Tallinn"_s), qPrintable(places.join(u',')));
        }
        QCOMPARE(cli({u"meetings"_s, u"--db"_s, db}).lines().size(), 2);

        // The role directory: the ambassador's post with its holder, on a date and outside it.
        const Run directory = cli({u"roles"_s, u"--db"_s, db, u"--title"_s, u"ambassador"_s});
        QVERIFY2(directory.exitCode == 0, qPrintable(directory.err));
        QCOMPARE(directory.lines().size(), 1);
        const QJsonObject post = directory.lines().first();
        QCOMPARE(post.keys(),
                 (QStringList{u"country"_s, u"first"_s, u"holder"_s, u"id"_s, u"last"_s, u"title"_s, u"to"_s}));
        QCOMPARE(post.value(u"holder"_s).toString(), u"Daniyar Sarsenov"_s);
        QCOMPARE(post.value(u"country"_s).toString(), u"Kazakhstan"_s);
        QCOMPARE(post.value(u"to"_s).toString(), u"Estonia"_s);
        QCOMPARE(post.value(u"first"_s).toString(), u"2024-03-05"_s);
        QCOMPARE(
            cli({u"roles"_s, u"--db"_s, db, u"--title"_s, u"ambassador"_s, u"--at"_s, u"2024-06-01"_s}).lines().size(),
            1);
        QCOMPARE(
            cli({u"roles"_s, u"--db"_s, db, u"--title"_s, u"ambassador"_s, u"--at"_s, u"2031-06-01"_s}).lines().size(),
            0);
        const Run nobody = cli({u"meetings"_s, u"--db"_s, db, u"--person"_s, u"Nobody Atall"_s});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(u"no person named"));

        // Edits print the entity as it now is.
        const qint64 id = temirov.value(u"id"_s).toInteger();
        const Run renamed = cli({u"entity"_s, u"--db"_s, db, u"rename"_s, QString::number(id), u"A. B. Temirov"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        QCOMPARE(renamed.lines().first().value(u"name"_s).toString(), u"A. B. Temirov"_s);
        const Run split = cli({u"entity"_s, u"--db"_s, db, u"split"_s, QString::number(id), u"Айбек Темиров"_s});
        QVERIFY2(split.exitCode == 0, qPrintable(split.err));
        const qint64 other = split.lines().first().value(u"id"_s).toInteger();
        QVERIFY(other != id);
        QCOMPARE(names(split.lines().first().value(u"aliases"_s)), QStringList{u"Айбек Темиров"_s});
        const Run merged = cli({u"entity"_s, u"--db"_s, db, u"merge"_s, QString::number(id), QString::number(other)});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QCOMPARE(merged.lines().first().value(u"articles"_s).toInt(), 2);
        QCOMPARE(merged.lines().first().value(u"name"_s).toString(), u"A. B. Temirov"_s);
        const Run gone = cli({u"entity"_s, u"--db"_s, db, u"rename"_s, QString::number(other), u"X"_s});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains(u"no entity with id"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("people without db") << QStringList{u"people"_s} << 2 << u"--db FILE is required"_s;
        QTest::newRow("bad type") << QStringList{u"people"_s, u"--db"_s, u"/tmp/x.db"_s, u"--type"_s, u"ROLE"_s} << 2
                                  << u"--type"_s;
        QTest::newRow("meetings without db") << QStringList{u"meetings"_s} << 2 << u"--db FILE is required"_s;
        QTest::newRow("missing database")
            << QStringList{u"meetings"_s, u"--db"_s, u"/nonexistent/elshi.db"_s} << 1 << u"no database at"_s;
        QTest::newRow("no action") << QStringList{u"entity"_s, u"--db"_s, u"/tmp/x.db"_s} << 2 << u"no action"_s;
        QTest::newRow("roles without db") << QStringList{u"roles"_s} << 2 << u"--db FILE is required"_s;
        QTest::newRow("roles bad date") << QStringList{u"roles"_s, u"--db"_s, u"/tmp/x.db"_s, u"--at"_s, u"May"_s} << 2
                                        << u"--at takes a date"_s;
        QTest::newRow("bad action") << QStringList{u"entity"_s, u"--db"_s, u"/tmp/x.db"_s, u"join"_s, u"1"_s, u"2"_s}
                                    << 2 << u"unknown action"_s;
        QTest::newRow("bad id") << QStringList{u"entity"_s, u"--db"_s, u"/tmp/x.db"_s, u"merge"_s, u"1"_s, u"b"_s} << 2
                                << u"not an entity id"_s;
        QTest::newRow("arity") << QStringList{u"entity"_s, u"--db"_s, u"/tmp/x.db"_s, u"rename"_s, u"1"_s} << 2
                               << u"two arguments"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void commandsHaveHelp()
    {
        for (const QString &command : {u"people"_s, u"meetings"_s, u"entity"_s, u"roles"_s}) {
            const Run r = cli({command, u"--help"_s});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(u"--db"));
            QVERIFY(cli({u"--help"_s}).out.contains(command));
        }
    }

    // Two ingests of one folder, each in its own process (so each with its own hash seed), store
    // the same role rows under the same ids: row ids follow from the corpus, not from the run.
    void rolesAreStoredInTheSameOrderEveryRun()
    {
        QTemporaryDir dir;
        const Run generate = cli({u"generate"_s, u"--out"_s, dir.filePath(u"g"_s), u"--articles"_s, u"300"_s});
        QVERIFY2(generate.exitCode == 0, qPrintable(generate.err));
        QStringList dumps;
        for (const QString &name : {u"a.sqlite"_s, u"b.sqlite"_s}) {
            const QString db = dir.filePath(name);
            const Run ingest = cli({u"ingest"_s, u"--db"_s, db, dir.filePath(u"g/corpus"_s)});
            QVERIFY2(ingest.exitCode == 0, qPrintable(ingest.err));
            const auto opened = elshi::store::Database::open(db);
            QVERIFY(opened);
            elshi::store::Statement rows =
                (*opened)->prepare("SELECT id, entity_id, title, country, host, article_count FROM roles ORDER BY id");
            QString dump;
            while (rows.step()) {
                for (int column = 0; column < 6; ++column)
                    dump += rows.text(column) + u'\t';
                dump += u'\n';
            }
            QVERIFY(dump.count(u'\n') > 20); // enough rows for a hash's order to show
            dumps.append(dump);
        }
        QCOMPARE(dumps.at(0), dumps.at(1));
    }

    // The "done when": the seed corpus, ingested and queried as a user would.
    void seedsDoneWhen_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QStringList>("met");
        QTest::newRow("Vassilenko") << u"Roman Vassilenko"_s << QStringList{u"Jose Ataide Amaral"_s, u"Toomas Tirs"_s};
        QTest::newRow("Nurtleu") << u"Мурат Нуртлеу"_s
                                 << QStringList{u"Ahmed Attaf"_s, u"Hissein Brahim Taha"_s, u"Margus Tsahkna"_s};
        QTest::newRow("Tursunov") << u"Адиль Турсунов"_s
                                  << QStringList{u"Йон Бликра"_s, u"Лиза Селнес"_s, u"Мортен Колбьёрнсен"_s};
    }
    void seedsDoneWhen()
    {
        const QString seeds = qEnvironmentVariable("ELSHI_SEEDS");
        if (seeds.isEmpty())
            QSKIP("ELSHI_SEEDS is not set");
        QFETCH(QString, person);
        QFETCH(QStringList, met);
        if (m_seedsDb.isEmpty()) {
            m_seedsDb = m_dir.filePath(u"seeds.db"_s);
            const Run ingest = cli({u"ingest"_s, u"--db"_s, m_seedsDb, seeds});
            QVERIFY2(ingest.exitCode == 0, qPrintable(ingest.err));
        }
        const Run r = cli({u"meetings"_s, u"--db"_s, m_seedsDb, u"--json"_s, u"--person"_s, person});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Named counterparts only: a counterpart named by role ("heads of UN agencies") is not a person.
        const Run who = cli({u"people"_s, u"--db"_s, m_seedsDb});
        QStringList people;
        for (const QJsonObject &p : who.lines())
            people.append(p.value(u"name"_s).toString());
        QStringList found;
        for (const QJsonObject &m : r.lines()) {
            for (const QString &p : names(m.value(u"participants"_s))) {
                if (!elshi::entities::samePerson(p, person) && people.contains(p) && !found.contains(p))
                    found.append(p);
            }
        }
        found.sort();
        QCOMPARE(found, met);
    }

private:
    QTemporaryDir m_dir;
    QString m_seedsDb;
};

QTEST_GUILESS_MAIN(EntityCliTest)
#include "entitycli_test.moc"
