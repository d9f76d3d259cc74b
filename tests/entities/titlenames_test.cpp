#include <entities/titlenames.h>

#include <QTest>

using elshi::entities::localizedCountry;
using elshi::entities::localizedTitle;

class TitleNamesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesPostsInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ambassador ru") << QStringLiteral("ambassador") << QStringLiteral("ru")
                                       << QStringLiteral("посол");
        QTest::newRow("ambassador kk") << QStringLiteral("ambassador") << QStringLiteral("kk")
                                       << QStringLiteral("елші");
        QTest::newRow("minister kk, bare form")
            << QStringLiteral("minister") << QStringLiteral("kk") << QStringLiteral("министр");
        QTest::newRow("deputy minister of foreign affairs ru")
            << QStringLiteral("deputy minister of foreign affairs") << QStringLiteral("ru")
            << QStringLiteral("заместитель министра иностранных дел");
        QTest::newRow("english stays") << QStringLiteral("ambassador") << QStringLiteral("en")
                                       << QStringLiteral("ambassador");
        QTest::newRow("unknown stays") << QStringLiteral("grand vizier") << QStringLiteral("kk")
                                       << QStringLiteral("grand vizier");
    }
    void namesPostsInTheReadersLanguage()
    {
        QFETCH(QString, canonical);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(localizedTitle(canonical, lang), expected);
    }

    // Countries in roles, by ICU's names; an organisation stays as it is.
    void namesCountriesInTheReadersLanguage()
    {
        QCOMPARE(localizedCountry(QStringLiteral("Kazakhstan"), u"kk"), QStringLiteral("Қазақстан"));
        QCOMPARE(localizedCountry(QStringLiteral("Kenya"), u"ru"), QStringLiteral("Кения"));
        QCOMPARE(localizedCountry(QStringLiteral("Kenya"), u"en"), QStringLiteral("Kenya"));
        QCOMPARE(localizedCountry(QStringLiteral("UNESCO"), u"ru"), QStringLiteral("UNESCO"));
    }
};

QTEST_GUILESS_MAIN(TitleNamesTest)
#include "titlenames_test.moc"
