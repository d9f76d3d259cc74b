#pragma once

// Generates a synthetic, realistic corpus of news about Kazakhstan's diplomacy for tests and
// benchmarks: every on-disk layout Elshi reads (MFA digests, Kazinform with and without title,
// Kazakhstan Today, UN Kazakhstan records, plain text), in English, Russian and Kazakh, with
// ground truth as JSON Lines (articles, people with their posts, meetings).
//
// Output under DIR: corpus/NNN/<index>_<hex>.txt (at most 1000 files per folder) and
// truth/{articles,people,meetings}.jsonl. The same seed gives byte-identical output. Articles are
// written as they are composed, so memory stays constant for any article count; a million
// articles (about 2 GB) take a few minutes on one core.

#include <core/result.h>

#include <QString>

#include <cstdint>

namespace elshi::generator {

struct GeneratorOptions
{
    QString outDir;
    qint64 articles = 0; // > 0
    std::uint64_t seed = 1;
};

struct GeneratorSummary
{
    qint64 files = 0;
    qint64 articles = 0;
    qint64 meetings = 0;
    qint64 people = 0;
    qint64 bytes = 0; // corpus text only, truth files excluded
    double seconds = 0;
};

// Fails with the path when a folder or file cannot be written; what was written stays on disk.
core::Result<GeneratorSummary> generateCorpus(const GeneratorOptions &options);

} // namespace elshi::generator
