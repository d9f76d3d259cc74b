#include "selectionbuilder.h"

#include <store/corpus.h>

namespace elshi::exporting {

SelectionBuilder::SelectionBuilder(const store::Corpus &corpus)
    : m_corpus(corpus)
{
}

void SelectionBuilder::addArticles(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const auto record = m_corpus.record(id, true);
        if (!record) {
            ++m_skipped;
            continue;
        }
        ExportArticle article;
        article.title = record->title;
        article.date = record->date;
        article.outlet = record->outlet;
        article.url = record->url;
        article.body = record->body;
        if (!record->files.isEmpty()) {
            article.file = record->files.first().file;
            article.offset = record->files.first().offset;
        }
        m_selection.articles.append(std::move(article));
    }
}

} // namespace elshi::exporting
