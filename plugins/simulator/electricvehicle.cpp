#include "electricvehicle.h"

#include "seededrandom.h"

#include <algorithm>

namespace commonwatt::simulator {

namespace {
constexpr double hour = 3600.0;
} // namespace

std::optional<EvTrip> planEvTrip(std::uint64_t seed, const DateInfo &date)
{
    DayRandom random(seed, date.day, Purpose::Ev);
    EvTrip trip;
    if (!date.isWeekend()) {
        // A commute: most weekdays, except the odd day working from home.
        if (random.chance(0.08))
            return std::nullopt;
        trip.departSecond = random.normal(7.5, 0.2) * hour;
        trip.returnSecond = random.uniform(17.5, 18.5) * hour;
        trip.energy = KilowattHours(random.uniform(8.0, 20.0));
        return trip;
    }
    // At weekends a shorter trip around midday on some days: shopping, visits, sport.
    if (!random.chance(0.55))
        return std::nullopt;
    trip.departSecond = random.uniform(9.5, 13.5) * hour;
    trip.returnSecond = trip.departSecond + random.uniform(1.5, 5.0) * hour;
    trip.energy = KilowattHours(random.uniform(3.0, 10.0));
    return trip;
}

ElectricVehicle::ElectricVehicle(Parameters parameters)
    : m_parameters(parameters)
    , m_stored(parameters.capacity * parameters.targetSoc)
{}

Kilowatts ElectricVehicle::minimumChargeOf(Kilowatts charger)
{
    return std::min(charger, charger <= Kilowatts(7.4) ? Kilowatts(1.4) : Kilowatts(4.1));
}

Kilowatts ElectricVehicle::setpointPower(Kilowatts requested) const
{
    if (requested <= Kilowatts(0.0))
        return Kilowatts(0.0);
    return std::clamp(requested, m_parameters.minCharge, m_parameters.charger);
}

Kilowatts ElectricVehicle::advance(const std::optional<EvTrip> &trip, double from, double to,
                                   std::optional<Kilowatts> setpoint)
{
    const double seconds = to - from;
    if (seconds <= 0.0)
        return Kilowatts(0.0);
    double awaySeconds = 0.0;
    bool awayAtEnd = false;
    if (trip) {
        awaySeconds = overlapSeconds(from, to, trip->departSecond, trip->returnSecond);
        awayAtEnd = to > trip->departSecond && to <= trip->returnSecond;
        // Driving drains the battery evenly over the trip.
        const double tripSeconds = trip->returnSecond - trip->departSecond;
        if (awaySeconds > 0.0 && tripSeconds > 0.0) {
            const KilowattHours driven = trip->energy * (awaySeconds / tripSeconds);
            m_stored = std::max(m_stored - driven, m_parameters.capacity * m_parameters.minimumSoc);
        }
    }
    m_plugged = !awayAtEnd;
    if (!m_plugged)
        return Kilowatts(0.0);

    const Kilowatts power = setpoint ? setpointPower(*setpoint) : m_parameters.charger;
    const KilowattHours limit = setpoint ? m_parameters.capacity : target();
    if (power <= Kilowatts(0.0) || m_stored >= limit)
        return Kilowatts(0.0);
    // Charges at that power while home, and exactly up to the limit in the interval that reaches it.
    const double homeHours = (seconds - awaySeconds) / hour;
    const KilowattHours drawn =
        std::min(power * Hours(homeHours), (limit - m_stored) / m_parameters.chargeEfficiency);
    if (m_stored + drawn * m_parameters.chargeEfficiency >= limit)
        m_stored = limit;
    else
        m_stored += drawn * m_parameters.chargeEfficiency;
    return Kilowatts(drawn.value() * hour / seconds);
}

} // namespace commonwatt::simulator
