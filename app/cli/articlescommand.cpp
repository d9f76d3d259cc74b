// elshi-cli articles: every stored article as a JSON line, in date order.

#include "command.h"

#include <store/corpus.h>

#include <QCommandLineParser>

namespace elshi::cli {

class ArticlesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("articles"); }
    QString summary() const override
    {
        return QCoreApplication::translate("elshi::cli", "List the articles of a database");
    }

    void setUp(QCommandLineParser &parser) override { addReadingOptions(parser); }

    int run(const QCommandLineParser &parser) override
    {
        int exitCode = ExitOk;
        const QString db = readingDatabasePath(name(), parser, &exitCode);
        if (db.isEmpty())
            return exitCode;
        const auto corpus = store::Corpus::open(db);
        if (!corpus) {
            printError(corpus.error().toString());
            return ExitPartial;
        }
        const bool ok = (*corpus)->forEachRecord([](const store::ArticleRecord &record) {
            writeJsonLine(record.toJson());
            return true;
        });
        return ok ? ExitOk : ExitPartial;
    }
};

ELSHI_CLI_COMMAND(ArticlesCommand)

} // namespace elshi::cli
