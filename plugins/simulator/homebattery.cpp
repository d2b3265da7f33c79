#include "homebattery.h"

#include <algorithm>

namespace commonwatt::simulator {

HomeBattery::HomeBattery(Parameters parameters, double initialSoc)
    : m_parameters(parameters)
    , m_stored(parameters.capacity * std::clamp(initialSoc, parameters.minSoc, parameters.maxSoc))
{}

Kilowatts HomeBattery::charge(Kilowatts wanted, std::chrono::duration<double> interval)
{
    const double hours = std::chrono::duration_cast<Hours>(interval).count();
    // Power that would fill the battery exactly to its ceiling within this interval.
    const Kilowatts room((maxStored() - m_stored).value() / (m_parameters.chargeEfficiency * hours));
    const Kilowatts power = std::max(Kilowatts(0.0), std::min({wanted, m_parameters.maxPower, room}));
    if (power == room)
        m_stored = maxStored();
    else
        m_stored += power * interval * m_parameters.chargeEfficiency;
    return power;
}

Kilowatts HomeBattery::discharge(Kilowatts wanted, std::chrono::duration<double> interval)
{
    const double hours = std::chrono::duration_cast<Hours>(interval).count();
    const Kilowatts available((m_stored - minStored()).value() * m_parameters.dischargeEfficiency / hours);
    const Kilowatts power = std::max(Kilowatts(0.0), std::min({wanted, m_parameters.maxPower, available}));
    if (power == available)
        m_stored = minStored();
    else
        m_stored -= power * interval / m_parameters.dischargeEfficiency;
    return power;
}

HomeBattery::Flow HomeBattery::follow(Kilowatts surplus, Kilowatts deficit,
                                      std::chrono::duration<double> interval)
{
    Flow flow;
    if (interval.count() <= 0.0 || m_parameters.capacity.value() <= 0.0)
        return flow;
    if (surplus > Kilowatts(0.0))
        flow.charge = charge(surplus, interval);
    else if (deficit > Kilowatts(0.0))
        flow.discharge = discharge(deficit, interval);
    return flow;
}

HomeBattery::Flow HomeBattery::hold(Kilowatts setpoint, std::chrono::duration<double> interval)
{
    Flow flow;
    if (interval.count() <= 0.0 || m_parameters.capacity.value() <= 0.0)
        return flow;
    if (setpoint > Kilowatts(0.0))
        flow.charge = charge(setpoint, interval);
    else if (setpoint < Kilowatts(0.0))
        flow.discharge = discharge(-setpoint, interval);
    return flow;
}

} // namespace commonwatt::simulator
