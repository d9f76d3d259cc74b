// Writes real PDFs and reads them back with pdftotext: titles, Cyrillic and Kazakh text, the
// meetings table and page numbers must survive as extractable text.

#include <export/pdfexporter.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace elshi::exporting;
using elshi::core::DateValue;

class PdfExporterTest : public QObject
{
    Q_OBJECT
private:
    QString pdfToText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static ExportSelection sample()
    {
        ExportSelection selection;
        selection.title = QStringLiteral("Meetings of Dana Seitkali");
        selection.criteria = {QStringLiteral("Person: Dana Seitkali"), QStringLiteral("Dates: 2023–2024")};
        ExportArticle en;
        en.title = QStringLiteral("Ambassador meets the mayor of Lisbon");
        en.date = DateValue::ofDay(2024, 3, 7);
        en.outlet = QStringLiteral("Kazinform");
        en.url = QStringLiteral("https://example.org/a/1");
        en.body = QStringLiteral("Ambassador Dana Seitkali met with the mayor.\n\nThey discussed tourism.");
        en.marks = {{11, 25, QStringLiteral("PERSON")}};
        en.file = QStringLiteral("/corpus/001.txt");
        en.offset = 1234;
        ExportArticle ru;
        ru.title = QStringLiteral("Посол провела встречу с мэром Лиссабона");
        ru.date = DateValue::ofDayMonth(2, 12);
        ru.body = QStringLiteral("Посол Казахстана Дана Сейткали обсудила сотрудничество.");
        ru.file = QStringLiteral("/corpus/002.txt");
        ExportArticle kk;
        kk.title = QStringLiteral("Елші Лиссабон мэрімен кездесті");
        kk.date = DateValue::ofMonth(2023, 9);
        kk.body = QStringLiteral("Қазақстанның Португалиядағы елшісі әріптестерімен кездесті.");
        kk.file = QStringLiteral("/corpus/003.txt");
        selection.articles = {en, ru, kk};
        selection.meetings = {{DateValue::ofDay(2024, 3, 7),
                               {QStringLiteral("Dana Seitkali"), QStringLiteral("Rui Tavares")},
                               QStringLiteral("Lisbon"),
                               en.title,
                               QStringLiteral("Ambassador Dana Seitkali met with the mayor.")}};
        return selection;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void writesExtractableText()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        const auto status = PdfExporter::write(sample(), pdf);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        // Table cells and long titles wrap; compare with white space folded.
        const QString text = pdfToText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Meetings of Dana Seitkali")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Ambassador meets the mayor of Lisbon")));
        QVERIFY(text.contains(QStringLiteral("Посол провела встречу с мэром Лиссабона")));
        QVERIFY(text.contains(QStringLiteral("Қазақстанның Португалиядағы елшісі")));
        QVERIFY(text.contains(QStringLiteral("Rui Tavares")));
        QVERIFY(text.contains(QStringLiteral("/corpus/001.txt")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(!text.contains(QStringLiteral("@@PAGE")));
    }

    void contentsPointsAtArticlePages()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        QVERIFY(PdfExporter::write(sample(), pdf).ok());
        const QString text = pdfToText(pdf);
        // Cover, contents, meetings, then one page per article: the first article is on page 4.
        const QStringList pages = text.split(u'\f');
        QVERIFY2(pages.size() >= 6, qPrintable(QString::number(pages.size())));
        QVERIFY(pages.at(3).contains(QStringLiteral("Ambassador meets the mayor of Lisbon")));
        QVERIFY(pages.at(1).contains(QStringLiteral("Contents")));
    }

    void reportsUnwritablePath()
    {
        const auto status = PdfExporter::write(sample(), QStringLiteral("/nonexistent-dir/x.pdf"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().file, QStringLiteral("/nonexistent-dir/x.pdf"));
    }
};

QTEST_MAIN(PdfExporterTest)
#include "pdfexporter_test.moc"
