#pragma once

// The fallback for any text file: one article per file (or per crawl header), titled by its
// first line when that reads like a headline, else by its first sentence; outlet unknown.

#include "pagereader.h"

namespace elshi::corpus {

class PlainTextReader final : public PageReader
{
public:
    PlainTextReader();
    int detect(const SourceText &source) const override;
};

} // namespace elshi::corpus
