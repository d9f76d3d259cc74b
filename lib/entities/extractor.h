#pragma once

// Finds people, organisations, countries, cities, other places and posts in news text in
// English, Russian or Kazakh, and from them the posts people hold and the meetings the text
// states. Rules over gazetteers and curated data (resources/data/entities), no statistical model.
//
// Construction is cheap after the first Extractor in the process, which loads the shared data
// (ICU country names in three languages and the curated lists: tens of milliseconds). extract()
// is const and safe to call from many threads on one Extractor; it allocates per call and runs
// in time linear in the text (a few MB/s per core). Any text is accepted: text that is not news,
// or not in the given language, simply yields few or no entities.

#include "entity.h"

#include <core/datevalue.h>

#include <QString>

#include <memory>

namespace elshi::entities {

namespace detail {
struct EntityData;
}

class Extractor
{
public:
    Extractor();
    ~Extractor();
    Extractor(const Extractor &);
    Extractor &operator=(const Extractor &);

    // lang is "en", "ru" or "kk" (empty: guessed from the letters). articleDate dates the meetings
    // the text states without a date of their own and completes dates without a year.
    Extraction extract(const QString &text, const QString &lang, core::DateValue articleDate = {}) const;

    // "kk" when the text has Kazakh-only Cyrillic letters, "ru" when it is mostly Cyrillic, else "en".
    static QString guessLanguage(QStringView text);

private:
    std::shared_ptr<const detail::EntityData> d;
};

} // namespace elshi::entities
