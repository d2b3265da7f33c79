#include "currency/exact.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace commonwatt::currency {

std::optional<std::int64_t> decimalToMillionths(std::string_view text)
{
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    // Collect all significant digits and where the decimal point sits among them.
    std::string digits;
    int pointPosition = -1;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        const char c = text[i];
        if (c == '.') {
            if (pointPosition >= 0)
                return std::nullopt;
            pointPosition = static_cast<int>(digits.size());
        } else if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else {
            return std::nullopt;
        }
    }
    if (digits.empty() || digits.size() > 40)
        return std::nullopt;
    if (pointPosition < 0)
        pointPosition = static_cast<int>(digits.size());
    int exponent = 0;
    if (i < text.size()) {
        const auto *begin = text.data() + i + 1;
        const auto *end = text.data() + text.size();
        if (begin < end && *begin == '+')
            ++begin;
        const auto [ptr, ec] = std::from_chars(begin, end, exponent);
        if (ec != std::errc() || ptr != end || exponent > 40 || exponent < -40)
            return std::nullopt;
    }
    // value = 0.digits * 10^(pointPosition + exponent); scaled by 10^6, the first `intDigits` digits are the
    // integer part and the rest is the fraction to round away.
    const int intDigits = pointPosition + exponent + 6;
    Int128 integer = 0;
    for (int k = 0; k < intDigits; ++k) {
        const int digit = k < static_cast<int>(digits.size()) ? digits[static_cast<std::size_t>(k)] - '0' : 0;
        integer = integer * 10 + digit;
        if (integer > Int128(INT64_MAX) / 2)
            return std::nullopt;
    }
    // Compare the dropped fraction with one half: first dropped digit, then whether anything follows it.
    const int first = intDigits < 0 ? -1 : intDigits;
    int firstDropped = 0;
    bool restNonZero = false;
    for (int k = std::max(first, 0); k < static_cast<int>(digits.size()); ++k) {
        const int digit = digits[static_cast<std::size_t>(k)] - '0';
        if (k == first)
            firstDropped = digit;
        else if (digit != 0)
            restNonZero = true;
    }
    if (first < 0) {
        // Every digit lies below the first dropped position: the value is under one half of a millionth.
        firstDropped = 0;
    }
    if (firstDropped > 5 || (firstDropped == 5 && (restNonZero || integer % 2 != 0)))
        integer += 1;
    const auto magnitude = static_cast<std::int64_t>(integer);
    return negative ? -magnitude : magnitude;
}

std::optional<std::int64_t> doubleToMillionths(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    std::array<char, 64> buffer{};
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec != std::errc())
        return std::nullopt;
    return decimalToMillionths(
        std::string_view(buffer.data(), static_cast<std::size_t>(ptr - buffer.data())));
}

} // namespace commonwatt::currency
