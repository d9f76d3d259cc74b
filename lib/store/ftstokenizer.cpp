#include "ftstokenizer.h"

#include <text/tokenizer.h>

#include <QCoreApplication>

#include <array>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace elshi::store {

namespace {

struct Instance
{
    int unused = 0;
};

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Instance *>(tokenizer);
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenizePreAnalysed(std::string_view text, void *context, TokenCallback emitToken)
{
    size_t pos = 1; // after the marker
    while (pos < text.size()) {
        size_t end = text.find(' ', pos);
        if (end == std::string_view::npos)
            end = text.size();
        // Alternatives for one word are joined by '|' and share its position.
        // Searched within the word only: words with one term have no '|', and a search to the end
        // of the text made long bodies quadratic on the writer's thread.
        const std::string_view word = text.substr(0, end);
        int flags = 0;
        for (size_t from = pos; from < end;) {
            size_t to = word.find('|', from);
            if (to == std::string_view::npos)
                to = end;
            if (to > from) {
                const int rc = emitToken(context, flags, text.data() + from, int(to - from), int(pos), int(end));
                if (rc != SQLITE_OK)
                    return rc;
                flags = FTS5_TOKEN_COLOCATED;
            }
            from = to + 1;
        }
        pos = end + 1;
    }
    return SQLITE_OK;
}

int xTokenize(Fts5Tokenizer *, void *context, int flags, const char *data, int size, TokenCallback emitToken)
{
    const std::string_view text(data ? data : "", size_t(size > 0 ? size : 0));
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    if (!query && !text.empty() && text.front() == FtsTokenizer::PreAnalysedMarker)
        return tokenizePreAnalysed(text, context, emitToken);

    text::Stemmer &stemmer = text::Stemmer::forThisThread();
    text::Tokenizer tokenizer(text);
    text::Token token;
    while (tokenizer.next(token)) {
        int rc = SQLITE_OK;
        if (!query) {
            const std::string term = stemmer.indexTerm(token, text::Stemmer::Language::Unknown);
            rc = emitToken(context, 0, term.data(), int(term.size()), int(token.start), int(token.end));
        } else if (flags & FTS5_TOKENIZE_PREFIX) {
            rc = emitToken(context, 0, token.text.data(), int(token.text.size()), int(token.start), int(token.end));
        } else {
            const std::vector<std::string> terms = stemmer.queryTerms(token);
            for (size_t i = 0; i < terms.size() && rc == SQLITE_OK; ++i)
                rc = emitToken(context, i == 0 ? 0 : FTS5_TOKEN_COLOCATED, terms[i].data(), int(terms[i].size()),
                               int(token.start), int(token.end));
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

core::Status FtsTokenizer::registerWith(sqlite3 *db)
{
    fts5_api *api = ftsApi(db);
    if (!api)
        return core::Error{QCoreApplication::translate("elshi::store", "this SQLite has no full-text search (FTS5)")};
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return core::Error{QCoreApplication::translate("elshi::store", "cannot set up the search index")};
    return core::success();
}

namespace {

// The index terms of each word, remembered per thread and language: news repeats its words, and
// stemming one costs some thirty times a look-up. Bounded: cleared when it grows large.
class TermMemo
{
public:
    // The terms of token joined by '|', as preAnalyse() writes them.
    const std::string &termsOf(const text::Token &token, text::Stemmer::Language language, text::Stemmer &stemmer)
    {
        auto &words = m_byLanguage[size_t(language) % m_byLanguage.size()];
        if (const auto found = words.find(token.text); found != words.end())
            return found->second;
        if (words.size() >= kMaxWords)
            words.clear();
        std::string joined;
        const std::vector<std::string> terms = stemmer.indexTerms(token, language);
        for (size_t i = 0; i < terms.size(); ++i) {
            if (i > 0)
                joined.push_back('|');
            joined += terms[i];
        }
        return words.emplace(std::string(token.text), std::move(joined)).first->second;
    }

private:
    static constexpr size_t kMaxWords = 200000;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::array<std::unordered_map<std::string, std::string, Hash, std::equal_to<>>, 4> m_byLanguage;
};

} // namespace

std::string FtsTokenizer::preAnalyse(QStringView textView, text::Stemmer::Language language)
{
    const QByteArray utf8 = textView.toUtf8();
    std::string result;
    result.reserve(size_t(utf8.size()) / 2 + 1);
    result.push_back(PreAnalysedMarker);
    text::Stemmer &stemmer = text::Stemmer::forThisThread();
    thread_local TermMemo memo;
    text::Tokenizer tokenizer(std::string_view(utf8.constData(), size_t(utf8.size())));
    text::Token token;
    bool first = true;
    while (tokenizer.next(token)) {
        if (!first)
            result.push_back(' ');
        first = false;
        result += memo.termsOf(token, language, stemmer);
    }
    return result;
}

} // namespace elshi::store
