#pragma once

// The language data extraction runs on, loaded once from the resources and ICU and shared,
// read-only, by every Extractor and thread. Private to lib/entities.

#include "entity.h"
#include "morphology.h"

#include <text/stringtable.h>

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

namespace elshi::entities::detail {

struct GazetteerEntry
{
    EntityType type;
    QString canonical; // English name, acronym or title
    QString code; // ISO 3166 code: a country's own, a city's country's; else empty
    // Of a title, every alias as titles.txt lists it (lower case, nominative): a post written in
    // another case is shown in the nominative through them.
    QStringList aliases;
};

// Which words may have a key in some set, told from their first letters alone. Every key
// EntityData::wordKeys() and the extractor form of a word is a prefix of its lower case (the
// stemmers only take endings off), so a word none of whose first one, two or three letters begin a
// key in the set in the same way has no key there: most words are told so without a look-up of
// their keys. A bit table, hashed: true may still be wrong, false never is.
class KeyStarts
{
public:
    // Adds a key (a single word; of a phrase key, its first word).
    void add(QStringView key)
    {
        if (key.isEmpty()) {
            m_emptyKey = true;
            return;
        }
        // A key of one or two letters can only be the whole of a word's key; a longer one has its
        // first three letters in common with the word it is a prefix of.
        const qsizetype n = std::min<qsizetype>(key.size(), 3);
        quint64 letters = 0;
        for (qsizetype k = 0; k < n; ++k)
            letters = nextLetters(letters, key[k]);
        const quint32 slot = slotOf(letters, n);
        m_bits[slot >> 6] |= quint64(1) << (slot & 63);
    }
    // False when no key added is a prefix of lowerWord.
    bool mayBeginKeyOf(QStringView lowerWord) const
    {
        if (m_emptyKey)
            return true;
        const qsizetype n = std::min<qsizetype>(lowerWord.size(), 3);
        quint64 letters = 0;
        for (qsizetype k = 0; k < n; ++k) {
            letters = nextLetters(letters, lowerWord[k]);
            const quint32 slot = slotOf(letters, k + 1);
            if ((m_bits[slot >> 6] >> (slot & 63)) & 1)
                return true;
        }
        return false;
    }

private:
    static constexpr int kBits = 17;
    // The first one, two or three letters of a word, and how many they are, so that "ab" alone (a
    // whole key) and "ab" starting a longer word are told apart: a slot in the table.
    static quint64 nextLetters(quint64 letters, QChar c) { return letters * 0x10001u + c.unicode(); }
    static quint32 slotOf(quint64 letters, qsizetype count)
    {
        return quint32(((letters ^ (quint64(count) << 60)) * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
    }
    std::vector<quint64> m_bits = std::vector<quint64>(size_t(1) << (kBits - 6));
    bool m_emptyKey = false; // an empty key was added: every word may have it
};

// Phrases keyed by their words' matching keys joined with spaces. Every phrase is stored under
// its exact lower-case key and under its Russian and Kazakh stem keys, so one look-up per word
// form finds inflected mentions. The phrases form a trie over their words' keys, which the
// extractor's longest match walks: a word's keys become numbers once, and a phrase grows word by
// word without a key string built and hashed at each step.
class Gazetteer
{
public:
    void add(const QString &phrase, int entry);
    // Entry indices for a key, or nullptr.
    const QList<int> *find(const QString &key) const;
    // Whether some phrase is the one word key or starts with it.
    bool startsPhrase(const QString &wordKey) const
    {
        const int id = wordId(wordKey);
        return id >= 0 && child(0, id) > 0;
    }
    // False when no phrase can start at a word with this lower case, whatever its keys (see
    // KeyStarts).
    bool mayStartWith(QStringView lowerWord) const { return m_starts.mayBeginKeyOf(lowerWord); }
    // Whether one inflected word may be a form of a one-word phrase reached through its stem key:
    // it must keep the whole phrase but for a final vowel, ь or й ("Кувейте", "Норвегии", "Москвы";
    // not "Бута" for "Бутан").
    bool keepsStem(const QString &key, const QString &lowerWord) const;
    int maxWords() const { return m_maxWords; }

    // The trie; node 0 is its root.
    // The number of a word key some phrase has, or -1.
    int wordId(QStringView key) const { return m_wordIds.find(key); }
    // The node the key wordId leads to from node, or -1.
    int child(int node, int wordId) const { return m_edges.value(edgeKey(node, wordId), -1); }
    // The entries of the phrase node spells, or nullptr when it is only the start of longer ones.
    const QList<int> *entriesAt(int node) const
    {
        const QList<int> &entries = m_nodes[size_t(node)].entries;
        return entries.isEmpty() ? nullptr : &entries;
    }
    // Whether a longer phrase goes on from node.
    bool hasChildren(int node) const { return m_nodes[size_t(node)].hasChildren; }

private:
    struct TrieNode
    {
        QList<int> entries;
        bool hasChildren = false;
    };
    static quint64 edgeKey(int node, int wordId) { return (quint64(quint32(node)) << 32) | quint32(wordId); }
    // The node of a phrase key, made with the nodes on its way when new.
    int nodeOf(const QString &key);

    // Phrase keys, word keys and stem keys are looked up for nearly every word of every text:
    // StringTables, numbered in the order added (a word key's number is its wordId()).
    text::StringTable m_phrases;
    std::vector<int> m_phraseNodes; // each phrase key's node in the trie
    text::StringTable m_wordIds;
    QHash<quint64, int> m_edges;
    std::vector<TrieNode> m_nodes = std::vector<TrieNode>(1);
    text::StringTable m_formKeys; // stem keys of one-word phrases
    std::vector<QStringList> m_forms; // each stem key's phrases
    int m_maxWords = 1;
    KeyStarts m_starts; // the first word of every phrase
};

// Patterns a text is searched for. Most begin with \b and a literal word ("\bmet\b…"): a
// scan runs such a pattern only where its literal prefix stands, and only at the start of a word.
struct PatternSet
{
    QList<QRegularExpression> patterns;
    // For each pattern, the literal text every match starts with after its leading \b (matched
    // case-insensitively), or empty when the pattern has no such prefix.
    QStringList prefixes;
    // For each code unit below U+0500 (Latin, Greek, Cyrillic): the patterns, in order, whose
    // prefix may start with it, case-insensitively. Most letters start no prefix at all.
    std::vector<std::vector<int>> byFirst;
    // For each pattern: its prefix starts with a letter or digit after the leading \b, so a match
    // starts only where no letter, digit or underscore stands before it. And whether that holds
    // for every pattern: then only the starts of words need be tried at all.
    std::vector<char> atWordStart;
    bool everyAtWordStart = true;
    // Whether some prefix may start with each code unit below U+0500 (byFirst's list is not
    // empty): one byte a character for the scan to read, as most characters start no prefix.
    std::vector<char> mayStart;
    // For each pattern, its prefix's characters one by one as QChar case-folds, lowers and uppers
    // them: what a scan compares the text with at each place it tries, worked out once here.
    QStringList prefixFolded;
    QStringList prefixLower;
    QStringList prefixUpper;
    // With at most 64 patterns (masked): for each code unit below U+0500, the patterns, one bit
    // each, whose prefix's first (firstMask) or second (secondMask) character it may be, by the
    // same rule as the scan's; a pattern whose prefix has one character is in every secondMask,
    // and in shortMask. A place is tried for the patterns of both its characters' masks only:
    // most words start with a letter some prefix starts with, far fewer with two.
    bool masked = false;
    std::vector<quint64> firstMask;
    std::vector<quint64> secondMask;
    quint64 shortMask = 0;
    quint64 atWordStartMask = 0;

    // Fills the fields above from patterns.
    void index();
};

struct Triggers
{
    PatternSet meeting;
    QList<QRegularExpression> joint;
    QList<QRegularExpression> between;
    PatternSet exclude; // a sentence one of these matches tells of no meeting (remote's among them)
    // Talks at a distance (phone, video): such a sentence naming the sides of a meeting found in
    // another sentence says that "meeting" was a call ("X discussed … with Y. … spoke by phone").
    PatternSet remote;
    // "The meeting took place in Geneva": a sentence that gives the place of the meeting the
    // sentence before it told of.
    PatternSet venue;
    // "The Minister arrived in Budapest on a working visit": a sentence telling of a trip, whose
    // place and date a meeting told of later as part of it ("during") takes when it gives none.
    PatternSet trip;
    PatternSet during;
};

struct EntityData
{
    QList<GazetteerEntry> entries;
    Gazetteer names; // countries, cities, locations, organisations
    Gazetteer titles; // posts
    QSet<QString> orgHeads; // stem keys of nouns that end or start an organisation name
    KeyStarts orgHeadStarts; // orgHeads, by their first letters
    QHash<QString, QString> demonyms; // stem key → country canonical name
    QHash<QString, int> countryByCode; // ISO 3166 code → the country's entry
    QHash<QString, morph::Gender> givenNames; // lower case → gender
    QSet<QString> givenNameStems; // Russian stems of given names, to spot inflected ones
    QSet<QString> kazakhGivenKeys; // morph::foldKazakhLetters of every given name
    QHash<QString, QSet<QString>> stopwords; // by language ("" for all), lower case
    QHash<QString, Triggers> triggers; // by language

    // Loads everything; never fails (missing files are logged and skipped).
    static std::shared_ptr<const EntityData> instance();

    // Word forms a gazetteer key may take for one lower-case word in a text of lang.
    static void wordKeys(const QString &lower, const QString &lang, QStringList *keys);
};

} // namespace elshi::entities::detail
