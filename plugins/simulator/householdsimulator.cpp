#include "householdsimulator.h"

#include <algorithm>
#include <utility>

namespace commonwatt::simulator {

HouseholdSimulator::HouseholdSimulator(HouseholdConfig config)
    : m_config(std::move(config))
    , m_calendar(m_config.timeZone)
    , m_sun(m_config.latitudeDeg, m_config.longitudeDeg)
    , m_pvArray(m_config.pvPeak, m_config.panelTiltDeg, m_config.panelAzimuth())
    , m_waterHeater(WaterHeater::Parameters{})
{
    if (m_config.hasBattery()) {
        HomeBattery::Parameters battery;
        battery.capacity = m_config.batteryCapacity;
        battery.maxPower = m_config.batteryPower();
        m_battery.emplace(battery);
    }
    if (m_config.hasEv()) {
        ElectricVehicle::Parameters ev;
        ev.capacity = m_config.evCapacity;
        ev.charger = m_config.evCharger;
        m_ev.emplace(ev);
    }
}

HouseholdSimulator::DayPlan HouseholdSimulator::planDay(qint64 day) const
{
    DayPlan plan;
    plan.date = DateInfo::of(day);
    plan.winter = winterness(plan.date, m_config.latitudeDeg);
    plan.weather = dayWeather(m_config.seed, plan.date, plan.winter);
    plan.baseLoad = planBaseLoad(m_config.seed, plan.date, plan.winter);
    plan.appliances = planAppliances(m_config.seed, plan.date, plan.winter);
    if (m_ev)
        plan.evTrip = planEvTrip(m_config.seed, plan.date);
    plan.hotWater = planHotWater(m_config.seed, plan.date);
    return plan;
}

const HouseholdSimulator::DayPlan &HouseholdSimulator::planFor(qint64 day)
{
    if (!m_plan || m_plan->date.day != day)
        m_plan = planDay(day);
    return *m_plan;
}

HouseholdSnapshot HouseholdSimulator::step(qint64 timestampMs, std::chrono::seconds dt)
{
    HouseholdSnapshot s;
    s.timestampMs = timestampMs;
    s.interval = dt;
    const auto seconds = static_cast<double>(dt.count());
    if (seconds <= 0.0) {
        // Nothing happened: report the state as it is, with no power flowing.
        s = m_totals;
        s.timestampMs = timestampMs;
        s.interval = dt;
        s.pv = s.baseLoad = s.waterHeater = s.evCharge = s.batteryCharge = s.batteryDischarge = s.gridImport =
            s.gridExport = Kilowatts(0.0);
        s.appliances = {};
        return s;
    }

    // The interval is placed on the local calendar by its middle; nothing is planned around midnight, so an
    // interval that straddles it loses nothing.
    const qint64 middleMs = timestampMs - dt.count() * 500;
    const LocalTime local = m_calendar.at(middleMs);
    const double from = local.secondOfDay - seconds / 2.0;
    const double to = local.secondOfDay + seconds / 2.0;
    const DayPlan &plan = planFor(local.day);
    const std::uint64_t seed = m_config.seed;

    // Sun and sky.
    const SolarPosition sun = m_sun.at(middleMs);
    s.sunElevationDeg = sun.elevationDeg;
    s.cloudCover = cloudCover(seed, local.day, plan.weather, local.secondOfDay);
    if (sun.elevationDeg > 0.0) {
        const Irradiance sky = underClouds(clearSky(sun), sun, s.cloudCover);
        s.pv = pvPower(m_pvArray, sun, sky, outdoorTemperature(plan.weather, local.secondOfDay));
    }

    // Consumers.
    const bool dark = sun.elevationDeg < 4.0 + 8.0 * s.cloudCover;
    s.baseLoad = baseLoadPower(seed, local.day, plan.baseLoad, from, to, dark);
    for (Appliance appliance : allAppliances) {
        const ApplianceUse use = applianceUse(appliance, plan.appliances, from, to);
        s.appliances[indexOf(appliance)] = use.power;
        s.applianceRunning[indexOf(appliance)] = use.running;
    }
    const double inletC = 14.0 - 6.0 * plan.winter; // mains water is colder in winter
    s.waterHeater = m_waterHeater.advance(seconds, drawFlow(plan.hotWater, from, to), inletC);
    s.waterTemperatureC = m_waterHeater.temperatureC();
    if (m_ev) {
        s.evCharge = m_ev->advance(plan.evTrip, from, to);
        s.evPlugged = m_ev->plugged();
        s.evSocPercent = m_ev->socPercent();
    }

    // The battery works for the house: it soaks up PV surplus (after the car has taken its share) and
    // covers the house's deficit, but is not drained into the car.
    const Kilowatts house = s.baseLoad + s.appliancesTotal() + s.waterHeater;
    if (m_battery) {
        const Kilowatts surplus = std::max(Kilowatts(0.0), s.pv - house - s.evCharge);
        const Kilowatts deficit = std::max(Kilowatts(0.0), house - s.pv);
        const HomeBattery::Flow flow = m_battery->follow(surplus, deficit, dt);
        s.batteryCharge = flow.charge;
        s.batteryDischarge = flow.discharge;
        s.batterySocPercent = m_battery->socPercent();
    }

    // The meter sees whatever is left: one expression, so that supply equals consumption to the last bit.
    const Kilowatts grid = house + s.evCharge + s.batteryCharge - s.pv - s.batteryDischarge;
    s.gridImport = std::max(grid, Kilowatts(0.0));
    s.gridExport = std::max(-grid, Kilowatts(0.0));

    m_totals.pvEnergy += s.pv * dt;
    m_totals.importEnergy += s.gridImport * dt;
    m_totals.exportEnergy += s.gridExport * dt;
    m_totals.batteryChargeEnergy += s.batteryCharge * dt;
    m_totals.batteryDischargeEnergy += s.batteryDischarge * dt;
    m_totals.evEnergy += s.evCharge * dt;
    s.pvEnergy = m_totals.pvEnergy;
    s.importEnergy = m_totals.importEnergy;
    s.exportEnergy = m_totals.exportEnergy;
    s.batteryChargeEnergy = m_totals.batteryChargeEnergy;
    s.batteryDischargeEnergy = m_totals.batteryDischargeEnergy;
    s.evEnergy = m_totals.evEnergy;

    // Remember the end state for a zero-length step.
    m_totals.applianceRunning = s.applianceRunning;
    m_totals.batterySocPercent = s.batterySocPercent;
    m_totals.evSocPercent = s.evSocPercent;
    m_totals.evPlugged = s.evPlugged;
    m_totals.waterTemperatureC = s.waterTemperatureC;
    m_totals.sunElevationDeg = s.sunElevationDeg;
    m_totals.cloudCover = s.cloudCover;
    return s;
}

} // namespace commonwatt::simulator
