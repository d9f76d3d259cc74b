#pragma once

// A fixed list of words asked whether it holds one: the function-word, particle and title lists
// the extraction rules consult for most words of every text. On a text::StringTable, so a look-up
// compares hashes in one array and reads a single key, where a QSet<QString> compared keys kept in
// heap blocks of their own. Built once (a function-local static), then only read: contains() is
// safe from any number of threads.

#include "stringtable.h"

#include <QString>

#include <initializer_list>

namespace elshi::text {

class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
    {
        for (const QString &word : words)
            m_words.insert(word);
    }

    void insert(QStringView word) { m_words.insert(word); }
    bool contains(QStringView word) const { return m_words.find(word) >= 0; }
    qsizetype size() const { return m_words.size(); }

private:
    StringTable m_words;
};

} // namespace elshi::text
