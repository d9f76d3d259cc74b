#include "entitydata_p.h"
#include "kazakhlexicon_p.h"
#include "lexicon_p.h"

#include <core/logging.h>
#include <text/icustring.h>

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <future>
#include <mutex>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace elshi::entities::detail {

namespace {

QStringList splitWords(const QString &phrase)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return phrase.split(space, Qt::SkipEmptyParts);
}

// Lines of a data file with comments and blank lines removed.
QStringList dataLines(const QString &name)
{
    QFile file(QStringLiteral(":/data/entities/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcEntities) << "entity data missing:" << file.fileName();
        return {};
    }
    QStringList lines;
    QTextStream in(&file);
    while (!in.atEnd()) {
        QString line = in.readLine();
        const qsizetype hash = line.indexOf(u'#');
        if (hash == 0 || (hash > 0 && line.at(hash - 1).isSpace()))
            line.truncate(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QList<QStringList> fieldLines(const QString &name)
{
    QList<QStringList> out;
    for (const QString &line : dataLines(name)) {
        QStringList fields;
        for (const QString &f : line.split(u'|')) {
            const QString t = f.trimmed();
            if (!t.isEmpty())
                fields.append(t);
        }
        if (!fields.isEmpty())
            out.append(fields);
    }
    return out;
}

QString joinedKey(const QStringList &words, const QString &lang)
{
    QStringList keys;
    for (const QString &w : words) {
        const QString lower = morph::foldCase(w);
        keys.append(lang.isEmpty() ? lower : morph::stemKey(lower, lang));
    }
    return keys.join(u' ');
}

// The literal characters a pattern "\\bword..." must match first, or empty when it does not start
// so or may match otherwise (an alternative at its top level).
QString literalPrefix(const QString &pattern)
{
    if (!pattern.startsWith(u"\\b"))
        return {};
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (inClass) {
            inClass = c != u']';
            continue;
        }
        if (c == u'[')
            inClass = true;
        else if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u'|' && depth == 0)
            return {};
    }
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}#");
    QString prefix;
    for (qsizetype i = 2; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (special.contains(c)) {
            if ((c == u'?' || c == u'*' || c == u'+' || c == u'{') && !prefix.isEmpty())
                prefix.chop(1); // a quantifier makes the character before it optional
            break;
        }
        if (c.isSurrogate() || c.isSpace() != (c == u' '))
            break;
        prefix.append(c);
    }
    return prefix;
}

class Builder
{
public:
    explicit Builder(EntityData *data)
        : d(data)
    {
    }

    int entry(EntityType type, const QString &canonical, const QString &code = {})
    {
        d->entries.append({type, canonical, code});
        return int(d->entries.size() - 1);
    }

    void name(Gazetteer &g, const QString &phrase, int entryIndex)
    {
        if (phrase.isEmpty() || phrase.contains(u'(') || phrase.contains(u','))
            return;
        g.add(phrase, entryIndex);
    }

    void loadIcuCountries(QHash<QString, int> *countryByCode)
    {
        const icu::Locale en("en"), ru("ru"), kk("kk");
        for (const char *const *code = icu::Locale::getISOCountries(); *code; ++code) {
            const icu::Locale region("", *code);
            icu::UnicodeString name;
            const QString english = text::fromIcu(region.getDisplayCountry(en, name));
            if (english.isEmpty() || english == QLatin1StringView(*code))
                continue;
            const int e = entry(EntityType::Country, english, QString::fromLatin1(*code));
            countryByCode->insert(QString::fromLatin1(*code), e);
            this->name(d->names, english, e);
            // Official forms as Russian and Kazakh news write them: "Республика Узбекистан",
            // "Өзбекстан Республикасы". Only for a one-word name, and never for China, whose
            // "Республика Китай" is Taiwan.
            const bool republicForms = qstrcmp(*code, "CN") != 0 && qstrcmp(*code, "TW") != 0;
            for (const icu::Locale *locale : {&ru, &kk}) {
                icu::UnicodeString local;
                const QString translated = text::fromIcu(region.getDisplayCountry(*locale, local));
                if (translated == QLatin1StringView(*code))
                    continue;
                this->name(d->names, translated, e);
                if (republicForms && !translated.contains(u' ') && !translated.contains(u'-')) {
                    const QString official =
                        locale == &ru ? QString(u"Республика " + translated) : QString(translated + u" Республикасы");
                    this->name(d->names, official, e);
                }
            }
        }
    }

    EntityData *d;
};

Triggers &section(EntityData *d, const QString &header, QList<QRegularExpression> **list)
{
    // "[meeting en]"
    const QStringList parts = header.mid(1, header.size() - 2).split(u' ', Qt::SkipEmptyParts);
    Triggers &t = d->triggers[parts.value(1)];
    const QString kind = parts.value(0);
    *list = kind == u"meeting" ? &t.meeting.patterns
        : kind == u"joint"     ? &t.joint
        : kind == u"between"   ? &t.between
        : kind == u"remote"    ? &t.remote.patterns
        : kind == u"venue"     ? &t.venue.patterns
        : kind == u"trip"      ? &t.trip.patterns
        : kind == u"during"    ? &t.during.patterns
                               : &t.exclude.patterns;
    return t;
}

std::shared_ptr<const EntityData> load()
{
    // Hunspell's Russian dictionary and the Kazakh word list are most of the load (about 0.7 and
    // 0.2 of its 1.0 G instructions, callgrind): they are read on threads of their own while the
    // gazetteers are built here, and waited for where their given names are taken in below. An
    // ingest's workers can do nothing before the load ends.
    auto russian = std::async(std::launch::async, [] { RussianLexicon::instance(); });
    auto kazakh = std::async(std::launch::async, [] { KazakhLexicon::instance(); });
    auto data = std::make_shared<EntityData>();
    Builder b(data.get());
    QHash<QString, int> countryByCode;
    b.loadIcuCountries(&countryByCode);
    for (const QStringList &fields : fieldLines(QStringLiteral("countries.txt"))) {
        int e = countryByCode.value(fields.first(), -1);
        if (e < 0) {
            e = b.entry(EntityType::Country, fields.value(1, fields.first()), fields.first());
            countryByCode.insert(fields.first(), e);
        }
        for (const QString &alias : fields.mid(1))
            b.name(data->names, alias, e);
    }
    data->countryByCode = countryByCode;
    const struct
    {
        const char *file;
        EntityType type;
    } named[] = {{"cities.txt", EntityType::City},
                 {"locations.txt", EntityType::Location},
                 {"organisations.txt", EntityType::Org}};
    for (const auto &source : named) {
        // cities.txt: the city's country first ("-" for none).
        const bool coded = source.type == EntityType::City;
        for (const QStringList &fields : fieldLines(QString::fromLatin1(source.file))) {
            const QStringList names = coded ? fields.mid(1) : fields;
            if (names.isEmpty())
                continue;
            const QString code = coded && fields.first() != u"-" ? fields.first() : QString();
            const int e = b.entry(source.type, names.first(), code);
            for (const QString &alias : names)
                b.name(data->names, alias, e);
        }
    }
    for (const QStringList &fields : fieldLines(QStringLiteral("titles.txt"))) {
        const int e = b.entry(EntityType::Role, fields.first());
        data->entries[e].aliases = fields;
        for (const QString &alias : fields)
            b.name(data->titles, alias, e);
    }
    for (const QStringList &fields : fieldLines(QStringLiteral("orgheads.txt"))) {
        for (const QString &head : fields) {
            const QString lower = morph::foldCase(head);
            for (const QString &lang : {QString(), QStringLiteral("ru"), QStringLiteral("kk")}) {
                const QString key = lang.isEmpty() ? lower : morph::stemKey(lower, lang);
                data->orgHeads.insert(key);
                data->orgHeadStarts.add(QStringView(key).left(key.indexOf(u' ') < 0 ? key.size() : key.indexOf(u' ')));
            }
        }
    }
    for (const QStringList &fields : fieldLines(QStringLiteral("demonyms.txt"))) {
        const int e = countryByCode.value(fields.first(), -1);
        if (e < 0)
            continue;
        for (const QString &adjective : fields.mid(1)) {
            const QString lower = morph::foldCase(adjective);
            for (const QString &lang : {QString(), QStringLiteral("ru"), QStringLiteral("kk")})
                data->demonyms.insert(lang.isEmpty() ? lower : morph::stemKey(lower, lang),
                                      data->entries.at(e).canonical);
        }
    }
    for (const QString &line : dataLines(QStringLiteral("givennames.txt"))) {
        for (QString word : splitWords(line)) {
            morph::Gender gender = morph::Gender::Masculine;
            if (word.startsWith(u"f:")) {
                gender = morph::Gender::Feminine;
                word = word.mid(2);
            }
            const QString lower = morph::foldCase(word);
            data->givenNames.insert(lower, gender);
            if (morph::isCyrillic(lower)) {
                data->givenNameStems.insert(morph::stemKey(lower, QStringLiteral("ru")));
                // Kazakh text spells a name with its own letters, Russian text and most lists
                // without them. Only curated and Kazakh names: the Russian dictionary's wider list
                // would turn "Кім" (who) into Ким and "Кеңес" (council) into Кенес.
                data->kazakhGivenKeys.insert(morph::foldKazakhLetters(lower));
            }
        }
    }
    // The dictionary's given names widen the list; the curated genders win.
    russian.wait();
    kazakh.wait();
    for (const auto &[lower, feminine] : RussianLexicon::instance().givenNames()) {
        if (data->givenNames.contains(lower))
            continue;
        data->givenNames.insert(lower, feminine ? morph::Gender::Feminine : morph::Gender::Masculine);
        data->givenNameStems.insert(morph::stemKey(lower, QStringLiteral("ru")));
    }
    for (const QString &lower : KazakhLexicon::instance().givenNames()) {
        if (!data->givenNames.contains(lower))
            data->givenNames.insert(lower,
                                    lower.endsWith(u'а') || lower.endsWith(u'я') ? morph::Gender::Feminine
                                                                                 : morph::Gender::Masculine);
        data->kazakhGivenKeys.insert(morph::foldKazakhLetters(lower));
    }
    QString stopLang;
    for (const QString &line : dataLines(QStringLiteral("stopwords.txt"))) {
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            stopLang = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        for (const QString &word : splitWords(line))
            data->stopwords[stopLang].insert(morph::foldCase(word));
    }
    // Every language's list includes the shared one.
    const QSet<QString> shared = data->stopwords.value(QString());
    for (auto it = data->stopwords.begin(); it != data->stopwords.end(); ++it)
        it.value().unite(shared);
    QList<QRegularExpression> *list = nullptr;
    for (const QString &line : dataLines(QStringLiteral("triggers.txt"))) {
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section(data.get(), line, &list);
            continue;
        }
        if (!list)
            continue;
        QRegularExpression re(
            line, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            qCWarning(lcEntities) << "bad trigger pattern" << line << re.errorString();
            continue;
        }
        re.optimize();
        list->append(re);
    }
    for (Triggers &t : data->triggers) {
        t.exclude.patterns.append(t.remote.patterns); // a call is no meeting in its own sentence either
        t.meeting.index();
        t.exclude.index();
        t.remote.index();
        t.venue.index();
        t.trip.index();
        t.during.index();
    }
    return data;
}

} // namespace

