#pragma once

// The language data extraction runs on, loaded once from the resources and ICU and shared,
// read-only, by every Extractor and thread. Private to lib/entities.

#include "entity.h"
#include "morphology.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace elshi::entities::detail {

struct GazetteerEntry
{
    EntityType type;
    QString canonical; // English name, acronym or title
    QString code; // ISO 3166 code for countries, else empty
};

// Phrases keyed by their words' matching keys joined with spaces. Every phrase is stored under
// its exact lower-case key and under its Russian and Kazakh stem keys, so one look-up per word
// form finds inflected mentions.
class Gazetteer
{
public:
    void add(const QString &phrase, int entry);
    // Entry indices for a key, or nullptr.
    const QList<int> *find(const QString &key) const;
    bool hasPrefix(const QString &key) const { return m_prefixes.contains(key); }
    // Whether one inflected word may be a form of a one-word phrase reached through its stem key:
    // it must keep the whole phrase but for a final vowel, ь or й ("Кувейте", "Норвегии", "Москвы";
    // not "Бута" for "Бутан").
    bool keepsStem(const QString &key, const QString &lowerWord) const;
    int maxWords() const { return m_maxWords; }

private:
    QHash<QString, QList<int>> m_phrases;
    QSet<QString> m_prefixes;
    QHash<QString, QStringList> m_forms; // stem key of a one-word phrase → the phrases
    int m_maxWords = 1;
};

struct Triggers
{
    QList<QRegularExpression> meeting;
    // For each meeting pattern, the literal text every match starts with after its leading \b
    // (matched case-insensitively), or empty when the pattern has no such prefix. Lets the text be
    // scanned for the prefixes and the pattern run only where one stands.
    QStringList meetingPrefixes;
    QStringList excludePrefixes; // the same for exclude
    // Which code units below U+0500 (Latin, Greek, Cyrillic) may match, case-insensitively, the
    // first character of a meeting prefix: elsewhere no prefixed meeting pattern can match.
    std::vector<bool> prefixStarts;
    QList<QRegularExpression> joint;
    QList<QRegularExpression> between;
    QList<QRegularExpression> exclude;
};

struct EntityData
{
    QList<GazetteerEntry> entries;
    Gazetteer names; // countries, cities, locations, organisations
    Gazetteer titles; // posts
    QSet<QString> orgHeads; // stem keys of nouns that end or start an organisation name
    QHash<QString, QString> demonyms; // stem key → country canonical name
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
