// Stored article bodies: every text comes back exactly, long ones are compressed, and damaged bytes
// are an error, never a crash or silently different text.

#include <store/bodycodec.h>

#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace elshi::store;

namespace {

QString repeated(const QString &sentence, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += sentence + (i % 3 == 2 ? u"\n\n"_s : u" "_s);
    return text;
}

const QString Russian = repeated(u"Посол Казахстана в Португалии встретился с министром иностранных дел и обсудил "
                                 u"вопросы двустороннего сотрудничества, включая туризм и инвестиции."_s,
                                 12);
const QString Kazakh = repeated(u"Қазақстанның Португалиядағы елшісі Әлихан Нұрғалиұлы сыртқы істер министрімен "
                                u"кездесіп, екіжақты ынтымақтастық мәселелерін талқылады: ғылым, өңір, үкімет, һәм."_s,
                                12);

} // namespace

class BodyCodecTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("tag");
        QTest::newRow("empty") << QString() << int(BodyCodec::Plain);
        QTest::newRow("short latin") << u"Talks."_s << int(BodyCodec::Plain);
        QTest::newRow("short kazakh") << u"Елші"_s << int(BodyCodec::Plain);
        QTest::newRow("russian") << Russian << int(BodyCodec::Packed);
        QTest::newRow("kazakh") << Kazakh << int(BodyCodec::Packed);
        // Surrogate pairs (flags, emoji, mathematical letters) and a lone BOM-like character.
        QTest::newRow("surrogates") << repeated(u"🇰🇿 Astana 😀 𝕏 Алматы \u200b end"_s, 10) << int(BodyCodec::Packed);
        QTest::newRow("short surrogates") << u"🇰🇿😀"_s << int(BodyCodec::Plain);
        // Random letters from one alphabet: 6 bits of information in each 16-bit UTF-8 pair.
        QString noise;
        QRandomGenerator random(7);
        for (int i = 0; i < 400; ++i)
            noise += QChar(char16_t(0x410 + random.bounded(64)));
        QTest::newRow("random letters") << noise << int(BodyCodec::Packed);
        // Every character near the packed table, in and out of it, escaped ones too.
        QString near;
        for (char16_t c = 0x80; c < 0x530; ++c)
            near += QChar(c);
        for (char16_t c = 0x2000; c < 0x2200; ++c)
            near += QChar(c);
        QTest::newRow("cyrillic, latin-1, punctuation blocks") << near << int(BodyCodec::Packed);
        QTest::newRow("other scripts") << repeated(u"Αθήνα 北京 서울 नई दिल्ली ﷺ \uffff"_s, 5) << int(BodyCodec::Packed);
        // Not valid UTF-16, but whatever a reader produced is given back unchanged.
        QTest::newRow("lone surrogates") << repeated(u"x"_s + QChar(0xd83d) + u" y "_s + QChar(0xdc00), 8)
                                         << int(BodyCodec::Packed);
    }

    void roundTrips()
    {
        QFETCH(QString, body);
        QFETCH(int, tag);
        const QByteArray stored = BodyCodec::encode(body);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(int(stored.front()), tag);
        QVERIFY(stored.size() <= body.toUtf8().size() + 1);
        const auto decoded = BodyCodec::decode(stored);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(*decoded, body);
    }

    void compressesNewsText()
    {
        for (const QString &body : {Russian, Kazakh}) {
            const qsizetype utf8 = body.toUtf8().size();
            const qsizetype stored = BodyCodec::encode(body).size();
            QVERIFY2(stored * 3 < utf8, qPrintable(u"%1 of %2 bytes"_s.arg(stored).arg(utf8)));
            // Packing first is what makes the form worth having: smaller than zlib on the UTF-8.
            QVERIFY(stored < qCompress(body.toUtf8(), 9).size());
        }
    }

    // The compressor's state is kept per thread and reset between bodies: nothing of one body may
    // leak into the next, on one thread or on several at once.
    void reusedCompressorKeepsBodiesApart()
    {
        const QByteArray russianFirst = BodyCodec::encode(Russian);
        const QByteArray kazakhBetween = BodyCodec::encode(Kazakh);
        QCOMPARE(BodyCodec::encode(Russian), russianFirst);
        QVERIFY(kazakhBetween != russianFirst);

        QList<QString> bodies;
        for (int i = 0; i < 64; ++i)
            bodies.append(repeated(i % 2 ? Russian : Kazakh, 1 + i % 5) + QString::number(i));
        const QList<QByteArray> stored = QtConcurrent::blockingMapped(bodies, &BodyCodec::encode);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QCOMPARE(stored.at(i), BodyCodec::encode(bodies.at(i)));
            const auto decoded = BodyCodec::decode(stored.at(i));
            QVERIFY(decoded);
            QCOMPARE(*decoded, bodies.at(i));
        }
    }

    void rejectsDamage_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const QByteArray good = BodyCodec::encode(Russian);
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("unknown tag") << QByteArray("\x07hello", 6);
        QTest::newRow("legacy text") << u"Посол прибыл"_s.toUtf8();
        QTest::newRow("plain invalid utf-8") << QByteArray("\x00\xff\xfe ok", 5);
        QTest::newRow("zlib tag alone") << QByteArray(1, char(BodyCodec::Packed));
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QByteArray huge = good;
        huge[1] = char(0xff); // the length now claims ~4 GiB
        QTest::newRow("implausible length") << huge;
        QByteArray shorter = good;
        shorter[4] = char(shorter[4] ^ 0x01); // the length is off by one
        QTest::newRow("wrong length") << shorter;
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x40);
        QTest::newRow("flipped bit") << flipped;
        QByteArray checksum = good;
        checksum[good.size() - 1] = char(checksum[good.size() - 1] ^ 0x01);
        QTest::newRow("bad checksum") << checksum;
        QTest::newRow("bad escape") << (char(BodyCodec::Packed) + qCompress(QByteArray(100, '\xff')));
        QTest::newRow("truncated escape") << (char(BodyCodec::Packed) + qCompress(QByteArray(100, 'a') + '\xff'));
    }

    void rejectsDamage()
    {
        QFETCH(QByteArray, stored);
        const auto decoded = BodyCodec::decode(stored);
        QVERIFY2(!decoded, qPrintable(decoded ? *decoded : QString()));
        QVERIFY2(decoded.error().message.contains(u"damaged"), qPrintable(decoded.error().message));
    }

    // Every single-byte change after the tag is caught (zlib's header check and Adler-32, the length
    // compared with the output) or, in the stream's ignored padding bits, changes nothing.
    void everyFlippedByteIsCaught()
    {
        const QByteArray good = BodyCodec::encode(Kazakh);
        QVERIFY(good.size() > 100);
        int caught = 0;
        for (qsizetype i = 1; i < good.size(); ++i) {
            for (const char mask : {char(0x01), char(0x80)}) {
                QByteArray bad = good;
                bad[i] = char(bad[i] ^ mask);
                const auto decoded = BodyCodec::decode(bad);
                if (!decoded)
                    ++caught;
                else
                    QCOMPARE(*decoded, Kazakh);
            }
        }
        QVERIFY(caught > (good.size() - 1) * 2 * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(BodyCodecTest)
#include "bodycodec_test.moc"
