// An electric storage water heater: a fully mixed tank with a thermostat-switched element, standing losses
// to the room, and seeded hot-water draws (showers, kitchen) that let cold water in.
#pragma once

#include "domain/units.h"
#include "localcalendar.h"

#include <cstdint>
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
        double switchOffAtC = 60.0;
        double lossWattsPerKelvin = 1.8; // about 1.7 kWh a day at 60 degC in a 20 degC room
        double roomC = 18.0;
    };

    explicit WaterHeater(Parameters parameters, double initialC = 56.0);

    // Runs the tank for `seconds` with a constant draw, switching the element exactly when the thermostat
    // would; returns the element's mean power over the interval.
    [[nodiscard]] Kilowatts advance(double seconds, double drawLitresPerMinute, double inletC);

    [[nodiscard]] double temperatureC() const { return m_temperatureC; }
    [[nodiscard]] bool heating() const { return m_heating; }
    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }

private:
    Parameters m_parameters;
    double m_temperatureC;
    bool m_heating = false;
};

} // namespace commonwatt::simulator
