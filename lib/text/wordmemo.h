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
#include "stringtable.h"

#include <QHash>
#include <QString>

#include <mutex>
#include <optional>
#include <type_traits>
#include <vector>

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
        const quint32 hash = StringTable::hashOf(word);
        if (const int id = m_keys.find(word, hash); id >= 0)
            return m_values[size_t(id)];
        return store(word, hash, owned(compute()));
    }

    // As get(), asking shared before computing and telling it the answer computed. A Value other
    // than QString must hold strings of its own (ownedCopy()), as other threads will read them.
    template<typename Compute>
    Value get(const QString &word, SharedAnswers<Value> &shared, Compute compute)
    {
        const quint32 hash = StringTable::hashOf(word);
        if (const int id = m_keys.find(word, hash); id >= 0)
            return m_values[size_t(id)];
        const QString key = ownedCopy(word);
        if (std::optional<Value> known = shared.find(key))
            return store(key, hash, *std::move(known));
        Value value = owned(compute());
        shared.insert(key, value);
        return store(key, hash, std::move(value));
    }

private:
    static Value owned(Value value)
    {
        if constexpr (std::is_same_v<Value, QString>)
            return ownedCopy(value);
        else
            return value;
    }
    // Keeps value under word (the table copies the key). compute() may have asked this memo of
    // other words, or of this one, in the meantime: word is looked up again, not assumed new.
    Value store(QStringView word, quint32 hash, Value value)
    {
        if (m_keys.size() >= m_capacity) {
            m_keys.clear();
            m_values.clear();
        }
        bool added = false;
        const int id = m_keys.insert(word, hash, &added);
        if (added)
            m_values.push_back(value);
        else
            m_values[size_t(id)] = value;
        return value;
    }

    StringTable m_keys;
    std::vector<Value> m_values; // by the keys' numbers
    qsizetype m_capacity;
};

} // namespace elshi::text
