#include "domain/powerflow.h"

#include <algorithm>

namespace commonwatt {

void PowerFlowTracker::forget(const QString &deviceId)
{
    for (QHash<QString, Latest> *values :
         {&m_pv, &m_grid, &m_battery, &m_ev, &m_batterySoc, &m_evSoc, &m_evPlugged})
        values->remove(deviceId);
}

void PowerFlowTracker::observe(const Device &device, const DeviceReading &reading)
{
    if (reading.channel < 0 || reading.channel >= device.channels().size())
        return;
    const ChannelSpec &spec = device.channels()[reading.channel];
    QHash<QString, Latest> *target = nullptr;
    switch (device.kind()) {
    case DeviceKind::Meter:
        if (spec.quantity == Quantity::Power)
            target = &m_grid;
        break;
    case DeviceKind::PvInverter:
        if (spec.quantity == Quantity::Power)
            target = &m_pv;
        break;
    case DeviceKind::Battery:
        if (spec.quantity == Quantity::Power)
            target = &m_battery;
        else if (spec.quantity == Quantity::StateOfCharge)
            target = &m_batterySoc;
        break;
    case DeviceKind::EvCharger:
        if (spec.quantity == Quantity::Power)
            target = &m_ev;
        else if (spec.quantity == Quantity::StateOfCharge)
            target = &m_evSoc;
        else if (spec.quantity == Quantity::Flag)
            target = &m_evPlugged;
        break;
    case DeviceKind::Appliance:
    case DeviceKind::ThermalLoad:
    case DeviceKind::GridSignal:
        break; // part of the house load, which is derived as the balance
    }
    if (!target)
        return;
    Latest &latest = (*target)[device.id()];
    if (reading.timestampMs < latest.timestampMs)
        return; // a late reading never overwrites a newer one
    latest = {reading.value, reading.timestampMs};
    m_newest = std::max(m_newest, reading.timestampMs);
}

double PowerFlowTracker::sum(const QHash<QString, Latest> &values)
{
    double total = 0.0;
    for (const Latest &latest : values)
        total += latest.value;
    return total;
}

PowerFlow PowerFlowTracker::current() const
{
    PowerFlow flow;
    flow.pv = Kilowatts(std::max(0.0, sum(m_pv)));
    flow.grid = Kilowatts(sum(m_grid));
    flow.battery = Kilowatts(sum(m_battery));
    flow.ev = Kilowatts(std::max(0.0, sum(m_ev)));
    // Small negative balances are measurement skew between devices, not a generator in the house.
    flow.house = Kilowatts(std::max(0.0, (flow.pv + flow.grid - flow.battery - flow.ev).value()));
    if (!m_batterySoc.isEmpty()) {
        // Several batteries: the mean of their SoC; capacities are not known at this level.
        flow.batterySocPercent = sum(m_batterySoc) / static_cast<double>(m_batterySoc.size());
    }
    if (!m_evSoc.isEmpty())
        flow.evSocPercent = sum(m_evSoc) / static_cast<double>(m_evSoc.size());
    flow.evPlugged = std::any_of(m_evPlugged.cbegin(), m_evPlugged.cend(),
                                 [](const Latest &latest) { return latest.value >= 0.5; });
    flow.timestampMs = m_newest;
    return flow;
}

} // namespace commonwatt
