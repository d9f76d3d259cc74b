#pragma once

// How an article body is stored in articles.body (schema version 5): a BLOB whose first byte says
// the form of the rest, so every stored body decodes whichever form it was written in.
//
//   0x00 + UTF-8                      bodies too short for compression to pay (a title-only item)
//   0x01 + qCompress(packed text)     everything else: zlib, after Qt's 4-byte big-endian length
//                                     (written by zlib directly, in the same bytes)
//
// Packed text (bodycodec.cpp) is UTF-16 in one byte a character for ASCII, the Russian and Kazakh
// alphabets and common punctuation, other characters escaped; zlib gets 15% less to encode than from
// UTF-8, where every Cyrillic letter is two bytes. Qt's zlib has no preset dictionary, which is what
// would help short texts most.
//
// Bodies were the largest part of the database (stored text ≈ 1.27× the corpus files); a news
// article of 1–2 KB compresses 2.5–3×. Only Elshi reads the column — the full-text index is
// contentless and gets pre-analysed terms — so nothing in SQL needs the plain text. encode() runs on
// the ingest worker threads, leaving the single writer thread to SQLite.
//
// decode() never trusts the bytes: an unknown tag, a damaged zlib stream, an implausible length,
// invalid UTF-8 or a bad escape come back as an Error, not as a crash or as silently wrong text.

#include <core/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace elshi::store {

class BodyCodec
{
public:
    enum Tag : char
    {
        Plain = 0x00,
        Packed = 0x01,
    };

    static QByteArray encode(const QString &body);
    static core::Result<QString> decode(QByteArrayView stored);
};

} // namespace elshi::store
