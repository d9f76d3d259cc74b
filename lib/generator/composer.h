#pragma once

// Writes the text of one article: a lead that states who met whom (or phoned, wrote, plans to
// visit), then development, figures, quotes and closing sentences drawn from the phrase book, with
// names in the case each sentence needs. Returns the text in pieces so that each corpus layout can
// place title, dateline and paragraphs its own way, plus the meetings the text states.
// Cost: a few microseconds per article; no allocation that outlives the call except the result.

#include "people.h"
#include "random.h"

#include <QDate>

#include <string>
#include <vector>

namespace elshi::generator {

struct MeetingTruth
{
    QDate date;
    std::vector<int> participants; // person ids, the Kazakh official first
    std::string place; // as the article's language names it, nominative
};

struct ComposedArticle
{
    int lang = En;
    QDate date;
    std::string title;
    std::vector<std::string> paragraphs; // the first is the lead, without any dateline
    std::vector<MeetingTruth> meetings;
};

enum class Focus
{
    Any,
    UnitedNations, // UN Kazakhstan records: permanent representatives and UN officials
};

class Composer
{
public:
    Composer(const People &people, std::uint64_t seed);

    ComposedArticle compose(int lang, QDate date, Focus focus, Random &random) const;

    // Helpers the layouts share.
    static std::string kazakhCapital(QDate date, int lang, bool locative);
    std::string village(Random &random, int lang) const;
    static void capitalize(std::string &text);
    static std::string upper(const std::string &text);

private:
    struct Context;
    void expand(std::string_view pattern, Context &context, std::string &out) const;
    void slot(char key, Context &context, std::string &out) const;
    std::string sentence(std::string_view pattern, Context &context) const;
    std::string countryForm(int country, int lang, char form) const;

    struct Mentioned
    {
        bool female = false;
        std::string name[LangCount][2]; // nominative, genitive
    };

    const People &m_people;
    std::vector<Mentioned> m_mentioned; // people named in passing, drawn per article
    std::vector<std::string> m_villages[LangCount];
    std::vector<std::string> m_countryKk[3]; // genitive, locative, locative adjective
};

} // namespace elshi::generator
