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

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("db"), QCoreApplication::translate("elshi::cli", "The database to read."),
                          QCoreApplication::translate("elshi::cli", "FILE")});
        parser.addOption(
            {QStringLiteral("json"), QCoreApplication::translate("elshi::cli", "JSON Lines output (the default).")});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QString db = parser.value(QStringLiteral("db"));
        if (db.isEmpty())
            return usageError(name(), QCoreApplication::translate("elshi::cli", "--db FILE is required"));
        if (!parser.positionalArguments().isEmpty())
            return usageError(name(),
                              QCoreApplication::translate("elshi::cli", "unexpected argument '%1'")
                                  .arg(parser.positionalArguments().first()));
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
