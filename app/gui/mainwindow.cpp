#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace elshi::ui {

namespace {
QLabel *emptyState(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.elshi.Elshi.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_readerEmpty = emptyState(this);
    setCentralWidget(m_readerEmpty);
    createActions();
    createMenus();
    createDocks();
    statusBar();
    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language"), core::Languages::systemDefault()).toString();
    if (!m_languages.install(language))
        m_languages.install(QStringLiteral("en"));
    retranslate();
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

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

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
    m_timelineEmpty = emptyState(this);
    m_peopleEmpty = emptyState(this);
    m_searchEmpty = emptyState(this);
    m_timelineDock = makeDock(QStringLiteral("timelineDock"), m_timelineEmpty, Qt::TopDockWidgetArea);
    m_peopleDock = makeDock(QStringLiteral("peopleDock"), m_peopleEmpty, Qt::LeftDockWidgetArea);
    m_searchDock = makeDock(QStringLiteral("searchDock"), m_searchEmpty, Qt::RightDockWidgetArea);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Elshi"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Corpus Folder…"));
    m_openAction->setStatusTip(tr("Read a folder of news files and browse it"));
    m_exportAction->setText(tr("&Export Selection as PDF…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Elshi"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_peopleDock->setWindowTitle(tr("People"));
    m_searchDock->setWindowTitle(tr("Full Text"));
    m_timelineEmpty->setText(tr("Open a corpus folder (Ctrl+O) to see its articles by date."));
    m_peopleEmpty->setText(tr("People, organisations and places named in the articles appear here."));
    m_searchEmpty->setText(tr("Search the full text in Kazakh, Russian and English."));
    m_readerEmpty->setText(tr("Select an article to read it here."));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.current());
}

bool MainWindow::setLanguage(const QString &code)
{
    if (!m_languages.install(code))
        return false;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    // install() makes Qt send LanguageChange to every widget; changeEvent() retranslates.
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
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseCorpusFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"));
    if (!folder.isEmpty())
        Q_EMIT openCorpusRequested(folder);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Elshi"),
                       tr("<h3>Elshi %1</h3><p>Browse news about Kazakhstan's diplomacy by date, people and "
                          "meetings, in Kazakh, Russian and English.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::saveScreenshot(const QString &file)
{
    return grab().save(file, "PNG");
}

} // namespace elshi::ui
