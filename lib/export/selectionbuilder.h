#pragma once

// Gathers what an export needs from a stored corpus: the articles of a selection (by id, in the
// order given) with their bodies and provenance. Shared by File → Export and elshi-cli export-pdf
// so both write the same document. Fetches one article at a time; memory grows with the text
// exported, not with the corpus.

#include <export/pdfexporter.h>

#include <QList>

namespace elshi::store {
class Corpus;
}

namespace elshi::exporting {

class SelectionBuilder
{
public:
    explicit SelectionBuilder(const store::Corpus &corpus);

    // Appends the articles with these ids; unknown ids are skipped and counted.
    void addArticles(const QList<qint64> &ids);
    int skipped() const { return m_skipped; }

    ExportSelection &selection() { return m_selection; }
    const ExportSelection &selection() const { return m_selection; }

private:
    const store::Corpus &m_corpus;
    ExportSelection m_selection;
    int m_skipped = 0;
};

} // namespace elshi::exporting
