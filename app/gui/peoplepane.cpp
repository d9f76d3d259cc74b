#include "peoplepane.h"

#include "readerview.h"

#include <entities/titlenames.h>
#include <models/entityarticlesmodel.h>
#include <models/entitylistmodel.h>
#include <models/meetingsmodel.h>
#include <models/navigator.h>
#include <store/corpus.h>
#include <store/entitystore.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace elshi::ui {

using entities::EntityType;

namespace {
// Posts are stored under canonical English names; show them as the UI language writes them.
QString uiLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Kazakh:
        return QStringLiteral("kk");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

// The kinds the combo offers, in order; nullopt is "all kinds".
const std::optional<EntityType> Kinds[] = {EntityType::Person, EntityType::Org,      EntityType::Country,
                                           EntityType::City,   EntityType::Location, std::nullopt};
} // namespace

PeoplePane::PeoplePane(models::Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_entities(new QTreeView(this))
    , m_listModel(new models::EntityListModel(this))
    , m_filterModel(new models::EntityFilterModel(this))
    , m_heading(new QLabel(this))
    , m_roles(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_meetings(new QTreeView(this))
    , m_meetingModel(new models::MeetingsModel(this))
    , m_articles(new QListView(this))
    , m_articleModel(new models::EntityArticlesModel(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setClearButtonEnabled(true);
    for (int i = 0; i < int(std::size(Kinds)); ++i)
        m_kind->addItem(QString());

    m_filterModel->setSourceModel(m_listModel);
    m_entities->setObjectName(QStringLiteral("entityList"));
    m_entities->setModel(m_filterModel);
    m_entities->setRootIsDecorated(false);
    m_entities->setUniformRowHeights(true);
    m_entities->setSortingEnabled(true);
    m_entities->sortByColumn(models::EntityListModel::ArticlesColumn, Qt::DescendingOrder);
    m_entities->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entities->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entities->header()->setSectionResizeMode(models::EntityListModel::NameColumn, QHeaderView::Stretch);
    m_entities->header()->setStretchLastSection(false);

    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roles->setWordWrap(true);
    m_roles->setTextFormat(Qt::RichText);
    m_roles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meetings->setObjectName(QStringLiteral("meetingTable"));
    m_meetings->setModel(m_meetingModel);
    m_meetings->setRootIsDecorated(false);
    m_meetings->setAllColumnsShowFocus(true);
    m_meetings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_meetings->header()->resizeSection(models::MeetingsModel::DateColumn, 95);
    m_meetings->header()->resizeSection(models::MeetingsModel::CounterpartsColumn, 180);
    m_articles->setObjectName(QStringLiteral("personArticles"));
    m_articles->setModel(m_articleModel);
    m_articles->setUniformItemSizes(true);
    m_tabs->addTab(m_meetings, QString());
    m_tabs->addTab(m_articles, QString());

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportMeetings"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        if (m_selected >= 0)
            Q_EMIT exportMeetingsRequested(m_selected);
    });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_kind);
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_entities);
    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(exportButton);
    detailsLayout->addLayout(headingRow);
    detailsLayout->addWidget(m_roles);
    detailsLayout->addWidget(m_tabs, 1);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &models::EntityFilterModel::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reloadList(); });
    connect(m_entities->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_listModel->entityId(m_filterModel->mapToSource(current));
                if (id >= 0 && id != m_selected) {
                    showEntity(id);
                    m_navigator->setCurrentEntity(id);
                }
            });
    connect(m_entities, &QTreeView::customContextMenuRequested, this, &PeoplePane::showContextMenu);
    connect(m_meetings, &QTreeView::doubleClicked, this, &PeoplePane::openMeeting);
    connect(m_meetings, &QTreeView::activated, this, &PeoplePane::openMeeting);
    const auto openArticle = [this](const QModelIndex &index) {
        if (const qint64 id = m_articleModel->articleId(index.row()); id >= 0)
            m_navigator->openArticle(id);
    };
    connect(m_articles, &QListView::activated, this, openArticle);
    connect(m_articles, &QListView::clicked, this, openArticle);
    connect(m_navigator, &models::Navigator::currentEntityChanged, this, [this](qint64 id) {
        if (id >= 0 && id != m_selected)
            selectEntity(id);
    });
    retranslate();
}