void Gazetteer::add(const QString &phrase, int entry)
{
    const QStringList words = splitWords(phrase);
    if (words.isEmpty())
        return;
    m_maxWords = std::max(m_maxWords, int(words.size()));
    for (const QString &lang : {QString(), QStringLiteral("ru"), QStringLiteral("kk")}) {
        // English phrases need no stem keys; Cyrillic ones get both Russian and Kazakh ones.
        if (!lang.isEmpty() && !morph::isCyrillic(phrase))
            continue;
        const QString key = joinedKey(words, lang);
        // A one-word name is found under every key a text word may reach it by: the stem and, in
        // Russian, the bare forms wordKeys() tries too. Snowball stems "Астана" as a verb ("аста")
        // but "Астане" as a noun ("астан"); both must meet.
        QStringList oneWordKeys{key};
        if (words.size() == 1 && lang == u"ru") {
            QStringList keys;
            EntityData::wordKeys(morph::foldCase(words.first()), lang, &keys);
            // Snowball reads "Беларусь" as a reflexive verb ("белар") but "Беларуси" as a noun
            // ("беларус"): without its soft sign the name meets its own oblique forms.
            const QString lower = morph::foldCase(words.first());
            if (lower.size() >= 5 && lower.endsWith(u'ь'))
                keys.append(lower.chopped(1));
            for (const QString &k : std::as_const(keys)) {
                if (k != key && k != lower && !oneWordKeys.contains(k))
                    oneWordKeys.append(k);
            }
        }
        for (const QString &k : std::as_const(oneWordKeys)) {
            if (words.size() == 1 && !lang.isEmpty()) {
                bool newKey = false;
                const int formKey = m_formKeys.insert(k, &newKey);
                if (newKey)
                    m_forms.emplace_back();
                QStringList &forms = m_forms[size_t(formKey)];
                const QString form = morph::foldCase(words.first());
                if (!forms.contains(form))
                    forms.append(form);
            }
            m_starts.add(QStringView(k).left(k.indexOf(u' ') < 0 ? k.size() : k.indexOf(u' ')));
            const int node = nodeOf(k);
            bool newPhrase = false;
            const int phrase = m_phrases.insert(k, &newPhrase);
            if (newPhrase)
                m_phraseNodes.push_back(node);
            m_phraseNodes[size_t(phrase)] = node;
            QList<int> &entries = m_nodes[size_t(node)].entries;
            if (!entries.contains(entry))
                entries.append(entry);
        }
    }
}

