#include "titlenames.h"

#include <QFile>
#include <QHash>

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

} // namespace elshi::entities
