#pragma once

// The articles naming an entity, oldest first, as a list: "date — title". Holds one corpus row
// per article (rows are in date order, so sorting them sorts by date); titles are fetched when a
// row is shown. A person named in 50,000 articles costs 200 KB and one index range, not 50,000
// records read before the pane can paint.

#include <QAbstractListModel>

#include <vector>

namespace elshi::store {
class Corpus;
class EntityStore;
} // namespace elshi::store

namespace elshi::models {

class EntityArticlesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
    };

    explicit EntityArticlesModel(QObject *parent = nullptr);

    // The articles of the entity (stores not owned); clears for entity < 0 or a null store.
    void setEntity(const store::EntityStore *store, qint64 entity, const store::Corpus *corpus);
    void clear();
    qint64 articleId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const store::Corpus *m_corpus = nullptr;
    std::vector<qsizetype> m_rows; // corpus rows, ascending
};

} // namespace elshi::models
