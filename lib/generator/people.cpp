#include "people.h"

#include "morphology.h"
#include "random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <set>

namespace elshi::generator {

using namespace Qt::StringLiterals;

namespace {

// %s is the country (or, for mayors, the city) in the form the language needs: en name, ru
// genitive (ambassadors of Kazakhstan: "в Японии"), kk genitive (ambassadors: locative adjective).
struct RoleText
{
    const char *truth; // role title in the ground truth
    const char *en;
    const char *ru[4]; // Nom, Ins, Acc, Dat
    const char *kk;
};

// clang-format off
const RoleText kRoleTexts[] = {
    {"Minister of Foreign Affairs", "Minister of Foreign Affairs of Kazakhstan",
     {"Министр иностранных дел Казахстана", "министром иностранных дел Казахстана", "министра иностранных дел Казахстана", "министру иностранных дел Казахстана"},
     "Қазақстан Республикасының Сыртқы істер министрі"},
    {"Deputy Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs of Kazakhstan",
     {"Заместитель министра иностранных дел Казахстана", "заместителем министра иностранных дел Казахстана", "заместителя министра иностранных дел Казахстана", "заместителю министра иностранных дел Казахстана"},
     "Қазақстан Республикасы Сыртқы істер министрінің орынбасары"},
    {"Ambassador", "Ambassador of Kazakhstan to %s",
     {"Посол Казахстана %s", "послом Казахстана %s", "посла Казахстана %s", "послу Казахстана %s"},
     "Қазақстанның %s елшісі"},
    {"Permanent Representative", "Permanent Representative of Kazakhstan to the UN",
     {"Постоянный представитель Казахстана при ООН", "постоянным представителем Казахстана при ООН", "постоянного представителя Казахстана при ООН", "постоянному представителю Казахстана при ООН"},
     "Қазақстанның БҰҰ жанындағы тұрақты өкілі"},
    {"Permanent Representative", "Permanent Representative of Kazakhstan to the UN Office in Geneva",
     {"Постоянный представитель Казахстана при Отделении ООН в Женеве", "постоянным представителем Казахстана при Отделении ООН в Женеве", "постоянного представителя Казахстана при Отделении ООН в Женеве", "постоянному представителю Казахстана при Отделении ООН в Женеве"},
     "Қазақстанның Женевадағы БҰҰ бөлімшесі жанындағы тұрақты өкілі"},
    {"Permanent Representative", "Permanent Representative of Kazakhstan to the OSCE",
     {"Постоянный представитель Казахстана при ОБСЕ", "постоянным представителем Казахстана при ОБСЕ", "постоянного представителя Казахстана при ОБСЕ", "постоянному представителю Казахстана при ОБСЕ"},
     "Қазақстанның ЕҚЫҰ жанындағы тұрақты өкілі"},
    {"Minister of Foreign Affairs", "Minister of Foreign Affairs of %s",
     {"министр иностранных дел %s", "министром иностранных дел %s", "министра иностранных дел %s", "министру иностранных дел %s"},
     "%s Сыртқы істер министрі"},
    {"Deputy Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs of %s",
     {"заместитель министра иностранных дел %s", "заместителем министра иностранных дел %s", "заместителя министра иностранных дел %s", "заместителю министра иностранных дел %s"},
     "%s Сыртқы істер министрінің орынбасары"},
    {"Minister of Economy", "Minister of Economy of %s",
     {"министр экономики %s", "министром экономики %s", "министра экономики %s", "министру экономики %s"},
     "%s Экономика министрі"},
    {"Minister of Trade", "Minister of Trade of %s",
     {"министр торговли %s", "министром торговли %s", "министра торговли %s", "министру торговли %s"},
     "%s Сауда министрі"},
    {"Mayor", "Mayor of %s",
     {"мэр %s", "мэром %s", "мэра %s", "мэру %s"},
     "%s қаласының мэрі"},
    {"Ambassador", "Ambassador of %s to Kazakhstan",
     {"посол %s в Казахстане", "послом %s в Казахстане", "посла %s в Казахстане", "послу %s в Казахстане"},
     "%s Қазақстандағы елшісі"},
    {"Chair of the Foreign Affairs Committee of Parliament", "Chair of the Foreign Affairs Committee of the Parliament of %s",
     {"председатель комитета по международным делам парламента %s", "председателем комитета по международным делам парламента %s", "председателя комитета по международным делам парламента %s", "председателю комитета по международным делам парламента %s"},
     "%s парламентінің халықаралық істер комитетінің төрағасы"},
    {"UN Resident Coordinator in Kazakhstan", "UN Resident Coordinator in Kazakhstan",
     {"координатор-резидент ООН в Казахстане", "координатором-резидентом ООН в Казахстане", "координатора-резидента ООН в Казахстане", "координатору-резиденту ООН в Казахстане"},
     "БҰҰ-ның Қазақстандағы тұрақты үйлестірушісі"},
    {"UNDP Resident Representative in Kazakhstan", "UNDP Resident Representative in Kazakhstan",
     {"постоянный представитель ПРООН в Казахстане", "постоянным представителем ПРООН в Казахстане", "постоянного представителя ПРООН в Казахстане", "постоянному представителю ПРООН в Казахстане"},
     "БҰҰДБ-ның Қазақстандағы тұрақты өкілі"},
    {"UN Under-Secretary-General for Economic and Social Affairs", "UN Under-Secretary-General for Economic and Social Affairs",
     {"заместитель Генерального секретаря ООН по экономическим и социальным вопросам", "заместителем Генерального секретаря ООН по экономическим и социальным вопросам", "заместителя Генерального секретаря ООН по экономическим и социальным вопросам", "заместителю Генерального секретаря ООН по экономическим и социальным вопросам"},
     "БҰҰ Бас хатшысының экономикалық және әлеуметтік мәселелер жөніндегі орынбасары"},
    {"Director-General of the UN Office at Geneva", "Director-General of the UN Office at Geneva",
     {"генеральный директор Отделения ООН в Женеве", "генеральным директором Отделения ООН в Женеве", "генерального директора Отделения ООН в Женеве", "генеральному директору Отделения ООН в Женеве"},
     "БҰҰ-ның Женевадағы бөлімшесінің бас директоры"},
    {"Director of the OSCE Conflict Prevention Centre", "Director of the OSCE Conflict Prevention Centre",
     {"директор Центра по предотвращению конфликтов ОБСЕ", "директором Центра по предотвращению конфликтов ОБСЕ", "директора Центра по предотвращению конфликтов ОБСЕ", "директору Центра по предотвращению конфликтов ОБСЕ"},
     "ЕҚЫҰ Қақтығыстардың алдын алу орталығының директоры"},
};
// clang-format on

bool isKazakhKind(RoleKind kind)
{
    return kind <= RoleKind::KzPermRepOsce;
}

struct NamePart
{
    QString en[2]; // male, female
    QString ru[2];
    bool indeclinable = false;
};

struct ParsedGroup
{
    QString id;
    bool familyFirst = false;
    bool slavic = false;
    std::vector<NamePart> male, female, surnames;
};

std::vector<ParsedGroup> parseGroups()
{
    std::vector<ParsedGroup> groups;
    static const QStringList slavicGroups = {u"russian"_s, u"azeri"_s, u"uzbek"_s,
                                             u"kyrgyz"_s,  u"tajik"_s, u"turkmen"_s};
    for (const NameGroup &g : nameGroups()) {
        ParsedGroup parsed;
        parsed.id = QString::fromUtf8(g.id);
        parsed.slavic = slavicGroups.contains(parsed.id);
        QString spec = QString::fromUtf8(g.spec);
        if (spec.startsWith(u'!')) {
            parsed.familyFirst = true;
            spec.remove(0, 1);
        }
        for (const QString &section : spec.split(u';')) {
            auto &list = section.startsWith(u"M:") ? parsed.male
                : section.startsWith(u"F:")        ? parsed.female
                                                   : parsed.surnames;
            for (const QString &item : section.mid(2).split(u',')) {
                const QStringList sides = item.split(u'=');
                NamePart part;
                QString ru = sides.value(1);
                part.indeclinable = ru.endsWith(u'#');
                if (part.indeclinable)
                    ru.chop(1);
                const QStringList en = sides.value(0).split(u'/');
                const QStringList rus = ru.split(u'/');
                part.en[0] = en.value(0);
                part.en[1] = en.value(1, en.value(0));
                part.ru[0] = rus.value(0);
                part.ru[1] = rus.value(1, rus.value(0));
                list.push_back(part);
            }
        }
        groups.push_back(std::move(parsed));
    }
    return groups;
}

const std::vector<ParsedGroup> &groups()
{
    static const std::vector<ParsedGroup> parsed = parseGroups();
    return parsed;
}

const ParsedGroup &groupFor(const char *id)
{
    for (const ParsedGroup &g : groups()) {
        if (g.id == QLatin1StringView(id))
            return g;
    }
    return groups().front();
}

morph::RuCase ruCase(NameForm form)
{
    switch (form) {
    case Gen:
        return morph::RuCase::Gen;
    case Dat:
        return morph::RuCase::Dat;
    case Acc:
        return morph::RuCase::Acc;
    case Ins:
        return morph::RuCase::Ins;
    default:
        return morph::RuCase::Nom;
    }
}

morph::KkCase kkCase(NameForm form)
{
    switch (form) {
    case Gen:
        return morph::KkCase::Gen;
    case Dat:
        return morph::KkCase::Dat;
    case Acc:
        return morph::KkCase::Acc;
    default:
        return morph::KkCase::Ins;
    }
}

// Russian forms of a multi-word name: each word declines on its own (given name, then surname).
QString ruForm(const QStringList &words, const std::vector<bool> &declines, const std::vector<bool> &slavic,
               morph::Gender gender, NameForm form)
{
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        out << (declines[std::size_t(i)] ? morph::ruDeclineWord(words[i], gender, ruCase(form), slavic[std::size_t(i)])
                                         : words[i]);
    }
    return out.join(u' ');
}

void setForms(Person &p, const QString &enFull, const QString &enLast, const QStringList &ruWords,
              const std::vector<bool> &declines, const std::vector<bool> &slavic, qsizetype lastStart,
              const QString &kkFull, const QString &kkLast)
{
    const auto gender = p.female ? morph::Gender::Female : morph::Gender::Male;
    const QStringList ruLastWords = ruWords.mid(lastStart);
    const std::vector<bool> lastDeclines(declines.begin() + lastStart, declines.end());
    const std::vector<bool> lastSlavic(slavic.begin() + lastStart, slavic.end());
    for (int f = 0; f < FormCount; ++f) {
        const auto form = NameForm(f);
        p.full[En][f] = enFull.toStdString();
        p.last[En][f] = enLast.toStdString();
        p.full[Ru][f] = ruForm(ruWords, declines, slavic, gender, form).toStdString();
        p.last[Ru][f] = ruForm(ruLastWords, lastDeclines, lastSlavic, gender, form).toStdString();
        p.full[Kk][f] = (form == Nom ? kkFull : morph::kkSuffix(kkFull, kkCase(form))).toStdString();
        p.last[Kk][f] = (form == Nom ? kkLast : morph::kkSuffix(kkLast, kkCase(form))).toStdString();
    }
}

QString substitute(const char *pattern, const QString &value)
{
    QString text = QString::fromUtf8(pattern);
    text.replace(u"%s"_s, value);
    return text;
}

} // namespace

