#include "sentences.h"

namespace elshi::corpus {

namespace {

constexpr const char16_t *kAbbreviations[] = {u"mr",  u"mrs",  u"ms",  u"dr",  u"st", u"no",  u"vs",  u"etc", u"jr",
                                              u"sr",  u"prof", u"gen", u"col", u"lt", u"inc", u"co",  u"г",   u"гг",
                                              u"им",  u"ул",   u"т",   u"е",   u"д",  u"др",  u"пр",  u"см",  u"тыс",
                                              u"млн", u"млрд", u"руб", u"ж",   u"жж", u"obl", u"обл", u"u.s", u"u.n"};

bool isAbbreviationBefore(QStringView text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && (text[start - 1].isLetter() || text[start - 1] == u'.'))
        --start;
    const QStringView word = text.mid(start, dot - start);
    if (word.size() == 1 && word.front().isUpper())
        return true; // an initial
    for (const char16_t *a : kAbbreviations) {
        if (word.compare(QStringView(a), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool opensSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || c == u'«' || c == u'"' || c == u'“' || c == u'„' || c == u'(';
}

} // namespace

qsizetype Sentences::firstLength(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u'…')
            continue;
        qsizetype end = i + 1;
        while (end < n && (text[end] == u'»' || text[end] == u'"' || text[end] == u'”' || text[end] == u')'))
            ++end;
        if (end >= n)
            return n;
        if (!text[end].isSpace())
            continue;
        qsizetype next = end;
        while (next < n && text[next].isSpace())
            ++next;
        if (next >= n)
            return end;
        if (!opensSentence(text[next]))
            continue;
        if (c == u'.' && isAbbreviationBefore(text, i))
            continue;
        return end;
    }
    return n;
}

QString Sentences::titleFrom(QStringView text, qsizetype maxLength)
{
    text = text.trimmed();
    QStringView sentence = text.left(firstLength(text)).trimmed();
    while (!sentence.isEmpty() && (sentence.back() == u'.' || sentence.back().isSpace()))
        sentence.chop(1);
    if (sentence.size() <= maxLength)
        return sentence.toString();
    // Prefer a clause break, allowing a little past the limit so "… in Almaty," stays whole.
    const qsizetype reach = std::min(sentence.size() - 1, maxLength + maxLength / 6);
    for (qsizetype i = reach; i >= maxLength / 3; --i) {
        const QChar c = sentence[i];
        if (c == u',' || c == u':' || c == u';' || ((c == u'–' || c == u'—') && i > 0 && sentence[i - 1].isSpace()))
            return sentence.left(i).trimmed().toString() + u'…';
    }
    qsizetype cut = sentence.lastIndexOf(u' ', maxLength);
    if (cut < maxLength / 2)
        cut = maxLength;
    QStringView head = sentence.left(cut).trimmed();
    // Do not end on a short function word ("of", "в"): drop it.
    const qsizetype lastSpace = head.lastIndexOf(u' ');
    if (lastSpace > maxLength / 2 && head.size() - lastSpace <= 4 && head[lastSpace + 1].isLower())
        head = head.left(lastSpace).trimmed();
    return head.toString() + u'…';
}

} // namespace elshi::corpus
