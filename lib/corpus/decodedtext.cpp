#include "decodedtext.h"

#include <algorithm>

namespace elshi::corpus {

namespace {
// Distance in text units between checkpoints: mapping a position walks at most this far.
constexpr qint64 kCheckpointSpacing = 64;
constexpr char32_t kReplacement = 0xFFFD;

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}
} // namespace

DecodedText DecodedText::fromBytes(const QByteArray &bytes, Scheme scheme, const QString &encoding, int skip,
                                   std::shared_ptr<const ByteTable> table, const QString &path)
{
    DecodedText result;
    result.m_bytes = bytes;
    result.m_scheme = scheme;
    result.m_encoding = encoding;
    result.m_bomSize = std::clamp<int>(skip, 0, int(bytes.size()));
    result.m_table = std::move(table);
    result.m_path = path;
    if (scheme == Scheme::SingleByte && !result.m_table)
        return unreadable(bytes, path, tr("no character table for encoding %1").arg(encoding));
    result.decode();
    return result;
}

DecodedText DecodedText::unreadable(const QByteArray &bytes, const QString &path, const QString &message)
{
    DecodedText result;
    result.m_bytes = bytes;
    result.m_path = path;
    result.m_readable = false;
    result.m_lineStarts.push_back(0);
    result.m_problems.append(core::Error{message, path, -1, -1});
    return result;
}

DecodedText::Step DecodedText::stepAt(qint64 i) const
{
    const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData());
    const qint64 n = m_bytes.size();
    switch (m_scheme) {
    case Scheme::Utf8: {
        const uchar b = p[i];
        if (b < 0x80)
            return {b, 1, false};
        int length = 0;
        char32_t cp = 0, minimum = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2, cp = b & 0x1F, minimum = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3, cp = b & 0x0F, minimum = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4, cp = b & 0x07, minimum = 0x10000;
        } else {
            return {kReplacement, 1, true};
        }
        if (i + length > n)
            return {kReplacement, 1, true};
        for (int k = 1; k < length; ++k) {
            const uchar c = p[i + k];
            if ((c & 0xC0) != 0x80)
                return {kReplacement, 1, true};
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || isSurrogate(cp))
            return {kReplacement, 1, true};
        return {cp, length, false};
    }
    case Scheme::Utf16LE:
    case Scheme::Utf16BE: {
        const bool le = m_scheme == Scheme::Utf16LE;
        auto unitAt = [&](qint64 at) -> char32_t {
            return le ? char32_t(p[at] | (p[at + 1] << 8)) : char32_t((p[at] << 8) | p[at + 1]);
        };
        if (i + 1 >= n)
            return {kReplacement, 1, true}; // an odd trailing byte
        const char32_t u = unitAt(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 < n) {
                const char32_t low = unitAt(i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF)
                    return {0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), 4, false};
            }
            return {kReplacement, 2, true};
        }
        if (u >= 0xDC00 && u <= 0xDFFF)
            return {kReplacement, 2, true};
        return {u, 2, false};
    }
    case Scheme::SingleByte:
        return {(*m_table)[p[i]], 1, false};
    }
    return {kReplacement, 1, true};
}

