#pragma once

// The full-text pane: a search box that searches as you type (off the UI thread), remembers
// recent queries, explains malformed ones in plain words, and lists results with their snippets.
// The timeline's date range narrows the results too.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStringListModel;
class QTimer;

namespace elshi::models {
class LiveSearch;
class Navigator;
class SearchResultsModel;
struct SearchOutcome;
} // namespace elshi::models

namespace elshi::ui {

class SearchPane final : public QWidget
{
    Q_OBJECT
public:
    SearchPane(models::Navigator *navigator, QWidget *parent = nullptr);
    ~SearchPane() override;

    void setDatabase(const QString &path);
    void focusSearch();
    QLineEdit *searchBox() const { return m_box; }
    QListView *resultView() const { return m_results; }
    models::SearchResultsModel *resultModel() const { return m_model; }
    QString statusText() const;
    // Ids of the selected results, best first.
    QList<qint64> selectedArticleIds() const;
    QString query() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startSearch();
    void showOutcome(const models::SearchOutcome &outcome);
    void remember(const QString &query);

    models::Navigator *m_navigator;
    models::LiveSearch *m_search;
    models::SearchResultsModel *m_model;
    QLineEdit *m_box;
    QLabel *m_status;
    QListView *m_results;
    QTimer *m_debounce;
    QStringListModel *m_history;
    bool m_hasDatabase = false;
    QString m_lastError;
    qint64 m_lastTotal = -1;
};

} // namespace elshi::ui
