#include "hunspelldic_p.h"
#include "kazakhlexicon_p.h"
#include "morphology.h"

#include <core/logging.h>
#include <text/wordmemo.h>

#include <QFile>
#include <QHash>

namespace elshi::entities::detail {

namespace {

// Older Kazakh word lists type the Latin "i" (and "I") for the Cyrillic "і".
QString repairLatinI(QString word)
{
    for (QChar &c : word) {
        if (c == u'i')
            c = u'і';
        else if (c == u'I')
            c = u'І';
    }
    return word;
}

QString dictionaryPath()
{
    for (const char *dir : {"/usr/share/hunspell/", "/usr/share/myspell/", "/usr/share/myspell/dicts/"}) {
        const QString candidate = QString::fromLatin1(dir) + QStringLiteral("kk_KZ.dic");
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace

KazakhLexicon::KazakhLexicon()
{
    const QString path = dictionaryPath();
    QFile dic(path);
    if (path.isEmpty() || !dic.open(QIODevice::ReadOnly)) {
        qCInfo(lcEntities) << "no kk_KZ hunspell word list; Kazakh names found by the curated list only";
        return;
    }
    forEachDicEntry(dic.readAll(), [this](QByteArrayView raw) {
        QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype slash = line.indexOf(u'/');
        if (slash >= 0)
            line.truncate(slash);
        if (line.isEmpty())
            return;
        const QString word = repairLatinI(line);
        if (word.at(0).isUpper())
            m_givenNames.append(morph::foldCase(word));
        else
            m_common.insert(morph::foldCase(word));
    });
}

const KazakhLexicon &KazakhLexicon::instance()
{
    static const KazakhLexicon lexicon;
    return lexicon;
}

bool KazakhLexicon::isCommonWord(const QString &lower) const
{
    // Asked for most capitalised Kazakh words, some several times, and each answer strips endings
    // twice: remember it per thread, in bounded memory.
    thread_local text::WordMemo<bool> known(100000);
    return known.get(lower, [&] {
        if (m_common.contains(lower))
            return true;
        const QString stem = morph::stripKazakhCase(lower);
        if (stem != lower && m_common.contains(stem))
            return true;
        // Possessive and plural under the case ending: "Тәуелсіздіктің", "Президентіміз".
        const QString deeper = morph::stemKey(lower, QStringLiteral("kk"));
        return deeper != stem && m_common.contains(deeper);
    });
}

} // namespace elshi::entities::detail
