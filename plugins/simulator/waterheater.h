// An electric storage water heater: a fully mixed tank with a thermostat-switched element, standing losses
// to the room, and seeded hot-water draws (showers, kitchen) that let cold water in. Instead of its
// thermostat, the element can follow a setpoint, within the tank's safety limits.
#pragma once

#include "domain/units.h"
#include "localcalendar.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace commonwatt::simulator {

struct HotWaterDraw
{
    double startSecond = 0.0; // local wall-clock time
    double durationSeconds = 0.0;
    double litresPerMinute = 0.0; // of tank water; the tap mixes in cold water on top of it
};

[[nodiscard]] std::vector<HotWaterDraw> planHotWater(std::uint64_t seed, const DateInfo &date);
// Mean tank-water flow over the local interval [from, to), litres per minute.
[[nodiscard]] double drawFlow(const std::vector<HotWaterDraw> &draws, double from, double to);

class WaterHeater
{
public:
    struct Parameters
    {
        double litres = 200.0;
        Kilowatts element{3.0};
        double switchOnBelowC = 52.0;
        double switchOffAtC = 60.0; // also the most a setpoint heats it to
        // On a setpoint, the element still heats at full power below safetyOnBelowC, up to safetyOffAtC.
        double safetyOnBelowC = 45.0;
        double safetyOffAtC = 50.0;
        double lossWattsPerKelvin = 1.8; // about 1.7 kWh a day at 60 degC in a 20 degC room
        double roomC = 18.0;
    };

    explicit WaterHeater(Parameters parameters, double initialC = 56.0);

    // Runs the tank for `seconds` with a constant draw and returns the element's mean power over the
    // interval. Without a setpoint, the thermostat switches the element exactly when it would. With one, the
    // element heats at that power (clamped to [0, element]) but never above switchOffAtC, where it draws
    // only what keeps the tank there, and at full power from below safetyOnBelowC up to safetyOffAtC.
    [[nodiscard]] Kilowatts advance(double seconds, double drawLitresPerMinute, double inletC,
                                    std::optional<Kilowatts> setpoint = std::nullopt);

    [[nodiscard]] double temperatureC() const { return m_temperatureC; }
    // The thermostat's element state (on a setpoint, the thermostat is off).
    [[nodiscard]] bool heating() const { return m_heating; }
    // Heat that brings the tank from its temperature now to `targetC`; 0 if it is that warm already.
    [[nodiscard]] KilowattHours heatToReach(double targetC) const;
    // The tank's standing loss at a temperature.
    [[nodiscard]] Kilowatts standingLoss(double atC) const;
    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }

private:
    [[nodiscard]] Kilowatts followThermostat(double seconds, double drawLitresPerMinute, double inletC);
    [[nodiscard]] Kilowatts followSetpoint(double seconds, double drawLitresPerMinute, double inletC,
                                           Kilowatts setpoint);

    Parameters m_parameters;
    double m_temperatureC;
    bool m_heating = false;       // the thermostat's element
    bool m_onSetpoint = false;    // following a setpoint rather than the thermostat
    bool m_safetyHeating = false; // on a setpoint, heating back up from below safetyOnBelowC
};

} // namespace commonwatt::simulator
