// elshi-cli export-pdf: a selection of articles (by id or by query) as a PDF document.

#include "command.h"

#include <export/pdfexporter.h>
#include <export/selectionbuilder.h>
#include <search/query.h>
#include <search/searcher.h>
#include <store/corpus.h>
#include <store/entitystore.h>

#include <QCommandLineParser>

namespace elshi::cli {

class ExportPdfCommand : public Command
{
    // lupdate files these strings under the class, so they are translated with its context.
    Q_DECLARE_TR_FUNCTIONS(elshi::cli::ExportPdfCommand)

public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override { return tr("Write articles chosen by id, query or person to a PDF"); }
    bool needsGui() const override { return true; }

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("db"), tr("The database to read."), tr("FILE")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")});
        parser.addOption({QStringLiteral("ids"), tr("Comma-separated article ids, e.g. 1,2,7."), tr("IDS")});
        parser.addOption(
            {QStringLiteral("query"), tr("Every article matching this search query (newest first)."), tr("QUERY")});
        parser.addOption({QStringLiteral("person"),
                          tr("A person's meetings table and the articles naming them (any alias, any script)."),
                          tr("NAME")});
        parser.addOption({QStringLiteral("title"), tr("Title on the cover page."), tr("TEXT")});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QString db = parser.value(QStringLiteral("db"));
        const QString output = parser.value(QStringLiteral("output"));
        if (db.isEmpty())
            return usageError(name(), tr("--db FILE is required"));
        if (output.isEmpty())
            return usageError(name(), tr("-o FILE is required"));
        const bool byIds = parser.isSet(QStringLiteral("ids"));
        const bool byQuery = parser.isSet(QStringLiteral("query"));
        const bool byPerson = parser.isSet(QStringLiteral("person"));
        if (int(byIds) + int(byQuery) + int(byPerson) != 1)
            return usageError(name(), tr("give exactly one of --ids, --query or --person"));
        if (byPerson && parser.value(QStringLiteral("person")).trimmed().isEmpty())
            return usageError(name(), tr("--person needs a name"));
        if (!parser.positionalArguments().isEmpty())
            return usageError(name(), tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

        QList<qint64> ids;
        QString title = parser.value(QStringLiteral("title"));
        QStringList criteria;
        std::optional<search::Query> query;
        if (byIds) {
            for (const QString &part : parser.value(QStringLiteral("ids")).split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return usageError(name(), tr("'%1' is not an article id").arg(part));
                ids << id;
            }
            if (ids.isEmpty())
                return usageError(name(), tr("--ids needs at least one article id"));
            criteria << QCoreApplication::translate("elshi::exporting", "Selected articles: %1")
                            .arg(parser.value(QStringLiteral("ids")));
        } else if (byQuery) {
            auto parsed = search::Query::parse(parser.value(QStringLiteral("query")));
            if (!parsed)
                return usageError(name(), parsed.error().message);
            query = std::move(parsed).value();
            criteria << QCoreApplication::translate("elshi::exporting", "Search: %1")
                            .arg(parser.value(QStringLiteral("query")));
        }

        const auto corpus = store::Corpus::open(db);
        if (!corpus) {
            printError(corpus.error().toString());
            return ExitPartial;
        }
        if (query) {
            search::SearchOptions options;
            options.order = search::SearchOptions::Order::Newest;
            options.limit = 0;
            const auto hits = search::Searcher((*corpus)->database()).search(*query, options);
            if (!hits) {
                printError(hits.error().toString());
                return ExitPartial;
            }
            for (const auto &hit : hits.value())
                ids << hit.id;
        }
        const store::EntityStore entities((*corpus)->database());
        exporting::SelectionBuilder builder(**corpus);
        builder.setEntityStore(&entities);
        if (byPerson) {
            const QString person = parser.value(QStringLiteral("person"));
            const QList<qint64> found = entities.find(person);
            if (found.isEmpty()) {
                printError(tr("no person named '%1'").arg(person));
                return ExitPartial;
            }
            builder.addPerson(found.first());
            const auto record = entities.entity(found.first());
            if (title.isEmpty() && record)
                title = QCoreApplication::translate("elshi::ui::MainWindow", "Meetings of %1").arg(record->name);
            criteria << QCoreApplication::translate("elshi::ui::MainWindow", "Person: %1").arg(person);
        }
        builder.addArticles(ids);
        if (title.isEmpty())
            title = QCoreApplication::translate("elshi::exporting", "Elshi export");
        builder.selection().title = title;
        builder.selection().criteria = criteria;
        const auto written = exporting::PdfExporter::write(builder.selection(), output);
        if (!written) {
            printError(written.error().toString());
            return ExitPartial;
        }
        writeJsonLine({{QStringLiteral("file"), output},
                       {QStringLiteral("articles"), builder.selection().articles.size()},
                       {QStringLiteral("skipped"), builder.skipped()}});
        return builder.skipped() > 0 ? ExitPartial : ExitOk;
    }
};

ELSHI_CLI_COMMAND(ExportPdfCommand)

} // namespace elshi::cli