People::People(std::uint64_t seed)
{
    Random random(seed ^ 0x5EED0F9E0F1Eull);
    const auto countryList = countries();

    m_minister = addSlot(RoleKind::KzMinister, -1);
    for (int i = 0; i < 4; ++i)
        m_deputies.push_back(addSlot(RoleKind::KzDeputyMinister, -1));
    for (int c = 0; c < int(countryList.size()); ++c)
        m_ambassadors.push_back(addSlot(RoleKind::KzAmbassador, c));
    m_permReps = {addSlot(RoleKind::KzPermRepUn, -1), addSlot(RoleKind::KzPermRepGeneva, -1),
                  addSlot(RoleKind::KzPermRepOsce, -1)};
    for (int c = 0; c < int(countryList.size()); ++c) {
        for (int k = 0; k < 7; ++k)
            m_counterparts.push_back(addSlot(RoleKind(int(RoleKind::ForeignMinister) + k), c));
    }
    m_un = {addSlot(RoleKind::UnUnderSecretary, -1), addSlot(RoleKind::UnogDirector, -1),
            addSlot(RoleKind::OsceDirector, -1)};
    m_unHome = {addSlot(RoleKind::UnResidentCoordinator, -1), addSlot(RoleKind::UndpRepresentative, -1)};

    for (int s = 0; s < int(m_slots.size()); ++s)
        fill(s, random, isKazakhKind(m_slots[std::size_t(s)].kind));
}

