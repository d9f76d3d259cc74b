#include "composer.h"

#include "morphology.h"

#include <QString>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace elshi::generator {

namespace {

const Country &countryAt(int index)
{
    return countries()[std::size_t(index)];
}

std::string str(const char *text)
{
    return std::string(text);
}

std::string lowerFirst(const std::string &text)
{
    // Only Russian titles ("Посол Казахстана …") are lowered mid-sentence; they start with a
    // two-byte Cyrillic capital А–Я (U+0410–U+042F).
    if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xD0) {
        const unsigned char second = static_cast<unsigned char>(text[1]);
        std::string out = text;
        if (second >= 0x90 && second <= 0x9F) {
            out[1] = char(second + 0x20);
        } else if (second >= 0xA0 && second <= 0xAF) {
            out[0] = char(0xD1);
            out[1] = char(second - 0x20);
        }
        return out;
    }
    return text;
}

std::string number(std::uint64_t value, int lang)
{
    std::string digits = std::to_string(value);
    if (value < 10000 && lang != En)
        return digits;
    if (value < 1000)
        return digits;
    std::string out;
    const int lead = int(digits.size() % 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && int(i % 3) == lead % 3)
            out += lang == En ? "," : " ";
        out += digits[i];
    }
    return out;
}

std::string decimal(int whole, int tenth, int lang)
{
    return std::to_string(whole) + (lang == En ? "." : ",") + std::to_string(tenth);
}

} // namespace

struct Composer::Context
{
    int lang = En;
    int country = 0;
    int topic1 = 0;
    int topic2 = 1;
    const Person *kazakh = nullptr;
    const Person *counterpart = nullptr;
    const void *mentioned = nullptr;
    int region = 0;
    QDate date;
    Random *random = nullptr;
};

Composer::Composer(const People &people, std::uint64_t seed)
    : m_people(people)
{
    Random random(seed ^ 0xC0FFEE5EEDull);
    m_mentioned.resize(6000);
    for (Mentioned &m : m_mentioned) {
        m.female = random.chance(0.35);
        const QString first =
            QString::fromUtf8(m.female ? random.pick(kazakhFemaleNames()) : random.pick(kazakhMaleNames()));
        QString surname =
            QString::fromUtf8(random.pick(surnameHeads())) + QString::fromUtf8(random.pick(surnameTails()));
        if (!surname.endsWith(u"ов")) {
            const QChar last = surname.back();
            if (last == u'й')
                surname.chop(1);
            surname += QStringView(QStringView(u"аәеиоөұүыі").contains(last) || last == u'й' ? u"ев" : u"ов");
        }
        if (m.female)
            surname += u'а';
        const QString kk = first + u' ' + surname;
        const auto gender = m.female ? morph::Gender::Female : morph::Gender::Male;
        const QString ruFirst = morph::kkToRu(first), ruLast = morph::kkToRu(surname);
        m.name[En][0] = m.name[En][1] = morph::kkToLatin(kk).toStdString();
        m.name[Ru][0] = QString(ruFirst + u' ' + ruLast).toStdString();
        m.name[Ru][1] = QString(morph::ruDeclineWord(ruFirst, gender, morph::RuCase::Gen) + u' ' +
                                morph::ruDeclineWord(ruLast, gender, morph::RuCase::Gen, true))
                            .toStdString();
        m.name[Kk][0] = kk.toStdString();
        m.name[Kk][1] = morph::kkSuffix(kk, morph::KkCase::Gen).toStdString();
    }
    for (const char *head : toponymHeads()) {
        for (const char *tail : toponymTails()) {
            QString kk = QString::fromUtf8(head) + QString::fromUtf8(tail).toLower();
            m_villages[Kk].push_back(kk.toStdString());
            m_villages[Ru].push_back(morph::kkToRu(kk).toStdString());
            m_villages[En].push_back(morph::kkToLatin(kk).toStdString());
        }
    }
    for (const Country &c : countries()) {
        const QString kk = QString::fromUtf8(c.kk);
        m_countryKk[0].push_back(morph::kkSuffix(kk, morph::KkCase::Gen).toStdString());
        m_countryKk[1].push_back(morph::kkSuffix(kk, morph::KkCase::Loc).toStdString());
        m_countryKk[2].push_back(morph::kkSuffix(kk, morph::KkCase::LocAdj).toStdString());
    }
}