bool Gazetteer::keepsStem(const QString &key, const QString &lowerWord) const
{
    const int formKey = m_formKeys.find(key);
    if (formKey < 0)
        return true;
    static const QString soft = QStringLiteral("аеёиоуыэюяйьіәөұү");
    for (const QString &form : m_forms[size_t(formKey)]) {
        const QStringView needed =
            !form.isEmpty() && soft.contains(form.back()) ? QStringView(form).chopped(1) : QStringView(form);
        if (lowerWord.startsWith(needed))
            return true;
    }
    return false;
}

int Gazetteer::nodeOf(const QString &key)
{
    int node = 0;
    for (const QString &word : key.split(u' ')) {
        const quint64 edge = edgeKey(node, m_wordIds.insert(word));
        auto next = m_edges.constFind(edge);
        if (next == m_edges.cend()) {
            m_nodes[size_t(node)].hasChildren = true;
            m_nodes.emplace_back();
            next = m_edges.insert(edge, int(m_nodes.size()) - 1);
        }
        node = next.value();
    }
    return node;
}

const QList<int> *Gazetteer::find(const QString &key) const
{
    const int phrase = m_phrases.find(key);
    return phrase < 0 ? nullptr : entriesAt(m_phraseNodes[size_t(phrase)]);
}

std::shared_ptr<const EntityData> EntityData::instance()
{
    static std::once_flag once;
    static std::shared_ptr<const EntityData> data;
    std::call_once(once, [] { data = load(); });
    return data;
}

