// The browser issue's acceptance on the real seeds, driven through the real window offscreen:
// find Roman Vassilenko by typing, see exactly his two meetings, open one at its sentence, check
// it in the Source tab, and export his meetings to a PDF whose text pdftotext extracts.

#include "articlepane.h"
#include "mainwindow.h"
#include "peoplepane.h"
#include "readerview.h"
#include "sourceview.h"

#include <models/corpussession.h>
#include <models/entityarticlesmodel.h>
#include <models/meetingsmodel.h>
#include <models/navigator.h>
#include <store/corpus.h>

#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace elshi;
using elshi::ui::MainWindow;

class SeedsPeopleTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    qint64 findVassilenko()
    {
        ui::PeoplePane *people = m_window->peoplePane();
        people->filterBox()->clear();
        QTest::keyClicks(people->filterBox(), QStringLiteral("vassilenko"));
        QTreeView *list = people->entityView();
        if (list->model()->rowCount() != 1)
            return -1;
        const QModelIndex row = list->model()->index(0, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        return people->selectedEntity();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString seeds = qEnvironmentVariable("ELSHI_SEEDS");
        if (seeds.isEmpty())
            QSKIP("ELSHI_SEEDS is not set");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setLanguage(QStringLiteral("en"));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::corpusOpened);
        m_window->openCorpus(seeds, m_dir.filePath(QStringLiteral("seeds.sqlite")));
        QVERIFY(opened.wait(120000));
    }

    void vassilenkoHasExactlyTwoMeetings()
    {
        QVERIFY(findVassilenko() > 0);
        models::MeetingsModel *meetings = m_window->peoplePane()->meetingModel();
        QCOMPARE(meetings->rowCount(), 2);
        QStringList counterparts;
        for (int row = 0; row < 2; ++row)
            counterparts << meetings->counterparts(row);
        counterparts.sort();
        QCOMPARE(counterparts, (QStringList{QStringLiteral("Jose Ataide Amaral"), QStringLiteral("Toomas Tirs")}));
        // Newest last: 4 March 2024, then 6 March 2024.
        QCOMPARE(meetings->meeting(0).date.toIso(), QStringLiteral("2024-03-04"));
        QCOMPARE(meetings->meeting(1).date.toIso(), QStringLiteral("2024-03-06"));
    }

    void filterMatchesAnyScript()
    {
        ui::PeoplePane *people = m_window->peoplePane();
        // Cyrillic typed, Latin stored: Нуртлеу finds Murat Nurtleu.
        people->filterBox()->setText(QStringLiteral("Нуртлеу"));
        QTreeView *list = people->entityView();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Murat Nurtleu"));
        people->filterBox()->clear();
        QVERIFY(list->model()->rowCount() > 10);
    }

    void doubleClickOpensTheEvidenceSentence()
    {
        QVERIFY(findVassilenko() > 0);
        QTreeView *table = m_window->peoplePane()->meetingView();
        const QModelIndex second = table->model()->index(1, models::MeetingsModel::CounterpartsColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        ui::ReaderView *reader = m_window->articlePane()->reader();
        QTRY_VERIFY(reader->content().evidenceStart >= 0);
        const auto &content = reader->content();
        const QString sentence = content.body.mid(content.evidenceStart, content.evidenceEnd - content.evidenceStart);
        QVERIFY2(sentence.contains(QStringLiteral("Tirs")), qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("Vassilenko")));
        // The Source tab holds the same article in its raw file.
        QVERIFY(m_window->articlePane()->source()->articleText().contains(QStringLiteral("Toomas Tirs")));
        QCOMPARE(m_window->navigator()->current().evidenceStart, content.evidenceStart);
    }

    void hisArticlesAreListedByDateAndOpenOnClick()
    {
        QVERIFY(findVassilenko() > 0);
        ui::PeoplePane *people = m_window->peoplePane();
        models::EntityArticlesModel *articles = people->articleModel();
        QVERIFY(articles->rowCount() >= 2);
        // Dated oldest first: each row's text starts with its date, and the rows are in the
        // corpus's date order.
        const store::Corpus *corpus = m_window->session()->corpus();
        for (int row = 1; row < articles->rowCount(); ++row)
            QVERIFY(corpus->rowOf(articles->articleId(row - 1)) < corpus->rowOf(articles->articleId(row)));
        QListView *list = people->articleView();
        people->findChild<QTabWidget *>()->setCurrentWidget(list);
        // Start from another article, so only the click can bring the last one up.
        m_window->navigator()->openArticle(articles->articleId(0));
        QTRY_COMPARE(m_window->articlePane()->reader()->articleId(), articles->articleId(0));
        const QModelIndex last = articles->index(articles->rowCount() - 1);
        list->scrollTo(last);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(last).center());
        QTRY_COMPARE(m_window->articlePane()->reader()->articleId(), articles->articleId(last.row()));
        QVERIFY(m_window->articlePane()->reader()->toPlainText().contains(QStringLiteral("Vassilenko")));
    }

    void exportsHisMeetingsToPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const qint64 id = findVassilenko();
        QVERIFY(id > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("vassilenko.pdf"));
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        m_window->exportPerson(id, pdf);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(QStringLiteral("Meetings of Roman Vassilenko")));
        QVERIFY(text.contains(QStringLiteral("Toomas Tirs")));
        QVERIFY(text.contains(QStringLiteral("Jose Ataide Amaral")));
        QVERIFY2(text.contains(QStringLiteral("Kazakhstan and Estonia Reaffirm Commitment")),
                 qPrintable(text.left(3000)));
    }

    void clickingANameInTheReaderSelectsThePerson()
    {
        // Whatever is open, activating an entity link follows it in the people pane.
        const qint64 id = findVassilenko();
        m_window->peoplePane()->filterBox()->clear();
        m_window->navigator()->setCurrentEntity(-1);
        Q_EMIT m_window->articlePane()->reader()->entityActivated(id);
        QTRY_COMPARE(m_window->peoplePane()->selectedEntity(), id);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(SeedsPeopleTest)
#include "seedspeople_test.moc"
