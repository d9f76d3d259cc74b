// Entity extraction on sentences written for these tests: one row per pattern the extractor must
// know, and the cases it must refuse.

#include <entities/extractor.h>
#include <entities/identity.h>
#include <entities/morphology.h>
#include <text/translit.h>

#include <QTest>

using namespace elshi::entities;
using elshi::core::DateValue;

namespace {

QStringList names(const Extraction &x, EntityType type)
{
    QStringList out;
    for (const Mention &m : x.mentions) {
        if (m.type == type)
            out.append(m.name);
    }
    return out;
}

QString describe(const MeetingFact &m)
{
    return m.participants.join(u" + ") + u" @" + m.place + u" " + m.date.toIso();
}

} // namespace

class ExtractorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void people_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en role + name") << "en"
                                        << "The Ambassador of Kazakhstan to the Republic of Chile Daniyar Temirov "
                                           "opened the exhibition."
                                        << QStringList{"Daniyar Temirov"};
        QTest::newRow("en apposition") << "en"
                                       << "Park Min Jun, Minister of Oceans of the Republic of Korea, spoke first."
                                       << QStringList{"Park Min Jun"};
        QTest::newRow("en initial") << "en"
                                    << "The report was signed by B.Zhaksylykov yesterday."
                                    << QStringList{"B. Zhaksylykov"};
        QTest::newRow("ru role + name") << "ru"
                                        << "Посол Казахстана в Чили Данияр Темиров открыл выставку."
                                        << QStringList{"Данияр Темиров"};
        QTest::newRow("ru instrumental") << "ru"
                                         << "Министр побеседовал с Александром Арсеновичем и Лизой Селнес."
                                         << QStringList{"Александр Арсенович", "Лиза Селнес"};
        QTest::newRow("ru a-declension man")
            << "ru"
            << "Делегацию возглавил депутат Стортинга Йоном Бликрой." << QStringList{"Йон Бликра"};
        QTest::newRow("ru genitive") << "ru"
                                     << "По приглашению Сергея Иванова прибыла делегация."
                                     << QStringList{"Сергей Иванов"};
        QTest::newRow("ru surname first")
            << "ru"
            << "Заседание открыл Ашикбаев Ержан Нигматуллаулы." << QStringList{"Ашикбаев Ержан Нигматуллаулы"};
        QTest::newRow("ru undeclined foreign")
            << "ru"
            << "Посол встретился с депутатом Марибель Мартинес Руис." << QStringList{"Марибель Мартинес Руис"};
        QTest::newRow("kk genitive") << "kk"
                                     << "Мемлекет басшысы Қасым-Жомарт Тоқаевтың сапары басталды."
                                     << QStringList{"Қасым-Жомарт Тоқаев"};
        // The ru_RU dictionary: common words at a run's edge are no part of a name.
        QTest::newRow("ru common word before name")
            << "ru"
            << "Скульптор Георгий Франгулян показал эскиз." << QStringList{"Георгий Франгулян"};
        QTest::newRow("ru capitalised adjective is no name")
            << "ru"
            << "Гастроли Большого завершились в Милане." << QStringList{};
        QTest::newRow("ru genitive place before given name")
            << "ru"
            << "Губернатор Приморья Сергей Дарькин уехал." << QStringList{"Сергей Дарькин"};
        QTest::newRow("ru unknown foreign name") << "ru"
                                                 << "На матч пришла Пегги Уитсон." << QStringList{"Пегги Уитсон"};
        QTest::newRow("ru surname that is a word") << "ru"
                                                   << "Вратарь Оливер Кан ушёл." << QStringList{"Оливер Кан"};
        QTest::newRow("ru particle syllable") << "ru"
                                              << "Вчера Марин Ле Пен выступила." << QStringList{"Марин Ле Пен"};
        QTest::newRow("ru latin spelling in brackets")
            << "ru"
            << "Командир Скотт Хоровитц (Scott Horowitz) вернулся."
            << QStringList{"Скотт Хоровитц", "Scott Horowitz"};
        QTest::newRow("ru latin words are no name") << "ru"
                                                    << "Компания Global Cultural Project открылась."
                                                    << QStringList{};
        QTest::newRow("kk lone given name") << "kk"
                                            << "Бүгін Азамат пен Динара келді." << QStringList{"Азамат", "Динара"};
        QTest::newRow("kk title before name") << "kk"
                                              << "Елбасы Нұрсұлтан Назарбаев сөз сөйледі."
                                              << QStringList{"Нұрсұлтан Назарбаев"};
        QTest::newRow("kk sentence-initial noun is no surname")
            << "kk"
            << "Қорытынды шешім қабылданды." << QStringList{};
        QTest::newRow("kk named after") << "kk"
                                        << "Ол Ахмет Байтұрсынов атындағы мектепте оқыды." << QStringList{};
        QTest::newRow("kk comitative") << "kk"
                                       << "Министр Дональд Трамппен кездесті." << QStringList{"Дональд Трамп"};
    }
    void people()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Extraction x = Extractor().extract(text, lang, DateValue::ofDay(2024, 5, 14));
        QCOMPARE(names(x, EntityType::Person), expected);
    }

    void places_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QStringList>("cities");
        QTest::newRow("en") << "en"
                            << "Delegations from Norway and Kenya met in Geneva." << QStringList{"Norway", "Kenya"}
                            << QStringList{"Geneva"};
        QTest::newRow("ru inflected") << "ru"
                                      << "Делегация Норвегии прибыла в Женеву из Кувейта."
                                      << QStringList{"Norway", "Kuwait"} << QStringList{"Geneva"};
        QTest::newRow("kk ending with two readings") << "kk"
                                                     << "Делегация Өскеменде болды." << QStringList{}
                                                     << QStringList{"Ust-Kamenogorsk"};
        QTest::newRow("ru stem must keep the name") << "ru"
                                                    << "Суд выдал Бута властям." << QStringList{} << QStringList{};
        QTest::newRow("kk suffixes") << "kk"
                                     << "Қазақстанның делегациясы Женевада болды." << QStringList{"Kazakhstan"}
                                     << QStringList{"Geneva"};
    }
    void places()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QStringList, countries);
        QFETCH(QStringList, cities);
        const Extraction x = Extractor().extract(text, lang);
        QCOMPARE(names(x, EntityType::Country), countries);
        QCOMPARE(names(x, EntityType::City), cities);
    }

    void roles()
    {
        const Extraction x =
            Extractor().extract(QStringLiteral("Ambassador of Kazakhstan to Chile Daniyar Temirov visited Santiago."),
                                QStringLiteral("en"));
        QCOMPARE(x.roles.size(), 1);
        QCOMPARE(x.roles.first().person, QStringLiteral("Daniyar Temirov"));
        QCOMPARE(x.roles.first().title, QStringLiteral("ambassador"));
        QCOMPARE(x.roles.first().country, QStringLiteral("Kazakhstan"));
        QCOMPARE(x.roles.first().to, QStringLiteral("Chile"));

        const Extraction ru = Extractor().extract(QStringLiteral("Посол Казахстана в Чили Данияр Темиров выступил."),
                                                  QStringLiteral("ru"));
        QCOMPARE(ru.roles.size(), 1);
        QCOMPARE(ru.roles.first().country, QStringLiteral("Kazakhstan"));
        QCOMPARE(ru.roles.first().to, QStringLiteral("Chile"));
    }

    void coreference()
    {
        const Extraction x = Extractor().extract(
            QStringLiteral(
                "Minister of Culture Aida Balayeva opened the festival. Minister Balayeva thanked the guests."),
            QStringLiteral("en"));
        QCOMPARE(names(x, EntityType::Person), (QStringList{"Aida Balayeva", "Aida Balayeva"}));
        // Two people sharing a surname: a bare surname stays unresolved.
        const Extraction shared = Extractor().extract(
            QStringLiteral("Aida Karimova met Dana Karimova in Astana. Then Karimova said the talks went well."),
            QStringLiteral("en"));
        for (const Mention &m : shared.mentions) {
            if (m.type == EntityType::Person && m.text == u"Karimova")
                QCOMPARE(m.name, QStringLiteral("Karimova"));
        }
    }

    void meetings_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString day = QStringLiteral(" 2024-05-14");
        QTest::newRow("en met with") << "en"
                                     << "Deputy Minister of Foreign Affairs of Kazakhstan Aibek Nurlanov met with "
                                        "Ambassador of Chile Pablo Rojas in Astana."
                                     << QStringList{"Aibek Nurlanov + Pablo Rojas @Astana" + day};
        QTest::newRow("en several counterparts")
            << "en"
            << "Aibek Nurlanov held a meeting with the Director of the Office, Maria Lopez, and her deputy, "
               "Peter Novak, to discuss floods."
            << QStringList{"Aibek Nurlanov + Maria Lopez + Peter Novak @" + day};
        QTest::newRow("en earlier meeting with date")
            << "en"
            << "They recalled the talks between Aibek Nurlanov and Pablo Rojas in Vienna on March 3."
            << QStringList{"Aibek Nurlanov + Pablo Rojas @Vienna 2024-03-03"};
        QTest::newRow("en month precision")
            << "en"
            << "Aibek Nurlanov met Pablo Rojas in Santiago in October 2021, the ministry said."
            << QStringList{"Aibek Nurlanov + Pablo Rojas @Santiago 2021-10"};
        QTest::newRow("en signed together")
            << "en"
            << "Minister Aibek Nurlanov and Ambassador Pablo Rojas signed a memorandum on education."
            << QStringList{"Aibek Nurlanov + Pablo Rojas @" + day};
        QTest::newRow("en unnamed counterparts")
            << "en"
            << "Aibek Nurlanov met with the heads of regional offices of UN agencies in Almaty."
            << QStringList{"Aibek Nurlanov @Almaty" + day};
        QTest::newRow("en phone call") << "en"
                                       << "Aibek Nurlanov held a phone call with Pablo Rojas on trade."
                                       << QStringList{};
        QTest::newRow("en planned visit")
            << "en"
            << "Aibek Nurlanov will meet Pablo Rojas in Santiago next week." << QStringList{};
        QTest::newRow("en letter") << "en"
                                   << "Aibek Nurlanov received a letter from Pablo Rojas." << QStringList{};
        QTest::newRow("ru met with") << "ru"
                                     << "Посол Казахстана в Чили Данияр Темиров встретился с министром культуры "
                                        "Чили Пабло Рохасом."
                                     << QStringList{"Данияр Темиров + Пабло Рохас @" + day};
        QTest::newRow("ru genitive is no counterpart")
            << "ru"
            << "Данияр Темиров встретился с Пабло Рохасом, рассказав о реформах президента Токаева."
            << QStringList{"Данияр Темиров + Пабло Рохас @" + day};
        QTest::newRow("ru phone") << "ru"
                                  << "Данияр Темиров провел телефонный разговор с Пабло Рохасом." << QStringList{};
        QTest::newRow("ru planned") << "ru"
                                    << "Данияр Темиров встретится с Пабло Рохасом в Сантьяго." << QStringList{};
        QTest::newRow("kk met") << "kk"
                                << "Елші Данияр Темиров Пабло Рохаспен кездесті."
                                << QStringList{"Данияр Темиров + Пабло Рохас @" + day};
        QTest::newRow("kk phone") << "kk"
                                  << "Данияр Темиров Пабло Рохаспен телефон арқылы сөйлесті." << QStringList{};
    }
    void meetings()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Extraction x = Extractor().extract(text, lang, DateValue::ofDay(2024, 5, 14));
        QStringList found;
        for (const MeetingFact &m : x.meetings)
            found.append(describe(m));
        QCOMPARE(found, expected);
    }

    void offsetsAreCodePoints()
    {
        const QString text = QStringLiteral("😀 Ambassador Pablo Rojas arrived.");
        const Extraction x = Extractor().extract(text, QStringLiteral("en"));
        QVERIFY(!x.mentions.isEmpty());
        const Mention &m = x.mentions.last();
        QCOMPARE(m.name, QStringLiteral("Pablo Rojas"));
        QCOMPARE(m.start, 13);
        QCOMPARE(m.end, 24);
    }

    void identity_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("scripts") << "Murat Nurtleu"
                                 << "Мурат Нуртлеу" << true;
        QTest::newRow("kazakh letters") << "Мұрат Нұртілеу"
                                        << "Murat Nurtleu" << true;
        QTest::newRow("initial") << "A.Shokybayev"
                                 << "Askar Shokybayev" << true;
        QTest::newRow("order") << "Ашикбаев Ержан"
                               << "Yerzhan Ashikbayev" << true;
        QTest::newRow("other initial") << "B. Shokybayev"
                                       << "Askar Shokybayev" << false;
        QTest::newRow("bare surname") << "Shokybayev"
                                      << "Askar Shokybayev" << false;
        QTest::newRow("different people") << "Aida Karimova"
                                          << "Dana Karimova" << false;
    }
    void identity()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(samePerson(a, b), same);
    }

    void personIndex()
    {
        PersonIndex index;
        const int murat = index.add(QStringLiteral("Murat Nurtleu"));
        QCOMPARE(index.add(QStringLiteral("Мұрат Нұртілеу")), murat);
        QCOMPARE(index.add(QStringLiteral("M. Nurtleu")), murat);
        const int aida = index.add(QStringLiteral("Aida Karimova"));
        const int dana = index.add(QStringLiteral("Dana Karimova"));
        QVERIFY(aida != dana);
        QCOMPARE(index.find(QStringLiteral("Karimova")), -1);
        QCOMPARE(index.displayName(murat), QStringLiteral("Murat Nurtleu"));
    }

    void translit()
    {
        QCOMPARE(elshi::text::toLatin(QStringLiteral("Мұрат")), QStringLiteral("murat"));
        QCOMPARE(elshi::text::skeletonKey(QStringLiteral("Нұртілеу")),
                 elshi::text::skeletonKey(QStringLiteral("Nurtleu")));
    }

    void kazakhSuffixes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("base");
        QTest::newRow("genitive") << "Тоқаевтың"
                                  << "Тоқаев";
        QTest::newRow("comitative") << "Трамппен"
                                    << "Трамп";
        QTest::newRow("locative attributive") << "Алматыдағы"
                                              << "Алматы";
        QTest::newRow("ablative") << "Ресейден"
                                  << "Ресей";
    }
    void kazakhSuffixes()
    {
        QFETCH(QString, word);
        QFETCH(QString, base);
        QCOMPARE(morph::stripKazakhCase(word), base);
    }
};

QTEST_GUILESS_MAIN(ExtractorTest)
#include "extractor_test.moc"
