// A home battery: by itself under self-consumption control (it charges from PV surplus and discharges to
// cover the house's deficit), or following a setpoint; either way within its power and state-of-charge
// limits, with losses each way.
#pragma once

#include "domain/units.h"

#include <chrono>

namespace commonwatt::simulator {

class HomeBattery
{
public:
    struct Parameters
    {
        KilowattHours capacity{10.0};
        Kilowatts maxPower{5.0};
        double minSoc = 0.10;
        double maxSoc = 0.95;
        double chargeEfficiency = 0.95;    // stored energy per kWh taken from the house
        double dischargeEfficiency = 0.95; // kWh delivered to the house per stored kWh
        double cycleCostPerKwh = 0.02;     // wear per kWh in or out, in the planning objective's units
    };

    struct Flow
    {
        Kilowatts charge;    // AC power into the battery, >= 0
        Kilowatts discharge; // AC power out of the battery, >= 0; never both non-zero
    };

    explicit HomeBattery(Parameters parameters, double initialSoc = 0.5);

    // Follows the household's net demand for one interval: `surplus` is PV power nobody else uses, `deficit`
    // the house load PV does not cover (at most one of them is non-zero).
    [[nodiscard]] Flow follow(Kilowatts surplus, Kilowatts deficit, std::chrono::duration<double> interval);
    // Follows a setpoint for one interval: positive charges, negative discharges, from or into whatever the
    // house and the grid make of it. Clamped to the power limit, and to the power that reaches the SoC limit
    // within the interval.
    [[nodiscard]] Flow hold(Kilowatts setpoint, std::chrono::duration<double> interval);

    [[nodiscard]] KilowattHours stored() const { return m_stored; }
    [[nodiscard]] KilowattHours minStored() const { return m_parameters.capacity * m_parameters.minSoc; }
    [[nodiscard]] KilowattHours maxStored() const { return m_parameters.capacity * m_parameters.maxSoc; }
    [[nodiscard]] double socPercent() const { return 100.0 * (m_stored / m_parameters.capacity); }
    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }

private:
    [[nodiscard]] Kilowatts charge(Kilowatts wanted, std::chrono::duration<double> interval);
    [[nodiscard]] Kilowatts discharge(Kilowatts wanted, std::chrono::duration<double> interval);

    Parameters m_parameters;
    KilowattHours m_stored;
};

} // namespace commonwatt::simulator
