#include "searchpane.h"

#include "snippetdelegate.h"

#include <models/livesearch.h>
#include <models/navigator.h>
#include <models/searchresultsmodel.h>

#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSettings>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace elshi::ui {

namespace {
constexpr int DebounceMs = 180;
constexpr int HistorySize = 30;
const QString HistoryKey = QStringLiteral("search/history");
} // namespace

SearchPane::SearchPane(models::Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_search(new models::LiveSearch(this))
    , m_model(new models::SearchResultsModel(this))
    , m_box(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QListView(this))
    , m_debounce(new QTimer(this))
    , m_history(new QStringListModel(QSettings().value(HistoryKey).toStringList(), this))
{
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_box->setCompleter(completer);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_box);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_box, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_box, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        startSearch();
        remember(m_box->text().trimmed());
    });
    connect(m_debounce, &QTimer::timeout, this, &SearchPane::startSearch);
    connect(m_search, &models::LiveSearch::finished, this, &SearchPane::showOutcome);
    connect(m_navigator, &models::Navigator::dateFilterChanged, this, [this] {
        if (!m_box->text().trimmed().isEmpty())
            startSearch();
    });
    auto open = [this](const QModelIndex &index) {
        const qint64 id = m_model->articleId(index);
        if (id >= 0) {
            m_navigator->openArticle(id);
            remember(m_box->text().trimmed());
        }
    };
    connect(m_results, &QListView::activated, this, open);
    connect(m_results, &QListView::clicked, this, open);
    retranslate();
}

SearchPane::~SearchPane() = default;

void SearchPane::setDatabase(const QString &path)
{
    m_hasDatabase = !path.isEmpty();
    m_search->setDatabase(path);
    m_model->clear();
    if (!m_box->text().trimmed().isEmpty())
        startSearch();
    retranslate();
}

void SearchPane::focusSearch()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void SearchPane::startSearch()
{
    const QString query = m_box->text().trimmed();
    if (query.isEmpty()) {
        m_model->clear();
        m_lastError.clear();
        m_lastTotal = -1;
        retranslate();
        return;
    }
    m_search->search(query, m_navigator->dateFilter());
}

void SearchPane::showOutcome(const models::SearchOutcome &outcome)
{
    m_lastError = outcome.error;
    m_lastTotal = outcome.error.isEmpty() && !outcome.query.isEmpty() ? outcome.total : -1;
    m_model->setResults(outcome.results);
    retranslate();
}

void SearchPane::remember(const QString &query)
{
    if (query.isEmpty() || !m_lastError.isEmpty())
        return;
    QStringList list = m_history->stringList();
    list.removeAll(query);
    list.prepend(query);
    while (list.size() > HistorySize)
        list.removeLast();
    m_history->setStringList(list);
    QSettings().setValue(HistoryKey, list);
}

QList<qint64> SearchPane::selectedArticleIds() const
{
    QModelIndexList rows = m_results->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_model->articleId(index);
    return ids;
}

QString SearchPane::query() const
{
    return m_box->text().trimmed();
}

QString SearchPane::statusText() const
{
    return m_status->text();
}

void SearchPane::retranslate()
{
    m_box->setPlaceholderText(tr("Search: words, \"phrases\", prefix*, -exclude, OR, lang:kk, source:, date:2024-03"));
    m_box->setToolTip(tr("Words match in any inflection (посол finds послом). Filters: title:, lang:, source:, "
                         "date:2023-06..2024-03. Press Enter to remember a query."));
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_hasDatabase) {
        m_status->setText(tr("Open a corpus to search its full text in Kazakh, Russian and English."));
    } else if (!m_lastError.isEmpty()) {
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_status->setText(m_lastError);
    } else if (m_lastTotal < 0) {
        m_status->setText(tr("Type to search; results appear as you type."));
    } else if (m_lastTotal == 0) {
        m_status->setText(tr("No article matches. Try fewer words or a prefix such as minist*."));
    } else {
        m_status->setText(tr("%n matching article(s)", nullptr, int(m_lastTotal)));
    }
    m_status->setPalette(palette);
}

void SearchPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace elshi::ui
