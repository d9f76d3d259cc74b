#pragma once

// Other agencies' pages with a dateline (Sputnik "АСТАНА, 9 фев - Sputnik.", TASS, Interfax-
// Kazakhstan, BAQ.KZ, KazTAG) and crawled pages with a " date …" header but no known dateline.
// The outlet comes from the dateline, else stays empty.

#include "pagereader.h"

namespace elshi::corpus {

class NewsPageReader final : public PageReader
{
public:
    NewsPageReader();
    int detect(const SourceText &source) const override;
};

} // namespace elshi::corpus
