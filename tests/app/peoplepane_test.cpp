// The people pane and its models: a person's meetings (MeetingsModel, fetched a page at a time as
// the view scrolls), their articles (EntityArticlesModel, in date order) and the people list
// (EntityListModel, sorting its own rows), then the real pane showing a person's totals. The store is filled directly,
// with more meetings than a page, in an order that differs from the dates, so the tests see the
// paging and the sorting at work.

#include "peoplepane.h"

#include <models/entityarticlesmodel.h>
#include <models/entitylistmodel.h>
#include <models/meetingsmodel.h>
#include <models/navigator.h>
#include <store/bodycodec.h>
#include <store/corpus.h>
#include <store/database.h>
#include <store/entitystore.h>

#include <QApplication>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace elshi;
using namespace elshi::models;

namespace {

constexpr qint64 Person = 7;
constexpr qint64 Counterpart = 8;
constexpr int Meetings = 250;

// Article i is dated day (i * 37 mod 250) after 1 Jan 2020, so ids and dates disagree.
QDate dateOfArticle(int i)
{
    return QDate(2020, 1, 1).addDays((i * 37) % Meetings);
}

qint64 dateKey(const QDate &date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

bool fill(store::Database &db)
{
    if (!db.exec("BEGIN") ||
        !db.exec("INSERT INTO entities(id, type, name, identity_key, article_count) VALUES "
                 "(7, 0, 'Aibek Temirov', 'aibek temirov', 250), (8, 0, 'Kalle Rebane', 'kalle rebane', 250), "
                 "(9, 0, 'Zhanna Abenova', 'zhanna abenova', 5), (10, 0, 'Askar Bekov', 'askar bekov', 5), "
                 "(11, 0, 'Ерлан Ашимов', 'erlan ashimov', 12), (12, 1, 'UNESCO', 'unesco', 40);"
                 "INSERT INTO entity_aliases(id, entity_id, alias, identity_key) VALUES "
                 "(1, 7, 'Aibek Temirov', 'aibek temirov'), (2, 8, 'Kalle Rebane', 'kalle rebane')"))
        return false;
    store::Statement article = db.prepare("INSERT INTO articles(id, date_key, date_precision, title, body, "
                                          "content_hash) VALUES (?1, ?2, 3, ?3, ?4, ?1)");
    store::Statement mention = db.prepare(
        // One span, [0, 13): MentionSpans' encoding of a gap of 0 and a length of 13.
        "INSERT INTO mentions(article_id, entity_id, alias_id, type, count, spans) VALUES (?1, ?2, ?3, 0, 1, X'000D')");
    store::Statement meeting = db.prepare("INSERT INTO meetings(id, article_id, date_key, date_precision, "
                                          "evidence_start, evidence_end) VALUES (?1, ?1, ?2, 3, 0, 40)");
    store::Statement participant = db.prepare("INSERT INTO meeting_participants(meeting_id, position, entity_id, "
                                              "alias_id, is_subject, date_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 1; i <= Meetings; ++i) {
        const qint64 key = dateKey(dateOfArticle(i));
        const QString body = u"Aibek Temirov met Kalle Rebane, %1."_s.arg(i);
        if (!article.bind(1, i)
                 .bind(2, key)
                 .bind(3, u"Talks %1"_s.arg(i))
                 .bindBlob(4, store::BodyCodec::encode(body))
                 .exec() ||
            !mention.bind(1, i).bind(2, Person).bind(3, 1).exec() || !meeting.bind(1, i).bind(2, key).exec() ||
            !participant.bind(1, i).bind(2, 0).bind(3, Person).bind(4, 1).bind(5, 1).bind(6, key).exec() ||
            !participant.bind(1, i).bind(2, 1).bind(3, Counterpart).bind(4, 2).bind(5, 0).bind(6, key).exec())
            return false;
    }
    return db.exec("COMMIT");
}

} // namespace

class PeoplePaneTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"people.db"_s);
        {
            auto db = store::Database::open(m_path, store::Database::Open::CreateIfMissing);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
            QVERIFY2(fill(**db), qPrintable((*db)->lastError()));
        }
        auto corpus = store::Corpus::open(m_path);
        QVERIFY2(corpus, qPrintable(corpus ? QString() : corpus.error().toString()));
        m_corpus = std::move(corpus).value();
        QCOMPARE(m_corpus->size(), Meetings);
        m_store = std::make_unique<store::EntityStore>(m_corpus->database());
    }

    void meetingsArriveAPageAtATimeInDateOrder()
    {
        MeetingsModel model;
        model.setPerson(m_store.get(), Person, m_corpus.get());
        QCOMPARE(model.totalCount(), Meetings);
        QCOMPARE(model.rowCount(), MeetingsModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), Meetings);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.meeting(row - 1).date.sortKey() <= model.meeting(row).date.sortKey());
        QCOMPARE(model.meeting(0).date.toIso(), u"2020-01-01"_s);
        QCOMPARE(model.counterparts(0), QStringList{u"Kalle Rebane"_s});
        // The article title is the meeting's article's.
        const qint64 article = model.data(model.index(17, 0), MeetingsModel::ArticleIdRole).toLongLong();
        QCOMPARE(model.data(model.index(17, MeetingsModel::ArticleColumn)).toString(), u"Talks %1"_s.arg(article));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void scrollingTheTableFetchesTheRest()
    {
        MeetingsModel model;
        QTreeView view;
        view.setModel(&model);
        view.setUniformRowHeights(true);
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setPerson(m_store.get(), Person, m_corpus.get());
        QCOMPARE(model.rowCount(), MeetingsModel::PageSize);
        for (int i = 0; i < 10 && model.rowCount() < Meetings; ++i) {
            view.scrollToBottom();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
        }
        QCOMPARE(model.rowCount(), Meetings);
        QVERIFY(!model.canFetchMore({}));
    }

    void articlesAreInDateOrder()
    {
        EntityArticlesModel model;
        model.setEntity(m_store.get(), Person, m_corpus.get());
        QCOMPARE(model.rowCount(), Meetings);
        QDate previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.articleId(row);
            QVERIFY(id >= 1 && id <= Meetings);
            QCOMPARE(model.data(model.index(row), EntityArticlesModel::ArticleIdRole).toLongLong(), id);
            const QDate date = dateOfArticle(int(id));
            QVERIFY(!previous.isValid() || previous <= date);
            previous = date;
        }
        QVERIFY(model.data(model.index(0)).toString().endsWith(u" — Talks %1"_s.arg(model.articleId(0))));
        model.setEntity(m_store.get(), Counterpart, m_corpus.get()); // in meetings, never mentioned
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.articleId(0), -1);
    }

    // The people list sorts its own rows (the filter proxy passes sorting on): most articles
    // first, ties by name, and by name when the header asks; the current row stays on its person.
    void entityListSortsItsRows()
    {
        EntityListModel list;
        EntityFilterModel filter;
        filter.setSourceModel(&list);
        QTreeView view;
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.sortByColumn(EntityListModel::ArticlesColumn, Qt::DescendingOrder);
        list.load(m_store.get(), entities::EntityType::Person);
        const auto names = [&filter] {
            QStringList shown;
            for (int row = 0; row < filter.rowCount(); ++row)
                shown << filter.index(row, EntityListModel::NameColumn).data().toString();
            return shown;
        };
        QCOMPARE(names(),
                 (QStringList{u"Aibek Temirov"_s, u"Kalle Rebane"_s, u"Ерлан Ашимов"_s, u"Askar Bekov"_s,
                              u"Zhanna Abenova"_s}));
        view.setCurrentIndex(filter.index(2, 0));
        view.sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(),
                 (QStringList{u"Aibek Temirov"_s, u"Askar Bekov"_s, u"Kalle Rebane"_s, u"Zhanna Abenova"_s,
                              u"Ерлан Ашимов"_s}));
        QCOMPARE(view.currentIndex().data().toString(), u"Ерлан Ашимов"_s);
        view.sortByColumn(EntityListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names().constFirst(), u"Ерлан Ашимов"_s);
        filter.setText(u"rebane"_s);
        QCOMPARE(names(), QStringList{u"Kalle Rebane"_s});
        filter.setText(QString());
        // A reload keeps the chosen order (names, descending); all kinds include the organisation.
        list.load(m_store.get(), std::nullopt);
        QCOMPARE(filter.rowCount(), 6);
        QCOMPARE(names(),
                 (QStringList{u"Ерлан Ашимов"_s, u"Zhanna Abenova"_s, u"UNESCO"_s, u"Kalle Rebane"_s, u"Askar Bekov"_s,
                              u"Aibek Temirov"_s}));
    }

    // The pane's tabs count all of a person's meetings and articles while the table holds one page;
    // scrolling the table brings the rest, and double-clicking a meeting opens its sentence.
    void paneCountsEverythingAndPagesTheMeetings()
    {
        Navigator navigator;
        ui::PeoplePane pane(&navigator);
        pane.resize(700, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCorpus(m_corpus.get());
        QVERIFY(pane.selectEntity(Person));
        const auto *tabs = pane.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), u"Meetings (%1)"_s.arg(Meetings));
        QCOMPARE(tabs->tabText(1), u"Articles (%1)"_s.arg(Meetings));
        MeetingsModel *meetings = pane.meetingModel();
        QCOMPARE(meetings->rowCount(), MeetingsModel::PageSize);

        QTreeView *table = pane.meetingView();
        for (int i = 0; i < 10 && meetings->rowCount() < Meetings; ++i) {
            table->scrollToBottom();
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
        }
        QCOMPARE(meetings->rowCount(), Meetings);
        QCOMPARE(tabs->tabText(0), u"Meetings (%1)"_s.arg(Meetings));

        const QModelIndex last = meetings->index(Meetings - 1, MeetingsModel::CounterpartsColumn);
        table->scrollTo(last);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        QCOMPARE(navigator.current().articleId, meetings->meeting(Meetings - 1).articleId);
        QCOMPARE(navigator.current().evidenceEnd, 40);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::Corpus> m_corpus;
    std::unique_ptr<store::EntityStore> m_store;
};

QTEST_MAIN(PeoplePaneTest)
#include "peoplepane_test.moc"
