#pragma once

// Gathers what an export needs from a stored corpus: the articles of a selection (by id, in the
// order given) with their bodies and provenance. Shared by File → Export and elshi-cli export-pdf
// so both write the same document. Fetches one article at a time; memory grows with the text
// exported, not with the corpus.

#include <export/pdfexporter.h>

#include <QList>

namespace elshi::store {
class Corpus;
class EntityStore;
} // namespace elshi::store

namespace elshi::exporting {

class SelectionBuilder
{
public:
    explicit SelectionBuilder(const store::Corpus &corpus);

    // Marks entity mentions in the articles added from now on.
    void setEntityStore(const store::EntityStore *entities) { m_entities = entities; }

    // Appends the articles with these ids; unknown ids are skipped and counted.
    void addArticles(const QList<qint64> &ids);
    // A person's meetings as the meetings table, then the articles stating them, then the other
    // articles naming the person, newest first. Needs setEntityStore(). False for an unknown id.
    bool addPerson(qint64 entityId);
    int skipped() const { return m_skipped; }

    ExportSelection &selection() { return m_selection; }
    const ExportSelection &selection() const { return m_selection; }

private:
    const store::Corpus &m_corpus;
    const store::EntityStore *m_entities = nullptr;
    ExportSelection m_selection;
    int m_skipped = 0;
};

} // namespace elshi::exporting
