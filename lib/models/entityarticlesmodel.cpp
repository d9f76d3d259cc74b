#include "entityarticlesmodel.h"

#include <core/dateformat.h>
#include <store/corpus.h>
#include <store/entitystore.h>

#include <algorithm>

namespace elshi::models {

EntityArticlesModel::EntityArticlesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EntityArticlesModel::setEntity(const store::EntityStore *store, qint64 entity, const store::Corpus *corpus)
{
    beginResetModel();
    m_corpus = corpus;
    m_rows.clear();
    if (store && corpus && entity >= 0) {
        const QList<qint64> ids = store->articlesOf(entity);
        m_rows.reserve(size_t(ids.size()));
        for (const qint64 id : ids) {
            // An article stored after the corpus model was loaded has no row yet; it shows on reload.
            const qsizetype row = corpus->rowOf(id);
            if (row >= 0)
                m_rows.push_back(row);
        }
        std::sort(m_rows.begin(), m_rows.end());
    }
    endResetModel();
}

void EntityArticlesModel::clear()
{
    setEntity(nullptr, -1, nullptr);
}

qint64 EntityArticlesModel::articleId(int row) const
{
    if (!m_corpus || row < 0 || size_t(row) >= m_rows.size())
        return -1;
    return m_corpus->id(m_rows[size_t(row)]);
}

int EntityArticlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityArticlesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_corpus || size_t(index.row()) >= m_rows.size())
        return {};
    const qsizetype row = m_rows[size_t(index.row())];
    switch (role) {
    case ArticleIdRole:
        return m_corpus->id(row);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(core::DateFormat::format(m_corpus->date(row)), m_corpus->title(row));
    default:
        return {};
    }
}

} // namespace elshi::models