PeoplePane::~PeoplePane() = default;

void PeoplePane::setCorpus(const store::Corpus *corpus)
{
    m_corpus = corpus;
    m_selected = -1;
    m_meetingModel->clear();
    m_articleModel->clear();
    m_store = corpus ? std::make_unique<store::EntityStore>(corpus->database()) : nullptr;
    reloadList();
    m_stack->setCurrentIndex(corpus ? 1 : 0);
    showEntity(-1);
}

void PeoplePane::reloadList()
{
    const int kind = std::clamp(m_kind->currentIndex(), 0, int(std::size(Kinds)) - 1);
    m_listModel->load(m_store.get(), Kinds[kind]);
    if (m_selected >= 0) {
        const QModelIndex index = m_filterModel->mapFromSource(m_listModel->indexOfEntity(m_selected));
        if (index.isValid())
            m_entities->setCurrentIndex(index);
    }
}

bool PeoplePane::selectEntity(qint64 id)
{
    if (!m_store)
        return false;
    QModelIndex source = m_listModel->indexOfEntity(id);
    if (!source.isValid()) {
        m_kind->setCurrentIndex(int(std::size(Kinds)) - 1); // all kinds
        source = m_listModel->indexOfEntity(id);
    }
    if (!source.isValid())
        return false;
    QModelIndex index = m_filterModel->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_filterModel->mapFromSource(source);
    }
    m_entities->setCurrentIndex(index);
    m_entities->scrollTo(index);
    showEntity(id);
    return true;
}

void PeoplePane::showEntity(qint64 id)
{
    m_selected = id;
    const auto entity = (m_store && id >= 0) ? m_store->entity(id) : std::nullopt;
    if (!entity) {
        m_heading->setText(QString());
        m_roles->setText(tr("Select a person to see their roles, meetings and articles."));
        m_meetingModel->clear();
        m_articleModel->clear();
        retranslate();
        return;
    }
    QStringList aliasNames;
    for (const auto &alias : m_store->aliases(id))
        if (alias.alias != entity->name)
            aliasNames << alias.alias;
    QString heading = QStringLiteral("<b>%1</b>").arg(entity->name.toHtmlEscaped());
    if (!aliasNames.isEmpty())
        heading += QStringLiteral("<br/><small>%1</small>").arg(aliasNames.join(QStringLiteral(" · ")).toHtmlEscaped());
    m_heading->setText(heading);

    QStringList roles;
    for (const auto &role : m_store->rolesOf(id)) {
        QString text = entities::localizedTitle(role.title, uiLanguage());
        if (!role.country.isEmpty())
            text += QStringLiteral(", ") + entities::localizedCountry(role.country, uiLanguage());
        if (!role.to.isEmpty())
            text += QStringLiteral(" → ") + entities::localizedCountry(role.to, uiLanguage());
        QString when;
        if (role.first.isValid())
            when = role.first == role.last
                ? ReaderView::formatDate(role.first)
                : tr("%1 – %2").arg(ReaderView::formatDate(role.first), ReaderView::formatDate(role.last));
        roles << (when.isEmpty() ? text.toHtmlEscaped()
                                 : QStringLiteral("%1 <span style='color:gray'>(%2)</span>")
                                       .arg(text.toHtmlEscaped(), when.toHtmlEscaped()));
    }
    m_roles->setText(roles.isEmpty() ? tr("No role stated in the articles.") : roles.join(QStringLiteral("<br/>")));

    m_meetingModel->setPerson(m_store.get(), id, m_corpus);
    m_articleModel->setEntity(m_store.get(), id, m_corpus);
    retranslate();
}

void PeoplePane::openMeeting(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_navigator->openArticle(index.data(models::MeetingsModel::ArticleIdRole).toLongLong(),
                             index.data(models::MeetingsModel::EvidenceStartRole).toInt(),
                             index.data(models::MeetingsModel::EvidenceEndRole).toInt());
}