std::string Composer::kazakhCapital(QDate date, int lang, bool locative)
{
    // The capital was renamed Nur-Sultan on 23 March 2019 and Astana again on 17 September 2022.
    const bool nurSultan = date >= QDate(2019, 3, 23) && date < QDate(2022, 9, 17);
    static const char *const names[2][LangCount][2] = {
        {{"Astana", "in Astana"}, {"Астана", "в Астане"}, {"Астана", "Астанада"}},
        {{"Nur-Sultan", "in Nur-Sultan"}, {"Нур-Султан", "в Нур-Султане"}, {"Нұр-Сұлтан", "Нұр-Сұлтанда"}},
    };
    return names[nurSultan][lang][locative];
}

std::string Composer::village(Random &random, int lang) const
{
    return m_villages[lang][random.below(m_villages[lang].size())];
}

void Composer::capitalize(std::string &text)
{
    if (text.empty())
        return;
    const unsigned char c0 = static_cast<unsigned char>(text[0]);
    if (c0 >= 'a' && c0 <= 'z') {
        text[0] = char(c0 - 32);
        return;
    }
    if (text.size() < 2)
        return;
    const unsigned char c1 = static_cast<unsigned char>(text[1]);
    if (c0 == 0xD0 && c1 >= 0xB0 && c1 <= 0xBF) { // а–п
        text[1] = char(c1 - 0x20);
    } else if (c0 == 0xD1 && c1 >= 0x80 && c1 <= 0x8F) { // р–я
        text[0] = char(0xD0);
        text[1] = char(c1 + 0x20);
    } else if (c0 == 0xD1 && c1 == 0x96) { // і
        text[0] = char(0xD0);
        text[1] = char(0x86);
    } else if ((c0 == 0xD2 || c0 == 0xD3) && (c1 & 1)) { // ғ қ ң ү ұ һ ә ө: capital is one below
        text[1] = char(c1 - 1);
    }
}

std::string Composer::upper(const std::string &text)
{
    return QString::fromStdString(text).toUpper().toStdString();
}

std::string Composer::countryForm(int country, int lang, char form) const
{
    const Country &c = countryAt(country);
    switch (form) {
    case 'C':
        return lang == En ? c.en : lang == Ru ? c.ru : c.kk;
    case 'G':
        return lang == En ? str(c.en) : lang == Ru ? str(c.ruGen) : m_countryKk[0][std::size_t(country)];
    case 'L':
        return lang == En ? "in " + str(c.en) : lang == Ru ? str(c.ruIn) : m_countryKk[1][std::size_t(country)];
    case 'l':
        return lang == En ? "in " + str(c.en) : lang == Ru ? str(c.ruIn) : m_countryKk[2][std::size_t(country)];
    case 'J':
        return lang == En ? c.enAdj : lang == Ru ? c.ruAdjF : c.kk;
    case 'j':
        if (lang == Ru) {
            std::string adj = c.ruAdjF; // японская → японскую
            if (adj.size() >= 4)
                adj.replace(adj.size() - 4, 4, "ую");
            return adj;
        }
        return lang == En ? c.enAdj : c.kk;
    case 'A':
        return lang == En ? c.capital.en : lang == Ru ? c.capital.ru : c.capital.kk;
    case 'a':
        return lang == En ? "in " + str(c.capital.en) : lang == Ru ? "в " + str(c.capital.ruPre) : str(c.capital.kkLoc);
    }
    return {};
}

