#pragma once

// Kazakhstan Today (kt.kz) pages, mostly Russian: optionally a crawl header and a
// "28.11.2025, 19:54 18706" stamp, then the title, a "Фото: …" credit and the dateline
// "Астана. 12 февраля. KAZAKHSTAN TODAY - ", which gives day and month but no year.

#include "pagereader.h"

namespace elshi::corpus {

class KazakhstanTodayReader final : public PageReader
{
public:
    KazakhstanTodayReader();
    int detect(const SourceText &source) const override;
};

} // namespace elshi::corpus
