#include <core/result.h>

#include <QTest>

using namespace elshi::core;

class ResultTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void carriesValue()
    {
        Result<int> r = 42;
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
    }
    void carriesError()
    {
        Result<int> r = Error{QStringLiteral("cannot decode"), QStringLiteral("/c/a.txt"), -1, 17};
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), QStringLiteral("/c/a.txt (byte 17): cannot decode"));
    }
    void errorNamesLineWhenKnown()
    {
        const Error e{QStringLiteral("bad date"), QStringLiteral("f.txt"), 3, 99};
        QCOMPARE(e.toString(), QStringLiteral("f.txt:3: bad date"));
        QCOMPARE(Error{QStringLiteral("plain")}.toString(), QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(ResultTest)
#include "result_test.moc"
