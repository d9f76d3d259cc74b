// elshi-cli meetings: who met whom, when and where, with the sentence saying so.

#include "command.h"

#include <store/database.h>
#include <store/entitystore.h>

#include <QCommandLineParser>

#include <set>

namespace elshi::cli {

class MeetingsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("meetings"); }
    QString summary() const override
    {
        return QCoreApplication::translate("elshi::cli", "List the meetings stated in a database's articles");
    }

    void setUp(QCommandLineParser &parser) override
    {
        addReadingOptions(parser);
        parser.addOption({QStringLiteral("person"),
                          QCoreApplication::translate("elshi::cli",
                                                      "Only meetings of this person, named by any alias in any "
                                                      "script (\"Мурат Нуртлеу\" finds Murat Nurtleu)."),
                          QCoreApplication::translate("elshi::cli", "NAME")});
    }

    int run(const QCommandLineParser &parser) override
    {
        int exitCode = ExitOk;
        const QString path = readingDatabasePath(name(), parser, &exitCode);
        if (path.isEmpty())
            return exitCode;
        const bool byPerson = parser.isSet(QStringLiteral("person"));
        const QString person = parser.value(QStringLiteral("person"));
        if (byPerson && person.trimmed().isEmpty())
            return usageError(name(), QCoreApplication::translate("elshi::cli", "--person needs a name"));
        const auto db = store::Database::open(path);
        if (!db) {
            printError(db.error().toString());
            return ExitPartial;
        }
        const store::EntityStore entities(**db);
        if (!byPerson) {
            const bool ok = entities.forEachMeeting([&](const store::MeetingRecord &meeting) {
                writeJsonLine(entities.toJson(meeting));
                return true;
            });
            return ok ? ExitOk : ExitPartial;
        }

        const QList<qint64> ids = entities.find(person);
        if (ids.isEmpty()) {
            printError(QCoreApplication::translate("elshi::cli", "no person named '%1'").arg(person));
            return ExitPartial;
        }
        // One name can fit several people (two entities a user has not merged): all their meetings.
        QList<store::MeetingRecord> meetings;
        std::set<qint64> seen;
        for (const qint64 id : ids) {
            for (const store::MeetingRecord &meeting : entities.meetingsOf(id)) {
                if (seen.insert(meeting.id).second)
                    meetings.append(meeting);
            }
        }
        std::sort(meetings.begin(), meetings.end(), [](const auto &a, const auto &b) {
            return std::pair(a.date.sortKey(), a.id) < std::pair(b.date.sortKey(), b.id);
        });
        for (const store::MeetingRecord &meeting : std::as_const(meetings))
            writeJsonLine(entities.toJson(meeting));
        return ExitOk;
    }
};

ELSHI_CLI_COMMAND(MeetingsCommand)

} // namespace elshi::cli
