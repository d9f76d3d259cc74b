// Opening databases: creation, migration of older schemas, and the errors users see.

#include <store/bodycodec.h>
#include <store/corpus.h>
#include <store/database.h>
#include <store/entitystore.h>
#include <store/ftstokenizer.h>
#include <store/schema.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <array>

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

    // The ingest drops and rebuilds these by their definitions (DeferredIndexes): each must be
    // exactly the index the migrations made, or a rebuilt database would differ from a migrated one.
    void readerIndexesAreTheMigrationsOwn()
    {
        QTemporaryDir dir;
        const auto db = Database::open(dir.filePath(u"new.db"_s), Database::Open::CreateIfMissing);
        QVERIFY(db);
        const auto normalized = [](QString sql) { return sql.remove(u"IF NOT EXISTS "_s).simplified().remove(u' '); };
        for (const SecondaryIndex &index : Schema::readerIndexes()) {
            Statement select = (*db)->prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1");
            select.bind(1, std::string_view(index.name));
            QVERIFY2(select.step(), index.name);
            QCOMPARE(normalized(select.text(0)), normalized(QString::fromUtf8(index.definition)));
        }
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
        // …and, later, compressed its body, which still reads back.
        const auto corpus = Corpus::open(path);
        QVERIFY(corpus);
        const auto record = (*corpus)->record(7);
        QVERIFY(record);
        QCOMPARE(record->body, u"Посла встретили в Астане."_s);
    }

    // Version 6 puts each meeting's date beside its participants, for reading a person's meetings
    // by date a page at a time: rows written before it get their meeting's date.
    void datesTheParticipantsOfAVersion5Database()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v5.db"_s);
        {
            const auto db = Database::openAtVersion(path, 5);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 5);
            QVERIFY((*db)->exec(
                "INSERT INTO entities(id, type, name, identity_key) VALUES (7, 0, 'Aibek Temirov', 'aibek temirov');"
                "INSERT INTO meetings(id, article_id, date_key, date_precision, evidence_start, evidence_end) "
                "VALUES (1, 1, 20240305, 3, 0, 10), (2, 2, 20230101, 3, 0, 10), (3, 3, 20240305, 3, 5, 9);"
                "INSERT INTO meeting_participants(meeting_id, position, entity_id, is_subject) "
                "VALUES (1, 0, 7, 1), (2, 0, 7, 1), (3, 0, 7, 1), (3, 1, NULL, 0)"));
        }
        const auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Schema::latestVersion());
        Statement dates = (*db)->prepare("SELECT meeting_id, date_key FROM meeting_participants ORDER BY 1, position");
        const QList<std::pair<qint64, qint64>> expected{{1, 20240305}, {2, 20230101}, {3, 20240305}, {3, 20240305}};
        for (const auto &[meeting, date] : expected) {
            QVERIFY(dates.step());
            QCOMPARE(dates.int64(0), meeting);
            QCOMPARE(dates.int64(1), date);
        }
        QVERIFY(!dates.step());
        EntityStore store(**db);
        EntityStore::MeetingCursor cursor;
        const QList<MeetingRecord> page = store.meetingsOf(7, cursor, 2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).id, 2);
        QCOMPARE(page.at(1).id, 1);
        QCOMPARE(store.meetingsOf(7, cursor, 2).constFirst().id, 3);
        QCOMPARE(store.meetingCount(7), 3);
    }

    // Version 7 packs a row per mention into a row per article, entity and alias: every span
    // survives, in order, the counts stay what they were, and entity → articles still works.
    void packsTheMentionsOfAVersion6Database()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v6.db"_s);
        {
            const auto db = Database::openAtVersion(path, 6);
            QVERIFY(db);
            QVERIFY((*db)->exec(
                "INSERT INTO entities(id, type, name, identity_key) VALUES (7, 0, 'Murat Nurtleu', 'mrt nrtl'), "
                "(8, 2, 'Kenya', 'kenya');"
                "INSERT INTO entity_aliases(id, entity_id, alias, identity_key, count) VALUES "
                "(1, 7, 'Murat Nurtleu', 'mrt nrtl', 3), (2, 7, 'Мурат Нуртлеу', 'mrt nrtl', 1), (3, 8, 'Kenya', "
                "'kenya', 1);"
                "INSERT INTO mentions(article_id, start, end, entity_id, alias_id, type) VALUES "
                "(1, 0, 13, 7, 1, 0), (1, 20, 27, 7, 1, 0), (1, 40, 45, 8, 3, 2), (1, 300, 313, 7, 2, 0), "
                "(2, 5, 18, 7, 1, 0)"));
        }
        const auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Schema::latestVersion());
        Statement rows = (*db)->prepare("SELECT article_id, entity_id, alias_id, count FROM mentions ORDER BY 1, 2, 3");
        const QList<std::array<qint64, 4>> expected{{1, 7, 1, 2}, {1, 7, 2, 1}, {1, 8, 3, 1}, {2, 7, 1, 1}};
        for (const auto &row : expected) {
            QVERIFY(rows.step());
            for (int column = 0; column < 4; ++column)
                QCOMPARE(rows.int64(column), row[size_t(column)]);
        }
        QVERIFY(!rows.step());

        EntityStore store(**db);
        const QList<MentionRecord> first = store.mentionsOf(1);
        QCOMPARE(first.size(), 4);
        const QList<std::pair<int, int>> spans{{0, 13}, {20, 27}, {40, 45}, {300, 313}};
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).start, spans.at(i).first);
            QCOMPARE(first.at(i).end, spans.at(i).second);
        }
        QCOMPARE(first.at(2).entityId, 8);
        QCOMPARE(first.at(2).name, u"Kenya"_s);
        QCOMPARE(first.at(3).entityId, 7);
        QCOMPARE(store.mentionsOf(2).size(), 1);
        QCOMPARE(store.articlesOf(7), (QList<qint64>{1, 2}));
        QCOMPARE(store.articlesOf(8), (QList<qint64>{1}));
    }

    // Version 5 rewrites every body as a BodyCodec blob in a rebuilt table: the text, the other
    // columns (NULLs and empty titles too), the ids the index and entities point at and the indexes
    // all survive, and the file is compacted.
    void compressesBodiesOfAVersion4Database()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v4.db"_s);
        QString longRussian, longKazakh;
        for (int i = 0; i < 40; ++i) {
            longRussian += u"Посол Казахстана встретился с министром иностранных дел. "_s;
            longKazakh += u"Қазақстан елшісі Әлихан Нұрғалиұлы сыртқы істер министрімен кездесті 🇰🇿. "_s;
        }
        const QStringList bodies{longRussian, longKazakh, u"Кратко."_s, QString(u""_s), u"Astana 😀 𝕏"_s};
        {
            const auto db = Database::openAtVersion(path, 4);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 4);
            QVERIFY((*db)->exec("INSERT INTO langs(id, code) VALUES (1, 'ru'), (2, 'kk');"
                                "INSERT INTO outlets(id, name) VALUES (1, 'Kazinform')"));
            Statement insert = (*db)->prepare(
                "INSERT INTO articles(id, date_key, date_precision, title, outlet_id, lang_id, place, url, body, "
                "layout, content_hash) VALUES (?1, 20240307, 3, ?2, ?3, ?4, ?5, NULL, ?6, 'plain', ?7)");
            for (int i = 0; i < bodies.size(); ++i) {
                insert.bind(1, 10 * (i + 1)).bind(2, i == 3 ? u""_s : u"Title %1"_s.arg(i));
                i % 2 ? insert.bind(3, 1) : insert.bindNull(3);
                insert.bind(4, i % 2 + 1).bind(5, i == 0 ? u"Астана"_s : QString()).bind(6, bodies[i]).bind(7, 100 + i);
                QVERIFY2(insert.exec(), qPrintable(insert.errorMessage()));
            }
            QVERIFY((*db)->exec("INSERT INTO article_fts(rowid, title, body) VALUES (20, 'Елші', 'елші кездесті')"));
        }
        const auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Schema::latestVersion());

        Statement rows = (*db)->prepare("SELECT id, typeof(body), body, title, outlet_id, lang_id, place, url, layout, "
                                        "content_hash FROM articles ORDER BY id");
        for (int i = 0; i < bodies.size(); ++i) {
            QVERIFY(rows.step());
            QCOMPARE(rows.int64(0), 10 * (i + 1));
            QCOMPARE(rows.text(1), u"blob"_s);
            const auto body = BodyCodec::decode(rows.blob(2));
            QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
            QCOMPARE(*body, bodies[i]);
            QCOMPARE(rows.isNull(3), false);
            QCOMPARE(rows.text(3), i == 3 ? QString() : u"Title %1"_s.arg(i));
            QCOMPARE(rows.isNull(4), i % 2 == 0);
            QCOMPARE(rows.int64(5), i % 2 + 1);
            QCOMPARE(rows.isNull(6), i != 0);
            QVERIFY(rows.isNull(7));
            QCOMPARE(rows.text(8), u"plain"_s);
            QCOMPARE(rows.int64(9), 100 + i);
        }
        QVERIFY(!rows.step());
        // The long bodies are stored compressed: far fewer bytes than their UTF-8.
        Statement sizes = (*db)->prepare("SELECT length(body) FROM articles WHERE id = 10");
        QVERIFY(sizes.step());
        QVERIFY(sizes.int64(0) * 3 < bodies[0].toUtf8().size());

        Statement indexes =
            (*db)->prepare("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' "
                           "AND tbl_name = 'articles' AND name NOT LIKE 'sqlite_%' ORDER BY name)");
        QVERIFY(indexes.step());
        QCOMPARE(indexes.text(0), u"articles_date articles_hash articles_model"_s);
        Statement declared = (*db)->prepare("SELECT type FROM pragma_table_info('articles') WHERE name = 'body'");
        QVERIFY(declared.step());
        QCOMPARE(declared.text(0), u"BLOB"_s);
        Statement freePages = (*db)->prepare("PRAGMA freelist_count");
        QVERIFY(freePages.step());
        QCOMPARE(freePages.int64(0), 0);

        // The search index still points at the same article, and every reader decodes.
        Statement find = (*db)->prepare("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1");
        find.bind(1, std::string_view("\"елші\""));
        QVERIFY(find.step());
        QCOMPARE(find.int64(0), 20);
        const auto corpus = Corpus::open(path);
        QVERIFY(corpus);
        QCOMPARE((*corpus)->size(), bodies.size());
        const auto record = (*corpus)->record(20);
        QVERIFY(record);
        QCOMPARE(record->body, longKazakh);
        QCOMPARE(record->outlet, u"Kazinform"_s);
    }

    // A damaged body costs that article's text, never the process or the rest of the record.
    void damagedBodyIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.db"_s);
        {
            const auto db = Database::open(path, Database::Open::CreateIfMissing);
            QVERIFY(db);
            QByteArray damaged = BodyCodec::encode(QString(200, u'ж'));
            damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
            Statement insert = (*db)->prepare("INSERT INTO articles(id, date_key, date_precision, title, body, "
                                              "content_hash) VALUES (1, 0, 0, 'Damaged', ?1, 1)");
            insert.bindBlob(1, damaged);
            QVERIFY(insert.exec());
        }
        const auto corpus = Corpus::open(path);
        QVERIFY(corpus);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"article 1 .*stored article text is damaged"_s));
        const auto record = (*corpus)->record(1);
        QVERIFY(record);
        QCOMPARE(record->title, u"Damaged"_s);
        QVERIFY(record->body.isEmpty());
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

    void statementBindsTextAsQtEncodesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("latin") << u"Kalle Rebane"_s;
        QTest::newRow("cyrillic") << u"Мақсат Сағынтаев"_s;
        QTest::newRow("surrogate pair") << u"a\U0001F600b"_s;
        QTest::newRow("lone high surrogate") << (u"x"_s + QChar(0xd83d) + u"y"_s);
        QTest::newRow("lone low surrogate") << (u"x"_s + QChar(0xde00) + u"y"_s);
        QTest::newRow("high surrogate at the end") << (u"x"_s + QChar(0xd83d));
        QTest::newRow("two high surrogates and a low") << (u"x"_s + QChar(0xd83d) + QChar(0xd83d) + QChar(0xde00));
        QTest::newRow("every plane") << u"\u007f\u0080\u07ff\u0800\uffff\U00010000\U0010FFFF"_s;
        // Either side of the length up to which bind() converts on the stack.
        QTest::newRow("255 cyrillic") << QString(255, u'ж');
        QTest::newRow("257 cyrillic") << QString(257, u'ж');
        QTest::newRow("long") << QString(5000, u'ә');
    }

    void statementBindsTextAsQtEncodesIt()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const auto db = Database::open(dir.filePath(u"t.db"_s), Database::Open::CreateIfMissing);
        QVERIFY(db);
        Statement echo = (*db)->prepare("SELECT typeof(?1), hex(?1)");
        QVERIFY(echo.bind(1, text).step());
        QCOMPARE(echo.text(0), u"text"_s);
        QCOMPARE(echo.text(1).toLatin1(), text.toUtf8().toHex().toUpper());
        echo.reset();
        QVERIFY(echo.bind(1, QString()).step());
        QCOMPARE(echo.text(0), u"null"_s);
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
