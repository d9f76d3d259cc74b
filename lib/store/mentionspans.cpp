#include "mentionspans.h"

#include <algorithm>
#include <limits>

namespace elshi::store {

namespace {

// Writes value as a varint at out, returning the end: at most five bytes.
char *writeVarint(char *out, quint32 value)
{
    while (value >= 0x80) {
        *out++ = char((value & 0x7f) | 0x80);
        value >>= 7;
    }
    *out++ = char(value);
    return out;
}

// The varint at bytes[*at], advancing *at; nothing when it runs past the end or past 32 bits.
std::optional<quint32> readVarint(QByteArrayView bytes, qsizetype *at)
{
    quint32 value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (*at >= bytes.size())
            return std::nullopt;
        const auto byte = quint8(bytes[(*at)++]);
        if (shift == 28 && byte > 0x0f)
            return std::nullopt;
        value |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    return std::nullopt;
}

} // namespace

void MentionSpans::add(int start, int end)
{
    if (start < 0 || end < start)
        return;
    // Extraction hands spans over in text order: appending is the common case.
    if (m_spans.empty() || m_spans.back().first < start) {
        m_spans.emplace_back(start, end);
        return;
    }
    const auto at = std::lower_bound(m_spans.begin(), m_spans.end(), start,
                                     [](const MentionSpan &span, int s) { return span.first < s; });
    if (at != m_spans.end() && at->first == start)
        return;
    m_spans.insert(at, {start, end});
}

void MentionSpans::unite(const MentionSpans &other)
{
    for (const MentionSpan &span : other.m_spans)
        add(span.first, span.second);
}

QByteArray MentionSpans::encode() const
{
    // Written into a buffer of the largest size it can need, then cut to size: an ingest encodes
    // every entity of every article, and appending byte by byte cost more than the rest.
    QByteArray out(qsizetype(m_spans.size()) * 10, Qt::Uninitialized);
    char *const begin = out.data();
    char *at = begin;
    int previousStart = 0;
    for (const auto &[start, end] : m_spans) {
        at = writeVarint(at, quint32(start - previousStart));
        at = writeVarint(at, quint32(end - start));
        previousStart = start;
    }
    out.truncate(at - begin);
    return out;
}

std::optional<MentionSpans> MentionSpans::decode(QByteArrayView bytes)
{
    MentionSpans spans;
    qsizetype at = 0;
    qint64 start = 0;
    while (at < bytes.size()) {
        const std::optional<quint32> gap = readVarint(bytes, &at);
        const std::optional<quint32> length = gap ? readVarint(bytes, &at) : std::nullopt;
        if (!length)
            return std::nullopt;
        start += *gap;
        const qint64 end = start + *length;
        if (end > std::numeric_limits<int>::max() || (!spans.m_spans.empty() && *gap == 0))
            return std::nullopt;
        spans.m_spans.emplace_back(int(start), int(end));
    }
    return spans;
}

} // namespace elshi::store
