// elshi-cli generate: writes a synthetic corpus with ground truth, for tests and benchmarks.

#include "command.h"

#include <QJsonObject>

#include <generator/corpusgenerator.h>

using namespace elshi::cli;

namespace {

class GenerateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return QCoreApplication::translate("elshi::generator", "Write a synthetic corpus with ground truth");
    }

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("elshi::generator",
                                                      "Folder to write corpus/ and truth/ into (created if missing)."),
                          QStringLiteral("DIR")});
        parser.addOption(
            {QStringLiteral("articles"),
             QCoreApplication::translate("elshi::generator", "Number of articles to write (default 1000)."),
             QStringLiteral("N"), QStringLiteral("1000")});
        parser.addOption(
            {QStringLiteral("seed"),
             QCoreApplication::translate("elshi::generator", "Seed; the same seed writes the same bytes (default 1)."),
             QStringLiteral("S"), QStringLiteral("1")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
            return usageError(name(), QCoreApplication::translate("elshi::generator", "--out DIR is required"));
        bool ok = false;
        const QString articlesText = parser.value(QStringLiteral("articles"));
        const qint64 articles = articlesText.toLongLong(&ok);
        if (!ok || articles <= 0)
            return usageError(
                name(),
                QCoreApplication::translate("elshi::generator", "--articles needs a positive integer, not '%1'")
                    .arg(articlesText));
        const QString seedText = parser.value(QStringLiteral("seed"));
        const quint64 seed = seedText.toULongLong(&ok);
        if (!ok)
            return usageError(
                name(),
                QCoreApplication::translate("elshi::generator", "--seed needs a non-negative integer, not '%1'")
                    .arg(seedText));

        elshi::generator::GeneratorOptions options;
        options.outDir = parser.value(QStringLiteral("out"));
        options.articles = articles;
        options.seed = seed;
        const auto result = elshi::generator::generateCorpus(options);
        if (!result) {
            printError(result.error().toString());
            return ExitPartial;
        }
        const auto &s = *result;
        writeJsonLine(QJsonObject{
            {QStringLiteral("files"), s.files},
            {QStringLiteral("articles"), s.articles},
            {QStringLiteral("meetings"), s.meetings},
            {QStringLiteral("people"), s.people},
            {QStringLiteral("bytes"), s.bytes},
            {QStringLiteral("seconds"), qRound(s.seconds * 1000) / 1000.0},
            {QStringLiteral("mb_per_s"), s.seconds > 0 ? qRound(s.bytes / 1e6 / s.seconds * 10) / 10.0 : 0.0},
        });
        return ExitOk;
    }
};

} // namespace

ELSHI_CLI_COMMAND(GenerateCommand)