void Composer::slot(char key, Context &ctx, std::string &out) const
{
    Random &r = *ctx.random;
    const int lang = ctx.lang;
    const Topic &t1 = topics()[std::size_t(ctx.topic1)];
    const Topic &t2 = topics()[std::size_t(ctx.topic2)];
    switch (key) {
    case 'C':
    case 'G':
    case 'L':
    case 'l':
    case 'J':
    case 'j':
    case 'A':
    case 'a':
        out += countryForm(ctx.country, lang, key);
        return;
    case 'c':
        out += kazakhCapital(ctx.date, lang, true);
        return;
    case 'T':
        expand(t1.phrases[lang][r.below(t1.phraseCount[lang])], ctx, out);
        return;
    case 'U':
        expand(t2.phrases[lang][r.below(t2.phraseCount[lang])], ctx, out);
        return;
    case 'F':
        out += t1.field[lang];
        return;
    case 'f':
        out += t2.field[lang];
        return;
    case 'X':
    case 'x': {
        if (!ctx.kazakh) {
            out += lang == En ? "the Ambassador" : lang == Ru ? "посол" : "Елші";
            return;
        }
        const NameForm form = key == 'x' && lang != En ? Gen : Nom;
        out += ctx.kazakh->last[lang][form];
        return;
    }
    case 'Y':
    case 'y':
    case 'w': {
        if (!ctx.counterpart) {
            out += lang == En ? "the partners" : lang == Ru ? "партнеров" : "әріптестерді";
            return;
        }
        const NameForm form = key == 'Y' ? Nom : key == 'y' ? Acc : Ins;
        out += ctx.counterpart->last[lang][form];
        return;
    }
    case 'N':
        out += std::to_string(r.between(2, 30));
        return;
    case 'n': {
        const int scale = int(r.below(10));
        out += number(std::uint64_t(scale < 6       ? r.between(10, 99)
                                        : scale < 9 ? r.between(100, 999)
                                                    : r.between(1000, 20000)),
                      lang);
        return;
    }
    case 'M': {
        const int kind = int(r.below(3));
        const int whole = r.between(1, kind == 2 ? 9 : 950);
        const int tenth = r.between(0, 9);
        static const char *const units[LangCount][3][2] = {
            {{"$", " million"}, {"", " million euros"}, {"$", " billion"}},
            {{"", " млн долларов"}, {"", " млн евро"}, {"", " млрд долларов США"}},
            {{"", " млн доллар"}, {"", " млн еуро"}, {"", " млрд АҚШ доллары"}},
        };
        out += units[lang][kind][0];
        out += kind == 1 ? std::to_string(whole) : decimal(whole, tenth, lang);
        out += units[lang][kind][1];
        return;
    }
    case 'P':
        out += decimal(r.between(1, 64), r.between(0, 9), lang);
        out += '%';
        return;
    case 'Z':
        out += std::to_string(ctx.date.year());
        return;
    case 'z':
        out += std::to_string(ctx.date.year() + 1);
        return;
    case 'W':
        out += std::to_string(ctx.date.year() - 1);
        return;
    case 'K':
    case 'k': {
        const auto cities = kazakhCities();
        const City &city = cities[1 + r.below(cities.size() - 1)];
        if (key == 'K')
            out += lang == En ? city.en : lang == Ru ? city.ru : city.kk;
        else
            out += lang == En ? "in " + str(city.en) : lang == Ru ? "в " + str(city.ruPre) : str(city.kkLoc);
        return;
    }
    case 'V':
        out += village(r, lang);
        return;
    case 'p':
    case 'g':
        out += static_cast<const Mentioned *>(ctx.mentioned)->name[lang][key == 'g' ? 1 : 0];
        return;
    case 'R': {
        const Region &region = regions()[std::size_t(ctx.region)];
        out += lang == En ? region.en : lang == Ru ? region.ruAdj : region.kk;
        return;
    }
    case 'O':
        out += r.pick(companyHeads());
        out += ' ';
        out += r.pick(companyTails());
        return;
    case 'H':
    case 'h': {
        const int month = (ctx.date.month() + r.between(1, 6) - 1) % 12 + 1;
        out += monthName(lang, month, false);
        return;
    }
    default:
        out += '@';
        out += key;
    }
}

