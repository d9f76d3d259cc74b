#pragma once

// Answers remembered by word, for the per-thread caches of text analysis.
//
// Extraction asks the same questions of the same words article after article (is this a given
// name, what is its stem, its transliteration key), and most answers cost hundreds to thousands
// of instructions where a look-up costs tens. A WordMemo meant to live in a thread_local keeps
// them without locks. Keys and QString answers are stored as ownedCopy()s, so a word cut from an
// article (sharedPart) never keeps the article alive. When full, the table is emptied: crude, but
// bounded without bookkeeping, and the frequent words come back at once.

#include "sharedstring.h"

#include <QHash>
#include <QString>

#include <type_traits>

namespace elshi::text {

template<typename Value>
class WordMemo
{
public:
    explicit WordMemo(qsizetype capacity = 100000)
        : m_capacity(capacity)
    {
    }

    // The answer for word: remembered, or compute()d now and remembered.
    template<typename Compute>
    Value get(const QString &word, Compute compute)
    {
        if (const auto it = m_known.constFind(word); it != m_known.cend())
            return it.value();
        Value value = compute();
        if constexpr (std::is_same_v<Value, QString>)
            value = ownedCopy(value);
        if (m_known.size() >= m_capacity)
            m_known.clear();
        m_known.insert(ownedCopy(word), value);
        return value;
    }

private:
    QHash<QString, Value> m_known;
    qsizetype m_capacity;
};

} // namespace elshi::text
