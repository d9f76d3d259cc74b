// elshi-cli roles: the role directory — who held which post when, or on one date.

#include "command.h"

#include <store/database.h>
#include <store/entitystore.h>
#include <store/roledirectory.h>

#include <QCommandLineParser>
#include <QJsonObject>

#include <algorithm>

namespace elshi::cli {

class RolesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("roles"); }
    QString summary() const override
    {
        return QCoreApplication::translate("elshi::cli", "List who held which post when (the role directory)");
    }

    void setUp(QCommandLineParser &parser) override
    {
        addReadingOptions(parser);
        parser.addOption({QStringLiteral("title"),
                          QCoreApplication::translate("elshi::cli",
                                                      "Only this post, by its English title "
                                                      "(\"ambassador\")."),
                          QCoreApplication::translate("elshi::cli", "TITLE")});
        parser.addOption({QStringLiteral("country"),
                          QCoreApplication::translate("elshi::cli", "Only posts of this country (\"Kazakhstan\")."),
                          QCoreApplication::translate("elshi::cli", "COUNTRY")});
        parser.addOption({QStringLiteral("to"),
                          QCoreApplication::translate("elshi::cli",
                                                      "Only posts in this host country or "
                                                      "organisation (\"Kenya\", \"UNESCO\")."),
                          QCoreApplication::translate("elshi::cli", "HOST")});
        parser.addOption({QStringLiteral("at"),
                          QCoreApplication::translate("elshi::cli",
                                                      "Only the holder of each post on this date "
                                                      "(YYYY-MM-DD)."),
                          QCoreApplication::translate("elshi::cli", "DATE")});
    }

    int run(const QCommandLineParser &parser) override
    {
        int exitCode = ExitOk;
        const QString path = readingDatabasePath(name(), parser, &exitCode);
        if (path.isEmpty())
            return exitCode;
        const bool byDate = parser.isSet(QStringLiteral("at"));
        const core::DateValue at = core::DateValue::fromIso(parser.value(QStringLiteral("at")));
        if (byDate && !at.isValid())
            return usageError(name(),
                              QCoreApplication::translate("elshi::cli",
                                                          "--at takes a date as YYYY-MM-DD, "
                                                          "not '%1'")
                                  .arg(parser.value(QStringLiteral("at"))));
        const auto db = store::Database::open(path);
        if (!db) {
            printError(db.error().toString());
            return ExitPartial;
        }
        store::RoleDirectory directory;
        if (!directory.load(**db)) {
            printError(QCoreApplication::translate("elshi::cli", "%1: cannot read the roles").arg(path));
            return ExitPartial;
        }
        const store::EntityStore entities(**db);
        const auto wanted = [&](const QString &option, const QString &value) {
            return !parser.isSet(option) || value.compare(parser.value(option), Qt::CaseInsensitive) == 0;
        };
        // Posts in a fixed order, each post's holders by the start of their tenure.
        QStringList keys = directory.posts().keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QStringList post = key.split(u'\x1f');
            const QString &title = post.at(0), &country = post.at(1), &host = post.at(2);
            if (!wanted(QStringLiteral("title"), title) || !wanted(QStringLiteral("country"), country) ||
                !wanted(QStringLiteral("to"), host))
                continue;
            std::vector<store::RoleDirectory::Tenure> tenures = directory.posts().value(key);
            std::sort(tenures.begin(), tenures.end(), [](const auto &a, const auto &b) {
                return std::pair(a.first, a.entityId) < std::pair(b.first, b.entityId);
            });
            const qint64 holder = byDate ? directory.holderAt(title, country, host, at.sortKey()) : 0;
            for (const store::RoleDirectory::Tenure &t : tenures) {
                if (byDate && t.entityId != holder)
                    continue;
                const auto entity = entities.entity(t.entityId);
                const auto date = [](qint32 k) { return core::DateValue::fromDatedKey(k).toIso(); };
                writeJsonLine(QJsonObject{{QStringLiteral("title"), title},
                                          {QStringLiteral("country"), country},
                                          {QStringLiteral("to"), host},
                                          {QStringLiteral("holder"), entity ? entity->name : QString()},
                                          {QStringLiteral("id"), t.entityId},
                                          {QStringLiteral("first"), date(t.first)},
                                          {QStringLiteral("last"), date(t.last)}});
            }
        }
        return ExitOk;
    }
};

ELSHI_CLI_COMMAND(RolesCommand)

} // namespace elshi::cli
