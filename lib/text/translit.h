#pragma once

// Transliteration keys: names written in Latin, Russian Cyrillic or Kazakh Cyrillic brought to one
// comparable ASCII form, so "Murat Nurtleu", "Мурат Нуртлеу" and "Мұрат Нұртілеу" can be matched.
//
// toLatin() is a faithful ASCII transliteration (Kazakh letters mapped first, then ICU's
// Russian-Latin/BGN and Any-Latin; Latin-ASCII), lower case. Thread-safe: every thread uses its own
// ICU transliterator, built on first use (a few milliseconds).

#include <QString>

#include <optional>

namespace elshi::text {

// "Мұрат Нұртілеу" → "murat nurtileu"; "José" → "jose". Empty input gives an empty string.
QString toLatin(const QString &text);
// toLatin() always through ICU, without its shortcut for ASCII text (for tests of that shortcut).
QString toLatinWithIcu(const QString &text);
// toLatin()'s table for ASCII, Russian and Kazakh Cyrillic, which spares ICU for most names; nothing
// for text with any other character, which toLatin() leaves to ICU. Exposed for its tests.
std::optional<QString> toLatinWithoutIcu(const QString &text);

// A spelling-tolerant key of one word: toLatin(), then the sounds that transliterations disagree on
// folded together (kh/h, zh/j, y/i, doubled letters) and vowels after the first letter dropped.
// "Nurtleu", "Нуртлеу", "Нұртілеу" → "nrtl". Meant for comparing names, not for display.
QString skeletonKey(const QString &word);
// skeletonKey() of a word already brought to toLatin(): skeletonKey(w) == skeletonOfLatin(toLatin(w)).
QString skeletonOfLatin(const QString &latin);

} // namespace elshi::text