void EntityData::wordKeys(const QString &lower, const QString &lang, QStringList *keys)
{
    keys->clear();
    keys->append(lower);
    const QString stem = morph::stemKey(lower, lang.isEmpty() ? QStringLiteral("en") : lang);
    if (stem != lower)
        keys->append(stem);
    // A Kazakh word may end in more than one case ending ("Өскеменде": -нде or -де); try each.
    if (lang == u"kk" && morph::isCyrillic(lower)) {
        for (const QString &reading : morph::kazakhCaseReadings(lower)) {
            const QString key = morph::stemKey(reading, lang);
            if (!keys->contains(key))
                keys->append(key);
        }
    }
    // Snowball reads some names as verbs ("Кувейте" → "кув"): also try the bare noun endings off.
    if (lang == u"ru" && morph::isCyrillic(lower) && lower.size() >= 5) {
        for (const QStringView ending :
             {QStringView(u"ом"), QStringView(u"ем"), QStringView(u"ой"), QStringView(u"ей"), QStringView(u"ии"),
              QStringView(u"ию"), QStringView(u"а"), QStringView(u"у"), QStringView(u"е"), QStringView(u"ы"),
              QStringView(u"и"), QStringView(u"ю"), QStringView(u"я")}) {
            if (lower.endsWith(ending)) {
                const QString bare = lower.left(lower.size() - ending.size());
                if (!keys->contains(bare))
                    keys->append(bare);
                break;
            }
        }
    }
}

