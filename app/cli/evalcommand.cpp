// elshi-cli eval: measures entity extraction against hand-read gold data (the seed corpus), the
// factRuEval-2016 dev set and KazNERD, printing precision, recall and F1 as JSON Lines.

#include "command.h"

#include <corpus/filereader.h>
#include <entities/extractor.h>
#include <entities/identity.h>
#include <entities/morphology.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

namespace elshi::cli {

namespace {

using entities::EntityType;

QString tr(const char *text)
{
    return QCoreApplication::translate("elshi::entities", text);
}

struct Score
{
    int tp = 0, fp = 0, fn = 0;
    QJsonObject json(const QString &dataset, const QString &what) const
    {
        const double p = tp + fp ? double(tp) / (tp + fp) : 0;
        const double r = tp + fn ? double(tp) / (tp + fn) : 0;
        const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        auto round3 = [](double v) { return qRound(v * 1000) / 1000.0; };
        return {{QStringLiteral("dataset"), dataset},
                {QStringLiteral("measure"), what},
                {QStringLiteral("tp"), tp},
                {QStringLiteral("fp"), fp},
                {QStringLiteral("fn"), fn},
                {QStringLiteral("precision"), round3(p)},
                {QStringLiteral("recall"), round3(r)},
                {QStringLiteral("f1"), round3(f)}};
    }
};

QString readUtf8(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

// ---- KazNERD -------------------------------------------------------------------------------

int evalKaznerd(const QString &path, bool verbose)
{
    bool ok = false;
    const QString all = readUtf8(path, &ok);
    if (!ok) {
        printError(tr("%1: cannot read").arg(path));
        return ExitPartial;
    }
    const entities::Extractor extractor;
    QHash<QString, Score> scores;
    const QStringList types = {QStringLiteral("PERSON"), QStringLiteral("GPE"), QStringLiteral("ORGANISATION")};
    auto mapType = [](const entities::Mention &m) -> QString {
        switch (m.type) {
        case EntityType::Person:
            return QStringLiteral("PERSON");
        case EntityType::Country:
        case EntityType::City:
            return QStringLiteral("GPE");
        case EntityType::Location:
            return m.name.endsWith(u" Region") ? QStringLiteral("GPE") : QStringLiteral("LOCATION");
        case EntityType::Org:
            return QStringLiteral("ORGANISATION");
        case EntityType::Role:
            return QStringLiteral("POSITION");
        }
        return {};
    };
    const QStringList sentences = all.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &block : sentences) {
        QStringList tokens, tags;
        for (const QString &line : block.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype sp = line.lastIndexOf(u' ');
            if (sp <= 0)
                continue;
            tokens.append(line.left(sp));
            tags.append(line.mid(sp + 1).trimmed());
        }
        QString text;
        QList<int> starts, ends;
        for (const QString &t : std::as_const(tokens)) {
            if (!text.isEmpty())
                text += u' ';
            starts.append(int(text.size()));
            text += t;
            ends.append(int(text.size()));
        }
        QSet<QString> gold;
        for (qsizetype i = 0; i < tags.size(); ++i) {
            if (!tags.at(i).startsWith(u"B-"))
                continue;
            const QString type = tags.at(i).mid(2);
            qsizetype j = i + 1;
            while (j < tags.size() && tags.at(j) == u"I-" + type)
                ++j;
            if (types.contains(type))
                gold.insert(QStringLiteral("%1:%2:%3").arg(type).arg(i).arg(j - 1));
        }
        QSet<QString> found;
        const entities::Extraction x = extractor.extract(text, QStringLiteral("kk"));
        for (const entities::Mention &m : x.mentions) {
            const QString type = mapType(m);
            if (!types.contains(type))
                continue;
            const int first = int(starts.indexOf(m.start));
            const int last = int(ends.indexOf(m.end));
            found.insert(QStringLiteral("%1:%2:%3").arg(type).arg(first).arg(last));
        }
        for (const QString &type : types) {
            Score &s = scores[type];
            for (const QString &g : std::as_const(gold)) {
                if (!g.startsWith(type + u':'))
                    continue;
                if (found.contains(g))
                    ++s.tp;
                else {
                    ++s.fn;
                    if (verbose)
                        std::fprintf(stderr, "FN %s %s\n", qPrintable(g), qPrintable(text));
                }
            }
            for (const QString &f : std::as_const(found)) {
                if (f.startsWith(type + u':') && !gold.contains(f)) {
                    ++s.fp;
                    if (verbose)
                        std::fprintf(stderr, "FP %s %s\n", qPrintable(f), qPrintable(text));
                }
            }
        }
    }
    for (const QString &type : types)
        writeJsonLine(scores.value(type).json(QStringLiteral("kaznerd-valid"), type + QStringLiteral(" exact-span")));
    return ExitOk;
}

// ---- factRuEval-2016 ------------------------------------------------------------------------

// ---- factRuEval facts ------------------------------------------------------------------------

// One Occupation or Meeting fact of a .facts file: the people by surname (factRuEval writes
// "Лужков Юрий", surname first, in the nominative) and, for an occupation, the post as written.
struct GoldFact
{
    QStringList surnames;
    QString position;
};

QString surnameOf(const QString &goldName)
{
    return entities::morph::foldCase(goldName.section(u' ', 0, 0));
}

// Parses the Occupation and Meeting facts of one .facts file.
void readFacts(const QString &text, QList<GoldFact> *occupations, QList<GoldFact> *meetings)
{
    for (const QString &block : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        const QStringList lines = block.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            continue;
        const QString type = lines.first().section(u' ', 1, 1).trimmed();
        if (type != u"Occupation" && type != u"Meeting")
            continue;
        GoldFact fact;
        for (const QString &line : lines.mid(1)) {
            const QString role = line.section(u' ', 0, 0);
            const QString value = line.section(u' ', 2).trimmed();
            if (role == u"Who" || role == u"Participant")
                fact.surnames.append(surnameOf(value));
            else if (role == u"Position")
                fact.position = entities::morph::foldCase(value);
        }
        if (type == u"Occupation" && !fact.surnames.isEmpty())
            occupations->append(fact);
        else if (type == u"Meeting" && fact.surnames.size() >= 2)
            meetings->append(fact);
    }
}

bool namesSurname(const QString &name, const QString &surname)
{
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (entities::morph::foldCase(word) == surname)
            return true;
    }
    return false;
}

// A found role is the gold occupation when it is the same person and the post shares its first
// word's stem ("мэра" ~ "мэр Москвы"); a gold fact without a post needs only the person.
bool sameOccupation(const entities::RoleFact &role, const GoldFact &gold)
{
    if (!namesSurname(role.person, gold.surnames.first()))
        return false;
    if (gold.position.isEmpty())
        return true;
    const QString wanted = entities::morph::stemKey(gold.position.section(u' ', 0, 0), QStringLiteral("ru"));
    for (const QString &word : entities::morph::foldCase(role.titleText).split(u' ', Qt::SkipEmptyParts)) {
        if (entities::morph::stemKey(word, QStringLiteral("ru")) == wanted)
            return true;
    }
    return false;
}

// A found meeting is the gold one when two of its participants are among the gold's.
bool sameMeeting(const entities::MeetingFact &meeting, const GoldFact &gold)
{
    int shared = 0;
    for (const QString &surname : gold.surnames) {
        for (const QString &name : meeting.participants) {
            if (namesSurname(name, surname)) {
                ++shared;
                break;
            }
        }
    }
    return shared >= 2;
}

// Scores extracted facts against gold ones: a gold fact some extracted fact matches is a true
// positive, else a miss; an extracted fact no gold fact matches is a false positive. error(gold,
// nullptr) reports a miss, error(nullptr, found) a false positive.
template<typename Found, typename Same, typename Error>
void scoreFacts(const QList<GoldFact> &gold, const QList<Found> &found, Same same, Score &score, Error error)
{
    for (const GoldFact &g : gold) {
        const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const Found &f) { return same(f, g); });
        ++(hit ? score.tp : score.fn);
        if (!hit)
            error(&g, static_cast<const Found *>(nullptr));
    }
    for (const Found &f : found) {
        if (std::none_of(gold.cbegin(), gold.cend(), [&](const GoldFact &g) { return same(f, g); })) {
            ++score.fp;
            error(static_cast<const GoldFact *>(nullptr), &f);
        }
    }
}

