// Drives the real main window offscreen: menus exist, the language switches live and is remembered.

#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
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

    void hasTheMenusAndPanes()
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Go"),
                              QStringLiteral("&Language"), QStringLiteral("&Help")}));
        QCOMPARE(dockTitles(window),
                 (QStringList{QStringLiteral("Collection (0)"), QStringLiteral("Full Text"), QStringLiteral("People"),
                              QStringLiteral("Timeline")}));
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

    void retranslatesEveryPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        // Every text a user sees in the panes before a corpus is open.
        auto texts = [&window] {
            QStringList all;
            for (QLabel *label : window.findChildren<QLabel *>())
                if (label->isVisible() && !label->text().isEmpty())
                    all << label->text();
            for (QLineEdit *edit : window.findChildren<QLineEdit *>())
                if (!edit->placeholderText().isEmpty())
                    all << edit->placeholderText();
            for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
                for (int i = 0; i < tabs->count(); ++i)
                    all << tabs->tabText(i);
            for (QComboBox *combo : window.findChildren<QComboBox *>())
                for (int i = 0; i < combo->count(); ++i)
                    all << combo->itemText(i);
            return all;
        };
        const QStringList english = texts();
        QVERIFY(english.size() >= 10);
        window.setLanguage(QStringLiteral("ru"));
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Файл"));
        const QStringList russian = texts();
        QCOMPARE(russian.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(russian.at(i) != english.at(i), qPrintable(QStringLiteral("not translated: ") + english.at(i)));
        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(texts(), english);
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
