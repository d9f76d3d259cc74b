// Language of short and long texts: English, Russian, Kazakh in Cyrillic and in the Latin
// alphabets of 2017–2021, with the usual traps (Kazakh names in Russian, Turkish names in English).

#include <text/language.h>

#include <QTest>

using elshi::text::LanguageDetector;

class LanguageTest : public QObject
{
    Q_OBJECT
private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lang");
        const QList<std::pair<const char *, const char *>> rows = {
            {"Kazakhstan, UN sign cooperation framework", "en"},
            {"The ministers discussed trade and transit.", "en"},
            {"Projects submitted by FAO-Türkiye Partnership Programme in Türkiye received support from the fund.",
             "en"},
            {"Казахстан и Китай обсудили торговлю", "ru"},
            {"Посол встретился с акимом Қарағанды и обсудил вопросы сотрудничества в области образования.", "ru"},
            {"Сыртқы істер министрі Жапония елшісімен кездесті", "kk"},
            {"Қазақстан мен Қытай", "kk"},
            {"Бүгін министр елшімен кездесті және екіжақты ынтымақтастықты талқылады.", "kk"},
            {"Qazaqstan men Qytai arasyndağy sauda kölemı östı", "kk"},
            {"Qazaqstan Respýblıkasynyń Syrtqy ister mınıstri elshimen kezdesti", "kk"},
            {"Qazaqstan Respy'blikasynyn' Syrtqy is'ter ministri elshimen kezdesti", "kk"},
            {"Memlekettik hatshy jane ministr kezdesti", "kk"},
            {"Kazakhstan's foreign minister met the OSCE chair", "en"},
            {"", ""},
            {"12345 — 678", ""},
        };
        for (const auto &[text, lang] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(lang);
    }
    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, lang);
        QCOMPARE(LanguageDetector::detect(text), lang);
    }

    void confidenceIsHigherForLongerEvidence()
    {
        const auto shortGuess = LanguageDetector::guess(u"Казахстан");
        const auto longGuess =
            LanguageDetector::guess(u"Казахстан и Китай обсудили вопросы торговли и транзита, а также "
                                    u"подготовку визита.");
        QCOMPARE(shortGuess.code, QStringLiteral("ru"));
        QCOMPARE(longGuess.code, QStringLiteral("ru"));
        QVERIFY(longGuess.confidence >= shortGuess.confidence);
        QVERIFY(longGuess.confidence <= 1.0);
    }
};

QTEST_GUILESS_MAIN(LanguageTest)
#include "language_test.moc"
