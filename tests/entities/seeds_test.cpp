// The "done when" meetings, read from the real seed corpus ($ELSHI_SEEDS); skipped without it.

#include <entities/extractor.h>
#include <entities/identity.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace elshi::entities;

class SeedsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("ELSHI_SEEDS");
        if (dir.isEmpty())
            QSKIP("ELSHI_SEEDS is not set");
        // A crude split into articles at the seed layouts' date lines; enough to find meetings.
        static const QRegularExpression marker(
            QStringLiteral("^(?:\\s*date \\d{4}-\\d{2}-\\d{2}|Date: .*|\\d{2}\\.\\d{2}\\.\\d{4})$"),
            QRegularExpression::MultilineOption);
        const Extractor extractor;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QFile file(QDir(dir).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QString &article : text.split(marker, Qt::SkipEmptyParts))
                m_meetings += extractor.extract(article, Extractor::guessLanguage(article)).meetings;
        }
        QVERIFY(!m_meetings.isEmpty());
    }

    void doneWhen_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QStringList>("met");
        QTest::newRow("Vassilenko") << "Roman Vassilenko" << QStringList{"Toomas Tirs", "Jose Ataide Amaral"};
        QTest::newRow("Nurtleu") << "Мурат Нуртлеу"
                                 << QStringList{"Ahmed Attaf", "Margus Tsahkna", "Hissein Brahim Taha"};
        QTest::newRow("Tursunov") << "Адиль Турсунов" << QStringList{"Лиза Селнес", "Мортен Колбьёрнсен", "Йон Бликра"};
    }
    void doneWhen()
    {
        QFETCH(QString, person);
        QFETCH(QStringList, met);
        QStringList found;
        for (const MeetingFact &m : std::as_const(m_meetings)) {
            bool involved = false;
            for (const QString &p : m.participants)
                involved = involved || samePerson(p, person);
            if (!involved)
                continue;
            for (const QString &p : m.participants) {
                if (!samePerson(p, person) && !found.contains(p))
                    found.append(p);
            }
        }
        found.sort();
        met.sort();
        QCOMPARE(found, met);
    }

private:
    QList<MeetingFact> m_meetings;
};

QTEST_GUILESS_MAIN(SeedsTest)
#include "seeds_test.moc"
