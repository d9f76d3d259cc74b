// elshi-cli people: the people (or other entities) of a database with aliases, roles and counts.

#include "command.h"

#include <store/database.h>
#include <store/entitystore.h>

#include <QCommandLineParser>

namespace elshi::cli {

class PeopleCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("people"); }
    QString summary() const override
    {
        return QCoreApplication::translate("elshi::cli", "List the people of a database with their roles");
    }

    void setUp(QCommandLineParser &parser) override
    {
        addReadingOptions(parser);
        parser.addOption(
            {QStringLiteral("type"),
             QCoreApplication::translate("elshi::cli",
                                         "Entities of this type instead of people: PERSON, ORG, COUNTRY, CITY, "
                                         "LOC or all (each line then says its type)."),
             QCoreApplication::translate("elshi::cli", "TYPE")});
    }

    int run(const QCommandLineParser &parser) override
    {
        int exitCode = ExitOk;
        const QString path = readingDatabasePath(name(), parser, &exitCode);
        if (path.isEmpty())
            return exitCode;
        std::optional<entities::EntityType> type = entities::EntityType::Person;
        const bool typed = parser.isSet(QStringLiteral("type"));
        if (typed) {
            const QString value = parser.value(QStringLiteral("type")).toUpper();
            entities::EntityType parsed;
            if (value == u"ALL")
                type.reset();
            else if (entities::typeFromName(value, &parsed) && parsed != entities::EntityType::Role)
                type = parsed;
            else
                return usageError(
                    name(),
                    QCoreApplication::translate("elshi::cli", "--type takes PERSON, ORG, COUNTRY, CITY, LOC or all"));
        }
        const auto db = store::Database::open(path);
        if (!db) {
            printError(db.error().toString());
            return ExitPartial;
        }
        const store::EntityStore entities(**db);
        const bool ok = entities.forEachEntity(type, [&](const store::EntityRecord &entity) {
            QJsonObject line = entities.toJson(entity);
            if (typed)
                line.insert(QStringLiteral("type"), entities::typeName(entity.type));
            writeJsonLine(line);
            return true;
        });
        return ok ? ExitOk : ExitPartial;
    }
};

ELSHI_CLI_COMMAND(PeopleCommand)

} // namespace elshi::cli
