// elshi-cli ingest: brings files and folders into a database (store::Ingester).

#include "command.h"

#include <store/ingester.h>

#include <QCommandLineParser>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace elshi::cli {

namespace {

// Ctrl-C cancels cleanly: the ingester commits what is complete and the next run goes on from there.
store::Ingester *runningIngester = nullptr;
extern "C" void cancelOnSignal(int)
{
    if (runningIngester)
        runningIngester->cancel();
}

} // namespace

class IngestCommand : public Command
{
    // lupdate files these strings under the class, so they are translated with its context.
    Q_DECLARE_TR_FUNCTIONS(elshi::cli::IngestCommand)

public:
    QString name() const override { return QStringLiteral("ingest"); }
    QString summary() const override { return tr("Read files and folders into a database"); }

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("db"), tr("The database to create or update."), tr("FILE")});
        parser.addOption({QStringLiteral("progress"), tr("Show progress on stderr even when it is not a terminal.")});
        parser.addOption(
            {QStringLiteral("optimize"), tr("Merge the search index at the end (slower ingest, faster search).")});
        parser.addOption({QStringLiteral("batch-mb"),
                          tr("Text per transaction in MB (default 64): smaller loses less work to a crash."),
                          tr("MB")});
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("Corpus files or folders (read recursively)."),
                                     QStringLiteral("PATH…"));
    }

    int run(const QCommandLineParser &parser) override
    {
        const QString db = parser.value(QStringLiteral("db"));
        if (db.isEmpty())
            return usageError(name(), tr("--db FILE is required"));
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            return usageError(name(), tr("no files or folders to read"));

        store::Ingester ingester(db);
        if (parser.isSet(QStringLiteral("batch-mb"))) {
            bool isNumber = false;
            const qint64 megabytes = parser.value(QStringLiteral("batch-mb")).toLongLong(&isNumber);
            if (!isNumber || megabytes < 0)
                return usageError(name(), tr("--batch-mb takes a number of megabytes"));
            ingester.setTransactionBytes(qMax<qint64>(1, megabytes * 1024 * 1024));
        }
        ingester.setOptimize(parser.isSet(QStringLiteral("optimize")));
        const bool showProgress = parser.isSet(QStringLiteral("progress")) || isatty(fileno(stderr));
        if (showProgress) {
            QObject::connect(&ingester, &store::Ingester::progress, &ingester, [](const store::IngestProgress &p) {
                const QByteArray line = "\r" +
                    (p.stage == store::IngestProgress::Stage::BuildingIndexes
                         ? tr("%1 articles; indexing people, places and meetings").arg(p.articlesAdded)
                         : tr("%1/%2 files, %3/%4 MB, %5 articles")
                               .arg(p.filesDone)
                               .arg(p.filesTotal)
                               .arg(p.bytesDone / 1048576)
                               .arg(p.bytesTotal / 1048576)
                               .arg(p.articlesAdded))
                        .leftJustified(60) // over what a longer line before left
                        .toUtf8();
                std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
                std::fflush(stderr);
            });
        }
        runningIngester = &ingester;
        std::signal(SIGINT, cancelOnSignal);
        std::signal(SIGTERM, cancelOnSignal);
        const auto result = ingester.run(paths);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        runningIngester = nullptr;
        if (showProgress)
            std::fputc('\n', stderr);
        if (!result) {
            printError(result.error().toString());
            return ExitPartial;
        }

        const store::IngestReport &report = *result;
        for (const core::Error &warning : report.warnings)
            printError(tr("warning: %1").arg(warning.toString()));
        for (const core::Error &failure : report.failures)
            printError(failure.toString());
        if (report.cancelled)
            printError(tr("cancelled; run the same command again to finish"));
        writeJsonLine(QJsonObject{
            {QStringLiteral("files"), report.filesSeen},
            {QStringLiteral("read"), report.filesRead},
            {QStringLiteral("skipped"), report.filesSkipped},
            {QStringLiteral("failed"), qint64(report.failures.size())},
            {QStringLiteral("removed"), report.filesRemoved},
            {QStringLiteral("articles"), report.articlesAdded},
            {QStringLiteral("duplicates"), report.articlesLinked},
            {QStringLiteral("deleted"), report.articlesRemoved},
            {QStringLiteral("total"), report.articlesTotal},
        });
        return report.failures.isEmpty() && !report.cancelled ? ExitOk : ExitPartial;
    }
};

ELSHI_CLI_COMMAND(IngestCommand)

} // namespace elshi::cli
