#include "bodycodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

namespace elshi::store {

namespace {

// Below this many UTF-8 bytes zlib's 10 bytes of framing and Qt's 4-byte length cannot be won back.
constexpr qsizetype MinCompressed = 24;
// Level 9 over 6: a few per cent smaller for news-sized inputs, and it runs on the ingest workers,
// where extraction costs far more.
constexpr int Level = 9;
// Deflate expands at most ~1032×; a larger claimed length is damage, and must not become an
// allocation of gigabytes. No article body comes near 1 GiB either.
constexpr qint64 MaxRatio = 1032;
constexpr qint64 MaxBody = qint64(1) << 30;

core::Error damaged(const QString &why)
{
    // The reason stays untranslated, like SQLite's own messages in the same sentence.
    return core::Error{QCoreApplication::translate("elshi::store::Corpus", "cannot read the database: %1")
                           .arg(QStringLiteral("stored article text is damaged (%1)").arg(why))};
}

core::Result<QString> fromUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return damaged(QStringLiteral("invalid UTF-8"));
    return text;
}

} // namespace

QByteArray BodyCodec::encode(const QString &body)
{
    const QByteArray utf8 = body.toUtf8();
    if (utf8.size() >= MinCompressed) {
        QByteArray packed = qCompress(utf8, Level);
        if (!packed.isEmpty() && packed.size() < utf8.size()) {
            packed.prepend(char(Zlib));
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
    case char(Zlib): {
        // qCompress's framing: the uncompressed length, 4 bytes big-endian, then the zlib stream.
        if (payload.size() < 4 + 6)
            return damaged(QStringLiteral("truncated"));
        const qint64 length = qFromBigEndian<quint32>(payload.constData());
        if (length == 0 || length > MaxBody || length > (payload.size() - 4) * MaxRatio)
            return damaged(QStringLiteral("implausible length %1").arg(length));
        const QByteArray utf8 = qUncompress(reinterpret_cast<const uchar *>(payload.constData()), payload.size());
        if (utf8.size() != length)
            return damaged(QStringLiteral("zlib data corrupt"));
        return fromUtf8(utf8);
    }
    default:
        return damaged(QStringLiteral("unknown format %1").arg(int(uchar(stored.front()))));
    }
}

} // namespace elshi::store
