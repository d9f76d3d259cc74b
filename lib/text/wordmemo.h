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

#include <mutex>
#include <optional>
#include <type_traits>

namespace elshi::text {

// Answers any thread computed, behind a lock: a second level for per-thread WordMemos whose
// answers cost thousands of instructions. The ingest's workers each meet a corpus's words and
// names anew; through this, each is worked out once. Asked only when a thread's own memo misses,
// so the lock is taken once per new word a thread meets. Bounded as WordMemo is.
template<typename Value>
class SharedAnswers
{
public:
    explicit SharedAnswers(qsizetype capacity = 400000)
        : m_capacity(capacity)
    {
    }

    std::optional<Value> find(const QString &word) const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_known.constFind(word);
        return it == m_known.cend() ? std::nullopt : std::optional<Value>(it.value());
    }
    // word and value's strings must be owned (see ownedCopy()): other threads read them.
    void insert(const QString &word, const Value &value)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_known.size() >= m_capacity)
            m_known.clear();
        m_known.insert(word, value);
    }

private:
    mutable std::mutex m_mutex;
    QHash<QString, Value> m_known;
    qsizetype m_capacity;
};

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
        return store(ownedCopy(word), owned(compute()));
    }

    // As get(), asking shared before computing and telling it the answer computed. A Value other
    // than QString must hold strings of its own (ownedCopy()), as other threads will read them.
    template<typename Compute>
    Value get(const QString &word, SharedAnswers<Value> &shared, Compute compute)
    {
        if (const auto it = m_known.constFind(word); it != m_known.cend())
            return it.value();
        const QString key = ownedCopy(word);
        if (std::optional<Value> known = shared.find(key))
            return store(key, *std::move(known));
        Value value = owned(compute());
        shared.insert(key, value);
        return store(key, std::move(value));
    }

private:
    static Value owned(Value value)
    {
        if constexpr (std::is_same_v<Value, QString>)
            return ownedCopy(value);
        else
            return value;
    }
    // Keeps value under key, a string of its own.
    Value store(const QString &key, Value value)
    {
        if (m_known.size() >= m_capacity)
            m_known.clear();
        m_known.insert(key, value);
        return value;
    }

    QHash<QString, Value> m_known;
    qsizetype m_capacity;
};

} // namespace elshi::text