int evalFactRuEval(const QString &dirPath, bool verbose)
{
    const QDir dir(dirPath);
    const QStringList books = dir.entryList({QStringLiteral("book_*.txt")}, QDir::Files, QDir::Name);
    if (books.isEmpty()) {
        printError(tr("%1: no book_*.txt files").arg(dirPath));
        return ExitPartial;
    }
    const entities::Extractor extractor;
    Score person, occupation, meeting;
    for (const QString &book : books) {
        bool ok = false;
        QString text = readUtf8(dir.filePath(book), &ok);
        const QString base = dir.filePath(book.chopped(4));
        const QString spansText = readUtf8(base + QStringLiteral(".spans"), &ok);
        const QString objectsText = readUtf8(base + QStringLiteral(".objects"), &ok);
        // span id → (start, length)
        QHash<QString, QPair<int, int>> spans;
        for (const QString &line : spansText.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
            if (f.size() >= 4)
                spans.insert(f.at(0), {f.at(2).toInt(), f.at(3).toInt()});
        }
        QSet<QPair<int, int>> gold;
        for (const QString &line : objectsText.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts);
            if (f.size() < 3 || f.at(1) != u"Person")
                continue;
            int b = INT_MAX, e = -1;
            for (const QString &id : f.mid(2)) {
                if (!spans.contains(id))
                    continue;
                b = std::min(b, spans.value(id).first);
                e = std::max(e, spans.value(id).first + spans.value(id).second);
            }
            if (e > 0)
                gold.insert({b, e});
        }
        // The .spans offsets count a line break as one character.
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QSet<QPair<int, int>> found;
        const entities::Extraction extraction = extractor.extract(text, QStringLiteral("ru"));
        for (const entities::Mention &m : extraction.mentions) {
            if (m.type == EntityType::Person)
                found.insert({m.start, m.end});
        }
        // Occupation and Meeting facts, matched by person and post, or by two participants.
        QList<GoldFact> goldOccupations, goldMeetings;
        readFacts(readUtf8(base + QStringLiteral(".facts"), &ok), &goldOccupations, &goldMeetings);
        scoreFacts(goldOccupations, extraction.roles, sameOccupation, occupation,
                   [&](const GoldFact *g, const entities::RoleFact *r) {
                       if (verbose)
                           std::fprintf(stderr, g ? "FN occupation %s %s %s\n" : "FP occupation %s %s %s\n",
                                        qPrintable(book), qPrintable(g ? g->surnames.first() : r->person),
                                        qPrintable(g ? g->position : r->titleText));
                   });
        scoreFacts(goldMeetings, extraction.meetings, sameMeeting, meeting,
                   [&](const GoldFact *g, const entities::MeetingFact *m) {
                       if (verbose)
                           std::fprintf(stderr, g ? "FN meeting %s %s\n" : "FP meeting %s %s\n", qPrintable(book),
                                        qPrintable((g ? g->surnames : m->participants).join(u'+')));
                   });
        for (const auto &g : std::as_const(gold)) {
            if (found.contains(g))
                ++person.tp;
            else {
                ++person.fn;
                if (verbose)
                    std::fprintf(stderr, "FN %s %s\n", qPrintable(book),
                                 qPrintable(text.mid(g.first, g.second - g.first)));
            }
        }
        for (const auto &f : std::as_const(found)) {
            if (!gold.contains(f)) {
                ++person.fp;
                if (verbose)
                    std::fprintf(stderr, "FP %s %s\n", qPrintable(book),
                                 qPrintable(text.mid(f.first, f.second - f.first)));
            }
        }
    }
    writeJsonLine(person.json(QStringLiteral("factrueval-2016-dev"), QStringLiteral("Person exact-span")));
    writeJsonLine(
        occupation.json(QStringLiteral("factrueval-2016-dev"), QStringLiteral("Occupation facts (person and post)")));
    writeJsonLine(
        meeting.json(QStringLiteral("factrueval-2016-dev"), QStringLiteral("Meeting facts (two participants)")));
    return ExitOk;
}

