#pragma once

// The generator's only source of randomness. std::mt19937_64 is specified bit for bit by the
// standard, but the std distributions are not, so bounded draws are done here: the same seed gives
// the same corpus with any standard library.

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace elshi::generator {

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    std::uint64_t next() { return m_engine(); }

    // Uniform in [0, n); n > 0. Lemire's multiply-shift: unbiased enough for text, no division.
    std::size_t below(std::size_t n) { return std::size_t((unsigned __int128)next() * n >> 64); }
    int between(int low, int high) { return low + int(below(std::size_t(high - low + 1))); } // inclusive
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }
    template<typename T>
    const T &pick(std::span<T> items)
    {
        return items[below(items.size())];
    }
    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[below(items.size())];
    }

    // A child stream for one purpose, so that changing how much one part draws does not reshuffle
    // everything after it.
    Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0x9E3779B97F4A7C15ull)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace elshi::generator