int People::addSlot(RoleKind kind, int country)
{
    m_slots.push_back(Slot{kind, country, {}});
    return int(m_slots.size()) - 1;
}

int People::counterpartSlot(int country, int kind) const
{
    return m_counterparts[std::size_t(country * 7 + kind)];
}

void People::fill(int slotIndex, Random &random, bool kazakh)
{
    Slot &slot = m_slots[std::size_t(slotIndex)];
    QDate from = QDate(2005, 1, 1).addDays(-qint64(random.between(30, 1500)));
    const QDate end(2025, 12, 31);
    const bool mayor = slot.kind == RoleKind::Mayor;
    while (from <= end) {
        const QDate until = from.addDays(random.between(800, 2100));
        int person = -1;
        // Careers: a former ambassador becomes deputy minister, a deputy minister becomes minister.
        if (!mayor && random.chance(kazakh ? 0.3 : 0.25)) {
            std::vector<int> candidates;
            for (const Person &p : m_people) {
                const QDate busy = m_busyUntil[std::size_t(p.id)];
                if (p.kazakh == kazakh && (kazakh || p.country == slot.country) && busy < from &&
                    busy.daysTo(from) < 1200 && p.posts.size() < 3)
                    candidates.push_back(p.id);
            }
            if (!candidates.empty())
                person = random.pick(candidates);
        }
        if (person < 0)
            person = kazakh ? newKazakh(random) : newForeigner(random, slot.country);
        slot.tenures.push_back(Tenure{from, until > end ? QDate() : until, person});
        m_people[std::size_t(person)].posts.push_back(slotIndex);
        m_busyUntil[std::size_t(person)] = until;
        from = until.addDays(1);
    }
}

