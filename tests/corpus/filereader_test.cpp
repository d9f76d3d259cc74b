// Every layout and its variants read from fixtures: article count, fields, cleaned bodies, and
// provenance verified by decoding the bytes it points at.

#include <corpus/encoding.h>
#include <corpus/filereader.h>

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace elshi::corpus;

namespace {
QString fixturePath(const QString &name)
{
    return QStringLiteral(ELSHI_TEST_DATA "/corpus/layouts/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return f.readAll();
}

// The article's span decoded from the file's own bytes.
QString spanText(const FileReadResult &result, const Article &a)
{
    const QByteArray bytes = readAll(a.source.file);
    return Encoding::decodeAs(bytes.mid(a.source.offset, a.source.length), result.encoding).text();
}
} // namespace

class FileReaderTest : public QObject
{
    Q_OBJECT
private slots:
    void layouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index"); // the article checked below
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("firstParagraphStart");
        QTest::addColumn<int>("paragraphs");

        QTest::newRow("mfa first item") << "mfa_digest.txt"
                                        << "mfa-digest" << 3 << 0
                                        << "Kazakhstan and Chile Discuss Cooperation in Mining Technologies"
                                        << "2024-05-18"
                                        << "Kazakh MFA"
                                        << ""
                                        << "en"
                                        << "Deputy Minister" << 2;
        QTest::newRow("mfa tell a friend")
            << "mfa_digest.txt"
            << "mfa-digest" << 3 << 1 << "Kazakh Diplomats Present Investment Opportunities in Osaka"
            << "2024-05-17"
            << "Kazakh MFA"
            << ""
            << "en"
            << "The Consulate" << 2;
        QTest::newRow("mfa last item")
            << "mfa_digest.txt"
            << "mfa-digest" << 3 << 2
            << "Consultations Between Foreign Ministries of Kazakhstan and Austria Held in Vienna"
            << "2024-05-16"
            << "Kazakh MFA"
            << ""
            << "en"
            << "Political consultations" << 2;
        QTest::newRow("kazinform title in header")
            << "kazinform_title.txt"
            << "kazinform" << 1 << 0 << "Kazakhstan and Oman sign visa waiver agreement"
            << "2021-04-08"
            << "Kazinform"
            << "NUR-SULTAN"
            << "en"
            << "Kazakhstan and the Sultanate" << 3;
        QTest::newRow("kazinform dateline in header") << "kazinform_no_title.txt"
                                                      << "kazinform" << 1 << 0
                                                      << "Deputy Prime Minister – Minister of Foreign Affairs of "
                                                         "Kazakhstan Bolat Tursynov visited the regional hub "
                                                         "of the humanitarian agencies in Almaty…"
                                                      << "2023-08-19"
                                                      << "Kazinform"
                                                      << "ALMATY"
                                                      << "en"
                                                      << "Deputy Prime Minister" << 3;
        QTest::newRow("kazinform amp") << "kazinform_amp.txt"
                                       << "kazinform" << 1 << 0
                                       << "Kazakh FM holds phone talks with Finnish counterpart"
                                       << "2022-02-21"
                                       << "Kazinform"
                                       << "ASTANA"
                                       << "en"
                                       << "The foreign ministers" << 2;
        QTest::newRow("kazinform kazakh stamp")
            << "kazinform_kk.txt"
            << "kazinform" << 1 << 0 << "Сыртқы істер министрі Жапония елшісімен кездесті"
            << "2011-11-28"
            << "Kazinform"
            << "АСТАНА"
            << "kk"
            << "Бүгін" << 2;
        QTest::newRow("kazinform kazakh ordinal")
            << "kazinform_kk_ordinal.txt"
            << "kazinform" << 1 << 0 << "Қазақстан мен Моңғолия сауда байланысын нығайтады"
            << "2019-09-22"
            << "Kazinform"
            << "АСТАНА"
            << "kk"
            << "Қазақстан мен Моңғолияның" << 2;
        QTest::newRow("kazakhstan today")
            << "kt_ru.txt"
            << "kazakhstan-today" << 1 << 0 << "Казахстанские дипломаты обсудили с партнерами вопросы торговли"
            << "--02-12"
            << "Kazakhstan Today"
            << "Астана"
            << "ru"
            << "Посол Казахстана" << 2;
        QTest::newRow("kazakhstan today stamp")
            << "kt_stamp.txt"
            << "kazakhstan-today" << 1 << 0 << "В Осло прошла встреча по вопросам энергетики"
            << "2025-11-28"
            << "Kazakhstan Today"
            << "Астана"
            << "ru"
            << "Посольство Казахстана" << 2;
        QTest::newRow("sputnik") << "sputnik.txt"
                                 << "news-page" << 1 << 0 << "Глава МИД Казахстана встретился с послом Италии"
                                 << "2024-02-09"
                                 << "Sputnik"
                                 << "АСТАНА"
                                 << "ru"
                                 << "Министр иностранных" << 2;
        QTest::newRow("tass") << "tass.txt"
                              << "news-page" << 1 << 0 << "Казахстан и Россия обсудили транзит грузов"
                              << "--02-02"
                              << "TASS"
                              << "НУР-СУЛТАН"
                              << "ru"
                              << "Заместители министров" << 2;
        QTest::newRow("interfax") << "interfax.txt"
                                  << "news-page" << 1 << 0
                                  << "Казахстан и Узбекистан подписали соглашение о демаркации границы"
                                  << "2021-06-30"
                                  << "Interfax-Kazakhstan"
                                  << "Астана"
                                  << "ru"
                                  << "Министры" << 2;
        QTest::newRow("un first") << "un_records.txt"
                                  << "un-records" << 3 << 0
                                  << "UNDP supports solar power for rural schools in Kazakhstan"
                                  << "2022-05-05"
                                  << "UN Kazakhstan"
                                  << "Borovoye, Kazakhstan"
                                  << "en"
                                  << "Borovoye" << 2;
        QTest::newRow("un repeated paragraph") << "un_records.txt"
                                               << "un-records" << 3 << 1 << "UNICEF opens youth centre in Shymkent"
                                               << "2021-03-17"
                                               << "UN Kazakhstan"
                                               << ""
                                               << "en"
                                               << "A youth centre" << 2;
        QTest::newRow("un last") << "un_records.txt"
                                 << "un-records" << 3 << 2 << "Statement on International Volunteer Day"
                                 << "2019-12-02"
                                 << "UN Kazakhstan"
                                 << ""
                                 << "en"
                                 << "The UN team" << 2;
        QTest::newRow("plain") << "plain.txt"
                               << "plain-text" << 1 << 0 << "Notes on a conference in Geneva"
                               << ""
                               << ""
                               << ""
                               << "en"
                               << "The conference" << 2;
        QTest::newRow("plain without title")
            << "plain_no_title.txt"
            << "plain-text" << 1 << 0
            << "The delegation of Kazakhstan arrived in Tashkent for two days of consultations on regional transport "
               "corridors and customs procedures…"
            << ""
            << ""
            << ""
            << "en"
            << "The delegation" << 1;
        QTest::newRow("previous headline") << "previous_headline.txt"
                                           << "kazinform" << 1 << 0 << "Kazakh and Georgian ministers discuss transit"
                                           << "2019-05-02"
                                           << "Kazinform"
                                           << "ASTANA"
                                           << "en"
                                           << "The foreign" << 2;
        QTest::newRow("glued stamp") << "glued_stamp.txt"
                                     << "kazinform" << 1 << 0 << "Kazakhstan opens consulate in Dubai"
                                     << "2018-10-08"
                                     << "Kazinform"
                                     << "ASTANA"
                                     << "en"
                                     << "Kazakhstan opened" << 2;
        QTest::newRow("malformed header") << "malformed_header.txt"
                                          << "kazinform" << 1 << 0 << "Kazakh and Turkish ministers meet in Astana"
                                          << "2023-09-11"
                                          << "Kazinform"
                                          << "ASTANA"
                                          << "en"
                                          << "The foreign" << 1;
        QTest::newRow("kazakh latin") << "kazakh_latin.txt"
                                      << "plain-text" << 1 << 0 << "Qazaqstan men Qytai arasyndağy sauda kölemı östı"
                                      << ""
                                      << ""
                                      << ""
                                      << "kk"
                                      << "Qazaqstan Respublikasynyñ" << 1;
        QTest::newRow("two pages first") << "two_pages.txt"
                                         << "kazinform" << 2 << 0 << "Kazakhstan, Latvia discuss logistics"
                                         << "2020-03-02"
                                         << "Kazinform"
                                         << "NUR-SULTAN"
                                         << "en"
                                         << "The foreign ministers" << 1;
        QTest::newRow("two pages second") << "two_pages.txt"
                                          << "kazinform" << 2 << 1 << "Kazakhstan, Estonia discuss digital services"
                                          << "2020-03-03"
                                          << "Kazinform"
                                          << "NUR-SULTAN"
                                          << "en"
                                          << "The deputy" << 1;
    }
    void layouts()
    {
        QFETCH(QString, file);
        QFETCH(QString, layout);
        QFETCH(int, count);
        QFETCH(int, index);
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, outlet);
        QFETCH(QString, place);
        QFETCH(QString, lang);
        QFETCH(QString, firstParagraphStart);
        QFETCH(int, paragraphs);

