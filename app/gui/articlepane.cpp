#include "articlepane.h"

#include "readerview.h"
#include "sourceview.h"

#include <models/navigator.h>
#include <store/corpus.h>
#include <store/entitystore.h>

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace elshi::ui {

ArticlePane::ArticlePane(models::Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new ReaderView(this))
    , m_source(new SourceView(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_source->setObjectName(QStringLiteral("source"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reader, QString());
    m_tabs->addTab(m_source, QString());
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_navigator, &models::Navigator::articleOpened, this, &ArticlePane::show);
    connect(m_reader, &ReaderView::entityActivated, m_navigator, &models::Navigator::setCurrentEntity);
    // A link in an article is the user's to follow in their browser, never loaded here.
    connect(m_reader, &ReaderView::externalLinkActivated, this, [](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            QDesktopServices::openUrl(url);
    });
    retranslate();
}

void ArticlePane::setCorpus(const store::Corpus *corpus)
{
    m_corpus = corpus;
    m_entities = nullptr;
    m_reader->clearContent();
    m_source->clear();
    m_stack->setCurrentWidget(m_empty);
}

void ArticlePane::show(const models::ReadingPosition &position)
{
    if (!m_corpus || position.articleId < 0)
        return;
    const auto record = m_corpus->record(position.articleId, true);
    if (!record) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    ReaderView::Content content;
    content.articleId = record->id;
    content.title = record->title;
    content.date = record->date;
    content.outlet = record->outlet;
    content.place = record->place;
    content.url = record->url;
    content.lang = record->lang;
    content.body = record->body;
    if (m_entities) {
        for (const auto &mention : m_entities->mentionsOf(record->id))
            content.entities.append({mention.start, mention.end, mention.entityId, entities::typeName(mention.type)});
    }
    content.evidenceStart = position.evidenceStart;
    content.evidenceEnd = position.evidenceEnd;
    m_reader->showContent(content);
    if (!record->files.isEmpty()) {
        const auto &where = record->files.first();
        m_source->showSource(where.file, QString(), {where.offset, where.length});
    } else {
        m_source->clear();
    }
    m_stack->setCurrentWidget(m_tabs);
}

void ArticlePane::retranslate()
{
    m_tabs->setTabText(0, tr("Article"));
    m_tabs->setTabText(1, tr("Source"));
    m_empty->setText(tr("Select an article in the timeline or in the search results to read it here."));
}

void ArticlePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace elshi::ui
