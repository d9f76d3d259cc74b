#pragma once

// Kazinform (inform.kz, also its Kazakh service ҚазАқпарат) pages: a crawl header with the title or
// straight with the dateline "ALMATY. KAZINFORM …", amp pages with indented lines, Kazakh pages with
// "АСТАНА. Қыркүйектің 22-сі. ҚазАқпарат." and time stamps like "20:13, 22 Қыркүйек 2010 | GMT +5".
// A page without a title gets one from its first sentence later.

#include "pagereader.h"

namespace elshi::corpus {

class KazinformReader final : public PageReader
{
public:
    KazinformReader();
    int detect(const SourceText &source) const override;
};

} // namespace elshi::corpus
