#pragma once

// The text of one corpus file decoded from its bytes, with the way back from text positions to
// byte offsets in the original file.
//
// Readers work on QString positions, but an article's provenance is stated in bytes on disk so
// that the Source view can show exactly what the file holds. DecodedText keeps the original bytes
// (implicitly shared, no copy) and a sparse table of checkpoints; mapping a position re-decodes at
// most a few dozen bytes from the nearest checkpoint, so it costs O(log n) plus a short walk.
//
// Bad input never throws: invalid UTF-8 becomes U+FFFD and a problem naming the first bad byte;
// a file that is mostly binary is marked unreadable with an error naming the file.

#include <core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace elshi::corpus {

class DecodedText
{
    Q_DECLARE_TR_FUNCTIONS(elshi::corpus::DecodedText)
public:
    // How the bytes map to text units; exposed for tests and the Source view.
    enum class Scheme : quint8
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        SingleByte, // one byte is one character (windows-1251, KOI8-R, …)
    };

    using ByteTable = std::array<char16_t, 256>;

    DecodedText() = default;

    // Decodes bytes[skip..] with the given scheme (Encoding chooses it), normalising CRLF and lone
    // CR to LF. table maps bytes to characters for SingleByte and is ignored otherwise. path is
    // used only in problem reports. Invalid UTF-8 or unpaired UTF-16 surrogates give U+FFFD and
    // one problem naming the first bad byte and its line.
    static DecodedText fromBytes(const QByteArray &bytes, Scheme scheme, const QString &encoding, int skip,
                                 std::shared_ptr<const ByteTable> table, const QString &path);
    // An unreadable result that only carries the error.
    static DecodedText unreadable(const QByteArray &bytes, const QString &path, const QString &message);

    const QString &text() const { return m_text; }
    const QByteArray &bytes() const { return m_bytes; }
    QString encoding() const { return m_encoding; } // "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", …
    Scheme scheme() const { return m_scheme; }
    bool hadBom() const { return m_bomSize > 0; }
    bool isReadable() const { return m_readable; }
    // Decoding problems: invalid bytes (with offset and line) or why the file is unreadable.
    const QList<core::Error> &problems() const { return m_problems; }

    // Byte offset in the original file of the text unit at pos; pos == text().size() gives the
    // file size. A position inside a CRLF pair maps to the CR.
    qint64 byteOffset(qsizetype pos) const;
    // Number of Unicode code points before pos (surrogate pairs count once).
    qint64 codePointOffset(qsizetype pos) const;
    // The text position of the character that contains byte offset, clamped to the text.
    qsizetype textPosition(qint64 byteOffset) const;
    // 1-based line number of the text position.
    qint64 lineNumber(qsizetype pos) const;

private:
    struct Checkpoint
    {
        qint64 text; // text position at a character boundary
        qint64 byte;
        qint64 codePoints;
    };
    struct Step
    {
        char32_t ch;
        int bytes;
        bool bad;
    };
    Step stepAt(qint64 byte) const;
    void decode();

    QString m_text;
    QByteArray m_bytes;
    QString m_encoding;
    QString m_path;
    Scheme m_scheme = Scheme::Utf8;
    int m_bomSize = 0;
    bool m_readable = true;
    QList<core::Error> m_problems;
    std::shared_ptr<const ByteTable> m_table; // for SingleByte
    std::vector<Checkpoint> m_checkpoints; // ascending in text and byte
    std::vector<qint64> m_lineStarts; // text positions where lines begin
};

} // namespace elshi::corpus
