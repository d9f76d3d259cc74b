#pragma once

// Posts in the reader's language. Extraction stores a post under its canonical English name
// ("deputy minister of foreign affairs") so that one post is one fact whatever the article's
// language; this gives it back as a Russian or Kazakh reader expects it, from the same data file
// the extractor reads (resources/data/entities/titles.txt). Unknown titles come back unchanged.
// Thread-safe; the table is read once.

#include <QString>
#include <QStringView>

namespace elshi::entities {

// lang: "en", "ru" or "kk".
QString localizedTitle(const QString &canonical, QStringView lang);

// A country's canonical English name ("Kazakhstan") as ICU/CLDR writes it in lang ("Қазақстан",
// "Казахстан"); anything that is no country (an organisation: "UNESCO") comes back unchanged.
QString localizedCountry(const QString &canonical, QStringView lang);

} // namespace elshi::entities
