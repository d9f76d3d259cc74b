// Every commit ships complete Kazakh and Russian catalogues: no unfinished or vanished entries,
// and placeholders (%1, %n) kept in every translation.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("kk") << QStringLiteral("kk");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(ELSHI_SOURCE_DIR "/translations/elshi_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type").toString();
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(type, source)));
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("empty translation: ") + source));
                auto matches = [](const QString &s) {
                    QStringList found;
                    for (auto it = placeholder.globalMatch(s); it.hasNext();)
                        found << it.next().captured();
                    found.sort();
                    found.removeDuplicates();
                    return found;
                };
                QCOMPARE(matches(text), matches(source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 20);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
