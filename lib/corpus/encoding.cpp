#include "encoding.h"

#include <core/logging.h>

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace elshi::corpus {

namespace {

using Scheme = DecodedText::Scheme;
using TablePtr = std::shared_ptr<const DecodedText::ByteTable>;

// Classification looks at this much of a file: enough for any statistic, cheap for huge files.
constexpr qsizetype kSampleSize = 1 << 16;

// The character table of a single-byte ICU charset, built once per process; null when ICU does
// not know the name or the charset is not single-byte.
TablePtr byteTable(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, TablePtr> cache;
    QMutexLocker lock(&mutex);
    const QString key = name.toLower();
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name.toLatin1().constData(), &status);
    TablePtr result;
    if (U_SUCCESS(status) && converter && ucnv_getMaxCharSize(converter) == 1) {
        auto table = std::make_shared<DecodedText::ByteTable>();
        for (int b = 0; b < 256; ++b) {
            const char in = char(b);
            UChar outBuffer[4] = {};
            UErrorCode s = U_ZERO_ERROR;
            ucnv_reset(converter);
            const int32_t produced = ucnv_toUChars(converter, outBuffer, 4, &in, 1, &s);
            char16_t ch = U_SUCCESS(s) && produced == 1 ? char16_t(outBuffer[0]) : char16_t(0xFFFD);
            if (ch == 0x1A && b != 0x1A)
                ch = 0xFFFD; // ICU's substitute for undefined bytes in some code pages
            (*table)[b] = ch;
        }
        result = table;
    }
    if (converter)
        ucnv_close(converter);
    cache.insert(key, result);
    return result;
}

struct Utf8Stats
{
    qint64 bad = 0;
    qint64 multiByte = 0;
};

Utf8Stats utf8Stats(const QByteArray &bytes, qsizetype from)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok && length == 3) {
            const uchar c = p[i + 1];
            ok = !(b == 0xE0 && c < 0xA0) && !(b == 0xED && c >= 0xA0); // overlong, surrogates
        } else if (ok && length == 4) {
            const uchar c = p[i + 1];
            ok = !(b == 0xF0 && c < 0x90) && !(b == 0xF4 && c >= 0x90);
        }
        if (ok) {
            ++stats.multiByte;
            i += length;
        } else {
            ++stats.bad;
            ++i;
        }
    }
    return stats;
}

bool hasHighLetterRun(const QByteArray &bytes)
{
    const qsizetype n = std::min(bytes.size(), kSampleSize);
    int run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        run = uchar(bytes[i]) >= 0xC0 ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

// UTF-16 without a BOM: the high byte of each unit takes very few values (0x00 for ASCII, 0x04
// for Cyrillic, 0x20 for punctuation), the low byte many.
Scheme utf16Guess(const QByteArray &bytes, bool *found)
{
    *found = false;
    const qsizetype n = std::min(bytes.size(), kSampleSize) & ~qsizetype(1);
    if (n < 4)
        return Scheme::Utf8;
    auto isHigh = [](uchar b) { return b == 0x00 || b == 0x04 || b == 0x20; };
    qsizetype evenHigh = 0, oddHigh = 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype i = 0; i < n; i += 2) {
        evenHigh += isHigh(p[i]);
        oddHigh += isHigh(p[i + 1]);
    }
    const qsizetype pairs = n / 2;
    if (oddHigh >= pairs * 9 / 10 && evenHigh < pairs / 2) {
        *found = true;
        return Scheme::Utf16LE;
    }
    if (evenHigh >= pairs * 9 / 10 && oddHigh < pairs / 2) {
        *found = true;
        return Scheme::Utf16BE;
    }
    return Scheme::Utf8;
}

// Binary data: NULs or many control characters that text files do not contain.
bool looksBinary(const QByteArray &bytes, qsizetype from)
{
    const qsizetype n = std::min(bytes.size(), from + kSampleSize);
    qsizetype controls = 0;
    for (qsizetype i = from; i < n; ++i) {
        const uchar b = uchar(bytes[i]);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v')
            ++controls;
    }
    const qsizetype size = n - from;
    return controls > 0 && controls * 100 > size; // more than 1 %
}

