// Inflected forms must meet in one index term: the promise search makes to researchers.

#include <text/stemmer.h>
#include <text/tokenizer.h>

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace elshi::text;

namespace {

Token firstToken(const QByteArray &utf8)
{
    static thread_local std::unique_ptr<Tokenizer> tokenizer;
    tokenizer = std::make_unique<Tokenizer>(std::string_view(utf8.constData(), size_t(utf8.size())));
    Token token;
    tokenizer->next(token);
    return token;
}

// Would a query for `query` find `word` in an article written in `lang`?
bool finds(const QString &query, const QString &word, const QString &lang)
{
    Stemmer &stemmer = Stemmer::forThisThread();
    const QByteArray wordUtf8 = word.toUtf8();
    const std::vector<std::string> stored = stemmer.indexTerms(firstToken(wordUtf8), Stemmer::languageFromCode(lang));
    const QByteArray queryUtf8 = query.toUtf8();
    const std::vector<std::string> wanted = stemmer.queryTerms(firstToken(queryUtf8));
    return std::any_of(stored.begin(), stored.end(), [&](const std::string &term) {
        return std::find(wanted.begin(), wanted.end(), term) != wanted.end();
    });
}

} // namespace

class StemmerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formsMeet_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lang");
        const auto row = [](const char *name, const char16_t *q, const char16_t *w, const char16_t *l) {
            QTest::newRow(name) << QString::fromUtf16(q) << QString::fromUtf16(w) << QString::fromUtf16(l);
        };
        row("посол→послом", u"посол", u"послом", u"ru");
        row("посол→посла", u"посол", u"посла", u"ru");
        row("посол→послы", u"посол", u"послы", u"ru");
        row("послы→посол", u"послы", u"посол", u"ru");
        row("посла→послов", u"посла", u"послов", u"ru");
        row("отец→отца", u"отец", u"отца", u"ru");
        row("встреча→встречи", u"встреча", u"встречи", u"ru");
        row("Казахстан→Казахстана", u"Казахстан", u"Казахстана", u"ru");
        row("министр→министром", u"министр", u"министром", u"ru");
        row("meetings→meeting", u"meetings", u"meeting", u"en");
        row("meeting→meetings", u"meeting", u"meetings", u"en");
        row("minister→ministers", u"Minister", u"ministers", u"en");
        row("english word in a russian article", u"meetings", u"meeting", u"ru");
        row("елші→елшісі", u"елші", u"елшісі", u"kk");
        row("елші→елшілер", u"елші", u"елшілер", u"kk");
        row("елші→елшіміз", u"елші", u"елшіміз", u"kk");
        row("елшісі→елшісінің", u"елшісі", u"елшісінің", u"kk");
        row("кездесу→кездесуде", u"кездесу", u"кездесуде", u"kk");
        row("кездесу→кездесуі", u"кездесу", u"кездесуі", u"kk");
        row("Қазақстан→Қазақстанның", u"Қазақстан", u"Қазақстанның", u"kk");
        row("Қазақстан→Қазақстанда", u"Қазақстан", u"Қазақстанда", u"kk");
        row("Қазақстан→Қазақстанға", u"Қазақстан", u"Қазақстанға", u"kk");
        row("Қазақстан→Қазақстаннан", u"Қазақстан", u"Қазақстаннан", u"kk");
        row("Қазақстан→Қазақстандағы", u"Қазақстан", u"Қазақстандағы", u"kk");
        row("Қазақстанның→Қазақстан", u"Қазақстанның", u"Қазақстан", u"kk");
        row("Kazakh word in a russian article", u"Қазақстан", u"Қазақстанның", u"ru");
        row("Тоқаев→Тоқаевпен", u"Тоқаев", u"Тоқаевпен", u"kk");
        row("Астана→Астанада", u"Астана", u"Астанада", u"kk");
        row("елшілік→елшілігі", u"елшілік", u"елшілігі", u"kk");
        row("kk word without kk letters", u"кездесу", u"кездесуде", u"kk");
        row("russian word in a kazakh article", u"переговоры", u"переговорах", u"kk");
        row("ё folds", u"провёл", u"провел", u"ru");
    }
    void formsMeet()
    {
        QFETCH(QString, query);
        QFETCH(QString, word);
        QFETCH(QString, lang);
        QVERIFY2(finds(query, word, lang), qPrintable(query + u" should find " + word));
    }

    void differentWordsStayApart_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lang");
        QTest::newRow("посол/министр") << u"посол"_s << u"министр"_s << u"ru"_s;
        QTest::newRow("meeting/minister") << u"meeting"_s << u"minister"_s << u"en"_s;
        QTest::newRow("елші/елшілік") << u"елші"_s << u"елшілік"_s << u"kk"_s;
        QTest::newRow("Қазақстан/қазақ") << u"Қазақстан"_s << u"қазақ"_s << u"kk"_s;
    }
    void differentWordsStayApart()
    {
        QFETCH(QString, query);
        QFETCH(QString, word);
        QFETCH(QString, lang);
        QVERIFY2(!finds(query, word, lang), qPrintable(query + u" should not find " + word));
    }

    void kazakhStemsAreStable()
    {
        // Stemming a stem again must not change it, or query and index could drift apart.
        for (const char16_t *word : {u"елшісінің", u"қазақстандағы", u"кездесуде", u"министрлер"}) {
            const std::string once = Stemmer::kazakh(QString::fromUtf16(word).toStdString());
            QCOMPARE(Stemmer::kazakh(once), once);
        }
    }
};

QTEST_GUILESS_MAIN(StemmerTest)
#include "stemmer_test.moc"