void PatternSet::index()
{
    prefixes.clear();
    for (const QRegularExpression &re : std::as_const(patterns))
        prefixes.append(literalPrefix(re.pattern()));
    atWordStart.assign(size_t(prefixes.size()), 0);
    everyAtWordStart = true;
    for (qsizetype p = 0; p < prefixes.size(); ++p) {
        const QString &prefix = prefixes.at(p);
        atWordStart[size_t(p)] = !prefix.isEmpty() && prefix.front().isLetterOrNumber() ? 1 : 0;
        everyAtWordStart = everyAtWordStart && atWordStart[size_t(p)];
    }
    prefixFolded.clear();
    prefixLower.clear();
    prefixUpper.clear();
    for (const QString &prefix : std::as_const(prefixes)) {
        QString folded, lower, upper;
        for (const QChar c : prefix) {
            folded.append(c.toCaseFolded());
            lower.append(c.toLower());
            upper.append(c.toUpper());
        }
        prefixFolded.append(folded);
        prefixLower.append(lower);
        prefixUpper.append(upper);
    }
    // Same simple case folding, lower or upper case: wider than the patterns' own rule.
    byFirst.assign(0x500, {});
    for (char16_t u = 0; u < 0x500; ++u) {
        const QChar c(u);
        const QChar fold = c.toCaseFolded(), lower = c.toLower(), upper = c.toUpper();
        for (qsizetype p = 0; p < prefixes.size(); ++p) {
            const QString &prefix = prefixes.at(p);
            if (prefix.isEmpty())
                continue;
            const QChar f = prefix.front();
            if (f.toCaseFolded() == fold || f.toLower() == lower || f.toUpper() == upper)
                byFirst[u].push_back(int(p));
        }
    }
    mayStart.assign(0x500, 0);
    for (char16_t u = 0; u < 0x500; ++u)
        mayStart[u] = byFirst[u].empty() ? 0 : 1;
    masked = prefixes.size() <= 64;
    firstMask.assign(masked ? 0x500 : 0, 0);
    secondMask.assign(masked ? 0x500 : 0, 0);
    shortMask = 0;
    atWordStartMask = 0;
    if (!masked)
        return;
    for (qsizetype p = 0; p < prefixes.size(); ++p) {
        const quint64 bit = quint64(1) << p;
        if (atWordStart[size_t(p)])
            atWordStartMask |= bit;
        if (prefixes.at(p).size() == 1)
            shortMask |= bit;
    }
    for (char16_t u = 0; u < 0x500; ++u) {
        for (const int p : byFirst[u])
            firstMask[u] |= quint64(1) << p;
        const QChar c(u);
        const char16_t fold = c.toCaseFolded().unicode(), lower = c.toLower().unicode(), upper = c.toUpper().unicode();
        for (qsizetype p = 0; p < prefixes.size(); ++p) {
            const qsizetype length = prefixes.at(p).size();
            const bool second = length == 1 ||
                (length >= 2 &&
                 (prefixFolded.at(p).at(1).unicode() == fold || prefixLower.at(p).at(1).unicode() == lower ||
                  prefixUpper.at(p).at(1).unicode() == upper));
            if (second)
                secondMask[u] |= quint64(1) << p;
        }
    }
}

} // namespace elshi::entities::detail