bool PeoplePane::renameEntity(qint64 id, const QString &name, QString *error)
{
    const auto status = m_store ? m_store->rename(id, name) : core::Status(core::Error{tr("No corpus is open.")});
    if (!status.ok()) {
        if (error)
            *error = status.error().toString();
        return false;
    }
    reloadList();
    showEntity(id);
    return true;
}

bool PeoplePane::mergeEntities(qint64 into, qint64 from, QString *error)
{
    const auto status = m_store ? m_store->merge(into, from) : core::Status(core::Error{tr("No corpus is open.")});
    if (!status.ok()) {
        if (error)
            *error = status.error().toString();
        return false;
    }
    m_selected = -1;
    reloadList();
    selectEntity(into);
    return true;
}

void PeoplePane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_entities->indexAt(pos);
    if (!index.isValid() || !m_store)
        return;
    const qint64 id = m_listModel->entityId(m_filterModel->mapToSource(index));
    const QString name = index.siblingAtColumn(models::EntityListModel::NameColumn).data().toString();
    QList<qint64> selected;
    for (const QModelIndex &row : m_entities->selectionModel()->selectedRows())
        selected << m_listModel->entityId(m_filterModel->mapToSource(row));

    QMenu menu(this);
    QAction *rename = menu.addAction(tr("Rename…"));
    QAction *merge = menu.addAction(tr("Merge Selected into “%1”").arg(name));
    merge->setEnabled(selected.size() > 1 && selected.contains(id));
    QMenu *split = menu.addMenu(tr("Split Off Alias"));
    const auto aliases = m_store->aliases(id);
    for (const auto &alias : aliases) {
        QAction *action = split->addAction(alias.alias);
        action->setData(alias.alias);
    }
    split->setEnabled(aliases.size() > 1);
    QAction *exportMeetings = menu.addAction(tr("Export Meetings…"));

    QAction *chosen = menu.exec(m_entities->viewport()->mapToGlobal(pos));
    if (!chosen)
        return;
    QString error;
    if (chosen == rename) {
        bool ok = false;
        const QString newName = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal, name, &ok);
        if (ok && !newName.trimmed().isEmpty() && !renameEntity(id, newName.trimmed(), &error))
            QMessageBox::warning(this, tr("Cannot rename"), error);
    } else if (chosen == merge) {
        for (const qint64 other : std::as_const(selected))
            if (other != id && !mergeEntities(id, other, &error)) {
                QMessageBox::warning(this, tr("Cannot merge"), error);
                break;
            }
    } else if (chosen == exportMeetings) {
        Q_EMIT exportMeetingsRequested(id);
    } else if (chosen->parent() == split) {
        const auto created = m_store->split(id, chosen->data().toString());
        if (!created.ok()) {
            QMessageBox::warning(this, tr("Cannot split"), created.error().toString());
        } else {
            reloadList();
            selectEntity(created.value());
        }
    }
}

void PeoplePane::retranslate()
{
    m_empty->setText(tr("People, organisations and places named in the articles appear here."));
    m_filter->setPlaceholderText(tr("Filter names in any script"));
    const QString labels[] = {tr("People"), tr("Organisations"), tr("Countries"),
                              tr("Cities"), tr("Places"),        tr("All kinds")};
    for (int i = 0; i < int(std::size(labels)); ++i)
        m_kind->setItemText(i, labels[i]);
    m_tabs->setTabText(0, tr("Meetings (%1)").arg(QLocale().toString(m_meetingModel->totalCount())));
    m_tabs->setTabText(1, tr("Articles (%1)").arg(QLocale().toString(m_articleModel->rowCount())));
    if (m_selected < 0)
        m_roles->setText(tr("Select a person to see their roles, meetings and articles."));
    m_meetings->setToolTip(tr("Double-click a meeting to read the sentence that states it."));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("exportMeetings")))
        button->setToolTip(tr("Export this person's meetings and articles as PDF"));
}

void PeoplePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_selected >= 0)
            showEntity(m_selected);
    }
    QWidget::changeEvent(event);
}

} // namespace elshi::ui
