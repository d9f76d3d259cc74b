// elshi-cli entity: a user's corrections to the entities ingest found — merge, split, rename —
// stored so they survive re-ingest.

#include "command.h"

#include <store/database.h>
#include <store/entitystore.h>

#include <QCommandLineParser>

namespace elshi::cli {

namespace {

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

class EntityCommand : public Command
{
    // lupdate files these strings under the class, so they are translated with its context.
    Q_DECLARE_TR_FUNCTIONS(elshi::cli::EntityCommand)

public:
    QString name() const override { return QStringLiteral("entity"); }
    QString summary() const override { return tr("Merge, split or rename people and other entities"); }

    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("db"), tr("The database to change."), tr("FILE")});
        parser.addOption({QStringLiteral("json"), tr("JSON Lines output (the default).")});
        parser.addPositionalArgument(QStringLiteral("ACTION"),
                                     tr("merge ID ID (the second into the first), split ID ALIAS (the alias becomes "
                                        "its own entity) or rename ID NAME."),
                                     QStringLiteral("ACTION ARGUMENTS…"));
    }

    int run(const QCommandLineParser &parser) override
    {
        const QString path = parser.value(QStringLiteral("db"));
        if (path.isEmpty())
            return usageError(name(), tr("--db FILE is required"));
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty())
            return usageError(name(), tr("no action: merge, split or rename"));
        const QString action = args.first();
        if (action != u"merge" && action != u"split" && action != u"rename")
            return usageError(name(), tr("unknown action '%1': merge, split or rename").arg(action));
        if (args.size() != 3)
            return usageError(name(), tr("'%1' takes two arguments").arg(action));
        qint64 first = 0;
        if (!parseId(args.at(1), &first))
            return usageError(name(), tr("'%1' is not an entity id").arg(args.at(1)));
        qint64 second = 0;
        if (action == u"merge" && !parseId(args.at(2), &second))
            return usageError(name(), tr("'%1' is not an entity id").arg(args.at(2)));

        const auto db = store::Database::open(path);
        if (!db) {
            printError(db.error().toString());
            return ExitPartial;
        }
        store::EntityStore entities(**db);
        qint64 result = first;
        if (action == u"merge") {
            if (const core::Status merged = entities.merge(first, second); !merged) {
                printError(merged.error().message);
                return ExitPartial;
            }
        } else if (action == u"split") {
            const core::Result<qint64> split = entities.split(first, args.at(2));
            if (!split) {
                printError(split.error().message);
                return ExitPartial;
            }
            result = *split;
        } else if (const core::Status renamed = entities.rename(first, args.at(2)); !renamed) {
            printError(renamed.error().message);
            return ExitPartial;
        }
        // The entity as it is now: the merged one, the new one of a split, the renamed one.
        if (const auto entity = entities.entity(result))
            writeJsonLine(entities.toJson(*entity));
        return ExitOk;
    }
};

ELSHI_CLI_COMMAND(EntityCommand)

} // namespace elshi::cli
