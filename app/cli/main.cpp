#include "command.h"

#include <core/languages.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace elshi::cli;

namespace {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const CommandFactory &factory : registeredCommands())
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return commands;
}

QString generalHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QCoreApplication::translate("elshi::cli",
                                               "Usage: elshi-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
                                               "Reads and queries Elshi corpora; results as JSON Lines.\n\n"
                                               "Commands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -12).arg(command->summary());
    text += QCoreApplication::translate("elshi::cli",
                                        "\nOptions:\n"
                                        "  -h, --help     Show this help, or a command's with COMMAND --help\n"
                                        "  -v, --version  Show the version\n");
    return text;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    // Which command runs decides the application type, so look before Qt parses anything.
    bool gui = false;
    if (argc > 1) {
        for (const CommandFactory &factory : registeredCommands()) {
            const auto command = factory();
            if (command->name() == QLatin1StringView(argv[1]))
                gui = command->needsGui();
        }
    }
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("elshi-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elshi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELSHI_VERSION));
    elshi::core::Languages languages;
    languages.install(elshi::core::Languages::systemDefault());

    const auto commands = makeCommands();
    QStringList args = app.arguments();
    if (args.size() < 2)
        return usageError(QString(), QCoreApplication::translate("elshi::cli", "no command given"));
    const QString first = args.at(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        print(generalHelp(commands));
        return ExitOk;
    }
    if (first == u"--version" || first == u"-v") {
        print(QStringLiteral("elshi-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (first.startsWith(u'-'))
        return usageError(QString(), QCoreApplication::translate("elshi::cli", "unknown option '%1'").arg(first));

    auto found = std::find_if(commands.begin(), commands.end(), [&](const auto &c) { return c->name() == first; });
    if (found == commands.end())
        return usageError(QString(), QCoreApplication::translate("elshi::cli", "unknown command '%1'").arg(first));
    Command &command = **found;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("elshi::cli", "Show this help."));
    parser.addOption(help);
    command.setUp(parser);
    args.removeAt(1);
    args[0] = QStringLiteral("elshi-cli %1").arg(command.name());
    if (!parser.parse(args))
        return usageError(command.name(), parser.errorText());
    if (parser.isSet(help)) {
        print(parser.helpText());
        return ExitOk;
    }
    return command.run(parser);
}
