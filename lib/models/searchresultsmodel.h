#pragma once

// Search results as a list a view shows: title, date, outlet and a snippet with the hits marked
// (SnippetHtmlRole renders them bold, escaped and ready for a rich-text delegate).

#include <models/livesearch.h>

#include <QAbstractListModel>

namespace elshi::models {

class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DateRole, // ISO at its precision
        SourceRole,
        LanguageRole,
        SnippetRole, // plain text
        SnippetHtmlRole, // hits in <b>, escaped
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(QList<SearchResult> results);
    void clear() { setResults({}); }
    qint64 articleId(const QModelIndex &index) const;
    const SearchResult &result(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString snippetHtml(const search::Snippet &snippet);

private:
    QList<SearchResult> m_results;
};

} // namespace elshi::models
