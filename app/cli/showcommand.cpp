// elshi-cli show: one article with its body.

#include "command.h"

#include <store/corpus.h>

#include <QCommandLineParser>

namespace elshi::cli {

class ShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return QCoreApplication::translate("elshi::cli", "Show one article in full"); }

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("db"), QCoreApplication::translate("elshi::cli", "The database to read."),
                          QCoreApplication::translate("elshi::cli", "FILE")});
        parser.addOption(
            {QStringLiteral("json"), QCoreApplication::translate("elshi::cli", "JSON Lines output (the default).")});
        parser.addPositionalArgument(
            QStringLiteral("ID"),
            QCoreApplication::translate("elshi::cli", "The article's id, as 'articles' lists it."));
    }

    int run(const QCommandLineParser &parser) override
    {
        const QString db = parser.value(QStringLiteral("db"));
        if (db.isEmpty())
            return usageError(name(), QCoreApplication::translate("elshi::cli", "--db FILE is required"));
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() != 1)
            return usageError(name(), QCoreApplication::translate("elshi::cli", "give exactly one article id"));
        bool isNumber = false;
        const qint64 id = arguments.first().toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return usageError(
                name(), QCoreApplication::translate("elshi::cli", "'%1' is not an article id").arg(arguments.first()));
        const auto corpus = store::Corpus::open(db);
        if (!corpus) {
            printError(corpus.error().toString());
            return ExitPartial;
        }
        const auto record = (*corpus)->record(id);
        if (!record) {
            printError(QCoreApplication::translate("elshi::cli", "no article with id %1").arg(id));
            return ExitPartial;
        }
        writeJsonLine(record->toJson(true));
        return ExitOk;
    }
};

ELSHI_CLI_COMMAND(ShowCommand)

} // namespace elshi::cli
