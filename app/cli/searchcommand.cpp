// elshi-cli search: articles matching a query, best first, with snippets.

#include "command.h"

#include <search/query.h>
#include <search/searcher.h>
#include <search/snippetmaker.h>
#include <store/corpus.h>
#include <store/database.h>

#include <QCommandLineParser>

namespace elshi::cli {

class SearchCommand : public Command
{
    // lupdate files these strings under the class, so they are translated with its context.
    Q_DECLARE_TR_FUNCTIONS(elshi::cli::SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override { return tr("Search a database; hits marked **like this** in snippets"); }

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("db"), tr("The database to search."), tr("FILE")});
        parser.addOption({QStringLiteral("json"), tr("JSON Lines output (the default).")});
        parser.addOption({QStringLiteral("sort"), tr("Order: relevance (default), date (newest first) or oldest."),
                          tr("ORDER"), QStringLiteral("relevance")});
        parser.addOption(
            {QStringLiteral("limit"), tr("At most N results (default 50; 0 for all)."), tr("N"), QStringLiteral("50")});
        parser.addPositionalArgument(
            QStringLiteral("QUERY"),
            tr("Words, \"phrases\", prefix*, -exclude, a OR b, title:, lang:, source:, date:2023-06..2024-03."));
    }

    int run(const QCommandLineParser &parser) override
    {
        const QString db = parser.value(QStringLiteral("db"));
        if (db.isEmpty())
            return usageError(name(), tr("--db FILE is required"));
        const QString text = parser.positionalArguments().join(u' ');
        if (text.trimmed().isEmpty())
            return usageError(name(), tr("no query given"));
        search::SearchOptions options;
        const QString sort = parser.value(QStringLiteral("sort"));
        if (sort == u"relevance")
            options.order = search::SearchOptions::Order::Relevance;
        else if (sort == u"date" || sort == u"newest")
            options.order = search::SearchOptions::Order::Newest;
        else if (sort == u"oldest")
            options.order = search::SearchOptions::Order::Oldest;
        else
            return usageError(name(), tr("--sort takes relevance, date or oldest, not '%1'").arg(sort));
        bool isNumber = false;
        options.limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || options.limit < 0)
            return usageError(name(),
                              tr("--limit takes a number, not '%1'").arg(parser.value(QStringLiteral("limit"))));

        const auto query = search::Query::parse(text);
        if (!query)
            return usageError(name(), query.error().message);
        const auto corpus = store::Corpus::open(db);
        if (!corpus) {
            printError(corpus.error().toString());
            return ExitPartial;
        }
        const search::Searcher searcher((*corpus)->database());
        const auto hits = searcher.search(*query, options);
        if (!hits) {
            printError(hits.error().toString());
            return ExitPartial;
        }
        const search::SnippetMaker snippets(*query);
        for (const search::Hit &hit : *hits) {
            const auto record = (*corpus)->record(hit.id);
            if (!record)
                continue;
            QJsonObject object = record->toJson();
            object.insert(QStringLiteral("snippet"), snippets.make(record->body, record->lang).marked());
            writeJsonLine(object);
        }
        return ExitOk;
    }
};

ELSHI_CLI_COMMAND(SearchCommand)

} // namespace elshi::cli
