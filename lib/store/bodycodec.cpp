#include "bodycodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#include <array>
#include <zlib.h>

namespace elshi::store {

namespace {

// Below this many UTF-8 bytes zlib's 10 bytes of framing and Qt's 4-byte length cannot be won back.
constexpr qsizetype MinCompressed = 24;
// Level 9 over 6: a little smaller for news-sized inputs, and it runs on the ingest workers, where
// extraction costs far more.
constexpr int Level = 9;
// Deflate expands at most ~1032×; a larger claimed length is damage, and must not become an
// allocation of gigabytes. No article body comes near 1 GiB either.
constexpr qint64 MaxRatio = 1032;
constexpr qint64 MaxBody = qint64(1) << 30;

// The characters of bytes 0x80–0xFE in packed text: the Russian and Kazakh alphabets and the
// punctuation and Latin letters news text uses. Part of the stored format: never change it, add a
// tag with a new table instead.
constexpr std::array<char16_t, 127> Table = {
    // А–я
    u'А', u'Б', u'В', u'Г', u'Д', u'Е', u'Ж', u'З', u'И', u'Й', u'К', u'Л', u'М', u'Н', u'О', u'П', u'Р', u'С', u'Т',
    u'У', u'Ф', u'Х', u'Ц', u'Ч', u'Ш', u'Щ', u'Ъ', u'Ы', u'Ь', u'Э', u'Ю', u'Я', u'а', u'б', u'в', u'г', u'д', u'е',
    u'ж', u'з', u'и', u'й', u'к', u'л', u'м', u'н', u'о', u'п', u'р', u'с', u'т', u'у', u'ф', u'х', u'ц', u'ч', u'ш',
    u'щ', u'ъ', u'ы', u'ь', u'э', u'ю', u'я', u'Ё', u'ё',
    // Kazakh letters beyond Russian
    u'Ә', u'ә', u'Ғ', u'ғ', u'Қ', u'қ', u'Ң', u'ң', u'Ө', u'ө', u'Ұ', u'ұ', u'Ү', u'ү', u'Һ', u'һ', u'І', u'і',
    // punctuation, signs and spaces
    u'«', u'»', u'—', u'–', u'…', u'№', u'“', u'”', u'„', u'‘', u'’', u'•', u'·', u'°', u'\u00a0', u'\u2011', u'€',
    u'₸', u'§', u'©', u'®', u'™', u'′', u'″', u'×', u'±',
    // Latin letters of names
    u'é', u'è', u'ü', u'ö', u'ä', u'ç', u'ñ', u'á', u'í', u'ó', u'ú',
    // invisible and narrow
    u'\u200b', u'\u00ad', u'\u2009', u'\u202f', u'‹', u'›'};
constexpr uchar Escape = 0xff;

// Packed text: ASCII as itself, a table character as one byte, anything else as Escape and its
// UTF-8 (surrogates one by one, so even a lone one survives). Cyrillic, two bytes in UTF-8, becomes
// one, and zlib then finds 15% less to encode than from UTF-8.
QByteArray pack(const QString &text)
{
    static const auto byteOf = [] {
        std::array<uchar, 0x10000> map{};
        for (size_t i = 0; i < Table.size(); ++i)
            map[Table[i]] = uchar(0x80 + i);
        return map;
    }();
    // At most four bytes a character (an escaped one); written through a pointer, then cut to size.
    QByteArray out(text.size() * 4, Qt::Uninitialized);
    char *o = out.data();
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            *o++ = char(c);
        } else if (const uchar b = byteOf[c]) {
            *o++ = char(b);
        } else {
            *o++ = char(Escape);
            if (c < 0x800) {
                *o++ = char(0xc0 | (c >> 6));
            } else {
                *o++ = char(0xe0 | (c >> 12));
                *o++ = char(0x80 | ((c >> 6) & 0x3f));
            }
            *o++ = char(0x80 | (c & 0x3f));
        }
    }
    out.truncate(o - out.constData());
    return out;
}

core::Error damaged(const QString &why)
{
    // The reason stays untranslated, like SQLite's own messages in the same sentence.
    return core::Error{QCoreApplication::translate("elshi::store::Corpus", "cannot read the database: %1")
                           .arg(QStringLiteral("stored article text is damaged (%1)").arg(why))};
}

