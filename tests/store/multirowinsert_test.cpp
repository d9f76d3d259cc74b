// MultiRowInsert: rows in order across statement sizes, conflicts failing or ignored as asked, and
// no savepoint — which would make FTS5 write out the terms a transaction holds in memory.

#include <store/database.h>
#include <store/multirowinsert.h>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace elshi::store;

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir)
{
    auto db = Database::open(dir.filePath(u"t.db"_s), Database::Open::CreateIfMissing);
    if (!db || !(*db)->exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL, n INTEGER)"))
        return nullptr;
    return std::move(db).value();
}

qint64 scalar(const Database &db, std::string_view sql)
{
    Statement select = db.prepare(sql);
    return select.step() ? select.int64(0) : -1;
}

} // namespace

class MultiRowInsertTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsEveryRowInOrder_data()
    {
        QTest::addColumn<int>("count");
        for (const int count : {0, 1, 2, MultiRowInsert::kMaxRows - 1, MultiRowInsert::kMaxRows,
                                MultiRowInsert::kMaxRows + 1, 3 * MultiRowInsert::kMaxRows + 5})
            QTest::addRow("%d rows", count) << count;
    }

    void insertsEveryRowInOrder()
    {
        QFETCH(int, count);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(db);
        MultiRowInsert insert(*db, "t(k, v, n)", 3, MultiRowInsert::Conflicts::Fail);
        const bool inserted = insert.insert(count, [](MultiRowInsert::Row &row, qsizetype i) {
            row.bind(1, qint64(10 + i)).bind(2, u"row %1"_s.arg(i));
            if (i % 2)
                row.bindNull(3);
            else
                row.bind(3, int(i));
        });
        QVERIFY2(inserted, qPrintable(insert.errorMessage()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM t"), count);
        Statement rows = db->prepare("SELECT rowid, k, v, n FROM t ORDER BY rowid");
        for (int i = 0; i < count; ++i) {
            QVERIFY(rows.step());
            QCOMPARE(rows.int64(1), 10 + i);
            QCOMPARE(rows.text(2), u"row %1"_s.arg(i));
            QCOMPARE(rows.isNull(3), i % 2 == 1);
        }
        QVERIFY(!rows.step());
    }

    void failsOnARefusedRow_data()
    {
        QTest::addColumn<qint64>("secondKey");
        QTest::addColumn<QString>("secondValue");
        QTest::newRow("duplicate key") << qint64(1) << u"again"_s;
        QTest::newRow("null in a NOT NULL column") << qint64(2) << QString();
    }

    void failsOnARefusedRow()
    {
        QFETCH(qint64, secondKey);
        QFETCH(QString, secondValue);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(db);
        MultiRowInsert insert(*db, "t(k, v)", 2, MultiRowInsert::Conflicts::Fail);
        const qint64 keys[] = {1, secondKey, 3};
        const QString values[] = {u"first"_s, secondValue, u"third"_s};
        QVERIFY(
            !insert.insert(3, [&](MultiRowInsert::Row &row, qsizetype i) { row.bind(1, keys[i]).bind(2, values[i]); }));
        QVERIFY(!insert.errorMessage().isEmpty());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM t WHERE k = 1 AND v = 'first'"), 1);
    }

    void ignoresConflictsWhenAsked()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(db);
        MultiRowInsert insert(*db, "t(k, v)", 2, MultiRowInsert::Conflicts::Ignore);
        const qint64 keys[] = {1, 2, 1};
        QVERIFY(insert.insert(
            3, [&](MultiRowInsert::Row &row, qsizetype i) { row.bind(1, keys[i]).bind(2, u"row %1"_s.arg(i)); }));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM t"), 2);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM t WHERE k = 1 AND v = 'row 0'"), 1); // the first kept
    }

    void leavesTheFullTextTermsOfTheTransactionInMemory()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(db);
        QVERIFY(db->exec("BEGIN"));
        QVERIFY(db->exec("INSERT INTO article_fts(rowid, title, body) VALUES (1, 'Meetings', 'Ambassadors met')"));
        const qint64 segmentRows = scalar(*db, "SELECT count(*) FROM article_fts_data");
        MultiRowInsert insert(*db, "t(k, v)", 2, MultiRowInsert::Conflicts::Fail);
        QVERIFY(insert.insert(
            5, [](MultiRowInsert::Row &row, qsizetype i) { row.bind(1, qint64(i + 1)).bind(2, u"row"_s); }));
        // A savepoint would have made FTS5 flush its pending terms into a new segment.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM article_fts_data"), segmentRows);
        QVERIFY(db->exec("COMMIT"));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'ambassadors'"), 1);
    }
};

QTEST_GUILESS_MAIN(MultiRowInsertTest)
#include "multirowinsert_test.moc"
