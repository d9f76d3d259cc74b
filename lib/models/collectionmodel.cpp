#include "collectionmodel.h"

#include <core/dateformat.h>
#include <store/corpus.h>

#include <QCryptographicHash>
#include <QSettings>

namespace elshi::models {

CollectionModel::CollectionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString CollectionModel::settingsKey() const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("collections/") + QString::fromLatin1(hash);
}

void CollectionModel::open(const store::Corpus *corpus, const QString &databasePath)
{
    beginResetModel();
    m_corpus = corpus;
    m_databasePath = databasePath;
    m_ids.clear();
    if (!databasePath.isEmpty()) {
        const QVariantList saved = QSettings().value(settingsKey()).toList();
        for (const QVariant &id : saved) {
            // Articles removed from the corpus since are dropped.
            if (!corpus || corpus->rowOf(id.toLongLong()) >= 0)
                m_ids << id.toLongLong();
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int CollectionModel::add(const QList<qint64> &ids)
{
    QList<qint64> fresh;
    for (const qint64 id : ids)
        if (id >= 0 && !m_ids.contains(id) && !fresh.contains(id))
            fresh << id;
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + fresh.size() - 1));
    m_ids += fresh;
    endInsertRows();
    save();
    Q_EMIT changed();
    return int(fresh.size());
}

void CollectionModel::remove(const QList<qint64> &ids)
{
    bool any = false;
    for (const qint64 id : ids) {
        const qsizetype row = m_ids.indexOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_ids.removeAt(row);
        endRemoveRows();
        any = true;
    }
    if (any) {
        save();
        Q_EMIT changed();
    }
}

void CollectionModel::clear()
{
    beginResetModel();
    m_ids.clear();
    endResetModel();
    save();
    Q_EMIT changed();
}

void CollectionModel::save() const
{
    if (m_databasePath.isEmpty())
        return;
    QVariantList list;
    for (const qint64 id : m_ids)
        list << id;
    QSettings().setValue(settingsKey(), list);
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const qsizetype row = m_corpus ? m_corpus->rowOf(id) : -1;
    if (row < 0)
        return tr("Article %1").arg(id);
    return QStringLiteral("%1 — %2").arg(core::DateFormat::format(m_corpus->date(row), core::DateFormat::Length::Short),
                                         m_corpus->title(row));
}

} // namespace elshi::models
