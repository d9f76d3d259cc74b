#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace elshi::ui {

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
        QStringLiteral("screenshot"), QApplication::translate("elshi::ui", "Render the main window to a PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("elshi::ui", "User-interface language: kk, ru or en."),
                                      QStringLiteral("code"));
    parser.addOption(screenshot);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("corpus"),
                                 QApplication::translate("elshi::ui", "Corpus folder to open."));
    parser.process(app);

    MainWindow window;
    if (parser.isSet(language) && !window.setLanguage(parser.value(language))) {
        std::fprintf(stderr, "elshi: unknown language '%s' (use kk, ru or en)\n", qPrintable(parser.value(language)));
        return 2;
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&] {
            if (!window.saveScreenshot(file)) {
                std::fprintf(stderr, "elshi: cannot write %s\n", qPrintable(file));
                app.exit(1);
                return;
            }
            app.quit();
        });
    }
    return app.exec();
}

} // namespace elshi::ui
