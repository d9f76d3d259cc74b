#pragma once

// The timeline pane: the histogram on top, the articles of the selected range below, newest
// first. A drag on the histogram sets the navigator's date filter, which every pane follows.

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace elshi::store {
class Corpus;
}
namespace elshi::models {
class ArticleListModel;
class Navigator;
struct DateFilter;
} // namespace elshi::models

namespace elshi::ui {

class TimelineWidget;

class TimelinePane final : public QWidget
{
    Q_OBJECT
public:
    TimelinePane(models::Navigator *navigator, QWidget *parent = nullptr);

    void setCorpus(const store::Corpus *corpus);
    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *articleView() const { return m_articles; }
    models::ArticleListModel *articleModel() const { return m_model; }
    // Ids of the selected rows, in list order.
    QList<qint64> selectedArticleIds() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFilterChanged(const models::DateFilter &filter);
    void updateSummary();

    models::Navigator *m_navigator;
    const store::Corpus *m_corpus = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    TimelineWidget *m_timeline;
    QLabel *m_summary;
    QTableView *m_articles;
    models::ArticleListModel *m_model;
};

} // namespace elshi::ui
