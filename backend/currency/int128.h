// A signed 128-bit integer for MSVC, which has no __int128. The currency engine's exact fractions
// (docs/currency-rules.md, R1) need 128 bits; exact.h selects this class on MSVC and clang-cl, or everywhere
// with COMMONWATT_PORTABLE_INT128 so that GCC and Clang builds test it.
#pragma once

#ifndef Q_MOC_RUN

#include <cstdint>
#include <type_traits>
#if __has_include(<version>)
#include <version>
#endif
#if defined(__cpp_lib_bitops)
#include <bit>
#endif

// MSVC's 64 x 64 -> 128-bit multiply intrinsics. clang-cl takes the portable path, which it compiles well.
#if defined(_MSC_VER) && !defined(__clang__) && (defined(_M_X64) || defined(_M_ARM64))
#include <intrin.h>
#define COMMONWATT_WIDEINT_MSVC_MULTIPLY 1
#endif

namespace commonwatt::currency {

// Two's complement in two 64-bit halves, with the builtin's semantics: implicit construction from any integer
// type, division truncating toward zero, the remainder taking the dividend's sign, explicit truncating
// conversion back to integer types. Overflow wraps modulo 2^128 like unsigned arithmetic (the builtin's
// signed overflow is undefined; R2 bounds every input so that settlement never overflows either way).
// Division by zero is undefined, as for the builtin.
class WideInt
{
public:
    constexpr WideInt() noexcept = default;

    // Implicit, so that `Int128 x = 0;`, `Int128(wh) * kMillion` and `2 * x` read as with the builtin.
    template<typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    constexpr WideInt(T value) noexcept // NOLINT(google-explicit-constructor)
        : m_low(static_cast<std::uint64_t>(value))
    {
        // The conversion to uint64 above is modular, so only the sign extension is left to do.
        if constexpr (std::is_signed_v<T>) {
            if (value < 0)
                m_high = ~std::uint64_t{0};
        }
    }

    [[nodiscard]] static constexpr WideInt fromHalves(std::uint64_t highHalf, std::uint64_t lowHalf) noexcept
    {
        WideInt out;
        out.m_high = highHalf;
        out.m_low = lowHalf;
        return out;
    }
    [[nodiscard]] constexpr std::uint64_t high() const noexcept { return m_high; }
    [[nodiscard]] constexpr std::uint64_t low() const noexcept { return m_low; }

    // Truncating, like static_cast from the builtin: the low bits, reinterpreted in the target type.
    template<typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    constexpr explicit operator T() const noexcept
    {
        if constexpr (std::is_same_v<T, bool>)
            return (m_high | m_low) != 0;
        else
            return static_cast<T>(m_low);
    }

    // Rounded to nearest, ties to even, like the builtin's conversion (the time advice's weights use it).
    constexpr explicit operator double() const noexcept
    {
        const WideInt m = magnitude();
        double value = 0;
        if (m.m_high == 0) {
            value = static_cast<double>(m.m_low);
        } else {
            // The top 64 bits, with any dropped bit folded into the lowest one: far below a double's 53, it
            // still tells an exact tie from a value above it, so that converting `top` rounds once,
            // correctly.
            const int shift = 64 - countLeadingZeros64(m.m_high); // 1 .. 64
            const std::uint64_t top =
                shift == 64 ? m.m_high : (m.m_high << (64 - shift)) | (m.m_low >> shift);
            const std::uint64_t dropped = shift == 64 ? m.m_low : m.m_low << (64 - shift);
            const double scale = shift == 64 ? 18446744073709551616.0 // 2^64
                                             : static_cast<double>(std::uint64_t{1} << shift);
            value = static_cast<double>(top | (dropped != 0 ? 1 : 0)) * scale; // times a power of two: exact
        }
        return isNegative() ? -value : value;
    }

    friend constexpr WideInt operator+(WideInt a, WideInt b) noexcept
    {
        const std::uint64_t low = a.m_low + b.m_low;
        const std::uint64_t carry = low < a.m_low ? 1 : 0;
        return fromHalves(a.m_high + b.m_high + carry, low);
    }
    friend constexpr WideInt operator-(WideInt a, WideInt b) noexcept
    {
        const std::uint64_t borrow = a.m_low < b.m_low ? 1 : 0;
        return fromHalves(a.m_high - b.m_high - borrow, a.m_low - b.m_low);
    }
    friend constexpr WideInt operator-(WideInt a) noexcept { return WideInt() - a; }
    friend constexpr WideInt operator+(WideInt a) noexcept { return a; }

    friend constexpr WideInt operator*(WideInt a, WideInt b) noexcept
    {
        // (ah 2^64 + al)(bh 2^64 + bl) mod 2^128: the cross terms only reach the high half, so their own high
        // halves fall off.
        const WideInt lowProduct = multiply64(a.m_low, b.m_low);
        return fromHalves(lowProduct.m_high + a.m_low * b.m_high + a.m_high * b.m_low, lowProduct.m_low);
    }
    friend constexpr WideInt operator/(WideInt a, WideInt b) noexcept
    {
        const bool negative = a.isNegative() != b.isNegative();
        WideInt rest = a.magnitude();
        const WideInt q = divideMagnitudes(rest, b.magnitude());
        return negative ? -q : q;
    }
    friend constexpr WideInt operator%(WideInt a, WideInt b) noexcept
    {
        WideInt r = a.magnitude();
        divideMagnitudes(r, b.magnitude());
        return a.isNegative() ? -r : r;
    }

