#pragma once

// The user's collection: articles gathered across searches, date ranges and people, in the order
// they were added, to read again or export together. Kept per database in the settings, so it
// survives restarts and re-reading the corpus (re-read articles keep their ids).

#include <QAbstractListModel>
#include <QList>

namespace elshi::store {
class Corpus;
}

namespace elshi::models {

class CollectionModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit CollectionModel(QObject *parent = nullptr);

    // Loads the collection saved for databasePath (empty path: none); corpus gives titles.
    void open(const store::Corpus *corpus, const QString &databasePath);
    // Adds the ids not yet in the collection; returns how many were new.
    int add(const QList<qint64> &ids);
    void remove(const QList<qint64> &ids);
    void clear();
    QList<qint64> ids() const { return m_ids; }
    bool contains(qint64 id) const { return m_ids.contains(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void changed();

private:
    void save() const;
    QString settingsKey() const;

    const store::Corpus *m_corpus = nullptr;
    QString m_databasePath;
    QList<qint64> m_ids;
};

} // namespace elshi::models
