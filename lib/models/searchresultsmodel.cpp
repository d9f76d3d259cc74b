#include "searchresultsmodel.h"

namespace elshi::models {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setResults(QList<SearchResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

qint64 SearchResultsModel::articleId(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return -1;
    return m_results.at(index.row()).id;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QString SearchResultsModel::snippetHtml(const search::Snippet &snippet)
{
    QString html;
    qsizetype next = 0;
    for (const auto &hit : snippet.hits) {
        if (hit.start < next)
            continue;
        html += snippet.text.mid(next, hit.start - next).toHtmlEscaped();
        html +=
            QStringLiteral("<b>") + snippet.text.mid(hit.start, hit.length).toHtmlEscaped() + QStringLiteral("</b>");
        next = hit.start + hit.length;
    }
    html += snippet.text.mid(next).toHtmlEscaped();
    return html;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const SearchResult &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return r.snippet.text;
    case IdRole:
        return r.id;
    case DateRole:
        return r.date.toIso();
    case SourceRole:
        return r.outlet;
    case LanguageRole:
        return r.lang;
    case SnippetHtmlRole:
        return snippetHtml(r.snippet);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(DateRole, "date");
    names.insert(SourceRole, "source");
    names.insert(LanguageRole, "language");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    return names;
}

} // namespace elshi::models