    constexpr WideInt &operator+=(WideInt other) noexcept { return *this = *this + other; }
    constexpr WideInt &operator-=(WideInt other) noexcept { return *this = *this - other; }
    constexpr WideInt &operator*=(WideInt other) noexcept { return *this = *this * other; }
    constexpr WideInt &operator/=(WideInt other) noexcept { return *this = *this / other; }
    constexpr WideInt &operator%=(WideInt other) noexcept { return *this = *this % other; }

    friend constexpr bool operator==(WideInt a, WideInt b) noexcept
    {
        return a.m_high == b.m_high && a.m_low == b.m_low;
    }
    friend constexpr bool operator!=(WideInt a, WideInt b) noexcept { return !(a == b); }
    friend constexpr bool operator<(WideInt a, WideInt b) noexcept
    {
        // Flipping the sign bit maps the signed order onto the unsigned one.
        return lessUnsigned(a.m_high ^ kSignBit, a.m_low, b.m_high ^ kSignBit, b.m_low);
    }
    friend constexpr bool operator>(WideInt a, WideInt b) noexcept { return b < a; }
    friend constexpr bool operator<=(WideInt a, WideInt b) noexcept { return !(b < a); }
    friend constexpr bool operator>=(WideInt a, WideInt b) noexcept { return !(a < b); }

private:
    static constexpr std::uint64_t kSignBit = std::uint64_t{1} << 63;

    [[nodiscard]] constexpr bool isNegative() const noexcept { return (m_high & kSignBit) != 0; }
    // |x| read as unsigned; the most negative value's magnitude, 2^127, is its own bit pattern.
    [[nodiscard]] constexpr WideInt magnitude() const noexcept { return isNegative() ? -*this : *this; }

    static constexpr bool lessUnsigned(std::uint64_t aHigh, std::uint64_t aLow, std::uint64_t bHigh,
                                       std::uint64_t bLow) noexcept
    {
        return aHigh != bHigh ? aHigh < bHigh : aLow < bLow;
    }

    // The full 128-bit product of two 64-bit halves.
    static constexpr WideInt multiply64(std::uint64_t a, std::uint64_t b) noexcept
    {
#if defined(COMMONWATT_WIDEINT_MSVC_MULTIPLY) && defined(__cpp_lib_is_constant_evaluated)
        // The intrinsics are not constexpr; constant evaluation takes the portable path below.
        if (!std::is_constant_evaluated()) {
#if defined(_M_X64)
            std::uint64_t productHigh = 0;
            const std::uint64_t productLow = _umul128(a, b, &productHigh);
            return fromHalves(productHigh, productLow);
#else
            return fromHalves(__umulh(a, b), a * b);
#endif
        }
#endif
        // Schoolbook on 32-bit limbs: every partial product fits in 64 bits, and so does `middle`, a sum of
        // three values below 2^32.
        constexpr std::uint64_t kLimb = 0xffff'ffffu;
        const std::uint64_t a0 = a & kLimb, a1 = a >> 32;
        const std::uint64_t b0 = b & kLimb, b1 = b >> 32;
        const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
        const std::uint64_t middle = (p00 >> 32) + (p01 & kLimb) + (p10 & kLimb);
        return fromHalves(p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32), (middle << 32) | (p00 & kLimb));
    }

    static constexpr int countLeadingZeros64(std::uint64_t x) noexcept
    {
#if defined(__cpp_lib_bitops)
        return std::countl_zero(x);
#else
        int n = 0;
        for (std::uint64_t bit = kSignBit; bit != 0 && (x & bit) == 0; bit >>= 1)
            ++n;
        return n;
#endif
    }
    [[nodiscard]] constexpr int countLeadingZeros() const noexcept
    {
        return m_high != 0 ? countLeadingZeros64(m_high) : 64 + countLeadingZeros64(m_low);
    }
    [[nodiscard]] constexpr WideInt shiftedLeft(int n) const noexcept // 0 <= n < 128
    {
        if (n == 0)
            return *this;
        if (n >= 64)
            return fromHalves(m_low << (n - 64), 0);
        return fromHalves((m_high << n) | (m_low >> (64 - n)), m_low << n);
    }
    [[nodiscard]] constexpr WideInt shiftedRightByOne() const noexcept // logical
    {
        return fromHalves(m_high >> 1, (m_low >> 1) | (m_high << 63));
    }

    // Unsigned long division of n by d, both read as unsigned 128-bit values: returns the quotient and leaves
    // the remainder in n.
    static constexpr WideInt divideMagnitudes(WideInt &n, WideInt d) noexcept
    {
        // Both within 64 bits (most of settlement's divisions), or a zero divisor, which then traps or is
        // rejected in constant evaluation like the builtin's division by zero.
        if ((n.m_high == 0 && d.m_high == 0) || (d.m_high == 0 && d.m_low == 0)) {
            const std::uint64_t quotient = n.m_low / d.m_low;
            n.m_low %= d.m_low;
            return WideInt(quotient);
        }
        if (lessUnsigned(n.m_high, n.m_low, d.m_high, d.m_low))
            return WideInt();
        // Shift-subtract: align d's top bit with n's, then one quotient bit per step from there down.
        const int shift = d.countLeadingZeros() - n.countLeadingZeros();
        WideInt divisor = d.shiftedLeft(shift);
        WideInt quotient;
        for (int bit = shift; bit >= 0; --bit) {
            if (!lessUnsigned(n.m_high, n.m_low, divisor.m_high, divisor.m_low)) {
                n -= divisor;
                if (bit >= 64)
                    quotient.m_high |= std::uint64_t{1} << (bit - 64);
                else
                    quotient.m_low |= std::uint64_t{1} << bit;
            }
            divisor = divisor.shiftedRightByOne();
        }
        return quotient;
    }

    std::uint64_t m_high = 0;
    std::uint64_t m_low = 0;
};

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
