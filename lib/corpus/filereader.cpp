#include "filereader.h"

#include "cleaner.h"
#include "dateline.h"
#include "dateparser.h"
#include "encoding.h"
#include "layouts/kazakhstantodayreader.h"
#include "layouts/kazinformreader.h"
#include "layouts/mfadigestreader.h"
#include "layouts/newspagereader.h"
#include "layouts/plaintextreader.h"
#include "layouts/unrecordsreader.h"
#include "sentences.h"
#include "sourcetext.h"

#include <core/logging.h>
#include <text/language.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <exception>
#include <memory>

namespace elshi::corpus {

using core::DateValue;

namespace {

// Files beyond this are not news corpora but something else dropped in the folder.
constexpr qint64 kMaxFileSize = qint64(1) << 31;
// Language is judged from the title and the start of the body: enough, and bounded.
constexpr qsizetype kLanguageSample = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("elshi::corpus", text);
}

const std::vector<std::unique_ptr<LayoutReader>> &readers()
{
    static const std::vector<std::unique_ptr<LayoutReader>> all = [] {
        std::vector<std::unique_ptr<LayoutReader>> r;
        r.push_back(std::make_unique<UnRecordsReader>());
        r.push_back(std::make_unique<MfaDigestReader>());
        r.push_back(std::make_unique<KazakhstanTodayReader>());
        r.push_back(std::make_unique<KazinformReader>());
        r.push_back(std::make_unique<NewsPageReader>());
        r.push_back(std::make_unique<PlainTextReader>());
        return r;
    }();
    return all;
}

// Year-less dates take a year from the file's other articles only when those all fall within
// half a year of each other, so the year is not in doubt.
void completeYearsFromFile(QList<Article> &articles, const QList<DateValue> &references)
{
    DateValue earliest, latest;
    for (const Article &a : std::as_const(articles)) {
        if (a.date.precision != DateValue::Precision::Day)
            continue;
        if (!earliest.isValid() || a.date < earliest)
            earliest = a.date;
        if (!latest.isValid() || a.date > latest)
            latest = a.date;
    }
    const bool sound = latest.isValid() && earliest.firstDay().daysTo(latest.firstDay()) <= 183;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article &a = articles[i];
        if (a.date.precision != DateValue::Precision::DayMonthNoYear)
            continue;
        if (references[i].hasYear())
            a.date = DateParser::completeYear(a.date, references[i]);
        if (a.date.precision == DateValue::Precision::DayMonthNoYear && sound)
            a.date = DateParser::completeYear(a.date, latest);
    }
}

FileReadResult read(const QByteArray &bytes, const QString &path)
{
    FileReadResult result;
    const DecodedText decoded = Encoding::decode(bytes, path);
    result.problems = decoded.problems();
    if (!decoded.isReadable()) {
        result.readable = false;
        return result;
    }
    result.encoding = decoded.encoding();
    if (decoded.text().trimmed().isEmpty()) {
        result.problems.append({tr("the file is empty: no articles"), path, -1, -1});
        return result;
    }

    const SourceText source(decoded, path);
    const LayoutReader *best = nullptr;
    int bestScore = 0;
    for (const auto &reader : readers()) {
        const int score = reader->detect(source);
        if (score > bestScore) {
            bestScore = score;
            best = reader.get();
        }
    }
    if (!best)
        return result;
    result.layout = best->id();
    qCDebug(lcCorpus) << path << "read as" << best->id() << "score" << bestScore << decoded.encoding();

    QList<ArticleDraft> drafts = best->read(source, result.problems);
    QList<QStringList> bodies;
    bodies.reserve(drafts.size());
    for (const ArticleDraft &d : std::as_const(drafts))
        bodies.append(d.bodyLines);
    const QSet<QString> boilerplate = Cleaner::repeatedLines(bodies);

    QList<DateValue> references;
    result.articles.reserve(drafts.size());
    for (ArticleDraft &d : drafts) {
        Article a = std::move(d.article);
        a.paragraphs = Cleaner::clean(d.bodyLines, boilerplate);
        if (d.looseDateline && !a.paragraphs.isEmpty()) {
            if (const Dateline dl = Dateline::parseLoose(a.paragraphs.front()); dl.found && a.place.isEmpty())
                a.place = dl.place;
        }
        a.title = a.title.simplified();
        if (a.title.isEmpty() && !a.paragraphs.isEmpty()) {
            a.title = Sentences::titleFrom(a.paragraphs.front());
            a.titleDerived = true;
        }
        if (a.title.isEmpty() && a.paragraphs.isEmpty()) {
            result.problems.append({tr("an article without title or text was skipped"), path,
                                    decoded.lineNumber(d.begin), decoded.byteOffset(d.begin)});
            continue;
        }
        QString sample = a.title;
        for (const QString &p : std::as_const(a.paragraphs)) {
            if (sample.size() >= kLanguageSample)
                break;
            sample += u'\n' + p.left(kLanguageSample);
        }
        a.lang = text::LanguageDetector::detect(sample);
        a.source = source.provenance(d.begin, d.end);
        references.append(d.referenceDate);
        result.articles.append(std::move(a));
    }
    completeYearsFromFile(result.articles, references);
    return result;
}

} // namespace

FileReadResult readCorpusBytes(const QByteArray &bytes, const QString &path)
{
    const QString absolute = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    try {
        return read(bytes, absolute);
    } catch (const std::exception &e) {
        FileReadResult failed;
        failed.readable = false;
        failed.problems.append({tr("reading failed: %1").arg(QString::fromLocal8Bit(e.what())), absolute, -1, -1});
        return failed;
    }
}

FileReadResult readCorpusFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile file(absolute);
    FileReadResult failed;
    failed.readable = false;
    if (!file.open(QIODevice::ReadOnly)) {
        failed.problems.append({tr("cannot open the file: %1").arg(file.errorString()), absolute, -1, -1});
        return failed;
    }
    if (file.size() > kMaxFileSize) {
        failed.problems.append(
            {tr("the file is too large to be a news corpus file (%1 bytes)").arg(file.size()), absolute, -1, -1});
        return failed;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        failed.problems.append({tr("cannot read the file: %1").arg(file.errorString()), absolute, -1, -1});
        return failed;
    }
    return readCorpusBytes(bytes, absolute);
}

} // namespace elshi::corpus
