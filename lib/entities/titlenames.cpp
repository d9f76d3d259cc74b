#include "titlenames.h"

#include <text/icustring.h>

#include <QFile>
#include <QHash>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace elshi::entities {

namespace {

bool hasKazakhLetter(QStringView text)
{
    static const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    for (const QChar c : text)
        if (letters.contains(c))
            return true;
    return false;
}

bool isCyrillic(QStringView text)
{
    for (const QChar c : text)
        if (c.isLetter())
            return c.script() == QChar::Script_Cyrillic;
    return false;
}

struct Names
{
    QString ru;
    QString kk;
};

// canonical → first Russian alias, first Kazakh alias (its bare form when the list has the
// possessive too: министр rather than министрі).
QHash<QString, Names> loadTable()
{
    QHash<QString, Names> table;
    QFile file(QStringLiteral(":/data/entities/titles.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(u'|');
        for (QString &field : fields)
            field = field.trimmed();
        const QString canonical = fields.takeFirst();
        Names names;
        for (const QString &alias : std::as_const(fields)) {
            if (!isCyrillic(alias))
                continue;
            if (hasKazakhLetter(alias)) {
                if (names.kk.isEmpty())
                    names.kk = alias;
            } else if (names.ru.isEmpty()) {
                names.ru = alias;
            }
        }
        for (const QString suffix :
             {QStringLiteral("сі"), QStringLiteral("сы"), QStringLiteral("і"), QStringLiteral("ы")}) {
            if (names.kk.endsWith(suffix) && fields.contains(names.kk.chopped(suffix.size()))) {
                names.kk.chop(suffix.size());
                break;
            }
        }
        // A Kazakh text may use the Russian-looking word (министр): without a Kazakh-letter alias,
        // the Cyrillic form serves both.
        if (names.kk.isEmpty())
            names.kk = names.ru;
        table.insert(canonical, names);
    }
    return table;
}

} // namespace

QString localizedTitle(const QString &canonical, QStringView lang)
{
    static const QHash<QString, Names> table = loadTable();
    if (lang == u"en")
        return canonical;
    const auto it = table.constFind(canonical);
    if (it == table.cend())
        return canonical;
    const QString &name = lang == u"kk" ? it->kk : it->ru;
    return name.isEmpty() ? canonical : name;
}

QString localizedCountry(const QString &canonical, QStringView lang)
{
    if (lang == u"en" || canonical.isEmpty())
        return canonical;
    // Canonical name → ISO code. The gazetteer names countries by ICU's English names, so ICU
    // alone maps them back, without loading the extractor's data on the UI thread.
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> map;
        const icu::Locale english("en");
        for (const char *const *code = icu::Locale::getISOCountries(); *code; ++code) {
            icu::UnicodeString name;
            icu::Locale(nullptr, *code).getDisplayCountry(english, name);
            map.insert(text::fromIcu(name), QString::fromLatin1(*code));
        }
        return map;
    }();
    const QString code = codes.value(canonical);
    if (code.isEmpty())
        return canonical;
    icu::UnicodeString name;
    icu::Locale(nullptr, code.toLatin1().constData()).getDisplayCountry(icu::Locale(lang.toLatin1().constData()), name);
    const QString localized = text::fromIcu(name);
    // ICU falls back to the code itself when it has no name in that language.
    return localized.isEmpty() || localized == code ? canonical : localized;
}

} // namespace elshi::entities
