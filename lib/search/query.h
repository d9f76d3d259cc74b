#pragma once

// The search language researchers type, parsed into a value the Searcher runs.
//
//   word                 articles containing the word in any inflection (посол finds послом)
//   "two words"          the words next to each other, in this order
//   minist*              words starting with minist (matched against stems: see below)
//   -word, -"a phrase"   articles without it
//   a OR b               either; binds tighter than the implicit AND: `visit a OR b talks`
//   title:word           only in titles (also title:"a phrase", title:pref*)
//   lang:ru              language: en, ru or kk (lang:ru,kk or repeated for several)
//   source:Kazinform     outlet, case-insensitive, any part of its name (source:"Kazakh MFA")
//   date:2024            also date:2024-03, date:2024-03-07, date:2023-06..2024-03, date:2023..,
//                        date:..2019-09; an article dated only to a month or year matches when
//                        that whole month or year lies inside the range
//
// Several values of one filter are alternatives; different filters and words must all hold.
// Prefixes match the stored stems, so minist* finds министр and министерство but a prefix longer
// than the stem (meetings*) finds less than the word itself would. No parentheses.
//
// parse() never fails with SQL: a malformed query gives a translated message in the user's terms.
// The words go to FTS5 only inside double quotes built here (matchExpression), so FTS5 syntax
// errors cannot happen whatever the user types.

#include <core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace elshi::search {

struct Term
{
    QString text; // as typed, without quotes or the trailing *
    bool phrase = false;
    bool prefix = false;
    bool titleOnly = false;
    bool operator==(const Term &) const = default;
};

struct DateRange
{
    qint32 from = 0; // DateValue::sortKey of the first day, month or year: 20230600
    qint32 to = 0; // the last key it covers: 20240399 for 2024-03, 20249999 for 2024
    bool operator==(const DateRange &) const = default;
};

class Query
{
    Q_DECLARE_TR_FUNCTIONS(elshi::search::Query)
public:
    static core::Result<Query> parse(QStringView text);

    QList<QList<Term>> groups; // every group must match; any term of a group will do
    QList<Term> excluded;
    QStringList langs;
    QStringList sources;
    QList<DateRange> dates;

    bool hasWords() const { return !groups.isEmpty(); }
    bool hasFilters() const { return !langs.isEmpty() || !sources.isEmpty() || !dates.isEmpty(); }

    // FTS5 MATCH text for the words, excluded ones included with NOT; empty without words.
    QString matchExpression() const;
    // FTS5 MATCH text for the excluded words alone, for queries that only exclude.
    QString exclusionExpression() const;

    bool operator==(const Query &) const = default;
};

} // namespace elshi::search