// ---- Seeds ----------------------------------------------------------------------------------

struct SeedArticle
{
    core::DateValue date;
    QString text;
};

int monthNumber(const QString &word)
{
    static const QStringList en = {QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                   QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                   QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                   QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    static const QStringList ru = {QStringLiteral("январ"),  QStringLiteral("феврал"), QStringLiteral("март"),
                                   QStringLiteral("апрел"),  QStringLiteral("ма"),     QStringLiteral("июн"),
                                   QStringLiteral("июл"),    QStringLiteral("август"), QStringLiteral("сентябр"),
                                   QStringLiteral("октябр"), QStringLiteral("ноябр"),  QStringLiteral("декабр")};
    const QString w = word.toLower();
    for (int i = 0; i < 12; ++i) {
        if (w == en.at(i) || (w.startsWith(ru.at(i)) && w.size() <= ru.at(i).size() + 2))
            return i + 1;
    }
    return 0;
}

// A crude split of the seed layouts into dated articles; the corpus readers do this properly.
QList<SeedArticle> splitSeed(const QString &text)
{
    static const QRegularExpression crawl(QStringLiteral("^\\s*date (\\d{4}-\\d{2}-\\d{2})"));
    static const QRegularExpression un(QStringLiteral("^Date: (\\d{1,2}) (\\w+) (\\d{4})"));
    static const QRegularExpression digest(QStringLiteral("^(\\d{2})\\.(\\d{2})\\.(\\d{4})$"));
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2}) (\\w+)\\. ?[A-ZА-Я]"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QList<SeedArticle> out;
    SeedArticle current;
    for (const QString &line : text.split(u'\n')) {
        core::DateValue date;
        QRegularExpressionMatch m;
        if ((m = crawl.match(line)).hasMatch())
            date = core::DateValue::fromIso(m.captured(1));
        else if ((m = un.match(line)).hasMatch())
            date = core::DateValue::ofDay(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        else if ((m = digest.match(line.trimmed())).hasMatch())
            date = core::DateValue::ofDay(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (date.isValid()) {
            if (!current.text.trimmed().isEmpty() && !(current.date.isValid() && crawl.match(line).hasMatch() && false))
                out.append(current);
            current = {date, QString()};
            if (crawl.match(line).hasMatch())
                current.text = line.mid(m.capturedEnd()) + u'\n';
            continue;
        }
        current.text += line + u'\n';
    }
    if (!current.text.trimmed().isEmpty())
        out.append(current);
    for (SeedArticle &a : out) {
        if (a.date.isValid())
            continue;
        const auto m = dayMonth.match(a.text.left(400));
        if (m.hasMatch() && monthNumber(m.captured(2)))
            a.date = core::DateValue::ofDayMonth(monthNumber(m.captured(2)), m.captured(1).toInt());
    }
    return out;
}

bool sameDate(const core::DateValue &found, const QString &goldIso)
{
    const core::DateValue gold = core::DateValue::fromIso(goldIso);
    if (found == gold)
        return true;
    if (found.precision == core::DateValue::Precision::DayMonthNoYear)
        return found.month == gold.month && found.day == gold.day;
    return false;
}

int evalSeeds(const QString &dirPath, const QString &goldPath, bool verbose)
{
    bool ok = false;
    const QJsonObject gold = QJsonDocument::fromJson(readUtf8(goldPath, &ok).toUtf8()).object();
    if (!ok || gold.isEmpty()) {
        printError(tr("%1: cannot read the gold file").arg(goldPath));
        return ExitPartial;
    }
    const entities::Extractor extractor;
    struct Pair
    {
        QString file, a, b, place;
        core::DateValue date;
    };
    QList<Pair> found;
    QList<entities::RoleFact> roles;
    const QDir dir(dirPath);
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const QString text = readUtf8(dir.filePath(file), &ok);
        for (const SeedArticle &article : splitSeed(text)) {
            const entities::Extraction x =
                extractor.extract(article.text, entities::Extractor::guessLanguage(article.text), article.date);
            roles += x.roles;
            for (const entities::MeetingFact &m : x.meetings) {
                for (const QString &s : m.subjects()) {
                    for (const QString &c : m.counterparts())
                        found.append({file, s, c, m.place, m.date});
                }
            }
        }
    }
    Score meetings, places;
    const QJsonArray goldMeetings = gold.value(QStringLiteral("meetings")).toArray();
    QList<bool> matched(goldMeetings.size(), false);
    for (const Pair &p : std::as_const(found)) {
        bool hit = false;
        for (qsizetype g = 0; g < goldMeetings.size(); ++g) {
            const QJsonObject m = goldMeetings.at(g).toObject();
            const QString a = m.value(QStringLiteral("a")).toString(), b = m.value(QStringLiteral("b")).toString();
            const bool names = (entities::samePerson(a, p.a) && entities::samePerson(b, p.b)) ||
                (entities::samePerson(a, p.b) && entities::samePerson(b, p.a));
            if (!names || m.value(QStringLiteral("file")).toString() != p.file ||
                !sameDate(p.date, m.value(QStringLiteral("date")).toString()))
                continue;
            hit = true;
            if (!matched[g]) {
                matched[g] = true;
                ++meetings.tp;
                const QString goldPlace = m.value(QStringLiteral("place")).toString();
                if (goldPlace.isEmpty() == p.place.isEmpty() &&
                    (goldPlace.isEmpty() || entities::identityKey(goldPlace) == entities::identityKey(p.place) ||
                     p.place.startsWith(goldPlace.left(4))))
                    ++places.tp;
                else {
                    ++places.fp;
                    if (verbose)
                        std::fprintf(stderr, "PLACE %s vs %s\n", qPrintable(p.place), qPrintable(goldPlace));
                }
            }
        }
        if (!hit) {
            ++meetings.fp;
            if (verbose)
                std::fprintf(stderr, "FP meeting %s %s | %s %s\n", qPrintable(p.file), qPrintable(p.date.toIso()),
                             qPrintable(p.a), qPrintable(p.b));
        }
    }
    for (qsizetype g = 0; g < goldMeetings.size(); ++g) {
        if (!matched[g]) {
            ++meetings.fn;
            if (verbose)
                std::fprintf(stderr, "FN meeting %s\n",
                             QJsonDocument(goldMeetings.at(g).toObject()).toJson(QJsonDocument::Compact).constData());
        }
    }
    // People with roles: the gold person appears with a post whose title words the gold role has.
    Score people;
    const QJsonArray goldPeople = gold.value(QStringLiteral("people")).toArray();
    for (const QJsonValue &v : goldPeople) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        const QString role = v.toObject().value(QStringLiteral("role")).toString().toLower();
        bool hit = false;
        for (const entities::RoleFact &r : std::as_const(roles)) {
            if (!entities::samePerson(name, r.person))
                continue;
            const QString title = r.titleText.toLower();
            const QString head =
                title.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts).value(0);
            if (!head.isEmpty() && role.contains(head.left(std::max<qsizetype>(4, head.size() - 2)))) {
                hit = true;
                break;
            }
        }
        if (hit)
            ++people.tp;
        else {
            ++people.fn;
            if (verbose)
                std::fprintf(stderr, "FN role %s (%s)\n", qPrintable(name), qPrintable(role));
        }
    }
    writeJsonLine(meetings.json(QStringLiteral("seeds"), QStringLiteral("meetings (pairs, date)")));
    writeJsonLine(places.json(QStringLiteral("seeds"), QStringLiteral("meeting place, of matched meetings")));
    writeJsonLine(people.json(QStringLiteral("seeds"), QStringLiteral("people with roles (recall)")));
    return ExitOk;
}