void Composer::expand(std::string_view p, Context &ctx, std::string &out) const
{
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '@' && i + 1 < p.size()) {
            slot(p[++i], ctx, out);
        } else if (c == '{' || c == '<' || c == '[' || c == '(') {
            const char close = c == '{' ? '}' : c == '<' ? '>' : c == '[' ? ']' : ')';
            const std::size_t end = p.find(close, i);
            if (end == std::string_view::npos) {
                out += c;
                continue;
            }
            std::vector<std::string_view> options;
            std::size_t start = i + 1;
            for (std::size_t j = i + 1; j <= end; ++j) {
                if (j == end || p[j] == '|') {
                    options.push_back(p.substr(start, j - start));
                    start = j + 1;
                }
            }
            std::size_t choice = 0;
            if (c == '{')
                choice = ctx.random->below(options.size());
            else if (c == '<')
                choice = ctx.kazakh && ctx.kazakh->female ? 1 : 0;
            else if (c == '(')
                choice = static_cast<const Mentioned *>(ctx.mentioned)->female ? 1 : 0;
            else
                choice = ctx.counterpart && ctx.counterpart->female ? 1 : 0;
            expand(options[std::min(choice, options.size() - 1)], ctx, out);
            i = end;
        } else {
            out += c;
        }
    }
}

std::string Composer::sentence(std::string_view pattern, Context &ctx) const
{
    std::string out;
    out.reserve(256);
    expand(pattern, ctx, out);
    capitalize(out);
    return out;
}

