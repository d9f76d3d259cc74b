// Encoding detection and decoding: BOMs, UTF-16 without BOM, Cyrillic code pages, line ends,
// damaged UTF-8, binary data, and the mapping from text positions back to bytes.

#include <corpus/encoding.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace elshi::corpus;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ELSHI_TEST_DATA "/corpus/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
QString expectedRussian()
{
    return QString::fromUtf8(fixture(QStringLiteral("layouts/kt_ru.txt")));
}
} // namespace

class EncodingTest : public QObject
{
    Q_OBJECT
private slots:
    void detectsAndDecodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << "layouts/kt_ru.txt"
                               << "UTF-8";
        QTest::newRow("utf-8 bom crlf") << "encoding/kt_ru.utf8-bom-crlf.txt"
                                        << "UTF-8";
        QTest::newRow("lone cr") << "encoding/kt_ru.cr.txt"
                                 << "UTF-8";
        QTest::newRow("utf-16le bom") << "encoding/kt_ru.utf16le-bom.txt"
                                      << "UTF-16LE";
        QTest::newRow("utf-16be no bom") << "encoding/kt_ru.utf16be.txt"
                                         << "UTF-16BE";
        QTest::newRow("windows-1251 crlf") << "encoding/kt_ru.cp1251.txt"
                                           << "windows-1251";
        QTest::newRow("koi8-r") << "encoding/kt_ru.koi8r.txt"
                                << "KOI8-R";
    }
    void detectsAndDecodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const DecodedText text = Encoding::decode(fixture(file), file);
        QVERIFY(text.isReadable());
        QCOMPARE(text.encoding(), encoding);
        QCOMPARE(text.text(), expectedRussian());
        QVERIFY(text.problems().isEmpty());
    }

    void shortCyrillicCodePages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("cp1251") << "encoding/short.cp1251.txt"
                                << "windows-1251";
        QTest::newRow("koi8-r") << "encoding/short.koi8r.txt"
                                << "KOI8-R";
    }
    void shortCyrillicCodePages()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const DecodedText text = Encoding::decode(fixture(file), file);
        QCOMPARE(text.encoding(), encoding);
        QVERIFY(text.text().startsWith(u"Посол встретился"));
    }

    void cyrillicScorePrefersRightCodePage()
    {
        QVERIFY(Encoding::cyrillicScore(u"Стороны обсудили") > 0.5);
        QVERIFY(Encoding::cyrillicScore(u"сТОРОНЫ ОБСУДИЛИ") < 0);
        QCOMPARE(Encoding::cyrillicScore(u"no cyrillic"), 0.0);
    }

    void invalidUtf8IsReplacedAndReported()
    {
        const QByteArray bytes = fixture(QStringLiteral("encoding/plain.bad-utf8.txt"));
        const DecodedText text = Encoding::decode(bytes, QStringLiteral("bad.txt"));
        QVERIFY(text.isReadable());
        QCOMPARE(text.encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(text.text().count(QChar(0xFFFD)), 2);
        QCOMPARE(text.problems().size(), 1);
        const auto &error = text.problems().first();
        QCOMPARE(error.file, QStringLiteral("bad.txt"));
        QCOMPARE(error.line, 3);
        QCOMPARE(error.offset, qint64(bytes.indexOf('\xff')));
    }

    void binaryIsUnreadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random") << random;
        QTest::newRow("nuls") << QByteArray("text\0\0\0\0 more", 14);
        QTest::newRow("controls") << QByteArray(200, '\x01');
    }
    void binaryIsUnreadable()
    {
        QFETCH(QByteArray, bytes);
        const DecodedText text = Encoding::decode(bytes, QStringLiteral("/data/blob.bin"));
        QVERIFY(!text.isReadable());
        QCOMPARE(text.problems().size(), 1);
        QCOMPARE(text.problems().first().file, QStringLiteral("/data/blob.bin"));
        // The file is named once, by Error::toString(), not again inside the message.
        QCOMPARE(text.problems().first().toString().count(u"/data/blob.bin"), 1);
    }

    void emptyIsReadable()
    {
        const DecodedText text = Encoding::decode({}, QStringLiteral("empty.txt"));
        QVERIFY(text.isReadable());
        QVERIFY(text.text().isEmpty());
        QCOMPARE(text.byteOffset(0), 0);
    }

    // Every text position maps to the byte where its character starts, in every encoding.
    void byteOffsetsRoundTrip_data() { detectsAndDecodes_data(); }
    void byteOffsetsRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const QByteArray bytes = fixture(file);
        const DecodedText text = Encoding::decode(bytes, file);
        QCOMPARE(text.byteOffset(text.text().size()), bytes.size());
        const qsizetype word = text.text().indexOf(u"KAZAKHSTAN TODAY");
        QVERIFY(word > 0);
        const qint64 from = text.byteOffset(word);
        const qint64 to = text.byteOffset(word + 16);
        const DecodedText slice = Encoding::decodeAs(bytes.mid(from, to - from), encoding);
        QCOMPARE(slice.text(), QStringLiteral("KAZAKHSTAN TODAY"));
        QCOMPARE(text.textPosition(from), word);
        // The first line with its break decodes back from its bytes, whatever the line ends.
        const qsizetype newline = text.text().indexOf(u'\n');
        const qint64 lineStart = text.byteOffset(0), lineEnd = text.byteOffset(newline + 1);
        QCOMPARE(Encoding::decodeAs(bytes.mid(lineStart, lineEnd - lineStart), encoding).text(),
                 text.text().left(newline + 1));
        QCOMPARE(text.lineNumber(newline + 1), 2);
    }

    void codePointsCountSurrogatesOnce()
    {
        const QByteArray bytes = QStringLiteral("a😀b\nc").toUtf8();
        const DecodedText text = Encoding::decode(bytes);
        QCOMPARE(text.text().size(), 6);
        QCOMPARE(text.codePointOffset(3), 2); // after the emoji
        QCOMPARE(text.codePointOffset(6), 5);
        QCOMPARE(text.byteOffset(3), 5);
        QCOMPARE(text.byteOffset(4), 6);
        QCOMPARE(text.textPosition(5), 3);
    }

    void longTextMapsFromCheckpoints()
    {
        QString source;
        for (int i = 0; i < 500; ++i)
            source += QStringLiteral("строка %1 line\r\n").arg(i);
        const QByteArray bytes = source.toUtf8();
        const DecodedText text = Encoding::decode(bytes);
        const QString expected = QString(source).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(text.text(), expected);
        for (qsizetype pos = 0; pos < expected.size(); pos += 37) {
            const qint64 byte = text.byteOffset(pos);
            const QString prefix = expected.left(pos);
            // Bytes before pos: UTF-8 of the prefix plus one CR per LF before it.
            QCOMPARE(byte, prefix.toUtf8().size() + prefix.count(u'\n'));
            QCOMPARE(text.textPosition(byte), pos);
        }
    }
};

QTEST_GUILESS_MAIN(EncodingTest)
#include "encoding_test.moc"