int People::newKazakh(Random &random)
{
    Person p;
    p.id = int(m_people.size());
    p.kazakh = true;
    p.female = random.chance(0.25);
    QString first, surname;
    do {
        first = QString::fromUtf8(p.female ? random.pick(kazakhFemaleNames()) : random.pick(kazakhMaleNames()));
        QString root = QString::fromUtf8(random.pick(kazakhSurnameRoots()));
        if (random.chance(0.06)) {
            surname = root + (p.female ? u"қызы"_s : u"ұлы"_s);
        } else {
            const bool soft = root.endsWith(u'й');
            if (soft)
                root.chop(1);
            surname = root + (soft ? u"ев"_s : u"ов"_s) + (p.female ? u"а"_s : QString());
        }
    } while (!m_takenNames.insert(first + u' ' + surname).second);
    const QString kkFull = first + u' ' + surname;
    const QStringList ruWords = {morph::kkToRu(first), morph::kkToRu(surname)};
    setForms(p, morph::kkToLatin(kkFull), morph::kkToLatin(surname), ruWords, {true, true}, {false, true}, 1, kkFull,
             surname);
    m_people.push_back(std::move(p));
    m_busyUntil.emplace_back(2000, 1, 1);
    return m_people.back().id;
}

int People::newForeigner(Random &random, int country)
{
    Person p;
    p.id = int(m_people.size());
    p.country = country;
    p.female = random.chance(0.3);
    const int g = p.female ? 1 : 0;
    const ParsedGroup *group = country >= 0 ? &groupFor(countries()[std::size_t(country)].nameGroup)
                                            : &groups()[random.below(groups().size())];
    const NamePart *given = nullptr;
    const NamePart *family = nullptr;
    for (int attempt = 0;; ++attempt) {
        if (attempt == 40) // a small culture's names are used up: someone from elsewhere holds the post
            group = &groups()[random.below(groups().size())];
        const auto &givens = p.female && !group->female.empty() ? group->female : group->male;
        given = &givens[random.below(givens.size())];
        family = &group->surnames[random.below(group->surnames.size())];
        const QString key = given->en[0] + u' ' + family->en[g];
        if (m_takenNames.insert(key).second || attempt > 200)
            break;
    }
    QString enFull, enLast;
    QStringList ruWords;
    std::vector<bool> declines, slavic;
    qsizetype lastStart = 0;
    const QStringList familyWords = family->ru[g].split(u' ');
    const QStringList givenWords = given->ru[0].split(u' ');
    if (group->familyFirst) {
        enFull = family->en[g] + u' ' + given->en[0];
        enLast = enFull;
        ruWords = familyWords + givenWords;
        for (qsizetype i = 0; i < familyWords.size(); ++i) {
            declines.push_back(false);
            slavic.push_back(false);
        }
        for (qsizetype i = 0; i < givenWords.size(); ++i) {
            declines.push_back(!given->indeclinable);
            slavic.push_back(false);
        }
    } else {
        enFull = given->en[0] + u' ' + family->en[g];
        enLast = family->en[g];
        ruWords = givenWords + familyWords;
        for (qsizetype i = 0; i < givenWords.size(); ++i) {
            declines.push_back(!given->indeclinable);
            slavic.push_back(false);
        }
        lastStart = givenWords.size();
        for (qsizetype i = 0; i < familyWords.size(); ++i) {
            declines.push_back(!family->indeclinable);
            slavic.push_back(group->slavic);
        }
    }
    const QString kkFull = ruWords.join(u' ');
    const QString kkLast = ruWords.mid(lastStart).join(u' ');
    setForms(p, enFull, enLast, ruWords, declines, slavic, lastStart, kkFull, kkLast);
    m_people.push_back(std::move(p));
    m_busyUntil.emplace_back(2000, 1, 1);
    return m_people.back().id;
}

