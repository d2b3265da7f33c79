// Exact integer arithmetic shared by the currency engine. Settlement never uses floating point
// (docs/currency-rules.md, R1): every credit is an exact fraction of integers, rounded once.
#pragma once

#ifndef Q_MOC_RUN

#include "currency/int128.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace commonwatt::currency {

// 128 bits hold the largest numerator settlement forms (R2 bounds the inputs so that it fits). GCC and Clang
// have a builtin (__extension__ keeps -Wpedantic quiet about it). MSVC has none, and clang-cl's needs
// division helpers that the MSVC runtime lacks, so both use WideInt; COMMONWATT_PORTABLE_INT128 selects it
// everywhere, so that it is built and tested where the builtin exists.
#if defined(__SIZEOF_INT128__) && !defined(_MSC_VER) && !defined(COMMONWATT_PORTABLE_INT128)
__extension__ using Int128 = __int128;
#else
using Int128 = WideInt;
#endif

inline constexpr std::int64_t kMillion = 1'000'000;

namespace detail {
// roundHalfEven for either 128-bit type, so that a test can compute it with both.
template<typename Wide> [[nodiscard]] constexpr std::int64_t roundHalfEven(Wide num, Wide den)
{
    Wide q = num / den; // truncates toward zero
    Wide r = num % den; // same sign as num
    if (r < 0) {        // floor division, so that 0 <= r < den
        q -= 1;
        r += den;
    }
    const Wide twice = 2 * r;
    if (twice > den || (twice == den && (q % 2 != 0)))
        q += 1;
    return static_cast<std::int64_t>(q);
}
} // namespace detail

// num / den rounded to the nearest integer, ties to the even neighbour. den must be positive.
[[nodiscard]] constexpr std::int64_t roundHalfEven(Int128 num, Int128 den)
{
    return detail::roundHalfEven<Int128>(num, den);
}

// A decimal literal ("0.03", "1e-07", "-2.5") as integer millionths, rounded half to even at the sixth
// decimal. nullopt if the text is not a plain decimal or the value does not fit.
[[nodiscard]] std::optional<std::int64_t> decimalToMillionths(std::string_view text);

// The JSON number as the shortest decimal that reads back to the same double (what its author wrote, for any
// literal of up to 15 significant digits), then as millionths like decimalToMillionths.
[[nodiscard]] std::optional<std::int64_t> doubleToMillionths(double value);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
