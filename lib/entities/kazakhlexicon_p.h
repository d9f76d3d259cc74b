#pragma once

// What the Kazakh hunspell word list (kk_KZ, Debian's hunspell-kk) says about a word: whether it
// is a common lower-case word ("азамат" citizen, "толқын" wave) and which capitalised entries it
// holds — nearly all of them Kazakh given names (Қайрат, Ғазиза, Ерасыл). Kazakh person
// recognition uses both: the names widen the curated list, and a sentence-initial name that is
// also a common word stays unclaimed.
//
// Only the stems are read (about 54 000 lines, a few milliseconds); suffixes are undone by
// morph::stripKazakhCase, not by hunspell's affix rules, so no Hunspell object and no lock is
// needed. Without the file every word is unknown. Thread-safe after construction. Private to
// lib/entities.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace elshi::entities::detail {

class KazakhLexicon
{
public:
    // The process-wide instance; never null.
    static const KazakhLexicon &instance();

    bool isLoaded() const { return !m_common.isEmpty(); }

    // True when the lower-case word, or the stem one case ending leaves, is a common word.
    bool isCommonWord(const QString &lower) const;

    // The dictionary's capitalised entries, lower case (Latin "i" written for "і" repaired).
    const QList<QString> &givenNames() const { return m_givenNames; }

private:
    KazakhLexicon();

    QSet<QString> m_common;
    QList<QString> m_givenNames;
};

} // namespace elshi::entities::detail
