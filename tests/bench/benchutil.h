#pragma once

// Small helpers the benchmark programs share: clocks, percentiles, resident memory, output.
// Every figure is printed as one `name: value` line that scripts/bench collects.

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <unistd.h>
#include <vector>

namespace elshi::bench {

inline double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: p99 of 40 samples is the largest but none, never an interpolation below it.
    size_t rank = size_t(fraction * double(values.size()) + 0.999999);
    rank = std::clamp<size_t>(rank, 1, values.size());
    return values[rank - 1];
}

// Resident set size of this process in bytes, from /proc/self/statm.
inline long long residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    long long pages = 0;
    long long resident = 0;
    statm >> pages >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

inline void figure(const char *name, double value, int decimals = 2)
{
    std::printf("%s: %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

inline void figure(const char *name, const QString &value)
{
    std::printf("%s: %s\n", name, qUtf8Printable(value));
    std::fflush(stdout);
}

// Removes an SQLite database with its WAL, shared-memory and rollback files, so a run starts fresh.
inline void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

inline double millisecondsSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace elshi::bench