ComposedArticle Composer::compose(int lang, QDate date, Focus focus, Random &r) const
{
    ComposedArticle article;
    article.lang = lang;
    article.date = date;

    Context ctx;
    ctx.lang = lang;
    ctx.date = date;
    ctx.random = &r;
    ctx.mentioned = &m_mentioned[r.below(m_mentioned.size())];
    ctx.region = int(r.below(regions().size()));
    // Countries by weight: neighbours and big partners appear more often.
    {
        int total = 0;
        for (const Country &c : countries())
            total += c.weight;
        int pick = int(r.below(std::size_t(total)));
        for (std::size_t i = 0; i < countries().size(); ++i) {
            pick -= countries()[i].weight;
            if (pick < 0) {
                ctx.country = int(i);
                break;
            }
        }
    }
    const int topicCount = int(topics().size());
    ctx.topic1 = int(r.below(std::size_t(topicCount)));
    ctx.topic2 = (ctx.topic1 + 1 + int(r.below(std::size_t(topicCount - 1)))) % topicCount;
    const Topic &topic = topics()[std::size_t(ctx.topic1)];
    const Country &country = countryAt(ctx.country);

    // Who meets whom, and where.
    enum Kind
    {
        Abroad,
        Receives,
        PermRep,
        Contact,
        Event
    };
    Kind kind;
    const int roll = int(r.below(100));
    if (focus == Focus::UnitedNations)
        kind = roll < 45 ? PermRep : roll < 80 ? Receives : Event;
    else
        kind = roll < 42 ? Abroad : roll < 64 ? Receives : roll < 72 ? PermRep : roll < 84 ? Contact : Event;

    int kzSlot = -1;
    std::vector<int> fSlots;
    std::string place;
    std::string placeIn; // "in Tokyo", "в Токио", "Токиода"
    switch (kind) {
    case Abroad:
    case Contact:
    case Event:
        kzSlot = m_people.ambassadorSlot(ctx.country);
        fSlots.push_back(m_people.counterpartSlot(ctx.country, r.chance(0.5) ? 1 : int(r.below(7))));
        if (fSlots[0] == m_people.counterpartSlot(ctx.country, 5)) // the ambassador to Kazakhstan is not abroad
            fSlots[0] = m_people.counterpartSlot(ctx.country, 0);
        if (kind == Abroad && r.chance(0.2)) {
            const int second = m_people.counterpartSlot(ctx.country, r.chance(0.5) ? 2 : 4);
            if (second != fSlots[0])
                fSlots.push_back(second);
        }
        place = countryForm(ctx.country, lang, 'A');
        placeIn = countryForm(ctx.country, lang, 'a');
        break;
    case Receives:
        kzSlot = r.chance(0.15) ? m_people.ministerSlot() : r.pick(m_people.deputySlots());
        if (focus == Focus::UnitedNations)
            fSlots.push_back(r.pick(m_people.unHomeSlots()));
        else
            fSlots.push_back(m_people.counterpartSlot(ctx.country, r.chance(0.6) ? 5 : int(r.below(2))));
        place = kazakhCapital(date, lang, false);
        placeIn = kazakhCapital(date, lang, true);
        break;
    case PermRep: {
        const int which = int(r.below(3));
        kzSlot = m_people.permRepSlot(which);
        fSlots.push_back(m_people.unSlot(which));
        static const char *const cities[3][LangCount][2] = {
            {{"New York", "in New York"}, {"Нью-Йорк", "в Нью-Йорке"}, {"Нью-Йорк", "Нью-Йоркте"}},
            {{"Geneva", "in Geneva"}, {"Женева", "в Женеве"}, {"Женева", "Женевада"}},
            {{"Vienna", "in Vienna"}, {"Вена", "в Вене"}, {"Вена", "Венада"}},
        };
        place = cities[which][lang][0];
        placeIn = cities[which][lang][1];
        break;
    }
    }
    const int kzId = m_people.holder(kzSlot, date);
    ctx.kazakh = kzId >= 0 ? &m_people.person(kzId) : nullptr;
    std::vector<const Person *> fs;
    std::vector<int> usedSlots;
    for (int s : fSlots) {
        const int id = m_people.holder(s, date);
        if (id >= 0 && id != kzId && (fs.empty() || fs.front()->id != id)) {
            fs.push_back(&m_people.person(id));
            usedSlots.push_back(s);
        }
    }
    if (!ctx.kazakh || fs.empty())
        kind = Event;
    ctx.counterpart = fs.empty() ? nullptr : fs.front();

    const Person *kz = ctx.kazakh;
    const auto kzTitle = [&](bool start) {
        std::string t = m_people.title(kzSlot, lang, Nom);
        return start || lang != Ru ? t : lowerFirst(t);
    };
    const auto fPhrase = [&](std::size_t i, NameForm form) {
        std::string t = m_people.title(usedSlots[i], lang, lang == Kk ? Nom : form);
        return t + " " + fs[i]->full[lang][lang == En ? Nom : form];
    };
    const auto verb = [&](const char *m, const char *f) { return str(kz && kz->female ? f : m); };

    std::string lead;
    const bool received = kind == Receives && r.chance(0.5);
    if (kind == Abroad || kind == Receives || kind == PermRep) {
        const int v = received ? 3 : int(r.below(3));
        std::string counterparts;
        const NameForm form = v == 3 ? Acc : Ins;
        for (std::size_t i = 0; i < fs.size(); ++i) {
            if (i > 0)
                counterparts += lang == En ? " and " : lang == Ru ? " и " : " және ";
            counterparts += lang == En && v == 3 && i == 0 ? fPhrase(i, form) : fPhrase(i, form);
        }
        if (lang == En) {
            static const char *const verbs[] = {"met with", "held talks with", "held a meeting with", "received"};
            const bool inverted = r.chance(0.25);
            lead = inverted ? kz->full[En][Nom] + ", " + kzTitle(true) + ", " + verbs[v] + " " + counterparts
                            : kzTitle(true) + " " + kz->full[En][Nom] + " " + verbs[v] + " " + counterparts;
            lead += " " + placeIn;
            static const char *const sources[] = {", press service of the Kazakh MFA reports.", ".",
                                                  ", the Kazakh Foreign Ministry's press service said.",
                                                  ", according to the Embassy of Kazakhstan.", "."};
            lead += r.pick(sources);
        } else if (lang == Ru) {
            static const char *const verbs[][2] = {{"встретился с", "встретилась с"},
                                                   {"провел переговоры с", "провела переговоры с"},
                                                   {"провел встречу с", "провела встречу с"},
                                                   {"принял", "приняла"}};
            const std::string vb = verb(verbs[v][0], verbs[v][1]);
            if (r.chance(0.3))
                lead = placeIn + " " + kzTitle(false) + " " + kz->full[Ru][Nom] + " " + vb + " " + counterparts;
            else
                lead = kzTitle(true) + " " + kz->full[Ru][Nom] + " " + vb + " " + counterparts + " " + placeIn;
            static const char *const sources[] = {", сообщает пресс-служба МИД РК.", ".",
                                                  ", передает пресс-служба внешнеполитического ведомства.", "."};
            lead += r.pick(sources);
            capitalize(lead);
        } else {
            static const char *const verbs[] = {"кездесті", "келіссөз жүргізді", "кездесу өткізді", "қабылдады"};
            lead = kzTitle(true) + " " + kz->full[Kk][Nom] + " " + placeIn + " " + counterparts + " " + verbs[v] + ".";
            if (r.chance(0.5))
                lead += " Бұл туралы ҚР Сыртқы істер министрлігінің баспасөз қызметі хабарлады.";
        }
        MeetingTruth meeting{date, {kz->id}, place};
        for (const Person *f : fs)
            meeting.participants.push_back(f->id);
        article.meetings.push_back(std::move(meeting));
    } else if (kind == Contact) {
        const int v = int(r.below(4));
        const int month = (date.month() + r.between(1, 5) - 1) % 12 + 1;
        if (lang == En) {
            switch (v) {
            case 0:
                lead = kzTitle(true) + " " + kz->full[En][Nom] + " had a telephone conversation with " +
                    fPhrase(0, Nom) + ".";
                break;
            case 1:
                lead = kzTitle(true) + " " + kz->full[En][Nom] + " sent a letter to " + fPhrase(0, Nom) + ".";
                break;
            case 2:
                lead = kzTitle(true) + " " + kz->full[En][Nom] + " is scheduled to hold talks with " + fPhrase(0, Nom) +
                    " " + placeIn + " next month.";
                break;
            default:
                lead = fPhrase(0, Nom) + " plans to visit Kazakhstan in " + monthName(En, month, false) + ".";
            }
        } else if (lang == Ru) {
            switch (v) {
            case 0:
                lead = kzTitle(true) + " " + kz->full[Ru][Nom] + " " + verb("провел", "провела") +
                    " телефонный разговор с " + fPhrase(0, Ins) + ".";
                break;
            case 1:
                lead = kzTitle(true) + " " + kz->full[Ru][Nom] + " " + verb("направил", "направила") + " письмо " +
                    fPhrase(0, Dat) + ".";
                break;
            case 2:
                lead = kzTitle(true) + " " + kz->full[Ru][Nom] + " планирует провести переговоры с " + fPhrase(0, Ins) +
                    " " + placeIn + " в следующем месяце.";
                break;
            default:
                lead = fPhrase(0, Nom) + " планирует посетить Казахстан в " + monthName(Ru, month, false) + ".";
            }
            capitalize(lead);
        } else {
            switch (v) {
            case 0:
                lead = kzTitle(true) + " " + kz->full[Kk][Nom] + " " + fPhrase(0, Ins) + " телефон арқылы сөйлесті.";
                break;
            case 1:
                lead = kzTitle(true) + " " + kz->full[Kk][Nom] + " " + fPhrase(0, Dat) + " хат жолдады.";
                break;
            case 2:
                lead = kzTitle(true) + " " + kz->full[Kk][Nom] + " келесі айда " + placeIn + " " + fPhrase(0, Ins) +
                    " келіссөз жүргізуді жоспарлап отыр.";
                break;
            default:
                lead = fPhrase(0, Nom) + " " + monthName(Kk, month, false) +
                    " айында Қазақстанға сапармен келуі жоспарлануда.";
            }
        }
    } else {
        lead = sentence(templates(Pool::Event, lang)[0], ctx);
    }
    article.paragraphs.push_back(std::move(lead));

    // Body: development, topic facts, a quote, background, an optional contact, closing.
    const auto paragraph = [&](std::initializer_list<std::string> sentences) {
        std::string p;
        for (const std::string &s : sentences) {
            if (s.empty())
                continue;
            if (!p.empty())
                p += ' ';
            p += s;
        }
        if (!p.empty())
            article.paragraphs.push_back(std::move(p));
    };
    std::size_t lastPick[int(Pool::Count)];
    std::fill(std::begin(lastPick), std::end(lastPick), std::size_t(-1));
    const auto from = [&](Pool pool) {
        const auto pool_ = templates(pool, lang);
        std::size_t i = r.below(pool_.size());
        if (i == lastPick[int(pool)]) // one reroll keeps neighbouring sentences from repeating
            i = r.below(pool_.size());
        lastPick[int(pool)] = i;
        return sentence(pool_[i], ctx);
    };
    const auto topicSentence = [&]() {
        return sentence(topic.sentences[lang][r.below(topic.sentenceCount[lang])], ctx);
    };
    if (kind == Event) {
        paragraph({from(Pool::Event), from(Pool::Event)});
        paragraph({topicSentence(), r.chance(0.5) ? from(Pool::Background) : std::string()});
        paragraph({from(Pool::Event)});
    } else {
        paragraph({from(Pool::Development), from(Pool::Development)});
        paragraph({topicSentence(), r.chance(0.6) ? from(Pool::Development) : std::string()});
    }
    if (r.chance(0.55))
        paragraph({from(Pool::Quote)});
    if (r.chance(0.7)) {
        const std::string first = from(Pool::Local);
        ctx.mentioned = &m_mentioned[r.below(m_mentioned.size())];
        ctx.region = int(r.below(regions().size()));
        paragraph({first, r.chance(0.5) ? from(Pool::Local) : std::string(), from(Pool::Development)});
    }
    paragraph({from(Pool::Background), r.chance(0.5) ? from(Pool::Background) : std::string()});

    // An earlier meeting recalled; it is a meeting of its own, on its own date.
    if (kind == Abroad && r.chance(0.2)) {
        const QDate earlier = date.addDays(-r.between(5, 90));
        const int otherSlot = m_people.counterpartSlot(ctx.country, r.chance(0.5) ? 3 : 6);
        const int otherId = m_people.holder(otherSlot, earlier);
        if (otherId >= 0 && earlier.year() >= 2005 && m_people.holder(kzSlot, earlier) == kz->id) {
            const Person &other = m_people.person(otherId);
            const std::string day = std::to_string(earlier.day());
            std::string s;
            if (lang == En) {
                s = "Earlier, on " + day + " " + monthName(En, earlier.month(), false) + ", " + kz->last[En][Nom] +
                    " met with " + m_people.title(otherSlot, En) + " " + other.full[En][Nom] + " " + placeIn + ".";
            } else if (lang == Ru) {
                s = "Ранее, " + day + " " + monthName(Ru, earlier.month(), true) + ", " + kz->last[Ru][Nom] + " " +
                    verb("встречался", "встречалась") + " " + placeIn + " с " + m_people.title(otherSlot, Ru, Ins) +
                    " " + other.full[Ru][Ins] + ".";
            } else {
                s = "Бұған дейін, " + day + " " + monthName(Kk, earlier.month(), true) + ", " + kz->last[Kk][Nom] +
                    " " + placeIn + " " + m_people.title(otherSlot, Kk) + " " + other.full[Kk][Ins] +
                    " кездескен болатын.";
            }
            paragraph({s});
            article.meetings.push_back(MeetingTruth{earlier, {kz->id, other.id}, place});
        }
    }
    // A contact that is not a meeting: a call or a planned visit, for extractors to leave alone.
    if (kind != Contact && kind != Event && r.chance(0.25)) {
        const int otherSlot = m_people.counterpartSlot(ctx.country, 0);
        const int otherId = m_people.holder(otherSlot, date);
        if (otherId >= 0 && otherId != kz->id) {
            const Person &other = m_people.person(otherId);
            const int month = (date.month() + r.between(1, 5) - 1) % 12 + 1;
            std::string s;
            if (lang == En)
                s = m_people.title(otherSlot, En) + " " + other.full[En][Nom] + " is expected to visit Kazakhstan in " +
                    monthName(En, month, false) + ".";
            else if (lang == Ru)
                s = m_people.title(otherSlot, Ru) + " " + other.full[Ru][Nom] + " планирует посетить Казахстан в " +
                    monthName(Ru, month, false) + ".";
            else
                s = m_people.title(otherSlot, Kk) + " " + other.full[Kk][Nom] + " " + monthName(Kk, month, false) +
                    " айында Қазақстанға сапармен келеді деп күтілуде.";
            capitalize(s);
            paragraph({s});
        }
    }
    paragraph({from(Pool::Closing)});

    // Headline.
    {
        std::string title;
        const int v = int(r.below(5));
        const std::string c = countryForm(ctx.country, lang, 'C');
        if (lang == En) {
            std::string cn = c;
            capitalize(cn);
            switch (v) {
            case 0:
                title = "Kazakhstan and " + cn + " discuss " + topic.title[En];
                break;
            case 1:
                title = "Prospects for Kazakh-" + str(country.enAdj) + " cooperation in " + topic.field[En] +
                    " discussed " + placeIn;
                break;
            case 2:
                title = cn + " interested in expanding " + topic.field[En] + " cooperation with Kazakhstan";
                break;
            case 3:
                title = kz && !fs.empty()
                    ? kz->last[En][Nom] + " and " + fs.front()->last[En][Nom] + " discuss " + topic.title[En]
                    : "Kazakh diplomats promote " + str(topic.title[En]) + " " + placeIn;
                break;
            default:
                title = "Kazakhstan, " + cn + " agree to step up cooperation in " + str(topic.field[En]);
            }
        } else if (lang == Ru) {
            switch (v) {
            case 0:
                title = "Казахстан и " + c + " обсудили " + topic.title[Ru];
                break;
            case 1:
                title = placeIn + " обсуждены перспективы сотрудничества в сфере " + topic.field[Ru];
                break;
            case 2:
                title = str(country.ruAdjF) + " сторона заинтересована в развитии сотрудничества в сфере " +
                    topic.field[Ru];
                break;
            case 3:
                title = kz && !fs.empty() ? kz->last[Ru][Nom] + " " + verb("обсудил", "обсудила") + " с " +
                        fs.front()->full[Ru][Ins] + " " + topic.title[Ru]
                                          : "Казахстанские дипломаты обсудили " + str(topic.title[Ru]);
                break;
            default:
                title = "Казахстан и " + c + " намерены активизировать " + topic.title[Ru];
            }
        } else {
            switch (v) {
            case 0:
                title = "Қазақстан мен " + c + " " + topic.title[Kk] + " талқылады";
                break;
            case 1:
                title = placeIn + " " + topic.field[Kk] + " саласындағы ынтымақтастық талқыланды";
                break;
            case 2:
                title = c + " Қазақстанмен " + topic.field[Kk] + " саласындағы ынтымақтастықты кеңейтуге мүдделі";
                break;
            case 3:
                title = kz && !fs.empty()
                    ? kz->last[Kk][Nom] + " " + fs.front()->full[Kk][Ins] + " " + topic.title[Kk] + " талқылады"
                    : "Қазақстан дипломаттары " + str(topic.title[Kk]) + " талқылады";
                break;
            default:
                title = "Қазақстан мен " + c + " " + topic.title[Kk] + " жандандырмақ";
            }
        }
        capitalize(title);
        article.title = std::move(title);
    }
    return article;
}

} // namespace elshi::generator
