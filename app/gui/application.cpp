#include "application.h"

#include "mainwindow.h"
#include "peoplepane.h"
#include "searchpane.h"
#include "timelinepane.h"

#include <models/articlelistmodel.h>
#include <models/meetingsmodel.h>
#include <models/navigator.h>
#include <store/entitystore.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace elshi::ui {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "elshi: %s\n", qUtf8Printable(message));
}

// For --screenshot: something to read and something found, so every pane shows content.
void stageForScreenshot(MainWindow &window, const QString &query)
{
    QTableView *articles = window.timelinePane()->articleView();
    if (articles->model()->rowCount() > 0)
        articles->setCurrentIndex(articles->model()->index(0, 0));
    // The person with the most meetings, so the meetings table has rows; their first meeting open
    // at its sentence in the reader.
    PeoplePane *people = window.peoplePane();
    const store::EntityStore *entities = people->entityStore();
    if (entities) {
        qint64 best = -1;
        qsizetype most = 0;
        int looked = 0;
        entities->forEachEntity(entities::EntityType::Person, [&](const store::EntityRecord &person) {
            const qsizetype meetings = entities->meetingCount(person.id);
            if (meetings > most) {
                most = meetings;
                best = person.id;
            }
            return ++looked < 200;
        });
        if (best >= 0 && people->selectEntity(best) && people->meetingModel()->rowCount() > 0) {
            const store::MeetingRecord &first = people->meetingModel()->meeting(0);
            window.navigator()->openArticle(first.articleId, first.evidenceStart, first.evidenceEnd);
        }
    }
    if (!query.isEmpty())
        window.searchPane()->searchBox()->setText(query);
}

} // namespace

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("elshi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Elshi"));
    QApplication::setOrganizationName(QStringLiteral("Elshi"));
    QApplication::setApplicationVersion(QStringLiteral(ELSHI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.elshi.Elshi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("elshi::ui", "Browse news about Kazakhstan's diplomacy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("elshi::ui", "Render the main window, with its corpus loaded, to a PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("elshi::ui", "User-interface language: kk, ru or en."),
                                      QStringLiteral("code"));
    const QCommandLineOption database(
        QStringLiteral("db"), QApplication::translate("elshi::ui", "Database file (default: in the cache directory)."),
        QStringLiteral("file"));
    const QCommandLineOption pane(
        QStringLiteral("pane"),
        QApplication::translate("elshi::ui",
                                "With --screenshot: only this pane (timeline, people, search or article)."),
        QStringLiteral("name"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QApplication::translate("elshi::ui", "Start with this full-text query."),
                                    QStringLiteral("query"));
    parser.addOptions({screenshot, pane, language, database, search});
    parser.addPositionalArgument(QStringLiteral("corpus"),
                                 QApplication::translate("elshi::ui", "Corpus folder to open."));
    parser.process(app);

    MainWindow window;
    if (parser.isSet(language) && !window.setLanguage(parser.value(language))) {
        fail(QStringLiteral("unknown language '%1' (use kk, ru or en)").arg(parser.value(language)));
        return 2;
    }
    window.show();
    const QStringList corpora = parser.positionalArguments();
    if (parser.isSet(search))
        window.searchPane()->searchBox()->setText(parser.value(search));

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString query = parser.value(search);
        const QString paneName = parser.value(pane);
        auto shoot = [&app, &window, file, paneName] {
            // Let the search worker answer and the views lay out before grabbing.
            QTimer::singleShot(1500, &window, [&app, &window, file, paneName] {
                if (!window.saveScreenshot(file, paneName)) {
                    fail(QStringLiteral("cannot write %1").arg(file));
                    app.exit(1);
                    return;
                }
                app.quit();
            });
        };
        if (corpora.isEmpty()) {
            shoot();
        } else {
            QObject::connect(&window, &MainWindow::corpusOpened, &window, [&window, query, shoot] {
                stageForScreenshot(window, query);
                shoot();
            });
            QObject::connect(&window, &MainWindow::corpusFailed, &window, [&app](const QString &message) {
                fail(message);
                app.exit(1);
            });
        }
    }
    if (!corpora.isEmpty())
        window.openCorpus(corpora.first(), parser.value(database));
    return app.exec();
}

} // namespace elshi::ui
