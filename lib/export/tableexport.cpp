#include "tableexport.h"

#include <store/corpus.h>
#include <store/entitystore.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace elshi::exporting {

namespace {

QByteArray csvField(const QString &value)
{
    QString text = value;
    if (text.contains(u'"') || text.contains(u',') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text.toUtf8();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

QJsonObject meetingObject(const store::MeetingRecord &meeting, const store::Corpus &corpus, QString *evidence)
{
    QJsonArray names;
    for (const auto &p : meeting.participants)
        names.append(p.name);
    const auto record = corpus.record(meeting.articleId, true);
    *evidence =
        record ? record->body.mid(meeting.evidenceStart, meeting.evidenceEnd - meeting.evidenceStart) : QString();
    return {{QStringLiteral("date"), meeting.date.toIso()},
            {QStringLiteral("participants"), names},
            {QStringLiteral("place"), meeting.place},
            {QStringLiteral("article"), meeting.articleId},
            {QStringLiteral("evidence"), *evidence}};
}

core::Status commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return core::Error{QCoreApplication::translate("elshi::exporting::TableExport", "cannot write the file: %1")
                               .arg(file.errorString()),
                           path};
    return core::success();
}

} // namespace

core::Status TableExport::writeMeetings(const store::EntityStore &entities, const store::Corpus &corpus, qint64 person,
                                        Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{tr("cannot write the file: %1").arg(file.errorString()), path};
    QJsonArray array;
    if (format == Format::Csv) {
        file.write("\xEF\xBB\xBF");
        file.write(csvLine({QStringLiteral("date"), QStringLiteral("participants"), QStringLiteral("place"),
                            QStringLiteral("article"), QStringLiteral("title"), QStringLiteral("evidence")}));
    }
    auto emitMeeting = [&](const store::MeetingRecord &meeting) {
        QString evidence;
        const QJsonObject object = meetingObject(meeting, corpus, &evidence);
        if (format == Format::Json) {
            array.append(object);
        } else {
            QStringList names;
            for (const auto &p : meeting.participants)
                names << p.name;
            const auto record = corpus.record(meeting.articleId, false);
            file.write(csvLine({meeting.date.toIso(), names.join(QStringLiteral("; ")), meeting.place,
                                QString::number(meeting.articleId), record ? record->title : QString(), evidence}));
        }
        return true;
    };
    if (person > 0) {
        for (const auto &meeting : entities.meetingsOf(person))
            emitMeeting(meeting);
    } else {
        entities.forEachMeeting(emitMeeting);
    }
    if (format == Format::Json)
        file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return commit(file, path);
}

core::Status TableExport::writePeople(const store::EntityStore &entities, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{tr("cannot write the file: %1").arg(file.errorString()), path};
    QJsonArray array;
    if (format == Format::Csv) {
        file.write("\xEF\xBB\xBF");
        file.write(csvLine({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("aliases"),
                            QStringLiteral("roles"), QStringLiteral("articles")}));
    }
    entities.forEachEntity(entities::EntityType::Person, [&](const store::EntityRecord &person) {
        QStringList aliases;
        for (const auto &alias : entities.aliases(person.id))
            aliases << alias.alias;
        QJsonArray roles;
        QStringList roleTexts;
        for (const auto &role : entities.rolesOf(person.id)) {
            roles.append(QJsonObject{{QStringLiteral("title"), role.title},
                                     {QStringLiteral("country"), role.country},
                                     {QStringLiteral("to"), role.to},
                                     {QStringLiteral("first"), role.first.toIso()},
                                     {QStringLiteral("last"), role.last.toIso()}});
            QStringList parts{role.title};
            if (!role.country.isEmpty())
                parts << role.country;
            if (!role.to.isEmpty())
                parts << role.to;
            roleTexts << parts.join(QStringLiteral(", "));
        }
        if (format == Format::Json) {
            array.append(QJsonObject{{QStringLiteral("id"), person.id},
                                     {QStringLiteral("name"), person.name},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)},
                                     {QStringLiteral("roles"), roles},
                                     {QStringLiteral("articles"), person.articleCount}});
        } else {
            file.write(csvLine({QString::number(person.id), person.name, aliases.join(QStringLiteral("; ")),
                                roleTexts.join(QStringLiteral("; ")), QString::number(person.articleCount)}));
        }
        return true;
    });
    if (format == Format::Json)
        file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return commit(file, path);
}

} // namespace elshi::exporting
