#pragma once

// elshi-cli is a set of subcommands. Each lives in its own file and registers itself with
// ELSHI_CLI_COMMAND, so adding a command never touches main.cpp.
//
// Conventions every command follows: results as JSON Lines on stdout (one object per line),
// messages on stderr naming file and line or offset, exit 0 on success, 1 when some input could
// not be processed (the rest was), 2 on usage errors.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace elshi::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitPartial = 1,
    ExitUsage = 2
};

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, translated
    // Commands that lay out text (PDF export) need fonts, hence a QGuiApplication; it runs on the
    // offscreen platform unless QT_QPA_PLATFORM says otherwise.
    virtual bool needsGui() const { return false; }
    // Declares options and positional arguments; --help is added by the caller.
    virtual void setUp(QCommandLineParser &parser) = 0;
    // Runs with the parsed arguments; returns an ExitCode. Usage errors go through usageError().
    virtual int run(const QCommandLineParser &parser) = 0;
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;
struct Registration
{
    Registration(CommandFactory factory);
};
QList<CommandFactory> &registeredCommands();

// Writes one compact JSON object and a newline to stdout.
void writeJsonLine(const QJsonObject &object);
// Writes a message to stderr, prefixed with "elshi-cli: ".
void printError(const QString &message);
// Prints "elshi-cli NAME: MESSAGE" and the hint to use --help; returns ExitUsage.
int usageError(const QString &command, const QString &message);

// The options of the commands that read a database and take no arguments: --db FILE and --json.
void addReadingOptions(QCommandLineParser &parser);
// Their --db path; empty after a usage error (no --db, or an argument), whose exit code *exitCode holds.
QString readingDatabasePath(const QString &command, const QCommandLineParser &parser, int *exitCode);

} // namespace elshi::cli

#define ELSHI_CLI_COMMAND(Type)                                                                                        \
    static const ::elshi::cli::Registration elshiRegistration##Type{[] { return std::make_unique<Type>(); }};
