// The per-thread answer tables of text analysis: an answer is computed once per word, the table
// stays within its bound, and what it keeps never holds on to the text a word was cut from.

#include <text/sharedstring.h>
#include <text/wordmemo.h>

#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace elshi::text;

class WordMemoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void computesOncePerWord()
    {
        WordMemo<int> memo(10);
        int computed = 0;
        const auto length = [&computed](const QString &w) {
            ++computed;
            return int(w.size());
        };
        for (const QString &w : {u"посол"_s, u"elshi"_s, u"посол"_s, u"посол"_s, u"елші"_s})
            QCOMPARE(memo.get(w, [&] { return length(w); }), int(w.size()));
        QCOMPARE(computed, 3);
    }

    void staysWithinItsBound()
    {
        WordMemo<int> memo(2);
        int computed = 0;
        const auto ask = [&](const QString &w) { return memo.get(w, [&] { return ++computed; }); };
        QCOMPARE(ask(u"a"_s), 1);
        QCOMPARE(ask(u"b"_s), 2);
        QCOMPARE(ask(u"a"_s), 1); // still there
        QCOMPARE(ask(u"c"_s), 3); // full: emptied, then c kept
        QCOMPARE(ask(u"a"_s), 4); // asked again
        QCOMPARE(ask(u"c"_s), 3);
    }

    void answersWhatItsComputationAsksOfIt()
    {
        // A computation may ask the memo of other words first (a name's key from its words' keys),
        // and even of the word itself: each keeps its own answer.
        WordMemo<QString> memo(10);
        const std::function<QString(const QString &)> keyOf = [&](const QString &name) -> QString {
            return memo.get(name, [&] {
                const qsizetype space = name.indexOf(u' ');
                if (space < 0)
                    return name.toUpper();
                return QString(keyOf(name.left(space)) + u'+' + keyOf(name.mid(space + 1)));
            });
        };
        QCOMPARE(keyOf(u"roman vassilenko"_s), u"ROMAN+VASSILENKO"_s);
        QCOMPARE(memo.get(u"roman"_s, [] { return u"wrong"_s; }), u"ROMAN"_s);
        QCOMPARE(memo.get(u"vassilenko"_s, [] { return u"wrong"_s; }), u"VASSILENKO"_s);
        QCOMPARE(memo.get(u"roman vassilenko"_s, [] { return u"wrong"_s; }), u"ROMAN+VASSILENKO"_s);
        int inner = 0;
        QCOMPARE(memo.get(u"елші"_s,
                          [&] {
                              ++inner;
                              return QString(memo.get(u"елші"_s, [] { return u"first"_s; }) + u"!");
                          }),
                 u"first!"_s);
        QCOMPARE(memo.get(u"елші"_s, [] { return u"wrong"_s; }), u"first!"_s);
        QCOMPARE(inner, 1);
    }

    void keepsNoArticleAlive()
    {
        WordMemo<QString> memo(10);
        QString text = u"Посол Казахстана встретился с министром"_s;
        text.detach();
        const QString word = sharedPart(text, 6, 10);
        const QString answer = memo.get(word, [&] { return sharedPart(text, 6, 5); });
        QCOMPARE(answer, u"Казах"_s);
        // What the memo keeps is a copy of its own: asked again, the answer is not in the text.
        const QString again = memo.get(u"Казахстана"_s, [] { return u"wrong"_s; });
        QCOMPARE(again, u"Казах"_s);
        QVERIFY(again.constData() < text.constData() || again.constData() >= text.constData() + text.size());
    }

    void threadsShareTheirAnswers()
    {
        // Each thread's own memo misses once; the shared level computes the answer once for all.
        SharedAnswers<QString> shared;
        std::atomic<int> computed = 0;
        const QString text = u"Посол Казахстана"_s;
        const auto ask = [&] {
            WordMemo<QString> own(10);
            QString answer;
            for (int i = 0; i < 3; ++i) {
                answer = own.get(sharedPart(text, 6, 10), shared, [&] {
                    ++computed;
                    return sharedPart(text, 6, 5);
                });
            }
            return answer;
        };
        QCOMPARE(ask(), u"Казах"_s);
        QString other;
        std::thread second([&] { other = ask(); });
        second.join();
        QCOMPARE(other, u"Казах"_s);
        QCOMPARE(computed.load(), 1);
        // What is shared is a copy of its own, not a part of the text it came from.
        const std::optional<QString> kept = shared.find(u"Казахстана"_s);
        QVERIFY(kept.has_value());
        QVERIFY(kept->constData() < text.constData() || kept->constData() >= text.constData() + text.size());
        QVERIFY(!shared.find(u"Посол"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(WordMemoTest)
#include "wordmemo_test.moc"