int People::holder(int slotIndex, QDate date) const
{
    const auto &tenures = m_slots[std::size_t(slotIndex)].tenures;
    auto it =
        std::upper_bound(tenures.begin(), tenures.end(), date, [](QDate d, const Tenure &t) { return d < t.from; });
    if (it == tenures.begin())
        return -1;
    --it;
    if (it->until.isValid() && it->until < date)
        return -1;
    return it->person;
}

std::string People::title(int slotIndex, int lang, NameForm form) const
{
    const Slot &slot = m_slots[std::size_t(slotIndex)];
    const RoleText &text = kRoleTexts[int(slot.kind)];
    QString value;
    if (slot.country >= 0) {
        const Country &c = countries()[std::size_t(slot.country)];
        const bool mayor = slot.kind == RoleKind::Mayor;
        if (lang == En)
            value = QString::fromUtf8(mayor ? c.capital.en : c.en);
        else if (lang == Ru)
            value =
                QString::fromUtf8(mayor ? c.capital.ruGen : (slot.kind == RoleKind::KzAmbassador ? c.ruIn : c.ruGen));
        else if (mayor)
            value = QString::fromUtf8(c.capital.kk);
        else
            value = morph::kkSuffix(QString::fromUtf8(c.kk),
                                    slot.kind == RoleKind::KzAmbassador ? morph::KkCase::LocAdj : morph::KkCase::Gen);
    }
    const char *pattern = text.en;
    if (lang == Ru) {
        const int i = form == Ins ? 1 : form == Acc ? 2 : form == Dat ? 3 : 0;
        pattern = text.ru[i];
    } else if (lang == Kk) {
        pattern = text.kk;
    }
    return substitute(pattern, value).toStdString();
}

bool People::writeJsonl(QIODevice &out) const
{
    for (const Person &p : m_people) {
        QJsonObject names{{u"en"_s, QString::fromStdString(p.full[En][Nom])},
                          {u"ru"_s, QString::fromStdString(p.full[Ru][Nom])},
                          {u"kk"_s, QString::fromStdString(p.full[Kk][Nom])}};
        QJsonArray roles;
        for (int s : p.posts) {
            const Slot &slot = m_slots[std::size_t(s)];
            for (const Tenure &t : slot.tenures) {
                if (t.person != p.id)
                    continue;
                QString country, to;
                const QString where =
                    slot.country >= 0 ? QString::fromUtf8(countries()[std::size_t(slot.country)].code) : QString();
                switch (slot.kind) {
                case RoleKind::KzAmbassador:
                    country = u"KZ"_s;
                    to = where;
                    break;
                case RoleKind::KzPermRepUn:
                case RoleKind::KzPermRepGeneva:
                    country = u"KZ"_s;
                    to = u"UN"_s;
                    break;
                case RoleKind::KzPermRepOsce:
                    country = u"KZ"_s;
                    to = u"OSCE"_s;
                    break;
                case RoleKind::KzMinister:
                case RoleKind::KzDeputyMinister:
                    country = u"KZ"_s;
                    break;
                case RoleKind::AmbassadorToKz:
                    country = where;
                    to = u"KZ"_s;
                    break;
                case RoleKind::OsceDirector:
                    country = u"OSCE"_s;
                    break;
                case RoleKind::UnResidentCoordinator:
                case RoleKind::UndpRepresentative:
                case RoleKind::UnUnderSecretary:
                case RoleKind::UnogDirector:
                    country = u"UN"_s;
                    break;
                default:
                    country = where;
                }
                roles.append(QJsonObject{
                    {u"title"_s, QString::fromUtf8(kRoleTexts[int(slot.kind)].truth)},
                    {u"country"_s, country},
                    {u"to"_s, to.isEmpty() ? QJsonValue() : QJsonValue(to)},
                    {u"from"_s, t.from.toString(Qt::ISODate)},
                    {u"until"_s, t.until.isValid() ? QJsonValue(t.until.toString(Qt::ISODate)) : QJsonValue()},
                });
            }
        }
        QJsonObject object{{u"id"_s, p.id}, {u"names"_s, names}, {u"roles"_s, roles}};
        QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (out.write(line) != line.size())
            return false;
    }
    return true;
}

} // namespace elshi::generator
