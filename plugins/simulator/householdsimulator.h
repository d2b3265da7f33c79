// The simulated household as a plain, deterministic model: no QObject, no wall clock. Each step covers the
// interval (timestamp - dt, timestamp] and returns every device's mean power over it and its state at the
// end. Everything random is a hash of (seed, local day, purpose), so a seed gives the same days whenever
// the simulation starts.
#pragma once

#include "appliances.h"
#include "baseload.h"
#include "domain/units.h"
#include "electricvehicle.h"
#include "homebattery.h"
#include "householdconfig.h"
#include "localcalendar.h"
#include "solar.h"
#include "waterheater.h"
#include "weather.h"

#include <array>
#include <chrono>
#include <optional>
#include <vector>

namespace commonwatt::simulator {

struct HouseholdSnapshot
{
    qint64 timestampMs = 0; // end of the interval
    std::chrono::seconds interval{0};

    // Mean powers over the interval, all >= 0.
    Kilowatts pv;
    Kilowatts baseLoad;
    std::array<Kilowatts, 3> appliances; // indexed by indexOf(Appliance)
    Kilowatts waterHeater;
    Kilowatts evCharge;
    Kilowatts batteryCharge;
    Kilowatts batteryDischarge;
    Kilowatts gridImport;
    Kilowatts gridExport;

    // Whether each machine's program ran during any part of the interval (so power > 0 exactly then).
    std::array<bool, 3> applianceRunning{};
    // State at the end of the interval.
    double batterySocPercent = 0.0;
    double evSocPercent = 0.0;
    bool evPlugged = false;
    double waterTemperatureC = 0.0;
    double sunElevationDeg = 0.0; // at the middle of the interval
    double cloudCover = 0.0;

    // Cumulative registers since the model was created.
    KilowattHours pvEnergy;
    KilowattHours importEnergy;
    KilowattHours exportEnergy;
    KilowattHours batteryChargeEnergy;
    KilowattHours batteryDischargeEnergy;
    KilowattHours evEnergy;

    // Grid power as a meter shows it: positive import, negative export.
    [[nodiscard]] Kilowatts grid() const { return gridImport - gridExport; }
    // Battery power as the battery reports it: positive charging, negative discharging.
    [[nodiscard]] Kilowatts battery() const { return batteryCharge - batteryDischarge; }
    [[nodiscard]] Kilowatts appliancesTotal() const { return appliances[0] + appliances[1] + appliances[2]; }
    // Everything that consumes: what PV, the grid and the battery supply between them.
    [[nodiscard]] Kilowatts consumption() const
    {
        return baseLoad + appliancesTotal() + waterHeater + evCharge + batteryCharge;
    }
    [[nodiscard]] Kilowatts supply() const { return pv + gridImport - gridExport + batteryDischarge; }
};

class HouseholdSimulator
{
public:
    explicit HouseholdSimulator(HouseholdConfig config);

    // Advances the household over (timestampMs - dt, timestampMs]. Steps are meant to follow each other
    // without gaps; dt must be positive.
    [[nodiscard]] HouseholdSnapshot step(qint64 timestampMs, std::chrono::seconds dt);

    [[nodiscard]] const HouseholdConfig &config() const { return m_config; }

private:
    struct DayPlan
    {
        DateInfo date;
        double winter = 0.0;
        DayWeather weather;
        BaseLoadDay baseLoad;
        std::vector<ApplianceRun> appliances;
        std::optional<EvTrip> evTrip;
        std::vector<HotWaterDraw> hotWater;
    };
    [[nodiscard]] DayPlan planDay(qint64 day) const;
    const DayPlan &planFor(qint64 day);

    HouseholdConfig m_config;
    LocalCalendar m_calendar;
    SunTracker m_sun;
    PvArray m_pvArray;
    std::optional<HomeBattery> m_battery;
    std::optional<ElectricVehicle> m_ev;
    WaterHeater m_waterHeater;
    std::optional<DayPlan> m_plan;
    HouseholdSnapshot m_totals; // carries the registers from step to step
};

} // namespace commonwatt::simulator
