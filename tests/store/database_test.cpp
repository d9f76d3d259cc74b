// Opening databases: creation, migration of older schemas, and the errors users see.

#include <store/database.h>
#include <store/ftstokenizer.h>
#include <store/schema.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace elshi::store;

class DatabaseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAtLatestVersion()
    {
        QTemporaryDir dir;
        const auto db = Database::open(dir.filePath(u"new.db"_s), Database::Open::CreateIfMissing);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Schema::latestVersion());
        Statement mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), u"wal"_s);
    }

    void migratesAnOlderDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        {
            // A version-1 database, as an earlier Elshi left it: articles but no search index.
            const auto db = Database::openAtVersion(path, 1);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY(
                (*db)->exec("INSERT INTO langs(id, code) VALUES (1, 'ru');"
                            "INSERT INTO articles(id, date_key, date_precision, title, lang_id, body, content_hash) "
                            "VALUES (7, 20240307, 3, 'Посол прибыл', 1, 'Посла встретили в Астане.', 1)"));
        }
        const auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Schema::latestVersion());
        // The migration indexed the existing article with the Russian stemmer.
        Statement find = (*db)->prepare("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1");
        find.bind(1, std::string_view("\"послы\""));
        QVERIFY(find.step());
        QCOMPARE(find.int64(0), 7);
    }

    void refusesNewerSchemas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.db"_s);
        {
            const auto db = Database::open(path, Database::Open::CreateIfMissing);
            QVERIFY(db);
            QVERIFY((*db)->exec("UPDATE schema_version SET version = 999"));
        }
        const auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"newer version"), qPrintable(db.error().message));
    }

    void reportsMissingAndForeignFiles()
    {
        QTemporaryDir dir;
        const auto missing = Database::open(dir.filePath(u"none.db"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no database"));
        QVERIFY(!QFile::exists(dir.filePath(u"none.db"_s)));

        QFile text(dir.filePath(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();
        const auto foreign = Database::open(text.fileName());
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().message.contains(u"not an Elshi database"), qPrintable(foreign.error().message));

        const auto folder = Database::open(dir.path());
        QVERIFY(!folder);
    }

    void tokenizerAnalysesUnmarkedText()
    {
        // Rows inserted without pre-analysis (by hand, by a migration) are still searchable.
        QTemporaryDir dir;
        const auto db = Database::open(dir.filePath(u"t.db"_s), Database::Open::CreateIfMissing);
        QVERIFY(db);
        QVERIFY((*db)->exec("INSERT INTO article_fts(rowid, title, body) VALUES (1, 'Meetings', 'Елшілер кездесті')"));
        Statement find = (*db)->prepare("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1");
        for (const char *query : {"meeting", "\"елші\"", "title : meeting"}) {
            find.bind(1, std::string_view(query));
            QVERIFY(find.step());
            QCOMPARE(find.int64(0), 1);
            find.reset();
        }
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
