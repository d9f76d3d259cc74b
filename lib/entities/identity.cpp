#include "identity.h"

#include <text/translit.h>
#include <text/wordmemo.h>

#include <QHash>

#include <algorithm>
#include <optional>

namespace elshi::entities {

namespace {

struct Word
{
    QString skeleton;
    QChar initial; // first Latin letter, for initials
    bool isInitial = false;
};

// One word of a name ("Nurtleu", "A."), or nothing for a word of dots. ICU transliteration is
// most of the cost, and names are made of far fewer words than there are names: each word's
// answer is kept per thread, in bounded memory.
std::optional<Word> wordOf(const QString &part)
{
    thread_local text::WordMemo<std::optional<Word>> known(100000);
    static text::SharedAnswers<std::optional<Word>> everyThread;
    return known.get(part, everyThread, [&part] {
        std::optional<Word> word;
        const QString bare = QString(part).remove(u'.');
        if (!bare.isEmpty()) {
            Word w;
            const QString latin = text::toLatin(bare);
            w.initial = latin.isEmpty() ? QChar() : latin.at(0);
            w.isInitial = bare.size() == 1 || (part.endsWith(u'.') && bare.size() <= 2);
            if (!w.isInitial) {
                // Kassym-Jomart is one given name written with a hyphen.
                w.skeleton = text::skeletonOfLatin(latin);
            }
            word = w;
        }
        return word;
    });
}

// Whether c is one of PCRE's \w characters with Unicode properties (letters, digits, non-spacing
// marks, connector punctuation): what a name's initials were found with before.
bool isNameWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
        c.category() == QChar::Punctuation_Connector;
}

// The ASCII white space a name's words are split at.
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

QList<Word> wordsOf(const QString &name)
{
    // "A.Shokybayev" → "A." + "Shokybayev": a dot after a one-letter word ends that word even with
    // no space after it. By hand, not with a regular expression: a miss of identityKey()'s memo
    // paid more for the expression's replace and split than for the name's transliteration.
    QList<Word> out;
    const qsizetype n = name.size();
    qsizetype start = -1; // of the word being read
    const auto endWord = [&](qsizetype end) {
        if (start >= 0) {
            if (const std::optional<Word> w = wordOf(name.sliced(start, end - start)))
                out.append(*w);
        }
        start = -1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = name.at(i);
        if (isAsciiSpace(c)) {
            endWord(i);
            continue;
        }
        if (start < 0)
            start = i;
        const bool initialDot = isNameWordChar(c) && (i == 0 || !isNameWordChar(name.at(i - 1))) && i + 2 < n &&
            name.at(i + 1) == u'.' && isNameWordChar(name.at(i + 2));
        if (initialDot) {
            endWord(i + 2); // the letter and its dot
            ++i;
        }
    }
    endWord(n);
    return out;
}

} // namespace

QString identityKey(const QString &name)
{
    // ICU transliteration costs more than extracting the name did, and a corpus names the same
    // people over and over: remember the keys per thread, in bounded memory.
    thread_local text::WordMemo<QString> known(100000);
    static text::SharedAnswers<QString> everyThread;
    return known.get(name, everyThread, [&name] {
        QStringList keys;
        for (const Word &w : wordsOf(name)) {
            if (!w.isInitial && !w.skeleton.isEmpty())
                keys.append(w.skeleton);
        }
        std::sort(keys.begin(), keys.end());
        return keys.join(u' ');
    });
}

bool samePerson(const QString &a, const QString &b)
{
    const QList<Word> wa = wordsOf(a), wb = wordsOf(b);
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    if (identityKey(a) == identityKey(b))
        return true;
    // Every full word of the shorter name must appear in the longer one; initials must agree with
    // some unmatched word's first letter.
    auto fullWords = [](const QList<Word> &words) {
        return std::count_if(words.cbegin(), words.cend(), [](const Word &w) { return !w.isInitial; });
    };
    const bool aShorter = fullWords(wa) < fullWords(wb) || (fullWords(wa) == fullWords(wb) && wa.size() <= wb.size());
    const QList<Word> &shorter = aShorter ? wa : wb;
    const QList<Word> &longer = aShorter ? wb : wa;
    QList<bool> used(longer.size(), false);
    int fullMatches = 0;
    int initialMatches = 0;
    for (const Word &w : shorter) {
        if (w.isInitial)
            continue;
        bool found = false;
        for (qsizetype k = 0; k < longer.size(); ++k) {
            if (!used[k] && !longer[k].isInitial && longer[k].skeleton == w.skeleton) {
                used[k] = true;
                found = true;
                break;
            }
        }
        if (!found)
            return false;
        ++fullMatches;
    }
    for (const Word &w : shorter) {
        if (!w.isInitial)
            continue;
        bool found = false;
        for (qsizetype k = 0; k < longer.size(); ++k) {
            if (!used[k] && longer[k].initial == w.initial) {
                used[k] = true;
                found = true;
                break;
            }
        }
        if (!found)
            return false;
        ++initialMatches;
    }
    return fullMatches >= 2 || (fullMatches == 1 && initialMatches >= 1);
}

int PersonIndex::find(const QString &name) const
{
    QList<int> candidates;
    for (const Word &w : wordsOf(name)) {
        if (w.isInitial)
            continue;
        for (const int id : m_bySurname.value(w.skeleton)) {
            if (!candidates.contains(id))
                candidates.append(id);
        }
    }
    int match = -1;
    for (const int id : std::as_const(candidates)) {
        bool same = false;
        for (const QString &alias : m_people.at(id))
            same = same || samePerson(alias, name);
        if (!same)
            continue;
        if (match >= 0)
            return -1; // ambiguous: two people fit
        match = id;
    }
    return match;
}

int PersonIndex::add(const QString &name)
{
    int id = find(name);
    if (id < 0) {
        id = int(m_people.size());
        m_people.append(QStringList());
    }
    if (!m_people[id].contains(name))
        m_people[id].append(name);
    for (const Word &w : wordsOf(name)) {
        if (!w.isInitial && !m_bySurname.value(w.skeleton).contains(id))
            m_bySurname[w.skeleton].append(id);
    }
    return id;
}

QStringList PersonIndex::aliases(int id) const
{
    return id >= 0 && id < m_people.size() ? m_people.at(id) : QStringList();
}

QString PersonIndex::displayName(int id) const
{
    QString best;
    for (const QString &alias : aliases(id)) {
        const bool latin = !alias.isEmpty() && alias.at(0).script() == QChar::Script_Latin;
        const bool bestLatin = !best.isEmpty() && best.at(0).script() == QChar::Script_Latin;
        if (best.isEmpty() || (latin && !bestLatin) || (latin == bestLatin && alias.size() > best.size()))
            best = alias;
    }
    return best;
}

} // namespace elshi::entities
