#include "command.h"

#include <QJsonDocument>

#include <cstdio>

namespace elshi::cli {

QList<CommandFactory> &registeredCommands()
{
    static QList<CommandFactory> commands;
    return commands;
}

Registration::Registration(CommandFactory factory)
{
    registeredCommands().append(std::move(factory));
}

void writeJsonLine(const QJsonObject &object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

void printError(const QString &message)
{
    const QByteArray text = QStringLiteral("elshi-cli: %1\n").arg(message).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &command, const QString &message)
{
    const QString where = command.isEmpty() ? QString() : command + QStringLiteral(": ");
    printError(where + message);
    printError(QCoreApplication::translate("elshi::cli", "Try 'elshi-cli %1--help' for more information.")
                   .arg(command.isEmpty() ? QString() : command + u' '));
    return ExitUsage;
}

void addReadingOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("elshi::cli", "The database to read."),
                      QCoreApplication::translate("elshi::cli", "FILE")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("elshi::cli", "JSON Lines output (the default).")});
}

QString readingDatabasePath(const QString &command, const QCommandLineParser &parser, int *exitCode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        *exitCode = usageError(command, QCoreApplication::translate("elshi::cli", "--db FILE is required"));
        return {};
    }
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = usageError(command,
                               QCoreApplication::translate("elshi::cli", "unexpected argument '%1'")
                                   .arg(parser.positionalArguments().first()));
        return {};
    }
    return path;
}

} // namespace elshi::cli
