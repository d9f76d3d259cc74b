#pragma once

// Tells which of the corpus languages a text is written in: English, Russian or Kazakh.
//
// Built for short news texts (a title, a paragraph): it counts script, the letters only Kazakh
// uses (ә ғ қ ң ө ұ ү һ і in Cyrillic; ä ğ ñ ö ū ü ı ş and the acute and apostrophe spellings of
// the 2017–2021 Latin alphabets) and the most common function words of each language, so a
// Kazakh text in Latin script (lat.egemen.kz) is told from English. Linear in the text, no
// allocation per word beyond one lower-cased copy of short words.

#include <QString>
#include <QStringView>

namespace elshi::text {

class LanguageDetector
{
public:
    struct Guess
    {
        QString code; // "en", "ru", "kk", or empty when the text has no letters to judge by
        double confidence = 0; // 0..1
    };

    static Guess guess(QStringView text);
    // guess(text).code
    static QString detect(QStringView text);
};

} // namespace elshi::text
