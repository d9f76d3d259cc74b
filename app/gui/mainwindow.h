#pragma once

// Elshi's main window: the timeline, people and full-text panes as docks around the reader,
// the menus, and live language switching. Panes never talk to each other directly; they share
// the window's selection state.

#include <core/languages.h>

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace elshi::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches the UI language at once and remembers it; false for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_languages.current(); }

    // Renders the window as it is now into a PNG; false when the file cannot be written.
    bool saveScreenshot(const QString &file);

Q_SIGNALS:
    void openCorpusRequested(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void restoreWindowState();
    void chooseCorpusFolder();
    void showAbout();

    core::Languages m_languages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_peopleDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QLabel *m_timelineEmpty = nullptr;
    QLabel *m_peopleEmpty = nullptr;
    QLabel *m_searchEmpty = nullptr;
    QLabel *m_readerEmpty = nullptr;
};

} // namespace elshi::ui
