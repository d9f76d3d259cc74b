#pragma once

// The people pane: people, organisations and places with their article counts and a filter that
// works in any script; for the selected one, their roles, the meetings table (date, counterparts,
// place, article) and the articles naming them. Double-clicking a meeting opens its article at
// the sentence that states it. The context menu merges, splits and renames entities; the changes
// are stored and survive re-reading the corpus.

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace elshi::store {
class Corpus;
class EntityStore;
} // namespace elshi::store
namespace elshi::models {
class EntityArticlesModel;
class EntityFilterModel;
class EntityListModel;
class MeetingsModel;
class Navigator;
} // namespace elshi::models

namespace elshi::ui {

class PeoplePane final : public QWidget
{
    Q_OBJECT
public:
    PeoplePane(models::Navigator *navigator, QWidget *parent = nullptr);
    ~PeoplePane() override;

    void setCorpus(const store::Corpus *corpus);
    store::EntityStore *entityStore() const { return m_store.get(); }

    // Selects the entity (switching to "all kinds" when the list hides it); false when unknown.
    bool selectEntity(qint64 id);
    qint64 selectedEntity() const { return m_selected; }

    QLineEdit *filterBox() const { return m_filter; }
    QTreeView *entityView() const { return m_entities; }
    QTreeView *meetingView() const { return m_meetings; }
    models::MeetingsModel *meetingModel() const { return m_meetingModel; }
    QListView *articleView() const { return m_articles; }
    models::EntityArticlesModel *articleModel() const { return m_articleModel; }

    // Entity edits, as the context menu performs them after asking; reload the list.
    bool renameEntity(qint64 id, const QString &name, QString *error = nullptr);
    bool mergeEntities(qint64 into, qint64 from, QString *error = nullptr);

Q_SIGNALS:
    // The user asked to export the selected person's meetings.
    void exportMeetingsRequested(qint64 entityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadList();
    void showEntity(qint64 id);
    void showContextMenu(const QPoint &pos);
    void openMeeting(const QModelIndex &index);

    models::Navigator *m_navigator;
    const store::Corpus *m_corpus = nullptr;
    std::unique_ptr<store::EntityStore> m_store;
    qint64 m_selected = -1;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QTreeView *m_entities;
    models::EntityListModel *m_listModel;
    models::EntityFilterModel *m_filterModel;
    QLabel *m_heading;
    QLabel *m_roles;
    QTabWidget *m_tabs;
    QTreeView *m_meetings;
    models::MeetingsModel *m_meetingModel;
    QListView *m_articles;
    models::EntityArticlesModel *m_articleModel;
};

} // namespace elshi::ui
