// Physical and accounting units as distinct types, so that a power is never added to an energy and credits
// never pass through floating point by accident.
#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers this needs, and has nothing to generate here.
#ifndef Q_MOC_RUN

#include <chrono>
#include <compare>
#include <cstdint>
#include <type_traits>

namespace commonwatt {

template<typename Tag, typename Rep> class Amount
{
public:
    using rep = Rep;

    constexpr Amount() = default;
    constexpr explicit Amount(Rep value)
        : m_value(value)
    {}

    [[nodiscard]] constexpr Rep value() const { return m_value; }

    constexpr Amount &operator+=(Amount other)
    {
        m_value += other.m_value;
        return *this;
    }
    constexpr Amount &operator-=(Amount other)
    {
        m_value -= other.m_value;
        return *this;
    }
    [[nodiscard]] friend constexpr Amount operator+(Amount a, Amount b)
    {
        return Amount(a.m_value + b.m_value);
    }
    [[nodiscard]] friend constexpr Amount operator-(Amount a, Amount b)
    {
        return Amount(a.m_value - b.m_value);
    }
    [[nodiscard]] friend constexpr Amount operator-(Amount a) { return Amount(-a.m_value); }

    // Scaling: floating-point quantities scale by any arithmetic factor, integer ones (credits) only by
    // integers, so that rounding is always an explicit, documented step.
    template<typename S>
    requires(std::is_arithmetic_v<S> && (std::is_floating_point_v<Rep> || std::is_integral_v<S>))
        [[nodiscard]] friend constexpr Amount
        operator*(Amount a, S factor)
    {
        return Amount(static_cast<Rep>(a.m_value * factor));
    }
    template<typename S>
    requires(std::is_arithmetic_v<S> && (std::is_floating_point_v<Rep> || std::is_integral_v<S>))
        [[nodiscard]] friend constexpr Amount
        operator*(S factor, Amount a)
    {
        return a * factor;
    }
    template<typename S>
    requires(std::is_arithmetic_v<S> &&std::is_floating_point_v<Rep>) [[nodiscard]] friend constexpr Amount
    operator/(Amount a, S divisor)
    {
        return Amount(static_cast<Rep>(a.m_value / divisor));
    }
    // The ratio of two like quantities is a plain number.
    [[nodiscard]] friend constexpr double operator/(Amount a, Amount b)
    {
        return static_cast<double>(a.m_value) / static_cast<double>(b.m_value);
    }

    [[nodiscard]] friend constexpr auto operator<=>(Amount a, Amount b) = default;
    [[nodiscard]] friend constexpr bool operator==(Amount a, Amount b) = default;

private:
    Rep m_value{};
};

struct KilowattsTag;
struct KilowattHoursTag;
struct MilliCreditsTag;

using Kilowatts = Amount<KilowattsTag, double>;
using KilowattHours = Amount<KilowattHoursTag, double>;
// Credits are settled in integer milli-credits (currency.md, section 1).
using MilliCredits = Amount<MilliCreditsTag, std::int64_t>;

using Hours = std::chrono::duration<double, std::ratio<3600>>;

template<typename Rep, typename Period>
[[nodiscard]] constexpr KilowattHours operator*(Kilowatts power, std::chrono::duration<Rep, Period> duration)
{
    return KilowattHours(power.value() * std::chrono::duration_cast<Hours>(duration).count());
}
template<typename Rep, typename Period>
[[nodiscard]] constexpr KilowattHours operator*(std::chrono::duration<Rep, Period> duration, Kilowatts power)
{
    return power * duration;
}
template<typename Rep, typename Period>
[[nodiscard]] constexpr Kilowatts operator/(KilowattHours energy, std::chrono::duration<Rep, Period> duration)
{
    return Kilowatts(energy.value() / std::chrono::duration_cast<Hours>(duration).count());
}

namespace literals {
[[nodiscard]] constexpr Kilowatts operator""_kW(long double v)
{
    return Kilowatts(static_cast<double>(v));
}
[[nodiscard]] constexpr Kilowatts operator""_kW(unsigned long long v)
{
    return Kilowatts(static_cast<double>(v));
}
[[nodiscard]] constexpr KilowattHours operator""_kWh(long double v)
{
    return KilowattHours(static_cast<double>(v));
}
[[nodiscard]] constexpr KilowattHours operator""_kWh(unsigned long long v)
{
    return KilowattHours(static_cast<double>(v));
}
[[nodiscard]] constexpr MilliCredits operator""_mcr(unsigned long long v)
{
    return MilliCredits(static_cast<std::int64_t>(v));
}
} // namespace literals

} // namespace commonwatt

#endif // Q_MOC_RUN
