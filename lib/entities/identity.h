#pragma once

// Who is who across spellings, scripts and articles. A name's identity key is script-neutral
// ("Murat Nurtleu", "Мурат Нуртлеу" and "Мұрат Нұртілеу" share one); sameperson() adds the
// surname-plus-initial rule ("A.Shokybayev" = "Askar Shokybayev"); PersonIndex clusters the names
// of a whole corpus, keeping two people who share only a surname apart.
//
// All functions are pure and thread-safe; a PersonIndex is a plain value (not synchronised).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace elshi::entities {

// Skeletons of the name's full words (initials left out), sorted and joined with spaces, so word
// order does not matter ("Ашикбаев Ержан" = "Yerzhan Ashikbayev"). Empty for an empty name.
QString identityKey(const QString &name);

// True when a and b can name the same person: equal keys; or one name's words all match words of
// the other and they share the surname, with at least two words or an initial agreeing with a
// given name ("A. Shokybayev" ~ "Askar Shokybayev", "Nurtleu Murat" ~ "Murat Nurtleu"). A bare
// surname never matches here: that needs the context of one article.
bool samePerson(const QString &a, const QString &b);

// Clusters names into people. add() returns the person's id (stable for this index); a name joins
// an existing person only when it matches exactly one of them, so ambiguous names start their own.
class PersonIndex
{
public:
    int add(const QString &name);
    int find(const QString &name) const; // -1 when unknown or ambiguous
    QStringList aliases(int id) const;
    // The fullest alias, preferring Latin script: how the person is shown.
    QString displayName(int id) const;
    int size() const { return int(m_people.size()); }

private:
    QList<QStringList> m_people;
    QHash<QString, QList<int>> m_bySurname; // skeleton of every word → candidates
};

} // namespace elshi::entities
