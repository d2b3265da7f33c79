#include "homebattery.h"

#include <algorithm>

namespace commonwatt::simulator {

HomeBattery::HomeBattery(Parameters parameters, double initialSoc)
    : m_parameters(parameters)
    , m_stored(parameters.capacity * std::clamp(initialSoc, parameters.minSoc, parameters.maxSoc))
{}

HomeBattery::Flow HomeBattery::follow(Kilowatts surplus, Kilowatts deficit,
                                      std::chrono::duration<double> interval)
{
    Flow flow;
    const double hours = std::chrono::duration_cast<Hours>(interval).count();
    if (hours <= 0.0 || m_parameters.capacity.value() <= 0.0)
        return flow;
    const KilowattHours ceiling = m_parameters.capacity * m_parameters.maxSoc;
    const KilowattHours floor = m_parameters.capacity * m_parameters.minSoc;

    if (surplus > Kilowatts(0.0)) {
        // Power that would fill the battery exactly to its ceiling within this interval.
        const Kilowatts room((ceiling - m_stored).value() / (m_parameters.chargeEfficiency * hours));
        flow.charge = std::max(Kilowatts(0.0), std::min({surplus, m_parameters.maxPower, room}));
        if (flow.charge == room)
            m_stored = ceiling;
        else
            m_stored += flow.charge * interval * m_parameters.chargeEfficiency;
    } else if (deficit > Kilowatts(0.0)) {
        const Kilowatts available((m_stored - floor).value() * m_parameters.dischargeEfficiency / hours);
        flow.discharge = std::max(Kilowatts(0.0), std::min({deficit, m_parameters.maxPower, available}));
        if (flow.discharge == available)
            m_stored = floor;
        else
            m_stored -= flow.discharge * interval / m_parameters.dischargeEfficiency;
    }
    return flow;
}

} // namespace commonwatt::simulator
