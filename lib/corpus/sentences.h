#pragma once

// Sentence boundaries good enough for deriving a title from a body that has none: a full stop,
// question or exclamation mark followed by a space and a capital letter or an opening quote,
// except after initials ("A. Smith") and common abbreviations ("Mr.", "г.", "т.е.").

#include <QString>
#include <QStringView>

namespace elshi::corpus {

class Sentences
{
public:
    // Length of the first sentence including its closing punctuation; text.size() if one.
    static qsizetype firstLength(QStringView text);
    // A title made from the first sentence: without its final full stop; when longer than
    // maxLength, cut at a clause break (comma, dash, colon) or else a word boundary, with "…".
    static QString titleFrom(QStringView text, qsizetype maxLength = 140);
};

} // namespace elshi::corpus
