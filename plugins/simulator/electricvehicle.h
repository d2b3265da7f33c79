// The household's electric car: seeded commutes on weekdays and some shorter trips at weekends; at home it is
// plugged in and, by itself, charges at the charger's full power until it reaches its target, then stops. A
// setpoint charges it at that power instead (0 pauses it), up to a full battery.
#pragma once

#include "domain/units.h"
#include "localcalendar.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace commonwatt::simulator {

struct EvTrip
{
    double departSecond = 0.0; // local wall-clock time
    double returnSecond = 0.0;
    KilowattHours energy; // taken from the car's battery by driving
};

// The day's trip, if any. Trips start and end between 06:00 and 20:00, so none crosses midnight.
[[nodiscard]] std::optional<EvTrip> planEvTrip(std::uint64_t seed, const DateInfo &date);

class ElectricVehicle
{
public:
    struct Parameters
    {
        KilowattHours capacity{60.0};
        Kilowatts charger{7.4};
        Kilowatts minCharge{1.4}; // the charger's least power (6 A), 0 aside
        double targetSoc = 0.80;
        double chargeEfficiency = 0.92; // stored per kWh drawn from the charger
        double minimumSoc = 0.05;       // a trip never drives it flatter than this
    };

    explicit ElectricVehicle(Parameters parameters);

    // The least charging power of a charger of that rating: 6 A on one phase up to 7.4 kW, on three above.
    [[nodiscard]] static Kilowatts minimumChargeOf(Kilowatts charger);

    // Advances over the local interval [from, to) of a day with that day's trip; returns the mean charging
    // power. A car that leaves or is away at the interval's end does not charge in it, so power is zero
    // whenever it is reported unplugged. Without a setpoint it charges at full power up to its target; with
    // one (see setpointPower) at that power up to a full battery.
    [[nodiscard]] Kilowatts advance(const std::optional<EvTrip> &trip, double from, double to,
                                    std::optional<Kilowatts> setpoint = std::nullopt);
    // What the charger makes of a requested power: 0 (or less) pauses, anything else is clamped to
    // [minCharge, charger].
    [[nodiscard]] Kilowatts setpointPower(Kilowatts requested) const;

    [[nodiscard]] bool plugged() const { return m_plugged; }
    [[nodiscard]] double socPercent() const { return 100.0 * (m_stored / m_parameters.capacity); }
    [[nodiscard]] KilowattHours stored() const { return m_stored; }
    [[nodiscard]] KilowattHours target() const { return m_parameters.capacity * m_parameters.targetSoc; }
    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }

private:
    Parameters m_parameters;
    KilowattHours m_stored;
    bool m_plugged = true;
};

} // namespace commonwatt::simulator
