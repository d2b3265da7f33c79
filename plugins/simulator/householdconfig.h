// What the simulated household looks like: where it is, what it owns, and the seed that picks its days.
#pragma once

#include "domain/units.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>

namespace commonwatt::simulator {

struct HouseholdConfig
{
    std::uint64_t seed = 1;
    double latitudeDeg = 52.1;
    double longitudeDeg = 5.1;
    QTimeZone timeZone{QByteArrayLiteral("Europe/Amsterdam")};
    Kilowatts pvPeak{6.0};
    double panelTiltDeg = 35.0;
    std::optional<double> panelAzimuthDeg; // from north, clockwise; by default facing the equator
    KilowattHours batteryCapacity{10.0};   // 0: the household has no battery
    KilowattHours evCapacity{60.0};        // 0: the household has no car
    Kilowatts evCharger{7.4};
    std::chrono::seconds sampleInterval{5};
    bool gridSignals = true; // the region's carbon intensity, grid need and events as a `grid-signals` device

    [[nodiscard]] bool hasBattery() const { return batteryCapacity.value() > 0.0; }
    [[nodiscard]] bool hasEv() const { return evCapacity.value() > 0.0; }
    // Home batteries are sold at about half their capacity per hour (0.5 C): 10 kWh gives 5 kW.
    [[nodiscard]] Kilowatts batteryPower() const
    {
        return Kilowatts(std::min(batteryCapacity.value() * 0.5, 10.0));
    }
    [[nodiscard]] double panelAzimuth() const
    {
        return panelAzimuthDeg.value_or(latitudeDeg >= 0.0 ? 180.0 : 0.0);
    }
};

// Reads the plugin's settings. Every field is optional; an unknown field, a value of the wrong type or out
// of range gives std::nullopt and an error naming the field and what it accepts.
[[nodiscard]] std::optional<HouseholdConfig> configFromSettings(const QJsonObject &settings, QString *error);

} // namespace commonwatt::simulator
