#include "selectionbuilder.h"

#include <store/corpus.h>
#include <store/entitystore.h>

#include <QSet>

namespace elshi::exporting {

SelectionBuilder::SelectionBuilder(const store::Corpus &corpus)
    : m_corpus(corpus)
{
}

void SelectionBuilder::addArticles(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const auto record = m_corpus.record(id, true);
        if (!record) {
            ++m_skipped;
            continue;
        }
        ExportArticle article;
        article.title = record->title;
        article.date = record->date;
        article.outlet = record->outlet;
        article.url = record->url;
        article.body = record->body;
        if (m_entities) {
            for (const auto &mention : m_entities->mentionsOf(id))
                article.marks.append({mention.start, mention.end, entities::typeName(mention.type)});
        }
        if (!record->files.isEmpty()) {
            article.file = record->files.first().file;
            article.offset = record->files.first().offset;
        }
        m_selection.articles.append(std::move(article));
    }
}

bool SelectionBuilder::addPerson(qint64 entityId)
{
    if (!m_entities)
        return false;
    const auto person = m_entities->entity(entityId);
    if (!person)
        return false;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const auto &meeting : m_entities->meetingsOf(entityId)) {
        ExportMeeting row;
        row.date = meeting.date;
        for (const auto &participant : meeting.participants)
            row.participants << participant.name;
        row.place = meeting.place;
        const auto record = m_corpus.record(meeting.articleId, true);
        if (record) {
            row.articleTitle = record->title;
            row.evidence = record->body.mid(meeting.evidenceStart, meeting.evidenceEnd - meeting.evidenceStart);
        }
        m_selection.meetings.append(row);
        if (!seen.contains(meeting.articleId)) {
            seen.insert(meeting.articleId);
            ids << meeting.articleId;
        }
    }
    QList<qint64> others = m_entities->articlesOf(entityId);
    auto dateKey = [this](qint64 id) {
        const qsizetype row = m_corpus.rowOf(id);
        return row < 0 ? 0 : m_corpus.dateKey(row);
    };
    std::sort(others.begin(), others.end(), [&dateKey](qint64 a, qint64 b) { return dateKey(a) > dateKey(b); });
    for (const qint64 id : std::as_const(others))
        if (!seen.contains(id))
            ids << id;
    addArticles(ids);
    return true;
}

} // namespace elshi::exporting
