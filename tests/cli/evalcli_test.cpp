// elshi-cli eval on a factRuEval-shaped folder written for this test: Person spans, Occupation
// facts (person and post) and Meeting facts (two participants) are scored as the README reports.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class EvalCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoresFactRuEvalFacts()
    {
        QTemporaryDir dir;
        // Two people, each with a post, and their meeting; a third, invented occupation is missed.
        QVERIFY(write(dir.filePath(u"book_1.txt"_s),
                      u"Министр иностранных дел Казахстана Айбек Темиров встретился с послом Японии Кэндзи Ямадой "
                      "в Астане."_s));
        QVERIFY(write(dir.filePath(u"book_1.spans"_s),
                      u"1 name 35 5 0 1\n2 surname 41 7 0 1\n"
                      "3 name 76 6 0 1\n4 surname 83 6 0 1\n"
                      "5 job 0 7 0 1\n6 job 62 6 0 1\n"_s));
        QVERIFY(write(dir.filePath(u"book_1.objects"_s),
                      u"10 Person 1 2 # Айбек Темиров\n11 Person 3 4 # Кэндзи Ямадой\n"_s));
        QVERIFY(write(dir.filePath(u"book_1.facts"_s),
                      u"1-0 Occupation\nWho obj10 Темиров Айбек\nPosition span5 "
                      "министр\n\n1-1 Occupation\nWho obj11 Ямада Кэндзи\n"
                      "Position span6 послом\n\n1-2 Occupation\nWho obj12 Петров "
                      "Иван\nPosition span7 мэр\n\n1-3 Meeting\nParticipant obj10 "
                      "Темиров Айбек\nParticipant obj11 Ямада Кэндзи\n"_s));
        QProcess cli;
        cli.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), {u"eval"_s, u"--factrueval"_s, dir.path()});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QHash<QString, QJsonObject> byMeasure;
        for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                byMeasure.insert(o.value(u"measure"_s).toString(), o);
        }
        const QJsonObject person = byMeasure.value(u"Person exact-span"_s);
        QCOMPARE(person.value(u"tp"_s).toInt(), 2);
        QCOMPARE(person.value(u"fp"_s).toInt(), 0);
        const QJsonObject occupation = byMeasure.value(u"Occupation facts (person and post)"_s);
        QCOMPARE(occupation.value(u"tp"_s).toInt(), 2);
        QCOMPARE(occupation.value(u"fn"_s).toInt(), 1);
        QCOMPARE(occupation.value(u"fp"_s).toInt(), 0);
        const QJsonObject meeting = byMeasure.value(u"Meeting facts (two participants)"_s);
        QCOMPARE(meeting.value(u"tp"_s).toInt(), 1);
        QCOMPARE(meeting.value(u"fp"_s).toInt(), 0);
    }

    // A folder shaped as `elshi-cli generate` makes one: a meeting its truth has, one it lacks (a
    // false pair) and one the text does not tell (a missed pair), matched by names in any script.
    void scoresGeneratedCorpus()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"truth"_s) && QDir(dir.path()).mkpath(u"corpus"_s));
        QVERIFY(write(
            dir.filePath(u"truth/people.jsonl"_s),
            u"{\"id\":0,\"names\":{\"en\":\"Aibek Nurlanov\",\"ru\":\"Айбек Нурланов\",\"kk\":\"Айбек Нұрланов\"}}\n"
            "{\"id\":1,\"names\":{\"en\":\"Pablo Rojas\",\"ru\":\"Пабло Рохас\",\"kk\":\"Пабло Рохас\"}}\n"
            "{\"id\":2,\"names\":{\"en\":\"Maria Lopez\",\"ru\":\"Мария Лопес\",\"kk\":\"Мария Лопес\"}}\n"_s));
        QVERIFY(write(dir.filePath(u"truth/meetings.jsonl"_s),
                      u"{\"file\":\"corpus/a.txt\",\"participants\":[0,1]}\n"
                      "{\"file\":\"corpus/a.txt\",\"participants\":[1,2]}\n"_s));
        QVERIFY(write(dir.filePath(u"corpus/a.txt"_s),
                      u"Посол Айбек Нурланов встретился с министром Пабло Рохасом в Сантьяго.\n\n"
                      "Позже Айбек Нурланов встретился с депутатом Марией Лопес в Сантьяго.\n"_s));
        QProcess cli;
        cli.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"), {u"eval"_s, u"--generated"_s, dir.path()});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject score = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed()).object();
        QCOMPARE(score.value(u"tp"_s).toInt(), 1);
        QCOMPARE(score.value(u"fp"_s).toInt(), 1);
        QCOMPARE(score.value(u"fn"_s).toInt(), 1);

        QProcess missing;
        missing.start(QStringLiteral(ELSHI_BIN_DIR "/elshi-cli"),
                      {u"eval"_s, u"--generated"_s, dir.filePath(u"corpus"_s)});
        QVERIFY(missing.waitForFinished(120000));
        QCOMPARE(missing.exitCode(), 1);
        QVERIFY(QString::fromUtf8(missing.readAllStandardError()).contains(dir.filePath(u"corpus"_s)));
    }
};

QTEST_GUILESS_MAIN(EvalCliTest)
#include "evalcli_test.moc"
