#pragma once

// The centre of the window: the article the navigator has open, as a reader (Article tab) and as
// the raw text of its file (Source tab). Back and Forward walk the navigator's history.

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace elshi::store {
class Corpus;
class EntityStore;
} // namespace elshi::store
namespace elshi::models {
class Navigator;
struct ReadingPosition;
} // namespace elshi::models

namespace elshi::ui {

class ReaderView;
class SourceView;

class ArticlePane final : public QWidget
{
    Q_OBJECT
public:
    ArticlePane(models::Navigator *navigator, QWidget *parent = nullptr);

    void setCorpus(const store::Corpus *corpus);
    // Where the reader finds the entities to highlight; nullptr shows plain text.
    void setEntityStore(const store::EntityStore *entities) { m_entities = entities; }
    ReaderView *reader() const { return m_reader; }
    SourceView *source() const { return m_source; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const models::ReadingPosition &position);

    models::Navigator *m_navigator;
    const store::Corpus *m_corpus = nullptr;
    const store::EntityStore *m_entities = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    ReaderView *m_reader;
    SourceView *m_source;
};

} // namespace elshi::ui
