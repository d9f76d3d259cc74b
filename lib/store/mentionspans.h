#pragma once

// Where one entity is named in one article, as one value: the mentions table keeps a row per
// article, entity and spelling (alias) with all its spans packed, not a row per span. An article
// names each entity about twice, so this halves the rows and the entity index the ingest writes,
// and the database with them. Internal to the store.
//
// Encoding: spans sorted by start, then for each the start as the distance from the previous
// span's start and the length, both as LEB128 varints (one byte for most spans).

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <utility>
#include <vector>

namespace elshi::store {

// [start, end) in UTF-16 units of the article body.
using MentionSpan = std::pair<int, int>;

class MentionSpans
{
public:
    MentionSpans() = default;

    // Adds a span; one with the same start as a span already there is dropped (the first kept,
    // as the old table's key did: extraction gives the longest span at a start first).
    void add(int start, int end);
    // All spans of other that start where none of ours does.
    void unite(const MentionSpans &other);

    const std::vector<MentionSpan> &spans() const { return m_spans; }
    int count() const { return int(m_spans.size()); }
    bool isEmpty() const { return m_spans.empty(); }

    QByteArray encode() const;
    // Nothing when the bytes are not a valid encoding (a damaged row): the caller reports it.
    static std::optional<MentionSpans> decode(QByteArrayView bytes);

private:
    std::vector<MentionSpan> m_spans; // sorted by start, starts unique
};

} // namespace elshi::store
