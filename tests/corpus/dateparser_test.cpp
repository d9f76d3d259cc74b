// Dates in English, Russian and Kazakh (Cyrillic and Latin): month names in all forms, the
// numeric forms, stamps, year completion and dates resolved against an article's date.

#include <corpus/dateparser.h>

#include <QTest>

using namespace elshi::corpus;
using elshi::core::DateValue;

class DateParserTest : public QObject
{
    Q_OBJECT
private slots:
    void monthNames_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("month");
        const QList<std::pair<const char *, int>> rows = {
            {"January", 1},      {"Feb", 2},           {"sept", 9},         {"MARCH", 3},     {"may", 5},
            {"январь", 1},       {"января", 1},        {"январе", 1},       {"янв", 1},       {"февраля", 2},
            {"фев", 2},          {"марта", 3},         {"мая", 5},          {"май", 5},       {"июня", 6},
            {"июле", 7},         {"августа", 8},       {"сентябре", 9},     {"октябрём", 10}, {"ноября", 11},
            {"декабрь", 12},     {"қаңтар", 1},        {"қаңтардың", 1},    {"қаңтарда", 1},  {"Қыркүйектің", 9},
            {"қыркүйегінде", 9}, {"Қараша", 11},       {"желтоқсанда", 12}, {"сәуірде", 4},   {"шілденің", 7},
            {"qañtar", 1},       {"qyrküiek", 9},      {"qaraşa", 11},      {"qańtar", 1},    {"naýryz", 3},
            {"sáýir", 4},        {"qyrkúıek", 9},      {"qarasha", 11},     {"s'ilde", 7},    {"qan'tar", 1},
            {"maýsymda", 6},     {"jeltoqsannyñ", 12}, {"tamyzda", 8},
        };
        for (const auto &[word, month] : rows)
            QTest::newRow(word) << QString::fromUtf8(word) << month;
        for (const char *word : {"mart", "марка", "may be", "maybe", "тамыр", "ма", "Kazakh", "мартышка"})
            QTest::newRow(word) << QString::fromUtf8(word) << 0;
    }
    void monthNames()
    {
        QFETCH(QString, word);
        QFETCH(int, month);
        QCOMPARE(DateParser::monthNumber(word), month);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        const QList<std::pair<const char *, const char *>> rows = {
            {"12 февраля", "--02-12"},
            {"22 Қыркүйек", "--09-22"},
            {"қыркүйектің 22-сі", "--09-22"},
            {"Қыркүйектің 22-сі", "--09-22"},
            {"14 June 2023", "2023-06-14"},
            {"March 7, 2024", "2024-03-07"},
            {"07.03.2024", "2024-03-07"},
            {"09/03/2017", "2017-03-09"},
            {"2024-03-09", "2024-03-09"},
            {"2019 жылғы 22 қыркүйек", "2019-09-22"},
            {"2022 жыл 12 мамырда", "2022-05-12"}, // the bare "жыл" of news copy, the month in the locative
            {"9 фев", "--02-09"},
            {"9 фев.", "--02-09"},
            {"1 мая 2020 года", "2020-05-01"},
            {"September 2019", "2019-09"},
            {"в сентябре 2019 года", ""},
            {"сентябрь 2019", "2019-09"},
            {"2019 жылғы қыркүйек", "2019-09"},
            {"22 qyrküiek 2019", "2019-09-22"},
            {"31 February 2020", ""},
            {"30.02.2020", ""},
            {"not a date", ""},
            {"14 June 2023 and more", ""},
        };
        for (const auto &[text, iso] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(iso);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(DateParser::parse(text).toIso(), iso);
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("matched");
        QTest::newRow("in sentence") << "The talks held on 27 February in Geneva."
                                     << "--02-27"
                                     << "27 February";
        QTest::newRow("english month first") << "signed by October 31, 2019 at"
                                             << "2019-10-31"
                                             << "October 31, 2019";
        QTest::newRow("counter is no year") << "4 April, 16:54 2728"
                                            << "--04-04"
                                            << "4 April";
        QTest::newRow("time then date") << "20:03, 01 June 2017"
                                        << "2017-06-01"
                                        << "01 June 2017";
        QTest::newRow("slash date") << "10:25 09/03/2017"
                                    << "2017-03-09"
                                    << "09/03/2017";
        QTest::newRow("glued") << "Title 08.10.2018 14:49"
                               << "2018-10-08"
                               << "08.10.2018";
        QTest::newRow("kazakh") << "20 Қараша 2019, 15:53 1732"
                                << "2019-11-20"
                                << "20 Қараша 2019";
        QTest::newRow("none") << "Tel: +7 (7172) 696550"
                              << ""
                              << "";
        QTest::newRow("decimal") << "1.5 million in 2023"
                                 << ""
                                 << "";
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QFETCH(QString, matched);
        const DateParser::Match m = DateParser::find(text);
        QCOMPARE(m.value.toIso(), iso);
        if (m.isValid())
            QCOMPARE(text.mid(m.begin, m.end - m.begin), matched);
    }

    void stamps_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isStamp");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("weekday");
        QTest::addColumn<int>("relative");
        QTest::newRow("mfa") << "07.03.2024, 20:14 6446" << true << "2024-03-07" << false << 0;
        QTest::newRow("bare") << "06.03.2024" << true << "2024-03-06" << false << 0;
        QTest::newRow("en") << "21 December 2022, 19:10" << true << "2022-12-21" << false << 0;
        QTest::newRow("time first") << "20:03, 01 June 2017" << true << "2017-06-01" << false << 0;
        QTest::newRow("gmt") << "20:13, 22 Қыркүйек 2010 | GMT +5" << true << "2010-09-22" << false << 0;
        QTest::newRow("no year") << "4 April, 16:54 2728" << true << "--04-04" << false << 0;
        QTest::newRow("gmt6") << "14:16, 29 August 2020 | GMT +6" << true << "2020-08-29" << false << 0;
        QTest::newRow("today") << "Today, 09:07" << true << "" << false << 0;
        QTest::newRow("yesterday kk") << "Кеше" << true << "" << false << -1;
        QTest::newRow("weekday") << "Жұма, 19 Сәуір 2024" << true << "2024-04-19" << true << 0;
        QTest::newRow("utc msk") << "11 Sep. 15:00 (UTC+3 MSK)" << true << "--09-11" << false << 0;
        QTest::newRow("title") << "Kazakhstan and Chile discuss mining" << false << "" << false << 0;
        QTest::newRow("sentence with date") << "Talks were held on 5 May 2020." << false << "" << false << 0;
        QTest::newRow("number only") << "6446" << false << "" << false << 0;
    }
    void stamps()
    {
        QFETCH(QString, line);
        QFETCH(bool, isStamp);
        QFETCH(QString, iso);
        QFETCH(bool, weekday);
        QFETCH(int, relative);
        const DateParser::Stamp s = DateParser::parseStamp(line);
        QCOMPARE(s.isStamp, isStamp);
        QCOMPARE(s.date.toIso(), iso);
        QCOMPARE(s.hasWeekday, weekday);
        QCOMPARE(s.relativeDays, relative);
    }

    void completeYear_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same year") << "--03-07"
                                   << "2024-03-09"
                                   << "2024-03-07";
        QTest::newRow("previous year") << "--12-28"
                                       << "2024-01-05"
                                       << "2023-12-28";
        QTest::newRow("slightly after") << "--03-10"
                                        << "2024-03-09"
                                        << "2024-03-10";
        QTest::newRow("too far") << "--06-01"
                                 << "2024-03-09"
                                 << "--06-01";
        QTest::newRow("month reference") << "--09-11"
                                         << "2023-09"
                                         << "2023-09-11";
        QTest::newRow("no reference") << "--02-12"
                                      << ""
                                      << "--02-12";
        QTest::newRow("has year") << "2020-01-01"
                                  << "2024-03-09"
                                  << "2020-01-01";
        QTest::newRow("29 feb") << "--02-29"
                                << "2024-03-01"
                                << "2024-02-29";
    }
    void completeYear()
    {
        QFETCH(QString, date);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QCOMPARE(DateParser::completeYear(DateValue::fromIso(date), DateValue::fromIso(reference)).toIso(), expected);
    }

    void resolveRelative_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("on February 27") << "following the talks on February 27 in Geneva"
                                        << "2024-03-06"
                                        << "en"
                                        << "2024-02-27";
        QTest::newRow("27 февраля") << "встреча 27 февраля в Женеве"
                                    << "2024-03-06"
                                    << "ru"
                                    << "2024-02-27";
        QTest::newRow("across new year") << "the meeting on 28 December"
                                         << "2024-01-05"
                                         << "en"
                                         << "2023-12-28";
        QTest::newRow("next month") << "a visit planned for 15 January"
                                    << "2023-12-20"
                                    << "en"
                                    << "2024-01-15";
        QTest::newRow("in September 2019") << "during his visit to New York in September 2019"
                                           << "2020-08-13"
                                           << "en"
                                           << "2019-09";
        QTest::newRow("in September") << "met in September"
                                      << "2020-08-13"
                                      << "en"
                                      << "2020-09";
        QTest::newRow("в сентябре") << "встречались в сентябре"
                                    << "2021-10-02"
                                    << "ru"
                                    << "2021-09";
        QTest::newRow("қыркүйекте") << "қыркүйекте кездескен"
                                    << "2021-10-02"
                                    << "kk"
                                    << "2021-09";
        QTest::newRow("in 2019") << "signed in 2019"
                                 << "2024-03-06"
                                 << "en"
                                 << "2019";
        QTest::newRow("в 2019 году") << "подписано в 2019 году"
                                     << "2024-03-06"
                                     << "ru"
                                     << "2019";
        QTest::newRow("2019 жылы") << "2019 жылы қол қойылды"
                                   << "2024-03-06"
                                   << "kk"
                                   << "2019";
        QTest::newRow("full date") << "on 14 June 2023"
                                   << "2024-03-06"
                                   << "en"
                                   << "2023-06-14";
        QTest::newRow("yesterday") << "met yesterday"
                                   << "2024-03-06"
                                   << "en"
                                   << "2024-03-05";
        QTest::newRow("вчера") << "встретились вчера"
                               << "2024-03-01"
                               << "ru"
                               << "2024-02-29";
        QTest::newRow("кеше") << "кеше кездесті"
                              << "2024-03-06"
                              << "kk"
                              << "2024-03-05";
        QTest::newRow("no article year") << "on February 27"
                                         << "--03-06"
                                         << "en"
                                         << "--02-27";
        QTest::newRow("nothing") << "the sides discussed trade"
                                 << "2024-03-06"
                                 << "en"
                                 << "";
    }
    void resolveRelative()
    {
        QFETCH(QString, text);
        QFETCH(QString, article);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(elshi::corpus::resolveRelative(text, DateValue::fromIso(article), lang).toIso(), expected);
    }
};

QTEST_GUILESS_MAIN(DateParserTest)
#include "dateparser_test.moc"