void DecodedText::decode()
{
    const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData());
    const qint64 n = m_bytes.size();
    // Every scheme yields at most one UTF-16 unit per byte, so this never grows.
    m_text.resize(std::max<qint64>(0, n - m_bomSize));
    char16_t *out = reinterpret_cast<char16_t *>(m_text.data());
    qint64 o = 0, codePoints = 0, i = m_bomSize, nextCheckpoint = 0, line = 1;
    qint64 firstBad = -1, firstBadLine = -1, badCount = 0;
    m_checkpoints.reserve(size_t(n / kCheckpointSpacing + 2));
    m_lineStarts.push_back(0);
    const bool utf8 = m_scheme == Scheme::Utf8;

    while (i < n) {
        if (o >= nextCheckpoint) {
            m_checkpoints.push_back({o, i, codePoints});
            nextCheckpoint = o + kCheckpointSpacing;
        }
        if (utf8 && p[i] < 0x80 && p[i] != '\r') {
            // ASCII runs are most of most files: copy them without the general step.
            const qint64 stop = std::min(n, i + (nextCheckpoint - o));
            while (i < stop && p[i] < 0x80 && p[i] != '\r') {
                out[o++] = p[i];
                if (p[i] == '\n') {
                    ++line;
                    m_lineStarts.push_back(o);
                }
                ++i;
                ++codePoints;
            }
            continue;
        }
        Step s = stepAt(i);
        if (s.ch == '\r') {
            if (i + s.bytes < n && stepAt(i + s.bytes).ch == '\n') {
                i += s.bytes; // the LF that follows stands for the pair
                continue;
            }
            s.ch = '\n';
        }
        if (s.bad) {
            if (firstBad < 0) {
                firstBad = i;
                firstBadLine = line;
            }
            ++badCount;
        }
        if (s.ch >= 0x10000) {
            out[o++] = char16_t(0xD800 + ((s.ch - 0x10000) >> 10));
            out[o++] = char16_t(0xDC00 + ((s.ch - 0x10000) & 0x3FF));
        } else {
            out[o++] = char16_t(s.ch);
        }
        ++codePoints;
        if (s.ch == '\n') {
            ++line;
            m_lineStarts.push_back(o);
        }
        i += s.bytes;
    }
    m_text.truncate(o);
    m_checkpoints.push_back({o, n, codePoints});

    if (badCount > 0) {
        const QString what = m_scheme == Scheme::Utf8
            ? tr("invalid UTF-8: %n byte(s) replaced by U+FFFD", "", badCount)
            : tr("invalid UTF-16: %n unit(s) replaced by U+FFFD", "", badCount);
        m_problems.append(core::Error{what, m_path, firstBadLine, firstBad});
    }
}

qint64 DecodedText::byteOffset(qsizetype pos) const
{
    if (m_checkpoints.empty())
        return m_bomSize;
    pos = std::clamp<qsizetype>(pos, 0, m_text.size());
    auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), qint64(pos),
                               [](qint64 value, const Checkpoint &c) { return value < c.text; });
    const Checkpoint &from = *std::prev(it);
    qint64 t = from.text, b = from.byte;
    const qint64 n = m_bytes.size();
    while (t < pos && b < n) {
        const Step s = stepAt(b);
        if (s.ch == '\r' && b + s.bytes < n && stepAt(b + s.bytes).ch == '\n') {
            b += s.bytes;
            continue;
        }
        const int units = s.ch >= 0x10000 ? 2 : 1;
        if (t + units > pos)
            break; // inside a surrogate pair: the character's first byte
        t += units;
        b += s.bytes;
    }
    // A dropped CR before the position's LF belongs to the line break the position starts.
    return b;
}

qint64 DecodedText::codePointOffset(qsizetype pos) const
{
    if (m_checkpoints.empty())
        return 0;
    pos = std::clamp<qsizetype>(pos, 0, m_text.size());
    auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), qint64(pos),
                               [](qint64 value, const Checkpoint &c) { return value < c.text; });
    const Checkpoint &from = *std::prev(it);
    qint64 count = from.codePoints;
    for (qint64 t = from.text; t < pos; ++t) {
        if (!(QChar::isLowSurrogate(m_text.at(t).unicode()) && t > 0 && m_text.at(t - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype DecodedText::textPosition(qint64 byte) const
{
    if (m_checkpoints.empty())
        return 0;
    byte = std::clamp<qint64>(byte, 0, m_bytes.size());
    auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), byte,
                               [](qint64 value, const Checkpoint &c) { return value < c.byte; });
    if (it == m_checkpoints.begin())
        return 0;
    const Checkpoint &from = *std::prev(it);
    qint64 t = from.text, b = from.byte;
    const qint64 n = m_bytes.size();
    while (b < n) {
        const Step s = stepAt(b);
        qint64 consumed = s.bytes;
        if (s.ch == '\r' && b + s.bytes < n && stepAt(b + s.bytes).ch == '\n')
            consumed += stepAt(b + s.bytes).bytes; // CR LF is one text unit
        if (b + consumed > byte)
            break;
        t += s.ch >= 0x10000 ? 2 : 1;
        b += consumed;
    }
    return qsizetype(std::min<qint64>(t, m_text.size()));
}

qint64 DecodedText::lineNumber(qsizetype pos) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), qint64(pos));
    return std::max<qint64>(1, it - m_lineStarts.begin());
}

} // namespace elshi::corpus