// A corpus made by `elshi-cli generate`: its truth/ names every meeting's participants by person
// id, with each person's names in three languages. Scored as pairs of participants per file, as
// the seeds are: a found pair counts when both names belong to people the file's truth has meet.
int evalGenerated(const QString &dirPath, bool verbose)
{
    const auto readLines = [](const QString &path, bool *ok) {
        const QString text = readUtf8(path, ok);
        QList<QJsonObject> out;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
            out.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return out;
    };
    bool ok = true;
    const QList<QJsonObject> people = readLines(dirPath + u"/truth/people.jsonl", &ok);
    const QList<QJsonObject> meetings = ok ? readLines(dirPath + u"/truth/meetings.jsonl", &ok) : QList<QJsonObject>();
    if (!ok || people.isEmpty()) {
        printError(tr("%1: no truth/people.jsonl and truth/meetings.jsonl of a generated corpus")
                       .arg(QDir::toNativeSeparators(dirPath)));
        return ExitPartial;
    }
    QHash<QString, QSet<int>> idsByName; // lower-case name in any language -> person ids
    for (const QJsonObject &person : people) {
        const QJsonObject names = person.value(QStringLiteral("names")).toObject();
        for (const QJsonValue &name : names)
            idsByName[name.toString().toLower()].insert(person.value(QStringLiteral("id")).toInt());
    }
    const auto pairKey = [](int a, int b) { return qint64(std::min(a, b)) << 32 | qint64(std::max(a, b)); };
    QMap<QString, QSet<qint64>> truth; // file -> participant id pairs
    for (const QJsonObject &m : meetings) {
        const QJsonArray ids = m.value(QStringLiteral("participants")).toArray();
        QSet<qint64> &pairs = truth[m.value(QStringLiteral("file")).toString()];
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                pairs.insert(pairKey(ids.at(i).toInt(), ids.at(j).toInt()));
        }
    }
    // The truth's pairs that a found pair of names can be: every person either name may stand for.
    const auto truthPairs = [&](const QSet<qint64> &pairs, const QString &a, const QString &b) {
        QSet<qint64> hits;
        for (const int x : idsByName.value(a.toLower())) {
            for (const int y : idsByName.value(b.toLower())) {
                if (pairs.contains(pairKey(x, y)))
                    hits.insert(pairKey(x, y));
            }
        }
        return hits;
    };
    const entities::Extractor extractor;
    Score score;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        QList<entities::MeetingFact> found;
        for (const corpus::Article &article : corpus::readCorpusFile(dirPath + u'/' + it.key()).articles)
            found.append(extractor.extract(article.body(), article.lang, article.date).meetings);
        QSet<qint64> matched;
        for (const entities::MeetingFact &m : std::as_const(found)) {
            for (qsizetype i = 0; i < m.participants.size(); ++i) {
                for (qsizetype j = i + 1; j < m.participants.size(); ++j) {
                    const QSet<qint64> hits = truthPairs(it.value(), m.participants.at(i), m.participants.at(j));
                    matched.unite(hits);
                    hits.isEmpty() ? ++score.fp : ++score.tp;
                    if (hits.isEmpty() && verbose)
                        std::fprintf(stderr, "FP generated %s | %s | %s\n", qPrintable(it.key()),
                                     qPrintable(m.participants.at(i)), qPrintable(m.participants.at(j)));
                }
            }
        }
        score.fn += int(it.value().size() - matched.size());
    }
    writeJsonLine(score.json(QStringLiteral("generated"), QStringLiteral("meetings (participant pairs per file)")));
    return ExitOk;
}

