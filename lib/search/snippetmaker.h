#pragma once

// Finds where a query's words occur in an article's text and cuts the best excerpt around them.
//
// The index is contentless, so FTS5's own snippet() cannot work; this does the same in C++ with the
// tokenizer and stemmer the index uses, so a word is marked exactly when the index matched it
// (послом is marked for посол). Cost: one pass over the text per article, so only for the rows shown.

#include <search/query.h>
#include <search/snippet.h>

#include <QStringView>

#include <set>
#include <string>
#include <vector>

namespace elshi::search {

class SnippetMaker
{
public:
    explicit SnippetMaker(const Query &query);

    // About maxWords words around the densest cluster of hits; the text's start when none.
    // lang is the article's language code ("ru"), which the stems depend on.
    Snippet make(QStringView text, QStringView lang, int maxWords = 30) const;

private:
    std::set<std::string> m_terms;
    std::vector<std::string> m_prefixes;
};

} // namespace elshi::search
