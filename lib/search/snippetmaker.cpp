#include "snippetmaker.h"

#include <text/stemmer.h>
#include <text/tokenizer.h>

namespace elshi::search {

SnippetMaker::SnippetMaker(const Query &query)
{
    text::Stemmer &stemmer = text::Stemmer::forThisThread();
    for (const QList<Term> &group : query.groups) {
        for (const Term &term : group) {
            if (term.titleOnly)
                continue; // title words are not what the body excerpt should show
            const QByteArray utf8 = term.text.toUtf8();
            text::Tokenizer tokenizer(std::string_view(utf8.constData(), size_t(utf8.size())));
            text::Token token;
            std::vector<std::pair<std::string, std::vector<std::string>>> words;
            while (tokenizer.next(token))
                words.emplace_back(std::string(token.text), stemmer.queryTerms(token));
            for (size_t i = 0; i < words.size(); ++i) {
                if (term.prefix && i + 1 == words.size())
                    m_prefixes.push_back(words[i].first);
                else
                    m_terms.insert(words[i].second.begin(), words[i].second.end());
            }
        }
    }
}

Snippet SnippetMaker::make(QStringView textView, QStringView lang, int maxWords) const
{
    const QByteArray utf8 = textView.toUtf8();
    const std::string_view bytes(utf8.constData(), size_t(utf8.size()));
    const auto language = text::Stemmer::languageFromCode(lang);
    text::Stemmer &stemmer = text::Stemmer::forThisThread();

    struct Word
    {
        qsizetype start, end;
        bool hit;
    };
    std::vector<Word> words;
    text::Tokenizer tokenizer(bytes);
    text::Token token;
    while (tokenizer.next(token)) {
        bool hit = false;
        for (const std::string &term : stemmer.indexTerms(token, language)) {
            hit = hit || m_terms.count(term) > 0;
            for (const std::string &prefix : m_prefixes)
                hit = hit || token.text.starts_with(prefix) || std::string_view(term).starts_with(prefix);
        }
        words.push_back({token.start, token.end, hit});
    }
    Snippet snippet;
    if (words.empty())
        return snippet;

    // The window of maxWords words holding the most hits; the earliest such window wins ties.
    const size_t window = size_t(qMax(1, maxWords));
    size_t best = 0, bestHits = 0, hits = 0;
    for (size_t i = 0; i < words.size(); ++i) {
        hits += words[i].hit;
        if (i >= window)
            hits -= words[i - window].hit;
        if (hits > bestHits) {
            bestHits = hits;
            best = i + 1 > window ? i + 1 - window : 0;
        }
    }
    // Start a little before the first hit so it is read in context.
    if (bestHits > 0) {
        size_t firstHit = best;
        while (!words[firstHit].hit)
            ++firstHit;
        best = firstHit > 3 ? qMax(best, firstHit - 3) : best;
        if (best + window > words.size())
            best = words.size() > window ? words.size() - window : 0;
    }
    const size_t last = qMin(words.size(), best + window);

    const qsizetype from = best == 0 ? 0 : words[best].start;
    const qsizetype to = last == words.size() ? qsizetype(bytes.size()) : words[last - 1].end;
    const auto piece = [&](qsizetype a, qsizetype b) { return QString::fromUtf8(utf8.constData() + a, b - a); };
    if (from > 0)
        snippet.text = QStringLiteral("…");
    qsizetype at = from;
    for (size_t i = best; i < last; ++i) {
        if (!words[i].hit)
            continue;
        snippet.text += piece(at, words[i].start);
        const QString word = piece(words[i].start, words[i].end);
        snippet.hits.append({snippet.text.size(), word.size()});
        snippet.text += word;
        at = words[i].end;
    }
    snippet.text += piece(at, to);
    if (to < qsizetype(bytes.size()))
        snippet.text += QStringLiteral("…");
    // Paragraph breaks inside an excerpt read better as spaces.
    for (QChar &c : snippet.text) {
        if (c == u'\n')
            c = u' ';
    }
    return snippet;
}

} // namespace elshi::search
