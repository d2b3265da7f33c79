// Reproducible random numbers for the scenario generator: SplitMix64 and its own uniform and normal draws,
// so that a seed gives the same scenario with every standard library.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace commonwatt::scheduler::bench {

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double from, double to) { return from + (to - from) * uniform(); }
    // Uniform in [from, to], both included.
    int integer(int from, int to)
    {
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(to) - from + 1);
        return from + static_cast<int>(next() % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    // Standard normal (Box-Muller).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    std::uint64_t m_state;
};

} // namespace commonwatt::scheduler::bench
