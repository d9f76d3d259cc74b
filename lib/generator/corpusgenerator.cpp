#include "corpusgenerator.h"

#include "composer.h"
#include "morphology.h"
#include "people.h"
#include "random.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace elshi::generator {

namespace {

enum class Layout
{
    MfaDigest,
    KazinformTitled,
    KazinformUntitled,
    KazakhstanToday,
    UnRecords,
    PlainText,
};

const char *layoutId(Layout layout)
{
    switch (layout) {
    case Layout::MfaDigest:
        return "mfa-digest";
    case Layout::KazinformTitled:
    case Layout::KazinformUntitled:
        return "kazinform";
    case Layout::KazakhstanToday:
        return "kazakhstan-today";
    case Layout::UnRecords:
        return "un-records";
    case Layout::PlainText:
        return "plain-text";
    }
    return "";
}

void appendJsonString(std::string &out, const std::string &text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

std::string two(int value)
{
    return value < 10 ? "0" + std::to_string(value) : std::to_string(value);
}

std::string isoDate(QDate d)
{
    return std::to_string(d.year()) + "-" + two(d.month()) + "-" + two(d.day());
}

std::string dottedDate(QDate d)
{
    return two(d.day()) + "." + two(d.month()) + "." + std::to_string(d.year());
}

std::string clock(Random &r)
{
    return two(r.between(8, 21)) + ":" + two(r.between(0, 59));
}

const QDate firstDay(2005, 1, 1);
const QDate lastDay(2025, 12, 31);

// Article dates: 2005–2025, more news every year, fewer on weekends.
QDate drawDate(Random &r)
{
    static const std::vector<int> cumulative = [] {
        std::vector<int> c;
        int total = 0;
        for (int year = 2005; year <= 2025; ++year) {
            total += 100 + (year - 2005) * 35;
            c.push_back(total);
        }
        return c;
    }();
    const int pick = int(r.below(std::size_t(cumulative.back())));
    int year = 2005;
    while (cumulative[std::size_t(year - 2005)] <= pick)
        ++year;
    QDate date = QDate(year, 1, 1).addDays(qint64(r.below(std::size_t(QDate(year, 1, 1).daysInYear()))));
    if (date.dayOfWeek() >= 6 && r.chance(0.7))
        date = date.addDays(date.dayOfWeek() == 6 ? -1 : 1);
    return std::clamp(date, firstDay, lastDay);
}

struct FileTruth
{
    std::string articles;
    std::string meetings;
};

class Writer
{
public:
    Writer(const People &people, const Composer &composer)
        : m_people(people)
        , m_composer(composer)
    {
    }

    // Renders one file with up to `count` articles; returns how many it holds.
    int render(Random &r, int count, const std::string &relativePath, std::string &text, FileTruth &truth) const;

private:
    void record(const ComposedArticle &a, int index, Layout layout, bool titled, const std::string &file,
                FileTruth &truth) const;

    const People &m_people;
    const Composer &m_composer;
};

void Writer::record(const ComposedArticle &a, int index, Layout layout, bool titled, const std::string &file,
                    FileTruth &truth) const
{
    std::string &out = truth.articles;
    out += "{\"file\":";
    appendJsonString(out, file);
    out += ",\"index_in_file\":" + std::to_string(index) + ",\"date\":\"" + isoDate(a.date) + "\",\"title\":";
    if (titled)
        appendJsonString(out, a.title);
    else
        out += "null";
    out += ",\"lang\":\"" + std::string(langCode(a.lang)) + "\",\"layout\":\"" + layoutId(layout) + "\"}\n";
    for (const MeetingTruth &m : a.meetings) {
        std::string &mo = truth.meetings;
        mo += "{\"file\":";
        appendJsonString(mo, file);
        mo +=
            ",\"index_in_file\":" + std::to_string(index) + ",\"date\":\"" + isoDate(m.date) + "\",\"participants\":[";
        for (std::size_t i = 0; i < m.participants.size(); ++i)
            mo += (i ? "," : "") + std::to_string(m.participants[i]);
        mo += "],\"place\":";
        appendJsonString(mo, m.place);
        mo += "}\n";
    }
}

int Writer::render(Random &r, int remaining, const std::string &file, std::string &text, FileTruth &truth) const
{
    const int roll = int(r.below(100));
    int lang = roll < 42 ? En : roll < 75 ? Ru : Kk;
    const int layoutRoll = int(r.below(100));
    Layout layout = layoutRoll < 14 ? Layout::MfaDigest
        : layoutRoll < 44           ? Layout::KazinformTitled
        : layoutRoll < 56           ? Layout::KazinformUntitled
        : layoutRoll < 66           ? Layout::KazakhstanToday
        : layoutRoll < 74           ? Layout::UnRecords
                                    : Layout::PlainText;
    if (layout == Layout::KazakhstanToday)
        lang = Ru;
    QDate date = drawDate(r);
    const QDate crawl = date.addDays(r.chance(0.8) ? 0 : r.between(1, 3));

    const auto capitalCity = [&](QDate d) {
        return r.chance(0.75) ? Composer::kazakhCapital(d, lang, false) : std::string(lang == En ? "Almaty" : "Алматы");
    };

    switch (layout) {
    case Layout::MfaDigest: {
        const int n = std::min(remaining, r.between(3, 8));
        const int tellAfter = int(r.below(std::size_t(n)));
        text += " date " + isoDate(crawl) + " " + dottedDate(date) + ", " + clock(r) + " " +
            std::to_string(r.between(120, 9999)) + "\n";
        for (int i = 0; i < n; ++i) {
            if (i > 0) {
                if (r.chance(0.6) && date > firstDay)
                    date = date.addDays(-1);
                text += dottedDate(date) + "\n";
            }
            const ComposedArticle a = m_composer.compose(lang, date, Focus::Any, r);
            text += a.title + "\n";
            if (lang == En && r.chance(0.6))
                text += "Kazakh MFA\n";
            for (const std::string &p : a.paragraphs)
                text += p + "\n";
            if (i == tellAfter)
                text += "Tell a friend\n";
            record(a, i, layout, true, file, truth);
        }
        return n;
    }
    case Layout::KazinformTitled:
    case Layout::KazinformUntitled: {
        const ComposedArticle a = m_composer.compose(lang, date, Focus::Any, r);
        static const char *const agency[] = {"KAZINFORM", "КАЗИНФОРМ", "ҚазАқпарат"};
        const std::string city = Composer::upper(capitalCity(date));
        const bool titled = layout == Layout::KazinformTitled;
        text += " date " + isoDate(crawl) + " ";
        if (titled)
            text += a.title + "\n\n" + city + ". " + agency[lang] + " - ";
        else
            text += city + ". " + agency[lang] + (lang == En ? " " : " - ");
        for (std::size_t i = 0; i < a.paragraphs.size(); ++i)
            text += (i ? "\n\n" : "") + a.paragraphs[i];
        text += "\n";
        record(a, 0, layout, titled, file, truth);
        return 1;
    }
    case Layout::KazakhstanToday: {
        const ComposedArticle a = m_composer.compose(Ru, date, Focus::Any, r);
        std::string city = capitalCity(date);
        text += a.title + "\nФото: МИД РК\n" + city + ". " + std::to_string(date.day()) + " " +
            monthName(Ru, date.month(), true) + ". KAZAKHSTAN TODAY - ";
        for (std::size_t i = 0; i < a.paragraphs.size(); ++i)
            text += (i ? "\n" : "") + a.paragraphs[i];
        text += "\n";
        record(a, 0, layout, true, file, truth);
        return 1;
    }
    case Layout::UnRecords: {
        const int n = std::min(remaining, r.between(1, 6));
        for (int i = 0; i < n; ++i) {
            const int recordRoll = int(r.below(100));
            const int recordLang = recordRoll < 70 ? En : recordRoll < 85 ? Ru : Kk;
            const ComposedArticle a = m_composer.compose(recordLang, date, Focus::UnitedNations, r);
            const std::string dayMonth = std::to_string(date.day()) + " ";
            text += "Date: " + dayMonth + monthName(En, date.month(), false) + " " + std::to_string(date.year()) +
                "\nTitle: " + a.title + "\nContent: Donate to the Sustainable Development Goals Fund\n" + dayMonth +
                (recordLang == Ru ? monthName(Ru, date.month(), true) : monthName(recordLang, date.month(), false)) +
                " " + std::to_string(date.year()) + "\n";
            for (const std::string &p : a.paragraphs)
                text += p + "\n";
            std::string slug = morph::kkToLatin(QString::fromStdString(a.title).toLower()).toStdString();
            for (char &c : slug) {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                    c = '-';
            }
            text += "UN House in Astana:\n14, Mambetov Street\nZ11D8T7, Astana, Kazakhstan\nTel: +7 (7172) 696550\n"
                    "***\nUN Office in Almaty:\n303, Baizakov Street\nA15G7T0, Almaty, Kazakhstan\n"
                    "Tel: +7 (727) 2582643\nURL: https://kazakhstan.un.org/" +
                std::string(langCode(recordLang)) + "/" + std::to_string(r.between(1000, 299999)) + "-" +
                slug.substr(0, 90) + "\n\n\n\n\n";
            record(a, i, layout, true, file, truth);
            date = std::min(date.addDays(r.between(1, 40)), lastDay);
        }
        return n;
    }
    case Layout::PlainText: {
        const ComposedArticle a = m_composer.compose(lang, date, Focus::Any, r);
        text += a.title + "\n";
        if (lang == En) {
            text += "Photo: None\n" + clock(r) + ", " + two(date.day()) + " " + monthName(En, date.month(), false) +
                " " + std::to_string(date.year()) + " | GMT +" + (r.chance(0.5) ? "5" : "6") + "\n";
            for (const std::string &p : a.paragraphs)
                text += p + "\n";
        } else if (lang == Ru) {
            static const char *const abbreviations[] = {"янв", "фев", "мар", "апр", "мая", "июн",
                                                        "июл", "авг", "сен", "окт", "ноя", "дек"};
            text += "\n" + Composer::upper(capitalCity(date)) + ", " + std::to_string(date.day()) + " " +
                abbreviations[date.month() - 1] + " - Sputnik. ";
            for (std::size_t i = 0; i < a.paragraphs.size(); ++i)
                text += (i ? "\n\n" : "") + a.paragraphs[i];
            text += "\n";
        } else {
            text += std::to_string(date.day()) + " " + monthName(Kk, date.month(), false) + " " +
                std::to_string(date.year()) + ", " + clock(r) + " " + std::to_string(r.between(100, 9999)) + "\n";
            for (const std::string &p : a.paragraphs)
                text += p + "\n";
        }
        record(a, 0, layout, true, file, truth);
        return 1;
    }
    }
    return 0;
}

core::Error writeError(const QString &path)
{
    core::Error error;
    error.message = QCoreApplication::translate("elshi::generator", "cannot write %1").arg(path);
    error.file = path;
    return error;
}

struct FileCloser
{
    void operator()(std::FILE *f) const
    {
        if (f)
            std::fclose(f);
    }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

FilePtr openForWriting(const QString &path)
{
    return FilePtr(std::fopen(QFile::encodeName(path).constData(), "wb"));
}

} // namespace

core::Result<GeneratorSummary> generateCorpus(const GeneratorOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString root = QDir(options.outDir).absolutePath();
    const QString truthDir = root + QStringLiteral("/truth");
    if (!QDir().mkpath(truthDir))
        return writeError(truthDir);

    const People people(options.seed);
    const Composer composer(people, options.seed);
    const Writer writer(people, composer);
    Random random(options.seed);

    GeneratorSummary summary;
    summary.people = people.personCount();
    {
        QFile peopleFile(truthDir + QStringLiteral("/people.jsonl"));
        if (!peopleFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || !people.writeJsonl(peopleFile))
            return writeError(peopleFile.fileName());
    }
    const QString articlesPath = truthDir + QStringLiteral("/articles.jsonl");
    const QString meetingsPath = truthDir + QStringLiteral("/meetings.jsonl");
    FilePtr articlesFile = openForWriting(articlesPath);
    if (!articlesFile)
        return writeError(articlesPath);
    FilePtr meetingsFile = openForWriting(meetingsPath);
    if (!meetingsFile)
        return writeError(meetingsPath);

    std::string text;
    FileTruth truth;
    QString currentFolder;
    while (summary.articles < options.articles) {
        const qint64 index = summary.files;
        char name[96];
        std::snprintf(name, sizeof name, "corpus/%03lld/%06lld_%016llx.txt", static_cast<long long>(index / 1000),
                      static_cast<long long>(index), static_cast<unsigned long long>(random.next()));
        const QString folder = root + QStringLiteral("/corpus/%1").arg(index / 1000, 3, 10, QLatin1Char('0'));
        if (folder != currentFolder) {
            if (!QDir().mkpath(folder))
                return writeError(folder);
            currentFolder = folder;
        }
        text.clear();
        truth.articles.clear();
        truth.meetings.clear();
        const int remaining = int(std::min<qint64>(options.articles - summary.articles, 1000));
        const int written = writer.render(random, remaining, name, text, truth);

        const QString path = root + u'/' + QString::fromLatin1(name);
        FilePtr out = openForWriting(path);
        if (!out || std::fwrite(text.data(), 1, text.size(), out.get()) != text.size())
            return writeError(path);
        if (std::fclose(out.release()) != 0)
            return writeError(path);
        if (std::fwrite(truth.articles.data(), 1, truth.articles.size(), articlesFile.get()) != truth.articles.size())
            return writeError(articlesPath);
        if (std::fwrite(truth.meetings.data(), 1, truth.meetings.size(), meetingsFile.get()) != truth.meetings.size())
            return writeError(meetingsPath);
        for (const char c : truth.meetings)
            summary.meetings += c == '\n';
        summary.files += 1;
        summary.articles += written;
        summary.bytes += qint64(text.size());
    }
    if (std::fclose(articlesFile.release()) != 0)
        return writeError(articlesPath);
    if (std::fclose(meetingsFile.release()) != 0)
        return writeError(meetingsPath);
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace elshi::generator