core::Result<QString> unpack(QByteArrayView packed)
{
    QString text(packed.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *in = reinterpret_cast<const uchar *>(packed.data());
    const auto *end = in + packed.size();
    while (in < end) {
        const uchar b = *in++;
        if (b < 0x80) {
            *out++ = b;
        } else if (b != Escape) {
            *out++ = Table[b - 0x80];
        } else {
            // One UTF-16 unit as two or three UTF-8 bytes, as pack() writes it.
            const qsizetype length = in < end && (*in & 0xe0) == 0xc0 ? 2 : in < end && (*in & 0xf0) == 0xe0 ? 3 : 0;
            if (length == 0 || end - in < length)
                return damaged(QStringLiteral("bad escape"));
            char16_t c = length == 2 ? char16_t(*in & 0x1f) : char16_t(*in & 0x0f);
            for (qsizetype i = 1; i < length; ++i) {
                if ((in[i] & 0xc0) != 0x80)
                    return damaged(QStringLiteral("bad escape"));
                c = char16_t((c << 6) | (in[i] & 0x3f));
            }
            in += length;
            *out++ = c;
        }
    }
    text.truncate(out - reinterpret_cast<const char16_t *>(text.constData()));
    return text;
}

core::Result<QString> fromUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return damaged(QStringLiteral("invalid UTF-8"));
    return text;
}

// One deflate state per thread, reset between bodies. qCompress() allocates zlib's ~270 KB state
// for every call and frees it again; on the ingest workers' malloc arenas each free gave the pages
// back to the kernel (madvise), and every give-back made the kernel flush both cores' TLBs — five
// system calls per file and a quarter of an ingest's CPU time went there.
class ThreadDeflater
{
public:
    ThreadDeflater() { m_ready = deflateInit(&m_stream, Level) == Z_OK; }
    ~ThreadDeflater()
    {
        if (m_ready)
            deflateEnd(&m_stream);
    }
    ThreadDeflater(const ThreadDeflater &) = delete;
    ThreadDeflater &operator=(const ThreadDeflater &) = delete;

    // The same bytes as qCompress(input, Level): the input's length, 4 bytes big-endian, then the
    // zlib stream (deflateInit() with the level is what compress2() does). Empty on failure.
    QByteArray compress(const QByteArray &input)
    {
        if (!m_ready || deflateReset(&m_stream) != Z_OK)
            return {};
        QByteArray out(4 + qsizetype(deflateBound(&m_stream, uLong(input.size()))), Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(input.size()), out.data());
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        m_stream.avail_in = uInt(input.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
        m_stream.avail_out = uInt(out.size() - 4);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            return {};
        out.truncate(4 + qsizetype(m_stream.total_out));
        return out;
    }

private:
    z_stream m_stream{};
    bool m_ready = false;
};

} // namespace

QByteArray BodyCodec::encode(const QString &body)
{
    const QByteArray utf8 = body.toUtf8();
    if (utf8.size() >= MinCompressed) {
        thread_local ThreadDeflater deflater;
        QByteArray packed = deflater.compress(pack(body));
        if (!packed.isEmpty() && packed.size() < utf8.size()) {
            packed.prepend(char(Packed));
            return packed;
        }
    }
    QByteArray plain;
    plain.reserve(utf8.size() + 1);
    plain.append(char(Plain));
    plain.append(utf8);
    return plain;
}

core::Result<QString> BodyCodec::decode(QByteArrayView stored)
{
    if (stored.isEmpty())
        return damaged(QStringLiteral("no format byte"));
    const QByteArrayView payload = stored.sliced(1);
    switch (stored.front()) {
    case char(Plain):
        return fromUtf8(payload);
    case char(Packed): {
        // qCompress's framing: the uncompressed length, 4 bytes big-endian, then the zlib stream.
        if (payload.size() < 4 + 6)
            return damaged(QStringLiteral("truncated"));
        const qint64 length = qFromBigEndian<quint32>(payload.constData());
        if (length == 0 || length > MaxBody || length > (payload.size() - 4) * MaxRatio)
            return damaged(QStringLiteral("implausible length %1").arg(length));
        const QByteArray packed = qUncompress(reinterpret_cast<const uchar *>(payload.constData()), payload.size());
        if (packed.size() != length)
            return damaged(QStringLiteral("zlib data corrupt"));
        return unpack(packed);
    }
    default:
        return damaged(QStringLiteral("unknown format %1").arg(int(uchar(stored.front()))));
    }
}

} // namespace elshi::store
