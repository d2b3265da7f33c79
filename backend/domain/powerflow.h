// The household's instantaneous power flow, derived from the latest reading of each device.
#pragma once

#include "domain/units.h"

#include <commonwatt/device.h>

#include <QHash>
#include <QString>

#include <optional>

namespace commonwatt {

// Sign conventions: grid positive = import; battery positive = charging; PV and EV never negative here.
struct PowerFlow
{
    Kilowatts pv;
    Kilowatts grid;
    Kilowatts battery;
    Kilowatts ev;
    Kilowatts house; // everything else the home uses: the balance of the others
    std::optional<double> batterySocPercent;
    std::optional<double> evSocPercent;
    bool evPlugged = false;
    qint64 timestampMs = -1; // newest reading that contributed; -1 before any
};

// Keeps the latest value of every device channel and derives the power flow from them. The house load is
// the balance (pv + grid - battery - ev), so that it also includes consumers that have no meter of their own.
class PowerFlowTracker
{
public:
    void observe(const Device &device, const DeviceReading &reading);
    // Drops what a device that left the household (an instance the installer stopped) last reported.
    void forget(const QString &deviceId);
    [[nodiscard]] PowerFlow current() const;

private:
    struct Latest
    {
        double value = 0.0;
        qint64 timestampMs = -1;
    };
    // Latest value per device id, summed over devices of a kind (two PV inverters, two batteries).
    static double sum(const QHash<QString, Latest> &values);
    QHash<QString, Latest> m_pv, m_grid, m_battery, m_ev, m_batterySoc, m_evSoc, m_evPlugged;
    qint64 m_newest = -1;
};

} // namespace commonwatt
