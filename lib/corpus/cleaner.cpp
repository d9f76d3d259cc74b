#include "cleaner.h"

#include "dateparser.h"

#include <QHash>

namespace elshi::corpus {

namespace {

// Whole lines, compared case-insensitively.
constexpr QStringView kWidgetLines[] = {
    u"Tell a friend",
    u"Go to the main site",
    u"None",
    u"Photo: None",
    u"Фото: None",
    u"true",
    u"false",
    u"close",
    u"Currently reading",
    u"Share",
    u"Print",
    u"Subscribe",
    u"Advertisement",
    u"Read more",
    u"Kazakh MFA",
    u"Donate to the Sustainable Development Goals Fund",
    u"Поделиться",
    u"Печать",
    u"Реклама",
    u"Подробнее",
    u"Жазылу",
    u"Бөлісу",
    u"Жаңалықтар",
    u"Новости",
    u"News",
};

// Line openings that mark a credit, byline or widget.
constexpr QStringView kPrefixes[] = {
    u"Фото:",
    u"Фото -",
    u"Фото –",
    u"Photo:",
    u"Photo by ",
    u"Photo credit",
    u"Сурет:",
    u"Суреттер:",
    u"Images |",
    u"Trend:",
    u"Автор:",
    u"Author:",
    u"©",
    u"Подписывайтесь на",
    u"Follow us",
    u"Видео:",
    u"Video:",
    u"Источник фото",
    u"Фото с сайта",
};

// Lines that open a related-links block: the rest of the body is teasers.
constexpr QStringView kRelatedOpeners[] = {
    u"LINKS:",           u"Links:",          u"Related:",           u"Related news",
    u"Related articles", u"Read also:",      u"Also read:",         u"See also:",
    u"Read more:",       u"Читайте также:",  u"Читайте также",      u"Смотрите также:",
    u"По теме:",         u"Похожие новости", u"Тақырыпқа қатысты:", u"Тақырыпқа қатысты",
    u"Оқи отырыңыз:",    u"Оқыңыз:",         u"Ұқсас жаңалықтар",
};

constexpr QStringView kLanguageCodes[] = {u"kz",  u"ru",  u"en",      u"kaz",     u"rus",     u"eng", u"қаз",
                                          u"рус", u"qaz", u"қазақша", u"русский", u"english", u"kk"};

template<std::size_t N>
bool equalsAny(QStringView line, const QStringView (&list)[N])
{
    for (const QStringView w : list) {
        if (w.size() == line.size() && line.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

template<std::size_t N>
bool startsWithAny(QStringView line, const QStringView (&list)[N])
{
    for (const QStringView w : list) {
        if (line.startsWith(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isSeparatorLine(QStringView line)
{
    for (const QChar c : line) {
        if (!(c == u'*' || c == u'-' || c == u'_' || c == u'=' || c == u'~' || c == u'•' || c == u'·' || c.isSpace()))
            return false;
    }
    return true;
}

bool isLanguageSwitcher(QStringView line)
{
    QStringView rest = line;
    if (!rest.isEmpty() &&
        (rest.front() == u'•' || rest.front() == u'·' || rest.front() == u'*' || rest.front() == u'|'))
        rest = rest.mid(1).trimmed();
    // "kz ru en" or "• kz": every word a language code.
    if (rest.isEmpty() || rest.size() > 30)
        return false;
    const auto words = rest.split(u' ', Qt::SkipEmptyParts);
    for (const QStringView w : words) {
        if (!equalsAny(w, kLanguageCodes) && w != u"|" && w != u"/")
            return false;
    }
    return true;
}

bool isHashtagLine(QStringView line)
{
    return line.size() > 1 && line.front() == u'#' && line[1].isLetter() && line.size() <= 80;
}

// A name or rubric alone: up to four capitalised words, no digits, no sentence punctuation.
bool looksLikeByline(QStringView line)
{
    if (line.isEmpty() || line.size() > 50)
        return false;
    const auto words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 4)
        return false;
    for (const QStringView w : words) {
        if (!w.front().isUpper())
            return false;
        for (const QChar c : w) {
            if (!(c.isLetter() || c == u'-' || c == u'.' || c == u'\'' || c == u'’'))
                return false;
        }
    }
    const QChar last = line.back();
    return last != u'.' || line.size() < 4 || line[line.size() - 3] == u' '; // initials "A. B."
}

// Kazinform's tag strip at the end: words separated by runs of spaces.
bool isTagStrip(QStringView raw)
{
    const QStringView t = raw.trimmed();
    if (t.isEmpty() || t.size() > 160 || t.back() == u'.' || t.back() == u'!' || t.back() == u'?')
        return false;
    int runs = 0;
    for (qsizetype i = 0; i + 2 < t.size(); ++i) {
        if (t[i] == u' ' && t[i + 1] == u' ' && t[i + 2] == u' ') {
            ++runs;
            while (i + 1 < t.size() && t[i + 1] == u' ')
                ++i;
        }
    }
    return runs >= 1;
}

// "UN House in Astana:" / "UN Office in Almaty:" open an address block ending with "Tel: …".
bool opensAddressBlock(QStringView line)
{
    return (line.startsWith(u"UN House in ") || line.startsWith(u"UN Office in ")) && line.endsWith(u':') &&
        line.size() < 60;
}

QString paragraphKey(QStringView p)
{
    return p.toString().simplified();
}

} // namespace

bool Cleaner::isClutterLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty())
        return true;
    if (line.size() <= 60 && equalsAny(line, kWidgetLines))
        return true;
    if (startsWithAny(line, kPrefixes) && line.size() <= 300)
        return true;
    if (isSeparatorLine(line) || isLanguageSwitcher(line) || isHashtagLine(line))
        return true;
    return line.size() <= 100 && DateParser::parseStamp(line).isStamp;
}

QSet<QString> Cleaner::repeatedLines(const QList<QStringList> &records, int minRecords)
{
    QSet<QString> result;
    if (records.size() < minRecords)
        return result;
    QHash<QString, int> counts;
    for (const QStringList &record : records) {
        QSet<QString> seen;
        for (const QString &line : record) {
            const QString key = line.trimmed();
            // Short lines only: a long paragraph repeated across records is quoted text.
            if (key.isEmpty() || key.size() > 200 || seen.contains(key))
                continue;
            seen.insert(key);
            ++counts[key];
        }
    }
    const int needed = std::max<int>(minRecords, int((records.size() + 1) / 2));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= needed)
            result.insert(it.key());
    }
    return result;
}

QStringList Cleaner::clean(const QStringList &lines, const QSet<QString> &boilerplate)
{
    QStringList kept;
    kept.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = QStringView(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        if (equalsAny(line, kRelatedOpeners))
            break;
        if (opensAddressBlock(line)) {
            // Skip the street, postcode and phone lines that follow.
            qsizetype k = i + 1;
            while (k < lines.size() && k <= i + 4) {
                const QStringView next = QStringView(lines[k]).trimmed();
                ++k;
                if (next.startsWith(u"Tel"))
                    break;
            }
            i = k - 1;
            continue;
        }
        if (isClutterLine(line) || boilerplate.contains(line.toString()))
            continue;
        if (i == lines.size() - 1 && isTagStrip(lines[i]))
            continue;
        kept.append(line.toString());
    }
    // Bylines and rubric names stand alone at the edges of a body with more text.
    if (kept.size() > 2 && looksLikeByline(kept.front()))
        kept.removeFirst();
    if (kept.size() > 2 && looksLikeByline(kept.back()))
        kept.removeLast();

    QStringList result;
    result.reserve(kept.size());
    QSet<QString> seen;
    for (QString &p : kept) {
        const QString key = paragraphKey(p);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(std::move(p));
    }
    return result;
}

} // namespace elshi::corpus
