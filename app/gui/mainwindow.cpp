#include "mainwindow.h"

#include "articlepane.h"
#include "peoplepane.h"
#include "searchpane.h"
#include "timelinepane.h"

#include <export/pdfexporter.h>
#include <export/selectionbuilder.h>
#include <export/tableexport.h>
#include <models/collectionmodel.h>
#include <models/corpussession.h>
#include <models/navigator.h>
#include <store/corpus.h>
#include <store/entitystore.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent>

namespace elshi::ui {

namespace {
constexpr int MaxRecent = 8;
const QString RecentKey = QStringLiteral("corpora/recent");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new models::Navigator(this))
    , m_session(new models::CorpusSession(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.elshi.Elshi.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setAcceptDrops(true);
    m_articlePane = new ArticlePane(m_navigator, this);
    setCentralWidget(m_articlePane);
    createActions();
    createMenus();
    createDocks();
    createStatusBar();

    connect(m_session, &models::CorpusSession::progressed, this, &MainWindow::onIngestProgress);
    connect(m_session, &models::CorpusSession::opened, this, &MainWindow::onCorpusOpened);
    connect(m_session, &models::CorpusSession::rescanned, this, &MainWindow::finishIngest);
    connect(m_session, &models::CorpusSession::failed, this, &MainWindow::onCorpusFailed);
    connect(m_navigator, &models::Navigator::historyChanged, this, [this] {
        m_backAction->setEnabled(m_navigator->canGoBack());
        m_forwardAction->setEnabled(m_navigator->canGoForward());
    });
    connect(m_navigator, &models::Navigator::dateFilterChanged, this, &MainWindow::updateStatus);

    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language"), core::Languages::systemDefault()).toString();
    if (!m_languages.install(language))
        m_languages.install(QStringLiteral("en"));
    retranslate();
    rebuildRecentMenu();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseCorpusFolder);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelection);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);

    m_backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString(), this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, m_navigator, &models::Navigator::goBack);
    m_forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), QString(), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, m_navigator, &models::Navigator::goForward);

    m_collectAction = new QAction(QIcon::fromTheme(QStringLiteral("bookmark-new")), QString(), this);
    m_collectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_collectAction->setEnabled(false);
    connect(m_collectAction, &QAction::triggered, this, &MainWindow::addSelectionToCollection);
    m_uncollectAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), QString(), this);
    m_uncollectAction->setShortcut(QKeySequence::Delete);
    m_uncollectAction->setShortcutContext(Qt::WidgetShortcut);
    m_exportCollectionAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportCollectionAction->setEnabled(false);

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : core::Languages::codes()) {
        auto *action = new QAction(core::Languages::nativeName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language-") + code);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportCollectionAction);
    m_tablesMenu = m_fileMenu->addMenu(QString());
    m_meetingsCsvAction = m_tablesMenu->addAction(QString(), this, [this] { exportTable(true, false); });
    m_meetingsJsonAction = m_tablesMenu->addAction(QString(), this, [this] { exportTable(true, true); });
    m_peopleCsvAction = m_tablesMenu->addAction(QString(), this, [this] { exportTable(false, false); });
    m_peopleJsonAction = m_tablesMenu->addAction(QString(), this, [this] { exportTable(false, true); });
    m_tablesMenu->setEnabled(false);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_findAction);
    m_goMenu->addAction(m_collectAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        m_viewMenu->addAction(dock->toggleViewAction());
        return dock;
    };
    m_timelinePane = new TimelinePane(m_navigator, this);
    m_searchPane = new SearchPane(m_navigator, this);
    m_peoplePane = new PeoplePane(m_navigator, this);
    m_timelineDock = makeDock(QStringLiteral("timelineDock"), m_timelinePane, Qt::LeftDockWidgetArea);
    m_peopleDock = makeDock(QStringLiteral("peopleDock"), m_peoplePane, Qt::LeftDockWidgetArea);
    m_searchDock = makeDock(QStringLiteral("searchDock"), m_searchPane, Qt::RightDockWidgetArea);
    m_collection = new models::CollectionModel(this);
    m_collectionView = new QListView(this);
    m_collectionView->setObjectName(QStringLiteral("collectionView"));
    m_collectionView->setModel(m_collection);
    m_collectionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_collectionView->setUniformItemSizes(true);
    m_collectionView->addAction(m_uncollectAction);
    m_collectionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_collectionView->addAction(m_exportCollectionAction);
    m_collectionDock = makeDock(QStringLiteral("collectionDock"), m_collectionView, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_searchDock, m_collectionDock);
    m_searchDock->raise();
    connect(m_collectionView, &QListView::activated, this, [this](const QModelIndex &index) {
        m_navigator->openArticle(index.data(models::CollectionModel::IdRole).toLongLong());
    });
    connect(m_uncollectAction, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &index : m_collectionView->selectionModel()->selectedRows())
            ids << index.data(models::CollectionModel::IdRole).toLongLong();
        m_collection->remove(ids);
    });
    connect(m_exportCollectionAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Collection as PDF"),
                                                          QDir::home().filePath(tr("elshi-collection.pdf")),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportArticles(m_collection->ids(), tr("Collection"), path);
    });
    connect(m_collection, &models::CollectionModel::changed, this, [this] {
        m_exportCollectionAction->setEnabled(m_collection->rowCount() > 0);
        m_collectionDock->setWindowTitle(tr("Collection (%1)").arg(QLocale().toString(m_collection->rowCount())));
    });
    splitDockWidget(m_timelineDock, m_peopleDock, Qt::Vertical);
    resizeDocks({m_timelineDock, m_searchDock}, {520, 380}, Qt::Horizontal);
    connect(m_peoplePane, &PeoplePane::exportMeetingsRequested, this, [this](qint64 id) {
        const auto person = m_peoplePane->entityStore() ? m_peoplePane->entityStore()->entity(id) : std::nullopt;
        if (!person)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Meetings as PDF"),
                                                          QDir::home().filePath(person->name + QStringLiteral(".pdf")),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPerson(id, path);
    });
    // Clicking a name in an article follows that person in the people pane.
    connect(m_navigator, &models::Navigator::currentEntityChanged, this, [this](qint64 id) {
        if (id >= 0) {
            m_peopleDock->show();
            m_peopleDock->raise();
        }
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchPane->focusSearch();
    });
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QToolButton::clicked, m_session, &models::CorpusSession::cancel);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_session->folder().isEmpty() ? tr("Elshi")
                                                 : tr("%1 — Elshi").arg(QDir::toNativeSeparators(m_session->folder())));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Corpus Folder…"));
    m_openAction->setStatusTip(tr("Read a folder of news files and browse it"));
    m_exportAction->setText(tr("&Export Selection as PDF…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find in Full Text"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_aboutAction->setText(tr("&About Elshi"));
    m_cancelButton->setToolTip(tr("Stop reading; what was read so far is kept"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_peopleDock->setWindowTitle(tr("People"));
    m_searchDock->setWindowTitle(tr("Full Text"));
    m_collectionDock->setWindowTitle(tr("Collection (%1)").arg(QLocale().toString(m_collection->rowCount())));
    m_collectAction->setText(tr("Add Selection to &Collection"));
    m_collectAction->setStatusTip(tr("Keep the selected articles in the collection, to read or export them together"));
    m_uncollectAction->setText(tr("Remove from Collection"));
    m_exportCollectionAction->setText(tr("Export &Collection as PDF…"));
    m_tablesMenu->setTitle(tr("Export &Tables"));
    m_meetingsCsvAction->setText(tr("All Meetings as CSV…"));
    m_meetingsJsonAction->setText(tr("All Meetings as JSON…"));
    m_peopleCsvAction->setText(tr("All People as CSV…"));
    m_peopleJsonAction->setText(tr("All People as JSON…"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.current());
    rebuildRecentMenu();
    updateStatus();
}

bool MainWindow::setLanguage(const QString &code)
{
    if (!m_languages.install(code))
        return false;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    // install() makes Qt post LanguageChange to every widget; changeEvent() retranslates.
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openCorpus(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::chooseCorpusFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"));
    if (!folder.isEmpty())
        openCorpus(folder);
}

bool MainWindow::isBusy() const
{
    return m_session->isBusy();
}

void MainWindow::openCorpus(const QString &folder, const QString &databasePath)
{
    if (m_session->isBusy()) {
        statusBar()->showMessage(tr("Still reading the previous corpus; cancel it first."), 5000);
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        onCorpusFailed(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_navigator->reset();
    m_exportAction->setEnabled(false);
    m_tablesMenu->setEnabled(false);
    m_peoplePane->setCorpus(nullptr);
    m_collection->open(nullptr, QString());
    m_collectAction->setEnabled(false);
    m_timelinePane->setCorpus(nullptr);
    m_articlePane->setCorpus(nullptr);
    m_searchPane->setDatabase(QString());
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_progressText = tr("Reading %1…").arg(QDir::toNativeSeparators(folder));
    updateStatus();
    m_session->open(folder, databasePath);
}

void MainWindow::onIngestProgress(const store::IngestProgress &progress, double secondsLeft)
{
    const QLocale locale;
    if (progress.stage == store::IngestProgress::Stage::BuildingIndexes) {
        m_progress->setRange(0, 0); // busy: nothing to count
        m_progressText = tr("Indexing people, places and meetings…");
        updateStatus();
        return;
    }
    if (progress.bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(progress.bytesDone) / double(progress.bytesTotal)));
    }
    QString text = tr("Reading: %1 of %2 files, %n article(s)", nullptr, int(progress.articlesAdded))
                       .arg(locale.toString(progress.filesDone), locale.toString(progress.filesTotal));
    if (secondsLeft >= 0)
        text += u' ' + tr("(about %n second(s) left)", nullptr, int(secondsLeft + 0.5));
    m_progressText = text;
    updateStatus();
}

void MainWindow::onCorpusOpened(const store::IngestReport &report, bool rescanning)
{
    const store::Corpus *corpus = m_session->corpus();
    m_timelinePane->setCorpus(corpus);
    m_articlePane->setCorpus(corpus);
    m_searchPane->setDatabase(m_session->databasePath());
    m_exportAction->setEnabled(corpus && corpus->size() > 0);
    m_peoplePane->setCorpus(corpus);
    m_articlePane->setEntityStore(m_peoplePane->entityStore());
    m_collection->open(corpus, m_session->databasePath());
    m_collectAction->setEnabled(corpus != nullptr);
    m_tablesMenu->setEnabled(corpus != nullptr);
    if (rescanning) {
        // The stored corpus is on show; the folder is still being checked for changes.
        m_progressText = tr("Checking %1 for changes…").arg(QDir::toNativeSeparators(m_session->folder()));
        updateStatus();
        return;
    }
    finishIngest(report);
}

void MainWindow::finishIngest(const store::IngestReport &report)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_progressText.clear();
    rememberRecent(m_session->folder());
    retranslate();
    if (report.cancelled)
        statusBar()->showMessage(tr("Reading was cancelled; the articles read so far are shown."), 8000);
    if (!report.failures.isEmpty()) {
        QStringList lines;
        for (const auto &failure : report.failures)
            lines << failure.toString();
        QMessageBox box(
            QMessageBox::Warning, tr("Some files could not be read"),
            tr("%n file(s) could not be read; everything else was imported.", nullptr, int(report.failures.size())),
            QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.setWindowModality(Qt::WindowModal);
        if (!QApplication::platformName().startsWith(u"offscreen"))
            box.exec();
    }
    Q_EMIT corpusOpened();
}

void MainWindow::onCorpusFailed(const QString &message)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_progressText.clear();
    updateStatus();
    if (!QApplication::platformName().startsWith(u"offscreen"))
        QMessageBox::warning(this, tr("Cannot open the corpus"), message);
    Q_EMIT corpusFailed(message);
}

void MainWindow::updateStatus()
{
    if (!m_progressText.isEmpty()) {
        m_statusLabel->setText(m_progressText);
        return;
    }
    const store::Corpus *corpus = m_session->corpus();
    if (!corpus) {
        m_statusLabel->setText(tr("No corpus open. Use File → Open Corpus Folder… or drop a folder here."));
        return;
    }
    m_statusLabel->setText(tr("%n article(s) in the corpus", nullptr, int(corpus->size())));
}

void MainWindow::rememberRecent(const QString &folder)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &folder : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(folder));
        connect(action, &QAction::triggered, this, [this, folder] { openCorpus(folder); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

int MainWindow::addSelectionToCollection()
{
    QString description;
    const int added = m_collection->add(exportCandidates(&description));
    statusBar()->showMessage(tr("%n article(s) added to the collection", nullptr, added), 5000);
    return added;
}

QList<qint64> MainWindow::exportCandidates(QString *description) const
{
    if (m_collectionView->hasFocus()) {
        QList<qint64> ids;
        for (const QModelIndex &index : m_collectionView->selectionModel()->selectedRows())
            ids << index.data(models::CollectionModel::IdRole).toLongLong();
        if (ids.isEmpty())
            ids = m_collection->ids();
        *description = tr("Collection");
        return ids;
    }
    const QList<qint64> found = m_searchPane->selectedArticleIds();
    const QList<qint64> listed = m_timelinePane->selectedArticleIds();
    const bool searchFocused = m_searchPane->isAncestorOf(QApplication::focusWidget());
    if (!found.isEmpty() && (searchFocused || listed.isEmpty())) {
        *description = tr("Search: %1").arg(m_searchPane->query());
        return found;
    }
    if (!listed.isEmpty()) {
        const models::DateFilter filter = m_navigator->dateFilter();
        *description = filter.from.isValid() ? tr("Dates: %1 – %2")
                                                   .arg(QLocale().toString(filter.from, QLocale::ShortFormat),
                                                        QLocale().toString(filter.to, QLocale::ShortFormat))
                                             : tr("Selected articles");
        return listed;
    }
    const qint64 open = m_navigator->current().articleId;
    if (open >= 0) {
        *description = tr("The article being read");
        return {open};
    }
    return {};
}

void MainWindow::exportSelection()
{
    QString description;
    const QList<qint64> ids = exportCandidates(&description);
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to export"),
                                 tr("Select articles in the timeline list or in the search results (Ctrl+click or "
                                    "Shift+click for several), then export again."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Selection as PDF"), QDir::home().filePath(tr("elshi-export.pdf")),
                                     tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportArticles(ids, description, path);
}

void MainWindow::exportArticles(const QList<qint64> &ids, const QString &description, const QString &path)
{
    const store::Corpus *corpus = m_session->corpus();
    if (!corpus)
        return;
    // Records come from this thread's connection; laying out and writing the PDF does not.
    exporting::SelectionBuilder builder(*corpus);
    builder.setEntityStore(m_peoplePane->entityStore());
    builder.addArticles(ids);
    exporting::ExportSelection selection = builder.selection();
    selection.title = tr("Elshi: %n article(s)", nullptr, int(selection.articles.size()));
    selection.criteria = {description, tr("Corpus: %1").arg(QDir::toNativeSeparators(m_session->folder()))};
    writeInBackground(selection, path);
}

void MainWindow::exportPerson(qint64 entityId, const QString &path)
{
    const store::Corpus *corpus = m_session->corpus();
    const store::EntityStore *entities = m_peoplePane->entityStore();
    const auto person = entities ? entities->entity(entityId) : std::nullopt;
    if (!corpus || !person)
        return;
    exporting::SelectionBuilder builder(*corpus);
    builder.setEntityStore(entities);
    builder.addPerson(entityId);
    exporting::ExportSelection selection = builder.selection();
    selection.title = tr("Meetings of %1").arg(person->name);
    QStringList aliases;
    for (const auto &alias : entities->aliases(entityId))
        aliases << alias.alias;
    selection.criteria = {tr("Person: %1").arg(aliases.join(QStringLiteral(" · "))),
                          tr("Corpus: %1").arg(QDir::toNativeSeparators(m_session->folder()))};
    writeInBackground(selection, path);
}

void MainWindow::writeInBackground(const exporting::ExportSelection &selection, const QString &path)
{
    m_exportAction->setEnabled(false);
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher, path] {
        const core::Status status = watcher->result();
        watcher->deleteLater();
        m_exportAction->setEnabled(m_session->corpus() != nullptr);
        const QString error = status.ok() ? QString() : status.error().toString();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
        else if (!QApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::warning(this, tr("Export failed"), error);
        Q_EMIT exportFinished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([selection, path] { return exporting::PdfExporter::write(selection, path); }));
}

void MainWindow::exportTable(bool meetings, bool json)
{
    const store::Corpus *corpus = m_session->corpus();
    const store::EntityStore *entities = m_peoplePane->entityStore();
    if (!corpus || !entities)
        return;
    const QString suggested =
        (meetings ? tr("meetings") : tr("people")) + (json ? QStringLiteral(".json") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir::home().filePath(suggested),
                                                      json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto format = json ? exporting::TableExport::Format::Json : exporting::TableExport::Format::Csv;
    const core::Status status = meetings ? exporting::TableExport::writeMeetings(*entities, *corpus, 0, format, path)
                                         : exporting::TableExport::writePeople(*entities, format, path);
    if (status.ok())
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::warning(this, tr("Export failed"), status.error().toString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Elshi"),
                       tr("<h3>Elshi %1</h3><p>Browse news about Kazakhstan's diplomacy by date, people and "
                          "meetings, in Kazakh, Russian and English.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::saveScreenshot(const QString &file, const QString &pane)
{
    QWidget *widget = this;
    if (pane == u"timeline")
        widget = m_timelineDock;
    else if (pane == u"people")
        widget = m_peopleDock;
    else if (pane == u"search")
        widget = m_searchDock;
    else if (pane == u"article")
        widget = m_articlePane;
    else if (!pane.isEmpty())
        return false;
    return widget->grab().save(file, "PNG");
}

} // namespace elshi::ui