        const FileReadResult result = readCorpusFile(fixturePath(file));
        QVERIFY(result.readable);
        QCOMPARE(result.layout, layout);
        QCOMPARE(result.articles.size(), count);
        const Article &a = result.articles.at(index);
        QCOMPARE(a.layout, layout);
        QCOMPARE(a.title, title);
        QCOMPARE(a.date.toIso(), date);
        QCOMPARE(a.outlet, outlet);
        QCOMPARE(a.place, place);
        QCOMPARE(a.lang, lang);
        QVERIFY2(!a.paragraphs.isEmpty() && a.paragraphs.first().startsWith(firstParagraphStart),
                 qPrintable(a.paragraphs.value(0)));
        QCOMPARE(a.paragraphs.size(), paragraphs);
        for (const QString &p : a.paragraphs) {
            QVERIFY2(!p.contains(u"Tell a friend") && !p.contains(u"Donate to the") && p != u"None" &&
                         !p.startsWith(u"Фото:") && !p.startsWith(u"Photo:") && !p.startsWith(u"UN House") &&
                         !p.startsWith(u"Tel:") && !p.startsWith(u"Автор:") && !p.contains(u"Kazakh MFA\n"),
                     qPrintable(p));
        }
        QCOMPARE(QStringList(a.paragraphs).removeDuplicates(), 0);

