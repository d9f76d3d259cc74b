// elshi-cli tag: the named entities of plain-text files, one JSON object per entity, so extraction
// can be inspected and scored on NER data sets.

#include "command.h"

#include <entities/extractor.h>

#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace elshi::cli {

namespace {

class TagCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("tag"); }
    QString summary() const override
    {
        return QCoreApplication::translate("elshi::entities",
                                           "List the people, organisations and places in text files");
    }
    void setUp(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("elshi::entities", "Write JSON Lines (the default).")});
        parser.addOption(
            {QStringLiteral("lang"),
             QCoreApplication::translate("elshi::entities", "Language of the text: en, ru or kk (default: guessed)."),
             QStringLiteral("code")});
        parser.addPositionalArgument(
            QStringLiteral("files"),
            QCoreApplication::translate("elshi::entities", "UTF-8 text files; standard input when none."),
            QStringLiteral("[FILE...]"));
    }
    int run(const QCommandLineParser &parser) override
    {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (!lang.isEmpty() && lang != u"en" && lang != u"ru" && lang != u"kk")
            return usageError(name(),
                              QCoreApplication::translate("elshi::entities", "unknown language '%1'").arg(lang));
        const entities::Extractor extractor;
        QStringList files = parser.positionalArguments();
        int status = ExitOk;
        if (files.isEmpty()) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return ExitPartial;
            tag(extractor, QString(), QString::fromUtf8(in.readAll()), lang);
            return status;
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                printError(QCoreApplication::translate("elshi::entities", "%1: cannot read: %2")
                               .arg(path, file.errorString()));
                status = ExitPartial;
                continue;
            }
            tag(extractor, path, QString::fromUtf8(file.readAll()), lang);
        }
        return status;
    }

private:
    static void tag(const entities::Extractor &extractor, const QString &file, const QString &text, const QString &lang)
    {
        const entities::Extraction result = extractor.extract(text, lang);
        for (const entities::Mention &m : result.mentions) {
            writeJsonLine({{QStringLiteral("file"), file},
                           {QStringLiteral("start"), m.start},
                           {QStringLiteral("end"), m.end},
                           {QStringLiteral("type"), entities::typeName(m.type)},
                           {QStringLiteral("text"), m.text},
                           {QStringLiteral("name"), m.name}});
        }
        std::fflush(stdout);
    }
};

} // namespace

ELSHI_CLI_COMMAND(TagCommand)

} // namespace elshi::cli
