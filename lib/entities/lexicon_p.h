#pragma once

// What the Russian hunspell dictionary (ru_RU) says about a capitalised word: a common noun or
// adjective ("Смерть", "Большого"), a given name or patronymic ("Егора", "Владимировичем"), a
// surname ("Чехова", "Шараповой"), another proper name (mostly places), or nothing (unknown:
// foreign names, new surnames, acronyms). Person recognition in Russian text rests on it.
//
// The dictionary is read once per process (about 150 000 entries, ~100 ms) from the system's
// hunspell folders; without it every word is unknown and recognition falls back on its rules.
// Look-ups are cached per thread; classify() is thread-safe. Private to lib/entities.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace elshi::entities::detail {

namespace lex {
enum : quint8
{
    Common = 1, // some reading is a lower-case dictionary word
    Given = 2, // some reading is a given name
    Patronymic = 4,
    Surname = 8,
    Proper = 16, // some reading is another capitalised entry (places, stars, brands)
    Known = 32, // the dictionary knows the word at all
    Adjective = 64, // some lower-case reading is an adjective ("Большого", "Лавровым" → "лавровый")
    Verb = 128, // every lower-case reading is a verb ("встретился", "провела")
};
}

class RussianLexicon
{
public:
    // The process-wide instance; never null.
    static const RussianLexicon &instance();

    bool isLoaded() const { return m_loaded; }

    // lex:: bits for one word as written (Cyrillic, any case); 0 when the dictionary lacks it.
    quint8 classify(QStringView word) const;

    // The capitalised dictionary form ("Ельцина" → "Ельцин"), empty when the word has none.
    QString properLemma(QStringView word) const;
    // The lower-case dictionary form ("директором" → "директор", "исполнительным" →
    // "исполнительный", "послом" → "посол"), a form other than the word itself when the dictionary
    // has one; empty when it has none.
    QString commonLemma(QStringView word) const;

    // Every given name the dictionary marks, lower case with ё folded; true when feminine. Widens
    // the curated list of given names.
    QList<QPair<QString, bool>> givenNames() const;

private:
    RussianLexicon();
    struct Entry
    {
        quint8 bits = 0;
        QString lemma;
        QString common; // the first lower-case reading's
    };
    Entry lookUp(QStringView word) const;

    bool m_loaded = false;
};

} // namespace elshi::entities::detail
