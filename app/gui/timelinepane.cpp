#include "timelinepane.h"

#include "timelinewidget.h"

#include <models/articlelistmodel.h>
#include <models/navigator.h>
#include <store/corpus.h>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace elshi::ui {

TimelinePane::TimelinePane(models::Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_timeline(new TimelineWidget(this))
    , m_summary(new QLabel(this))
    , m_articles(new QTableView(this))
    , m_model(new models::ArticleListModel(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);

    m_articles->setObjectName(QStringLiteral("timelineArticles"));
    m_articles->setModel(m_model);
    // A table, not a tree: QTreeView lays out every row of the model when it is shown or reset
    // (166 ms for a million articles, all on the UI thread); rows of one fixed height are never
    // measured here, whatever the count.
    m_articles->verticalHeader()->hide();
    m_articles->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_articles->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_articles->setShowGrid(false);
    m_articles->setWordWrap(false);
    m_articles->setCornerButtonEnabled(false);
    m_articles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articles->horizontalHeader()->setHighlightSections(false);
    m_articles->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_articles->horizontalHeader()->setStretchLastSection(false);
    m_articles->horizontalHeader()->setSectionResizeMode(models::ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articles->horizontalHeader()->resizeSection(models::ArticleListModel::DateColumn, 110);
    m_articles->horizontalHeader()->resizeSection(models::ArticleListModel::SourceColumn, 130);
    m_articles->horizontalHeader()->resizeSection(models::ArticleListModel::LanguageColumn, 50);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_timeline);
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(4, 0, 4, 0);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_articles);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    contentLayout->addWidget(splitter);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_timeline, &TimelineWidget::rangeSelected, this, [this](QDate from, QDate to) {
        m_navigator->setDateFilter({from, to, false});
    });
    connect(m_timeline, &TimelineWidget::undatedChosen, this, [this] { m_navigator->setDateFilter({{}, {}, true}); });
    connect(m_timeline, &TimelineWidget::selectionCleared, m_navigator, &models::Navigator::clearDateFilter);
    connect(m_navigator, &models::Navigator::dateFilterChanged, this, &TimelinePane::onFilterChanged);
    connect(m_articles, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->articleId(index);
        if (id >= 0)
            m_navigator->openArticle(id);
    });
    connect(m_articles->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->articleId(current);
                if (id >= 0 && id != m_navigator->current().articleId)
                    m_navigator->openArticle(id);
            });
    retranslate();
}

void TimelinePane::setCorpus(const store::Corpus *corpus)
{
    m_corpus = corpus;
    m_model->setCorpus(corpus);
    if (!corpus) {
        m_timeline->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // Day-precise articles count on their day; month- and year-precise ones on the first day of
    // their month or year, so that every bucket's total stays right at any zoom.
    std::vector<TimelineWidget::DayCount> days;
    QHash<qint32, qint64> perMonth, perYear; // what finer buckets already account for
    for (const auto &bucket : corpus->histogram(store::Corpus::Granularity::Day)) {
        days.push_back({QDate(bucket.key / 10000, bucket.key / 100 % 100, bucket.key % 100), quint32(bucket.count)});
        perMonth[bucket.key / 100] += bucket.count;
    }
    for (const auto &bucket : corpus->histogram(store::Corpus::Granularity::Month)) {
        const qint64 monthOnly = bucket.count - perMonth.value(bucket.key / 100);
        if (monthOnly > 0)
            days.push_back({QDate(bucket.key / 10000, bucket.key / 100 % 100, 1), quint32(monthOnly)});
        perYear[bucket.key / 10000] += bucket.count;
    }
    for (const auto &bucket : corpus->histogram(store::Corpus::Granularity::Year)) {
        const qint64 yearOnly = bucket.count - perYear.value(bucket.key / 10000);
        if (yearOnly > 0)
            days.push_back({QDate(bucket.key / 10000, 1, 1), quint32(yearOnly)});
    }
    m_timeline->setCounts(std::move(days), quint32(corpus->undatedCount()));
    m_stack->setCurrentIndex(1);
    onFilterChanged(m_navigator->dateFilter());
}

QList<qint64> TimelinePane::selectedArticleIds() const
{
    QModelIndexList rows = m_articles->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_model->articleId(index);
    return ids;
}

void TimelinePane::onFilterChanged(const models::DateFilter &filter)
{
    m_model->setDateFilter(filter);
    if (!filter.isActive())
        m_timeline->clearSelection();
    updateSummary();
}

void TimelinePane::updateSummary()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    const models::DateFilter filter = m_model->dateFilter();
    if (filter.undatedOnly)
        m_summary->setText(tr("%n undated article(s)", nullptr, shown));
    else if (filter.from.isValid())
        m_summary->setText(tr("%n article(s) from %1 to %2", nullptr, shown)
                               .arg(locale.toString(filter.from, QLocale::ShortFormat),
                                    locale.toString(filter.to, QLocale::ShortFormat)));
    else
        m_summary->setText(tr("%n article(s), newest first", nullptr, shown));
}

void TimelinePane::retranslate()
{
    m_empty->setText(tr("Open a corpus folder (Ctrl+O) to see its articles by date."));
    m_timeline->setStatusTip(tr("Drag to select dates, wheel to zoom, right-drag to pan, Esc to clear"));
    updateSummary();
}

void TimelinePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace elshi::ui