QString decodeSample(const QByteArray &bytes, const DecodedText::ByteTable &table)
{
    const qsizetype n = std::min(bytes.size(), kSampleSize);
    QString text(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        text[i] = QChar(table[uchar(bytes[i])]);
    return text;
}

QStringList icuCandidates(const QByteArray &bytes)
{
    QStringList names;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return names;
    const int32_t length = int32_t(std::min(bytes.size(), kSampleSize));
    ucsdet_setText(detector, bytes.constData(), length, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        if (const char *name = ucsdet_getName(matches[i], &s); U_SUCCESS(s) && name)
            names.append(QString::fromLatin1(name));
    }
    ucsdet_close(detector);
    return names;
}

struct Choice
{
    Scheme scheme = Scheme::Utf8;
    QString name;
    int bomSize = 0;
    bool binary = false;
};

Choice choose(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return {Scheme::Utf8, QStringLiteral("UTF-8"), 3};
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return {Scheme::Utf16LE, QStringLiteral("UTF-16LE"), 2};
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return {Scheme::Utf16BE, QStringLiteral("UTF-16BE"), 2};
    bool utf16 = false;
    const Scheme wide = utf16Guess(bytes, &utf16);
    if (utf16)
        return {wide, wide == Scheme::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), 0};
    if (looksBinary(bytes, 0))
        return {Scheme::Utf8, {}, 0, true};

    const Utf8Stats stats = utf8Stats(bytes, 0);
    // A few corrupt bytes in otherwise valid UTF-8 are damage, not another encoding; so are
    // stray high bytes in ASCII text, since every Cyrillic code page text has words of three or
    // more letters in 0xC0–0xFF.
    if (stats.bad == 0 || stats.multiByte >= stats.bad * 4 || !hasHighLetterRun(bytes))
        return {Scheme::Utf8, QStringLiteral("UTF-8"), 0};

    // An 8-bit code page. ICU proposes; Cyrillic candidates are checked by their letters.
    const QStringList proposed = icuCandidates(bytes);
    QStringList cyrillic = {QStringLiteral("windows-1251"), QStringLiteral("KOI8-R")};
    for (const QString &name : proposed) {
        if ((name == u"ISO-8859-5" || name.startsWith(u"IBM8")) && !cyrillic.contains(name))
            cyrillic.append(name);
    }
    QString best;
    double bestScore = -2;
    for (const QString &name : std::as_const(cyrillic)) {
        const TablePtr table = byteTable(name);
        if (!table)
            continue;
        const double score = Encoding::cyrillicScore(decodeSample(bytes, *table));
        qCDebug(lcCorpus) << "code page" << name << "scores" << score;
        if (score > bestScore) {
            bestScore = score;
            best = name;
        }
    }
    if (bestScore > 0.2)
        return {Scheme::SingleByte, best, 0};
    for (const QString &name : proposed) {
        if (byteTable(name))
            return {Scheme::SingleByte, name, 0};
    }
    return {Scheme::SingleByte, QStringLiteral("windows-1251"), 0};
}

// After decoding an 8-bit guess: text has letters and spaces; noise has mostly symbols.
bool plausibleText(const QString &text)
{
    qsizetype letters = 0, spaces = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), kSampleSize);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isLetter())
            ++letters;
        else if (c.isSpace())
            ++spaces;
    }
    return n == 0 || (letters + spaces) * 10 >= n * 7;
}

} // namespace

DecodedText Encoding::decode(const QByteArray &bytes, const QString &path)
{
    const Choice choice = choose(bytes);
    if (choice.binary)
        return DecodedText::unreadable(bytes, path, tr("not a text file: it holds binary data"));
    DecodedText text =
        DecodedText::fromBytes(bytes, choice.scheme, choice.name, choice.bomSize,
                               choice.scheme == Scheme::SingleByte ? byteTable(choice.name) : nullptr, path);
    if (choice.scheme == Scheme::SingleByte && !plausibleText(text.text()))
        return DecodedText::unreadable(bytes, path, tr("not readable text in any known encoding"));
    return text;
}

DecodedText Encoding::decodeAs(const QByteArray &bytes, const QString &encoding, const QString &path)
{
    const QString upper = encoding.toUpper().remove(u'_');
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (upper == u"UTF-8" || upper == u"UTF8") {
        const int bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
        return DecodedText::fromBytes(bytes, Scheme::Utf8, QStringLiteral("UTF-8"), bom, nullptr, path);
    }
    if (upper == u"UTF-16LE") {
        const int bom = n >= 2 && p[0] == 0xFF && p[1] == 0xFE ? 2 : 0;
        return DecodedText::fromBytes(bytes, Scheme::Utf16LE, QStringLiteral("UTF-16LE"), bom, nullptr, path);
    }
    if (upper == u"UTF-16BE") {
        const int bom = n >= 2 && p[0] == 0xFE && p[1] == 0xFF ? 2 : 0;
        return DecodedText::fromBytes(bytes, Scheme::Utf16BE, QStringLiteral("UTF-16BE"), bom, nullptr, path);
    }
    if (TablePtr table = byteTable(encoding))
        return DecodedText::fromBytes(bytes, Scheme::SingleByte, encoding, 0, table, path);
    return DecodedText::unreadable(bytes, path, tr("unknown or unsupported encoding %1").arg(encoding));
}

QString Encoding::detect(const QByteArray &bytes)
{
    const Choice choice = choose(bytes);
    return choice.binary ? QString() : choice.name;
}

double Encoding::cyrillicScore(QStringView text)
{
    // The most frequent Russian lower-case letters, plus the Kazakh ones: a right decoding is
    // mostly these; a wrong code page turns lower case into scrambled upper case.
    static constexpr char16_t frequent[] = u"оеаинтсрвлкмдпуяызьбгчйхжшю"
                                           u"әғқңөұүһі";
    qsizetype letters = 0;
    double score = 0;
    bool previousLetter = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool cyr = (u >= 0x0400 && u <= 0x04FF);
        if (!cyr) {
            previousLetter = c.isLetter();
            continue;
        }
        ++letters;
        if (c.isLower()) {
            score += std::char_traits<char16_t>::find(frequent, std::size(frequent) - 1, u) ? 1.0 : 0.3;
        } else if (previousLetter) {
            score -= 1.0; // upper case inside a word
        }
        previousLetter = true;
    }
    return letters == 0 ? 0.0 : std::clamp(score / double(letters), -1.0, 1.0);
}

} // namespace elshi::corpus
