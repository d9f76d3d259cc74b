#include "sourcetext.h"

namespace elshi::corpus {

SourceText::SourceText(const DecodedText &decoded, const QString &path)
    : m_decoded(decoded)
    , m_path(path)
{
    const QString &t = decoded.text();
    const qsizetype n = t.size();
    m_lines.reserve(size_t(n / 64 + 1));
    qsizetype begin = 0;
    while (begin < n) {
        qsizetype end = t.indexOf(u'\n', begin);
        if (end < 0)
            end = n;
        m_lines.push_back({begin, end});
        begin = end + 1;
    }
}

QStringView SourceText::line(qsizetype i) const
{
    const Line &l = m_lines[size_t(i)];
    return QStringView(text()).mid(l.begin, l.end - l.begin);
}

qsizetype SourceText::nextNonBlank(qsizetype i) const
{
    while (i < lineCount() && isBlank(i))
        ++i;
    return i;
}

Provenance SourceText::provenance(qsizetype begin, qsizetype end) const
{
    const QString &t = text();
    end = std::min(end, t.size());
    while (end > begin && t.at(end - 1).isSpace())
        --end;
    const qint64 from = m_decoded.byteOffset(begin);
    const qint64 to = m_decoded.byteOffset(end);
    return {m_path, from, to - from};
}

} // namespace elshi::corpus
