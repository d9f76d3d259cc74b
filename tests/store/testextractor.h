#pragma once

// A deterministic stand-in for entities::Extractor, so the store tests check the store and not
// the (evolving) extraction rules: names come from a fixed table of surface forms, a post from a
// fixed table, and any sentence with a meeting verb is a meeting of the people it names, the first
// being the subject, in the first city it names. Offsets in code points, like the real one.

#include <entities/entity.h>

#include <QRegularExpression>

struct TestName
{
    const char16_t *surface;
    const char16_t *name;
    elshi::entities::EntityType type;
};

inline elshi::entities::Extraction testExtract(const QString &body, const QString &, elshi::core::DateValue date)
{
    using namespace elshi::entities;
    static const TestName names[] = {
        {u"Aibek Temirov", u"Aibek Temirov", EntityType::Person},
        {u"Айбек Темиров", u"Айбек Темиров", EntityType::Person},
        {u"Kalle Rebane", u"Kalle Rebane", EntityType::Person},
        {u"Калле Ребанемен", u"Калле Ребане", EntityType::Person},
        {u"Калле Ребане", u"Калле Ребане", EntityType::Person},
        {u"Daniyar Sarsenov", u"Daniyar Sarsenov", EntityType::Person},
        {u"Tiit Riisalo", u"Tiit Riisalo", EntityType::Person},
        {u"Ерлан Ашимов", u"Ерлан Ашимов", EntityType::Person},
        {u"Tallinn", u"Tallinn", EntityType::City},
        {u"Астане", u"Astana", EntityType::City},
        {u"Астанада", u"Astana", EntityType::City},
        {u"Astana", u"Astana", EntityType::City},
        {u"Kazakhstan", u"Kazakhstan", EntityType::Country},
        {u"Казахстана", u"Kazakhstan", EntityType::Country},
        {u"Estonia", u"Estonia", EntityType::Country},
    };
    static const QRegularExpression verbs(QStringLiteral("met with|held talks with|встретился с|кездесті"));
    // Code points before a UTF-16 position.
    const auto cp = [&](qsizetype utf16) { return int(QStringView(body).left(utf16).toUcs4().size()); };

    Extraction x;
    for (const TestName &n : names) {
        const QString surface = QString::fromUtf16(n.surface);
        for (qsizetype at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + surface.size())) {
            const bool inLonger = std::any_of(x.mentions.cbegin(), x.mentions.cend(), [&](const Mention &m) {
                return m.start <= cp(at) && cp(at + surface.size()) <= m.end;
            });
            if (!inLonger)
                x.mentions.append({cp(at), cp(at + surface.size()), n.type, surface, QString::fromUtf16(n.name)});
        }
    }
    std::sort(x.mentions.begin(), x.mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    const QString post = QStringLiteral("Ambassador of Kazakhstan to Estonia Daniyar Sarsenov");
    if (const qsizetype at = body.indexOf(post); at >= 0)
        x.roles.append({QStringLiteral("Daniyar Sarsenov"), QStringLiteral("ambassador"), post.left(35),
                        QStringLiteral("Kazakhstan"), QStringLiteral("Estonia"), cp(at), cp(at + post.size())});

    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf(QRegularExpression(QStringLiteral("[.!?](\\s|$)")), start);
        end = end < 0 ? body.size() : end + 1;
        if (body.mid(start, end - start).contains(verbs)) {
            MeetingFact meeting;
            meeting.date = date;
            for (const Mention &m : std::as_const(x.mentions)) {
                if (m.start < cp(start) || m.end > cp(end))
                    continue;
                if (m.type == EntityType::Person && !meeting.participants.contains(m.name))
                    meeting.participants.append(m.name);
                if (m.type == EntityType::City && meeting.place.isEmpty())
                    meeting.place = m.name;
            }
            meeting.evidenceStart = cp(start);
            meeting.evidenceEnd = cp(end);
            if (meeting.participants.size() >= 2)
                x.meetings.append(meeting);
        }
        start = end;
        while (start < body.size() && body.at(start).isSpace())
            ++start;
    }
    return x;
}
