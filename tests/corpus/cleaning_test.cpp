// Body cleaning: furniture lines go, repeated paragraphs appear once, boilerplate repeated
// across a file's records is found without a list, and real text stays.

#include <corpus/cleaner.h>

#include <QTest>

using namespace elshi::corpus;

class CleaningTest : public QObject
{
    Q_OBJECT
private slots:
    void clutterLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("clutter");
        const QList<std::pair<const char *, bool>> rows = {
            {"Tell a friend", true},
            {"Go to the main site", true},
            {"None", true},
            {"Photo: None", true},
            {"Фото: МИД РК", true},
            {"Photo: Akorda press service", true},
            {"Сурет: ҚР СІМ", true},
            {"Images | Akorda", true},
            {"Trend:", true},
            {"Автор: Иван Петров", true},
            {"Kazakh MFA", true},
            {"   • kz", true},
            {"kz ru en", true},
            {"true", true},
            {"close", true},
            {"Currently reading", true},
            {"#Халық заңгері", true},
            {"***", true},
            {"Donate to the Sustainable Development Goals Fund", true},
            {"20:13, 22 Қыркүйек 2010 | GMT +5", true},
            {"14 June 2023", true},
            {"Подписывайтесь на Sputnik в Дзен", true},
            {"© AFP 2024 / Photographer", true},
            {"The sides discussed trade.", false},
            {"None of the parties objected to the plan.", false},
            {"Photographs of the event were shown at the exhibition.", false},
            {"Kazakh MFA reports that the talks went well.", false},
            {"Стороны обсудили торговлю.", false},
        };
        for (const auto &[line, clutter] : rows)
            QTest::newRow(line) << QString::fromUtf8(line) << clutter;
    }
    void clutterLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, clutter);
        QCOMPARE(Cleaner::isClutterLine(line), clutter);
    }

    void cleanBody()
    {
        const QStringList lines = {
            QStringLiteral("Donate to the Sustainable Development Goals Fund"),
            QStringLiteral("05 May 2022"),
            QStringLiteral("First paragraph of real text."),
            QString(),
            QStringLiteral("Second paragraph, repeated."),
            QStringLiteral("Tell a friend"),
            QStringLiteral("Second   paragraph, repeated."),
            QStringLiteral("Photo: None"),
            QStringLiteral("Third paragraph."),
            QStringLiteral("UN House in Astana:"),
            QStringLiteral("1, Example Street"),
            QStringLiteral("Z00X0X0, Astana, Kazakhstan"),
            QStringLiteral("Tel: +7 (7172) 000000"),
            QStringLiteral("***"),
        };
        const QStringList expected = {QStringLiteral("First paragraph of real text."),
                                      QStringLiteral("Second paragraph, repeated."),
                                      QStringLiteral("Third paragraph.")};
        QCOMPARE(Cleaner::clean(lines), expected);
    }

    void relatedLinksEndTheBody()
    {
        const QStringList lines = {QStringLiteral("Body text."), QStringLiteral("More body text."),
                                   QStringLiteral("Читайте также:"), QStringLiteral("Another headline")};
        QCOMPARE(Cleaner::clean(lines), (QStringList{QStringLiteral("Body text."), QStringLiteral("More body text.")}));
    }

    void bylinesAndTagsAtTheEdges()
    {
        const QStringList lines = {QStringLiteral("Aigul Seitova"), QStringLiteral("The ministers met in Astana."),
                                   QStringLiteral("They signed two agreements."),
                                   QStringLiteral("    Foreign policy    Kazakhstan and Finland")};
        QCOMPARE(Cleaner::clean(lines),
                 (QStringList{QStringLiteral("The ministers met in Astana."),
                              QStringLiteral("They signed two agreements.")}));
    }

    void repeatedLinesAcrossRecords()
    {
        QList<QStringList> records;
        for (int i = 0; i < 4; ++i) {
            records.append({QStringLiteral("Unique text %1.").arg(i), QStringLiteral("Office address line"),
                            QStringLiteral("Phone: 000")});
        }
        records[3].removeLast();
        const QSet<QString> repeated = Cleaner::repeatedLines(records);
        QCOMPARE(repeated, (QSet<QString>{QStringLiteral("Office address line"), QStringLiteral("Phone: 000")}));
        QVERIFY(Cleaner::repeatedLines(records.mid(0, 2)).isEmpty()); // too few records to judge
        const QStringList cleaned = Cleaner::clean(records[0], repeated);
        QCOMPARE(cleaned, QStringList{QStringLiteral("Unique text 0.")});
    }

    void realTextStays()
    {
        const QStringList lines = {QStringLiteral("Short line"), QStringLiteral("Only paragraph here.")};
        // With little text, a short first line is kept: it may be the text itself.
        QCOMPARE(Cleaner::clean(lines), lines);
    }
};

QTEST_GUILESS_MAIN(CleaningTest)
#include "cleaning_test.moc"
