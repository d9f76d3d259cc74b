// Opens the bundled sample corpus in the real main window, offscreen, and uses it as a person
// would: the timeline drag filters the article list, typing a query fills the results, clicking
// an article shows it in the reader and its raw text in the Source tab.

#include "articlepane.h"
#include "mainwindow.h"
#include "readerview.h"
#include "searchpane.h"
#include "sourceview.h"
#include "timelinepane.h"
#include "timelinewidget.h"

#include <models/articlelistmodel.h>
#include <models/collectionmodel.h>
#include <models/corpussession.h>
#include <models/navigator.h>
#include <models/searchresultsmodel.h>
#include <store/corpus.h>

#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace elshi;
using elshi::ui::MainWindow;

class BrowseTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setLanguage(QStringLiteral("en"));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::corpusOpened);
        m_window->openCorpus(QStringLiteral(ELSHI_SOURCE_DIR "/resources/sample-corpus"),
                             m_dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY(opened.wait(120000));
        QVERIFY(m_window->session()->corpus());
        QVERIFY(m_window->session()->corpus()->size() >= 30);
    }

    void remembersTheCorpusAmongRecentOnes()
    {
        auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QVERIFY(recent->isEnabled());
        QVERIFY(!recent->actions().isEmpty());
        QVERIFY(recent->actions().first()->text().endsWith(QStringLiteral("sample-corpus")));
    }

    void listShowsWholeCorpusNewestFirst()
    {
        auto *model = m_window->timelinePane()->articleModel();
        QCOMPARE(model->rowCount(), int(m_window->session()->corpus()->size()));
        const auto first = model->index(0, models::ArticleListModel::DateColumn);
        const auto last = model->index(model->rowCount() - 1, models::ArticleListModel::DateColumn);
        QVERIFY(first.data(models::ArticleListModel::SortRole).toInt() >=
                last.data(models::ArticleListModel::SortRole).toInt());
    }

    void timelineDragFiltersTheList()
    {
        ui::TimelineWidget *timeline = m_window->timelinePane()->timeline();
        auto *model = m_window->timelinePane()->articleModel();
        const int all = model->rowCount();
        timeline->setView(QDate(2019, 1, 1), QDate(2025, 12, 31));
        const int y = timeline->height() / 2;
        const QPoint from(timeline->xForDate(QDate(2022, 1, 1)), y);
        const QPoint to(timeline->xForDate(QDate(2023, 12, 31)), y);
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(timeline, to);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);

        const models::DateFilter filter = m_window->navigator()->dateFilter();
        QVERIFY(filter.from.isValid());
        QVERIFY(filter.from <= QDate(2022, 1, 31));
        QVERIFY(filter.to >= QDate(2023, 12, 1));
        const int inRange = model->rowCount();
        QVERIFY2(inRange > 0 && inRange < all, qPrintable(QStringLiteral("%1 of %2").arg(inRange).arg(all)));
        QCOMPARE(quint32(inRange), timeline->countIn(filter.from, filter.to));
        for (int row = 0; row < inRange; ++row) {
            const auto date =
                core::DateValue::fromIso(model->index(row, 0).data(models::ArticleListModel::DateValueRole).toString());
            QVERIFY(date.hasYear());
            QVERIFY(date.lastDay() >= filter.from && date.firstDay() <= filter.to);
        }

        QTest::keyClick(timeline, Qt::Key_Escape);
        QTRY_COMPARE(model->rowCount(), all);
    }

    void typingSearchesLive()
    {
        ui::SearchPane *pane = m_window->searchPane();
        // Typed key by key (QTest types ASCII only), then Russian as if pasted.
        QTest::keyClicks(pane->searchBox(), QStringLiteral("ambassador"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultModel()->rowCount() > 0, 20000);
        QVERIFY(pane->statusText().contains(QStringLiteral("matching")));
        pane->searchBox()->setText(QStringLiteral("посол"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultModel()->rowCount() > 0 &&
                                     pane->resultModel()->index(0).data(models::SearchResultsModel::LanguageRole) !=
                                         QStringLiteral("en"),
                                 20000);
        const QString snippet =
            pane->resultModel()->index(0).data(models::SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<b>")), qPrintable(snippet));
        const int russian = pane->resultModel()->rowCount();

        pane->searchBox()->setText(QStringLiteral("посол lang:en"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultModel()->rowCount() < russian, 20000);

        pane->searchBox()->setText(QStringLiteral("\"unclosed"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->statusText().contains(QStringLiteral("quote")), 20000);
        QCOMPARE(pane->resultModel()->rowCount(), 0);
    }

    void clickingAnArticleShowsReaderAndSource()
    {
        QTableView *view = m_window->timelinePane()->articleView();
        const QModelIndex index = view->model()->index(0, models::ArticleListModel::TitleColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        ui::ArticlePane *pane = m_window->articlePane();
        QTRY_COMPARE(pane->reader()->articleId(),
                     view->model()->data(index, models::ArticleListModel::IdRole).toLongLong());
        QVERIFY(pane->reader()->toPlainText().contains(index.data().toString().left(20)));
        QCOMPARE(pane->source()->definitionName(), QStringLiteral("Elshi Corpus"));
        QVERIFY(!pane->source()->articleText().isEmpty());

        // Back and forward walk the reading history.
        const qint64 first = pane->reader()->articleId();
        const QModelIndex second = view->model()->index(1, models::ArticleListModel::TitleColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        QTRY_VERIFY(pane->reader()->articleId() != first);
        m_window->navigator()->goBack();
        QTRY_COMPARE(pane->reader()->articleId(), first);
    }

    void exportsSelectedArticlesToPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        // Select the Russian articles of the list, as a user would with Ctrl+click.
        QTableView *view = m_window->timelinePane()->articleView();
        auto *model = view->model();
        view->clearSelection();
        QStringList titles;
        for (int row = 0; row < model->rowCount() && titles.size() < 3; ++row) {
            const QModelIndex lang = model->index(row, models::ArticleListModel::LanguageColumn);
            if (lang.data().toString() != u"ru")
                continue;
            const QModelIndex title = model->index(row, models::ArticleListModel::TitleColumn);
            view->scrollTo(title);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(title).center());
            titles << title.data().toString();
        }
        QCOMPARE(titles.size(), 3);
        QString description;
        const QList<qint64> ids = m_window->exportCandidates(&description);
        QCOMPARE(ids.size(), 3);

        const QString pdf = m_dir.filePath(QStringLiteral("selection.pdf"));
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        m_window->exportArticles(ids, description, pdf);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString &title : std::as_const(titles))
            QVERIFY2(text.contains(title.simplified().left(40)), qPrintable(title));
    }

    void collectsArticlesAcrossSearches()
    {
        models::CollectionModel *collection = m_window->collection();
        collection->clear();
        ui::SearchPane *pane = m_window->searchPane();
        pane->searchBox()->setText(QStringLiteral("ambassador lang:en"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultModel()->rowCount() > 1, 20000);
        pane->resultView()->setFocus();
        pane->resultView()->selectionModel()->select(pane->resultModel()->index(0),
                                                     QItemSelectionModel::ClearAndSelect);
        QCOMPARE(m_window->addSelectionToCollection(), 1);
        const qint64 first = pane->resultModel()->articleId(pane->resultModel()->index(0));

        pane->searchBox()->setText(QStringLiteral("елші"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultModel()->rowCount() > 0 &&
                                     pane->resultModel()->articleId(pane->resultModel()->index(0)) != first,
                                 20000);
        pane->resultView()->setFocus();
        pane->resultView()->selectAll();
        const int kazakh = pane->resultModel()->rowCount();
        QCOMPARE(m_window->addSelectionToCollection(), kazakh);
        QCOMPARE(collection->rowCount(), 1 + kazakh);
        QCOMPARE(m_window->addSelectionToCollection(), 0); // nothing twice

        // The collection is kept for this database: a new model reading the settings sees it.
        models::CollectionModel reloaded;
        reloaded.open(m_window->session()->corpus(), m_window->session()->databasePath());
        QCOMPARE(reloaded.ids(), collection->ids());

        // Exporting from the collection list writes the whole collection.
        m_window->collectionView()->setFocus();
        m_window->collectionView()->clearSelection();
        QString description;
        QCOMPARE(m_window->exportCandidates(&description), collection->ids());
    }

    void reopeningShowsTheStoredCorpusAtOnce()
    {
        const qsizetype articles = m_window->session()->corpus()->size();
        QSignalSpy shown(m_window->session(), &models::CorpusSession::opened);
        QSignalSpy done(m_window.get(), &MainWindow::corpusOpened);
        int rowsWhenShown = -1;
        bool checkDoneWhenShown = true;
        const auto connection = connect(m_window->session(), &models::CorpusSession::opened, this, [&] {
            rowsWhenShown = m_window->timelinePane()->articleModel()->rowCount();
            checkDoneWhenShown = done.count() > 0;
        });
        m_window->openCorpus(QStringLiteral(ELSHI_SOURCE_DIR "/resources/sample-corpus"),
                             m_window->session()->databasePath());
        // Read in the worker, so not shown yet on return…
        QCOMPARE(shown.count(), 0);
        // …then shown from the database before the folder check ends…
        QVERIFY(done.wait(60000));
        disconnect(connection);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().at(1).toBool(), true);
        QVERIFY(!checkDoneWhenShown);
        QCOMPARE(rowsWhenShown, int(articles));
        // …and not reloaded when the check found nothing new.
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_window->session()->corpus()->size(), articles);
        QVERIFY(!m_window->isBusy());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(BrowseTest)
#include "browse_test.moc"
