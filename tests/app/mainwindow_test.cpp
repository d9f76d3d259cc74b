// Drives the real main window offscreen: menus exist, the language switches live and is remembered.

#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using elshi::ui::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT
private:
    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }
    static QStringList dockTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            titles << dock->windowTitle();
        titles.sort();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void hasTheMenusAndThreePanes()
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Go"),
                              QStringLiteral("&Language"), QStringLiteral("&Help")}));
        QCOMPARE(dockTitles(window),
                 (QStringList{QStringLiteral("Full Text"), QStringLiteral("People"), QStringLiteral("Timeline")}));
        auto *language = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QStringList names;
        for (QAction *action : language->actions())
            names << action->text();
        QCOMPARE(names, (QStringList{QStringLiteral("Қазақша"), QStringLiteral("Русский"), QStringLiteral("English")}));
    }

    void switchesLanguageLive()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setLanguage(QStringLiteral("en")));
        const QStringList english = menuTitles(window);
        const QStringList englishDocks = dockTitles(window);

        // Triggered through the menu action, exactly as a user would.
        window.findChild<QAction *>(QStringLiteral("language-kk"))->trigger();
        QCOMPARE(window.language(), QStringLiteral("kk"));
        // Qt posts LanguageChange to every widget; the window retranslates when it arrives.
        QTRY_COMPARE(menuTitles(window).at(3), QStringLiteral("&Тіл"));
        const QStringList kazakh = menuTitles(window);
        QCOMPARE(kazakh.first(), QStringLiteral("&Файл"));
        QVERIFY(dockTitles(window) != englishDocks);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("language-kk"))->isChecked());

        window.findChild<QAction *>(QStringLiteral("language-ru"))->trigger();
        QTRY_COMPARE(menuTitles(window).at(3), QStringLiteral("&Язык"));
        const QStringList russian = menuTitles(window);
        QCOMPARE(russian.last(), QStringLiteral("&Справка"));
        QVERIFY(russian != kazakh);

        window.findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QTRY_COMPARE(menuTitles(window), english);
        QCOMPARE(dockTitles(window), englishDocks);
    }

    void remembersLanguage()
    {
        {
            MainWindow window;
            window.setLanguage(QStringLiteral("ru"));
        }
        MainWindow again;
        QCOMPARE(again.language(), QStringLiteral("ru"));
        QCOMPARE(menuTitles(again).first(), QStringLiteral("&Файл"));
        again.setLanguage(QStringLiteral("en"));
    }

    void rejectsUnknownLanguage()
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("en"));
        QVERIFY(!window.setLanguage(QStringLiteral("xx")));
        QCOMPARE(window.language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
