// The simulated household as a plain, deterministic model: no QObject, no wall clock. Each step covers the
// interval (timestamp - dt, timestamp] and returns every device's mean power over it and its state at the
// end. Everything random is a hash of (seed, local day, purpose), so a seed gives the same days whenever
// the simulation starts. The battery, the car's charging, the appliances' starts and the water heater take
// commands, which act from the next step on.
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

// A power the scheduler asked for, in force until validUntilMs (0: until replaced). It holds for every step
// that starts before validUntilMs; the first step that starts at or after it is the device's own again.
struct Setpoint
{
    Kilowatts power;
    qint64 validUntilMs = 0;
};

class HouseholdSimulator
{
public:
    explicit HouseholdSimulator(HouseholdConfig config);

    // Places the household at startMs before its first step: the appliances take up the loads they hold at
    // that time had they always run by themselves, so that a day is the same whenever the simulation
    // started. The first step does this at its interval's start if nobody did; later calls do nothing.
    void start(qint64 startMs);
    // Advances the household over (timestampMs - dt, timestampMs]. Steps are meant to follow each other
    // without gaps; dt must be positive.
    [[nodiscard]] HouseholdSnapshot step(qint64 timestampMs, std::chrono::seconds dt);

    [[nodiscard]] const HouseholdConfig &config() const { return m_config; }
    // The end of the latest step, or the start: where a command takes effect.
    [[nodiscard]] qint64 nowMs() const { return m_nowMs; }

    // Commands, in force from the next step on. nullopt gives the device back its own behaviour: the
    // battery's self-consumption, the car's charging at full power up to its target, the thermostat.
    // The battery's setpoint is + charge / - discharge; the car's goes through setpointPower(); the water
    // heater's through its safety limits (WaterHeater::advance). Nothing happens for a missing device.
    void setBatterySetpoint(std::optional<Setpoint> setpoint) { m_batterySetpoint = setpoint; }
    void setEvSetpoint(std::optional<Setpoint> setpoint) { m_evSetpoint = setpoint; }
    void setWaterHeaterSetpoint(std::optional<Setpoint> setpoint) { m_waterHeaterSetpoint = setpoint; }
    [[nodiscard]] const std::optional<Setpoint> &batterySetpoint() const { return m_batterySetpoint; }
    [[nodiscard]] const std::optional<Setpoint> &evSetpoint() const { return m_evSetpoint; }
    [[nodiscard]] const std::optional<Setpoint> &waterHeaterSetpoint() const { return m_waterHeaterSetpoint; }
    // Starts a waiting appliance's program now (at nowMs()); false when it holds no load waiting.
    bool startAppliance(Appliance appliance);
    // Holds an appliance's waiting (and next) load from starting on its own until untilMs; 0 ends the hold.
    void holdAppliance(Appliance appliance, qint64 untilMs);

    // The devices' state, for what they tell the scheduler; null for a device the household lacks.
    [[nodiscard]] const HomeBattery *battery() const { return m_battery ? &*m_battery : nullptr; }
    [[nodiscard]] const ElectricVehicle *ev() const { return m_ev ? &*m_ev : nullptr; }
    [[nodiscard]] const ApplianceMachine &appliance(Appliance appliance) const
    {
        return m_appliances[indexOf(appliance)];
    }
    [[nodiscard]] const WaterHeater &waterHeater() const { return m_waterHeater; }
    // When the car next leaves after nowMs(), from its behaviour model: it stands for the departure the user
    // tells the charger. 0 when no trip is planned in the coming week, or there is no car.
    [[nodiscard]] qint64 evDepartureMs();
    // The water heater's window ends at the next morning's first shower after nowMs().
    [[nodiscard]] qint64 hotWaterDueMs();
    // What the element must still put in for the tank to be at its set temperature (the thermostat's
    // switch-off) when the window ends: the heat it lacks now, and the standing loss at that temperature
    // until then. Hot water drawn meanwhile comes on top.
    [[nodiscard]] KilowattHours hotWaterEnergy();

private:
    struct DayPlan
    {
        DateInfo date;
        double winter = 0.0;
        DayWeather weather;
        BaseLoadDay baseLoad;
        std::optional<EvTrip> evTrip;
        std::vector<HotWaterDraw> hotWater;
    };
    [[nodiscard]] DayPlan planDay(qint64 day) const;
    const DayPlan &planFor(qint64 day);
    void queueLoads(qint64 day);

    HouseholdConfig m_config;
    LocalCalendar m_calendar;
    SunTracker m_sun;
    PvArray m_pvArray;
    std::optional<HomeBattery> m_battery;
    std::optional<ElectricVehicle> m_ev;
    WaterHeater m_waterHeater;
    std::array<ApplianceMachine, 3> m_appliances;
    std::optional<DayPlan> m_plan;
    HouseholdSnapshot m_totals; // carries the registers from step to step
    bool m_started = false;
    qint64 m_nowMs = 0;
    qint64 m_loadsQueuedThroughDay = 0; // the last local day whose appliance loads are queued
    std::optional<Setpoint> m_batterySetpoint;
    std::optional<Setpoint> m_evSetpoint;
    std::optional<Setpoint> m_waterHeaterSetpoint;
    qint64 m_evDepartureMs = 0; // cached until it passes
    qint64 m_evDepartureCheckedDay = 0;
    qint64 m_hotWaterDueMs = 0; // cached until it passes
};

} // namespace commonwatt::simulator
