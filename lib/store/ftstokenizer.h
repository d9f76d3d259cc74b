#pragma once

// The "elshi" FTS5 tokenizer: words split and folded by text::Tokenizer, stemmed by text::Stemmer.
//
// Documents reach the index pre-analysed: ingest workers turn title and body into their index
// terms on the parsing threads (preAnalyse) and the single writer hands FTS5 a string starting with
// the marker \x1f followed by space-separated terms (alternatives for one word joined by '|'),
// which the tokenizer only splits. That keeps
// stemming off the writer thread, whose FTS5 insert is the ingest bottleneck, and lets each word be
// stemmed with its article's language, which FTS5 cannot pass to a tokenizer.
// Text without the marker (queries, or rows someone inserts by hand) is analysed here; a query word
// becomes all the terms it could have been indexed as, emitted as colocated alternatives, except in
// a prefix query (word*), where the folded word itself is the prefix of the stored terms.
//
// The index table is contentless (content=''), so nothing ever re-tokenizes stored text: deletes
// use contentless_delete and snippets are made in C++ (search::SnippetMaker).

#include <core/result.h>
#include <text/stemmer.h>

#include <QStringView>

#include <string>
#include <string_view>

struct sqlite3;

namespace elshi::store {

class FtsTokenizer
{
public:
    static constexpr char PreAnalysedMarker = '\x1f';
    static constexpr const char *Name = "elshi";

    // Makes the tokenizer available on this connection; needed before any use of the index table.
    static core::Status registerWith(sqlite3 *db);

    // The marked, space-separated index terms of text written in language. Thread-safe.
    static std::string preAnalyse(QStringView text, text::Stemmer::Language language);
};

} // namespace elshi::store