        // Provenance: absolute path, and the bytes it names hold the article.
        QCOMPARE(a.source.file, QFileInfo(fixturePath(file)).absoluteFilePath());
        const QString span = spanText(result, a);
        QVERIFY2(span.contains(a.paragraphs.first().left(30)), qPrintable(span));
        if (!a.titleDerived)
            QVERIFY2(span.contains(a.title.left(20)), qPrintable(span));
        QVERIFY(!span.endsWith(u'\n'));
    }

    // Articles of one file do not overlap and come in file order.
    void spansAreOrdered_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("mfa") << "mfa_digest.txt";
        QTest::newRow("un") << "un_records.txt";
        QTest::newRow("pages") << "two_pages.txt";
    }
    void spansAreOrdered()
    {
        QFETCH(QString, file);
        const FileReadResult result = readCorpusFile(fixturePath(file));
        qint64 end = 0;
        for (const Article &a : result.articles) {
            QVERIFY(a.source.offset >= end);
            QVERIFY(a.source.length > 0);
            end = a.source.offset + a.source.length;
        }
        QVERIFY(end <= QFileInfo(fixturePath(file)).size());
    }

    void unSpanRunsFromDateToUrl()
    {
        const FileReadResult result = readCorpusFile(fixturePath(QStringLiteral("un_records.txt")));
        QCOMPARE(result.articles.size(), 3);
        const Article &a = result.articles.at(1);
        const QString span = spanText(result, a);
        QVERIFY(span.startsWith(u"Date: 17 March 2021"));
        QVERIFY(span.endsWith(u"URL: https://kazakhstan.un.org/en/1002-unicef-opens-youth-centre"));
        QCOMPARE(a.url, QStringLiteral("https://kazakhstan.un.org/en/1002-unicef-opens-youth-centre"));
        QVERIFY(result.problems.isEmpty());
    }

    void missingFileIsUnreadable()
    {
        const FileReadResult result = readCorpusFile(QStringLiteral("/nonexistent/elshi/file.txt"));
        QVERIFY(!result.readable);
        QVERIFY(result.articles.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().file, QStringLiteral("/nonexistent/elshi/file.txt"));
    }

    // A plain text whose only date is in its opening "PLACE, Month D, YYYY – ".
    void plainTextDatedByItsDateline()
    {
        const FileReadResult result = readCorpusBytes(
            QByteArrayLiteral("Talks in Tallinn\n\nTALLINN, March 5, 2024 \xe2\x80\x93 The ministers met in "
                              "Tallinn and discussed trade and transport.\n"),
            QStringLiteral("/virtual/plain.txt"));
        QCOMPARE(result.articles.size(), 1);
        const Article &a = result.articles.first();
        QCOMPARE(a.date.toIso(), QStringLiteral("2024-03-05"));
        QCOMPARE(a.place, QStringLiteral("TALLINN"));
        QVERIFY(a.body().startsWith(u"TALLINN, March 5, 2024"));
    }

    void bytesInMemory()
    {
        const QByteArray bytes = readAll(fixturePath(QStringLiteral("kt_ru.txt")));
        const FileReadResult result = readCorpusBytes(bytes, QStringLiteral("/virtual/kt.txt"));
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles.first().source.file, QStringLiteral("/virtual/kt.txt"));
        QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
    }
};

QTEST_GUILESS_MAIN(FileReaderTest)
#include "filereader_test.moc"
