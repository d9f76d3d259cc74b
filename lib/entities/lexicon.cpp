#include "hunspelldic_p.h"
#include "lexicon_p.h"
#include "morphology.h"

#include <core/logging.h>
#include <text/wordmemo.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <hunspell/hunspell.hxx>
#include <memory>
#include <mutex>

namespace elshi::entities::detail {

namespace {

struct Dictionary
{
    std::unique_ptr<Hunspell> hunspell;
    std::mutex mutex; // Hunspell is not safe to call from two threads at once
    QHash<QString, quint8> proper; // capitalised entry → lex:: bits
    QList<QPair<QString, bool>> givenNames;
};

// Whether a UTF-8 line starts with a lower-case Russian letter (а-я, ё), which no wanted entry
// does: most lines of the dictionary, skipped without being decoded.
bool startsLowerCaseCyrillic(QByteArrayView line)
{
    if (line.size() < 2)
        return false;
    const auto lead = quint8(line[0]), next = quint8(line[1]);
    return (lead == 0xD0 && next >= 0xB0 && next <= 0xBF) || (lead == 0xD1 && next >= 0x80 && next <= 0x8F) ||
        (lead == 0xD1 && next == 0x91);
}

Dictionary &dictionary()
{
    static Dictionary d;
    static std::once_flag once;
    std::call_once(once, [] {
        QString base;
        for (const char *dir : {"/usr/share/hunspell/", "/usr/share/myspell/", "/usr/share/myspell/dicts/"}) {
            const QString candidate = QString::fromLatin1(dir) + QStringLiteral("ru_RU");
            if (QFile::exists(candidate + QStringLiteral(".dic")) &&
                QFile::exists(candidate + QStringLiteral(".aff"))) {
                base = candidate;
                break;
            }
        }
        if (base.isEmpty()) {
            qCInfo(lcEntities) << "no ru_RU hunspell dictionary; Russian names found by rules only";
            return;
        }
        QFile dic(base + QStringLiteral(".dic"));
        if (!dic.open(QIODevice::ReadOnly))
            return;
        // Flags of the capitalised entries: K masculine and I feminine animate nouns (given names,
        // patronymics, some surnames), G surnames; the rest are places and other names.
        QHash<QString, QString> flagsOf;
        // Of its 146,000 lines only the capitalised are wanted: the rest are not even decoded.
        forEachDicEntry(dic.readAll(), [&flagsOf](QByteArrayView raw) {
            if (raw.isEmpty() || startsLowerCaseCyrillic(raw))
                return;
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || !line.at(0).isUpper())
                return;
            const qsizetype slash = line.indexOf(u'/');
            flagsOf.insert(line.left(slash), slash < 0 ? QString() : line.mid(slash + 1));
        });
        for (auto it = flagsOf.cbegin(); it != flagsOf.cend(); ++it) {
            const QString &w = it.key();
            const QString &flags = it.value();
            quint8 bits = lex::Proper;
            const bool male = flags.contains(u'K');
            const bool female = flags.contains(u'I');
            if (male || female) {
                if (morph::endsWithAny(w, {u"вич", u"вна", u"ична", u"инична"}))
                    bits = lex::Patronymic;
                else if (female &&
                         (morph::endsWithAny(w, {u"ова", u"ева", u"ёва", u"ская", u"цкая"}) ||
                          (morph::endsWithAny(w, {u"ина", u"ына"}) && flagsOf.contains(w.chopped(1)))))
                    bits = lex::Surname;
                else {
                    bits = lex::Given;
                    d.givenNames.append({morph::foldCase(w), female});
                }
            } else if (flags.contains(u'G')) {
                bits = lex::Surname;
            }
            d.proper.insert(w, bits);
        }
        d.hunspell = std::make_unique<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                                                QFile::encodeName(base + QStringLiteral(".dic")).constData());
    });
    return d;
}

} // namespace

RussianLexicon::RussianLexicon()
{
    m_loaded = dictionary().hunspell != nullptr;
}

const RussianLexicon &RussianLexicon::instance()
{
    static const RussianLexicon lexicon;
    return lexicon;
}

RussianLexicon::Entry RussianLexicon::lookUp(QStringView word) const
{
    // Per thread, and behind that for every thread: the ingest's workers each meet the corpus's
    // words for the first time, and one Hunspell look-up costs some 30,000 instructions.
    thread_local text::WordMemo<Entry> known(200000);
    static text::SharedAnswers<Entry> everyThread;
    const QString key = word.toString();
    return known.get(key, everyThread, [&key] {
        Entry e;
        Dictionary &d = dictionary();
        if (!d.hunspell || key.isEmpty())
            return e;
        std::vector<std::string> stems;
        {
            const std::lock_guard<std::mutex> lock(d.mutex);
            stems = d.hunspell->stem(key.toStdString());
        }
        if (!stems.empty())
            e.bits |= lex::Known;
        // The lemma tells the part of speech: adjectives end in -ый/-ий/-ой, verbs in -ть/-ти/-чь (-ся).
        static const QRegularExpression adjectiveLemma(QStringLiteral("(?:ый|ий|ой)$"));
        static const QRegularExpression verbLemma(QStringLiteral("(?:ть|ти|чь)(?:ся)?$"));
        bool allVerbs = true;
        for (const std::string &s : stems) {
            const QString stem = QString::fromStdString(s);
            if (stem.isEmpty())
                continue;
            if (stem.at(0).isLower()) {
                e.bits |= lex::Common;
                // A reading other than the word itself first: "послом" is also a word of its own.
                if (e.common.isEmpty() || (e.common == key && stem != key))
                    e.common = stem;
                if (stem.size() >= 4 && adjectiveLemma.match(stem).hasMatch())
                    e.bits |= lex::Adjective;
                allVerbs = allVerbs && verbLemma.match(stem).hasMatch();
                continue;
            }
            allVerbs = false;
            const quint8 bits = d.proper.value(stem, lex::Proper);
            e.bits |= bits;
            // Prefer the name reading's lemma over a place's.
            if (e.lemma.isEmpty() || (bits & (lex::Given | lex::Surname | lex::Patronymic)))
                e.lemma = stem;
        }
        if (allVerbs && (e.bits & lex::Common))
            e.bits |= lex::Verb;
        return e;
    });
}

quint8 RussianLexicon::classify(QStringView word) const
{
    return lookUp(word).bits;
}

QString RussianLexicon::properLemma(QStringView word) const
{
    return lookUp(word).lemma;
}

QString RussianLexicon::commonLemma(QStringView word) const
{
    return lookUp(word).common;
}

QList<QPair<QString, bool>> RussianLexicon::givenNames() const
{
    return dictionary().givenNames;
}

} // namespace elshi::entities::detail
