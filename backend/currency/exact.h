// Exact integer arithmetic shared by the currency engine. Settlement never uses floating point
// (docs/currency-rules.md, R1): every credit is an exact fraction of integers, rounded once.
#pragma once

#ifndef Q_MOC_RUN

#include <cstdint>
#include <optional>
#include <string_view>

namespace commonwatt::currency {

// 128 bits hold the largest numerator settlement forms (R2 bounds the inputs so that it fits). __extension__
// keeps -Wpedantic quiet about the GCC/Clang builtin.
__extension__ using Int128 = __int128;

inline constexpr std::int64_t kMillion = 1'000'000;

// num / den rounded to the nearest integer, ties to the even neighbour. den must be positive.
[[nodiscard]] constexpr std::int64_t roundHalfEven(Int128 num, Int128 den)
{
    Int128 q = num / den; // truncates toward zero
    Int128 r = num % den; // same sign as num
    if (r < 0) {          // floor division, so that 0 <= r < den
        q -= 1;
        r += den;
    }
    const Int128 twice = 2 * r;
    if (twice > den || (twice == den && (q % 2 != 0)))
        q += 1;
    return static_cast<std::int64_t>(q);
}

// A decimal literal ("0.03", "1e-07", "-2.5") as integer millionths, rounded half to even at the sixth
// decimal. nullopt if the text is not a plain decimal or the value does not fit.
[[nodiscard]] std::optional<std::int64_t> decimalToMillionths(std::string_view text);

// The JSON number as the shortest decimal that reads back to the same double (what its author wrote, for any
// literal of up to 15 significant digits), then as millionths like decimalToMillionths.
[[nodiscard]] std::optional<std::int64_t> doubleToMillionths(double value);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