class EvalCommand final : public Command
{
    // lupdate files these strings under the class, so they are translated with its context.
    Q_DECLARE_TR_FUNCTIONS(elshi::cli::EvalCommand)

public:
    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override { return tr("Score entity extraction on gold data"); }
    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("kaznerd"), tr("KazNERD IOB2 file."), QStringLiteral("file")});
        parser.addOption({QStringLiteral("factrueval"), tr("factRuEval-2016 folder (devset)."), QStringLiteral("dir")});
        parser.addOption({QStringLiteral("seeds"), tr("Folder of seed corpus files."), QStringLiteral("dir")});
        parser.addOption({QStringLiteral("gold"), tr("Gold JSON for the seeds."), QStringLiteral("file")});
        parser.addOption({QStringLiteral("generated"), tr("Corpus made by elshi-cli generate, with its truth."),
                          QStringLiteral("dir")});
        parser.addOption({QStringLiteral("verbose"), tr("List every error on standard error.")});
    }
    int run(const QCommandLineParser &parser) override
    {
        const bool verbose = parser.isSet(QStringLiteral("verbose"));
        int status = ExitOk;
        bool any = false;
        if (parser.isSet(QStringLiteral("seeds"))) {
            if (!parser.isSet(QStringLiteral("gold")))
                return usageError(name(), tr("--seeds needs --gold"));
            status = std::max(
                status,
                evalSeeds(parser.value(QStringLiteral("seeds")), parser.value(QStringLiteral("gold")), verbose));
            any = true;
        }
        if (parser.isSet(QStringLiteral("factrueval"))) {
            status = std::max(status, evalFactRuEval(parser.value(QStringLiteral("factrueval")), verbose));
            any = true;
        }
        if (parser.isSet(QStringLiteral("kaznerd"))) {
            status = std::max(status, evalKaznerd(parser.value(QStringLiteral("kaznerd")), verbose));
            any = true;
        }
        if (parser.isSet(QStringLiteral("generated"))) {
            status = std::max(status, evalGenerated(parser.value(QStringLiteral("generated")), verbose));
            any = true;
        }
        if (!any)
            return usageError(name(),
                              tr("give --seeds DIR --gold FILE, --factrueval DIR, --kaznerd FILE or --generated DIR"));
        return status;
    }
};

} // namespace

ELSHI_CLI_COMMAND(EvalCommand)

} // namespace elshi::cli
