#include "query.h"

#include <core/datevalue.h>
#include <text/tokenizer.h>

namespace elshi::search {

namespace {

bool hasWord(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    text::Tokenizer tokenizer(std::string_view(utf8.constData(), size_t(utf8.size())));
    text::Token token;
    return tokenizer.next(token);
}

QString quoted(const Term &term)
{
    QString text = term.text;
    text.replace(u'"', QStringLiteral("\"\""));
    QString result = u'"' + text + u'"';
    if (term.prefix)
        result += QStringLiteral(" *");
    if (term.titleOnly)
        result = QStringLiteral("title : ") + result;
    return result;
}

QString anyOf(const QList<Term> &terms)
{
    QStringList parts;
    for (const Term &term : terms)
        parts.append(quoted(term));
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

// One lexical item of the query.
struct Item
{
    enum Kind
    {
        Word,
        Phrase,
        Or,
    } kind;
    QString text;
    bool negated = false;
    bool prefix = false;
    QString field; // lowercased, without the colon; empty for none
};

std::optional<DateRange> parseDateRange(QStringView value)
{
    const auto bound = [](QStringView part, bool first) -> std::optional<qint32> {
        const core::DateValue date = core::DateValue::fromIso(part);
        if (!date.hasYear())
            return std::nullopt;
        const qint32 key = date.sortKey();
        if (first)
            return key;
        switch (date.precision) {
        case core::DateValue::Precision::Year:
            return key + 9999;
        case core::DateValue::Precision::Month:
            return key + 99;
        default:
            return key;
        }
    };
    const qsizetype dots = value.indexOf(QStringLiteral(".."));
    if (dots < 0) {
        const auto from = bound(value, true), to = bound(value, false);
        if (!from || !to)
            return std::nullopt;
        return DateRange{*from, *to};
    }
    const QStringView left = value.left(dots), right = value.mid(dots + 2);
    if (left.isEmpty() && right.isEmpty())
        return std::nullopt;
    const auto from = left.isEmpty() ? std::optional<qint32>(10000) : bound(left, true);
    const auto to = right.isEmpty() ? std::optional<qint32>(99999999) : bound(right, false);
    if (!from || !to)
        return std::nullopt;
    return DateRange{*from, *to};
}

} // namespace

core::Result<Query> Query::parse(QStringView input)
{
    const auto fail = [](const QString &message) { return core::Error{message}; };

    // 1. Split into words, phrases and OR, with their field and sign.
    QList<Item> items;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        if (input[i].isSpace() || input[i].category() == QChar::Other_Control) {
            ++i;
            continue;
        }
        Item item{Item::Word, {}};
        if (input[i] == u'-' && i + 1 < n && !input[i + 1].isSpace()) {
            item.negated = true;
            ++i;
        }
        // A field name: ASCII letters up to a colon (Астана: or 12:30 stay words).
        qsizetype j = i;
        while (j < n && input[j].unicode() < 0x80 && input[j].isLetter())
            ++j;
        if (j > i && j < n && input[j] == u':') {
            item.field = input.mid(i, j - i).toString().toLower();
            i = j + 1;
        }
        if (i < n && input[i] == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            if (close < 0)
                return fail(tr("unbalanced quote: a phrase needs a closing \""));
            item.kind = Item::Phrase;
            item.text = input.mid(i + 1, close - i - 1).toString();
            i = close + 1;
            if (i < n && input[i] == u'*') {
                item.prefix = true;
                while (i < n && input[i] == u'*')
                    ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !input[end].isSpace() && input[end] != u'"')
                ++end;
            item.text = input.mid(i, end - i).toString();
            i = end;
            while (item.text.endsWith(u'*')) {
                item.prefix = true;
                item.text.chop(1);
            }
            if (item.prefix && item.text.isEmpty())
                return fail(tr("'*' goes at the end of the start of a word, as in minist*"));
            if (item.field.isEmpty() && !item.negated && !item.prefix && item.text == u"OR")
                item.kind = Item::Or;
        }
        if (!item.field.isEmpty() && item.text.trimmed().isEmpty())
            return fail(tr("'%1:' needs a value, as in %1:%2")
                            .arg(item.field,
                                 item.field == u"date"       ? QStringLiteral("2024-03")
                                     : item.field == u"lang" ? QStringLiteral("ru")
                                                             : QStringLiteral("word")));
        items.append(item);
    }

    // 2. Filters, words and OR groups.
    Query query;
    bool joinNext = false; // the previous item was OR
    for (qsizetype k = 0; k < items.size(); ++k) {
        const Item &item = items.at(k);
        if (item.kind == Item::Or) {
            const bool previousIsText = k > 0 && items.at(k - 1).kind != Item::Or && !items.at(k - 1).negated &&
                (items.at(k - 1).field.isEmpty() || items.at(k - 1).field == u"title");
            const bool nextIsText = k + 1 < items.size() && items.at(k + 1).kind != Item::Or &&
                !items.at(k + 1).negated && (items.at(k + 1).field.isEmpty() || items.at(k + 1).field == u"title");
            if (!previousIsText || !nextIsText || query.groups.isEmpty())
                return fail(tr("OR needs a word or phrase on each side, as in Astana OR Nur-Sultan"));
            joinNext = true;
            continue;
        }
        const QString &field = item.field;
        if (!field.isEmpty() && field != u"title") {
            if (item.negated)
                return fail(tr("'-' excludes words and phrases; it cannot be used with '%1:'").arg(field));
            if (field == u"lang") {
                for (const QString &code : item.text.toLower().split(u',', Qt::SkipEmptyParts)) {
                    if (code != u"en" && code != u"ru" && code != u"kk")
                        return fail(tr("lang: needs en, ru or kk"));
                    if (!query.langs.contains(code))
                        query.langs.append(code);
                }
            } else if (field == u"source") {
                query.sources.append(item.text.trimmed());
            } else if (field == u"date") {
                const auto range = parseDateRange(item.text.trimmed());
                if (!range)
                    return fail(tr("date: needs YYYY, YYYY-MM or YYYY-MM-DD, or a range such as 2023-06..2024-03"));
                if (range->from > range->to)
                    return fail(tr("date: the range ends before it starts"));
                query.dates.append(*range);
            } else {
                return fail(tr("unknown filter '%1:'; use title:, lang:, source: or date:").arg(field));
            }
            continue;
        }
        Term term{item.text, item.kind == Item::Phrase, item.prefix, field == u"title"};
        if (!hasWord(term.text)) {
            joinNext = false; // punctuation alone: nothing to find, nothing to join
            continue;
        }
        if (item.negated)
            query.excluded.append(term);
        else if (joinNext)
            query.groups.last().append(term);
        else
            query.groups.append({term});
        joinNext = false;
    }
    if (!query.hasWords() && !query.hasFilters())
        return fail(query.excluded.isEmpty() ? tr("nothing to search for: type a word, a \"phrase\" or a filter")
                                             : tr("add a word or a filter to search for besides the excluded ones"));
    return query;
}

QString Query::matchExpression() const
{
    if (groups.isEmpty())
        return QString();
    QStringList parts;
    for (const QList<Term> &group : groups)
        parts.append(anyOf(group));
    QString expression = parts.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        expression = u'(' + expression + QStringLiteral(") NOT ") + anyOf(excluded);
    return expression;
}

QString Query::exclusionExpression() const
{
    return excluded.isEmpty() ? QString() : anyOf(excluded);
}

} // namespace elshi::search
