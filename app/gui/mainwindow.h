#pragma once

// Elshi's main window: the timeline, people and full-text panes as docks around the article pane,
// the menus, the ingest progress in the status bar, and live language switching. Panes never
// talk to each other; they share the Navigator.

#include <core/languages.h>

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

class QListView;

namespace elshi::models {
class CollectionModel;
class CorpusSession;
class Navigator;
} // namespace elshi::models
namespace elshi::exporting {
struct ExportSelection;
}
namespace elshi::store {
struct IngestProgress;
struct IngestReport;
} // namespace elshi::store

namespace elshi::ui {

class ArticlePane;
class PeoplePane;
class SearchPane;
class TimelinePane;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches the UI language at once and remembers it; false for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_languages.current(); }

    // Reads folder (incrementally) and shows it; databasePath defaults to the cache directory.
    void openCorpus(const QString &folder, const QString &databasePath = {});
    bool isBusy() const;

    // What File → Export would write now: the selected search results when that list has the
    // focus or the only selection, else the selected timeline rows, else the open article.
    QList<qint64> exportCandidates(QString *description) const;
    // Writes ids to a PDF at path off the UI thread; emits exportFinished.
    void exportArticles(const QList<qint64> &ids, const QString &description, const QString &path);
    // A person's meetings table and articles as a PDF at path, off the UI thread; emits exportFinished.
    void exportPerson(qint64 entityId, const QString &path);

    // Renders the window, or one pane ("timeline", "people", "search", "article"), as it is now
    // into a PNG; false when the file cannot be written or the pane is unknown.
    bool saveScreenshot(const QString &file, const QString &pane = {});

    models::Navigator *navigator() const { return m_navigator; }
    models::CorpusSession *session() const { return m_session; }
    TimelinePane *timelinePane() const { return m_timelinePane; }
    SearchPane *searchPane() const { return m_searchPane; }
    ArticlePane *articlePane() const { return m_articlePane; }
    PeoplePane *peoplePane() const { return m_peoplePane; }
    models::CollectionModel *collection() const { return m_collection; }
    QListView *collectionView() const { return m_collectionView; }
    // Adds what Export would write now (see exportCandidates) to the collection; returns how many
    // articles were new.
    int addSelectionToCollection();

Q_SIGNALS:
    // The corpus is loaded and every pane shows it (also after a cancelled ingest).
    void corpusOpened();
    void corpusFailed(const QString &message);
    void exportFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void retranslate();
    void restoreWindowState();
    void chooseCorpusFolder();
    void showAbout();
    void exportSelection();
    void exportTable(bool meetings, bool json);
    void writeInBackground(const exporting::ExportSelection &selection, const QString &path);
    void onIngestProgress(const store::IngestProgress &progress, double secondsLeft);
    void onCorpusOpened(const store::IngestReport &report, bool rescanning);
    void finishIngest(const store::IngestReport &report);
    void onCorpusFailed(const QString &message);
    void rememberRecent(const QString &folder);
    void rebuildRecentMenu();
    void updateStatus();

    core::Languages m_languages;
    models::Navigator *m_navigator;
    models::CorpusSession *m_session;
    TimelinePane *m_timelinePane = nullptr;
    SearchPane *m_searchPane = nullptr;
    ArticlePane *m_articlePane = nullptr;
    PeoplePane *m_peoplePane = nullptr;
    models::CollectionModel *m_collection = nullptr;
    QListView *m_collectionView = nullptr;
    QDockWidget *m_collectionDock = nullptr;
    QAction *m_collectAction = nullptr;
    QAction *m_uncollectAction = nullptr;
    QAction *m_exportCollectionAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QMenu *m_tablesMenu = nullptr;
    QAction *m_meetingsCsvAction = nullptr;
    QAction *m_meetingsJsonAction = nullptr;
    QAction *m_peopleCsvAction = nullptr;
    QAction *m_peopleJsonAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_peopleDock = nullptr;
    QDockWidget *m_searchDock = nullptr;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QString m_progressText;
};

} // namespace elshi::ui
