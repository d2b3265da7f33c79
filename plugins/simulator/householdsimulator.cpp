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
    , m_appliances{ApplianceMachine(Appliance::Washer), ApplianceMachine(Appliance::Dishwasher),
                   ApplianceMachine(Appliance::Dryer)}
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
        ev.minCharge = ElectricVehicle::minimumChargeOf(m_config.evCharger);
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

void HouseholdSimulator::queueLoads(qint64 day)
{
    // Days in order and none twice; a gap in the steps (which the contract rules out) skips at most the
    // days before the one it lands in.
    for (qint64 d = std::max(m_loadsQueuedThroughDay + 1, day - 1); d <= day; ++d) {
        const auto loads = planApplianceLoads(m_config.seed, d, m_config.latitudeDeg, m_calendar);
        for (ApplianceMachine &machine : m_appliances)
            machine.enqueue(loads[indexOf(machine.appliance())]);
    }
    m_loadsQueuedThroughDay = std::max(m_loadsQueuedThroughDay, day);
}

void HouseholdSimulator::start(qint64 startMs)
{
    if (m_started)
        return;
    m_started = true;
    m_nowMs = startMs;
    // A load of the day before may still be waiting or running: every deadline is by 06:00 the next
    // morning, and no machine is loaded before then, so these two days decide what the machines hold.
    const qint64 day = m_calendar.at(startMs).day;
    m_loadsQueuedThroughDay = day - 2;
    queueLoads(day);
    constexpr qint64 twoDaysMs = 2 * 86'400'000;
    for (ApplianceMachine &machine : m_appliances)
        (void)machine.advance(startMs - twoDaysMs, startMs);
}

bool HouseholdSimulator::startAppliance(Appliance appliance)
{
    return m_appliances[indexOf(appliance)].start(m_nowMs);
}

void HouseholdSimulator::holdAppliance(Appliance appliance, qint64 untilMs)
{
    m_appliances[indexOf(appliance)].hold(untilMs);
}

qint64 HouseholdSimulator::evDepartureMs()
{
    if (!m_ev)
        return 0;
    if (m_evDepartureMs > m_nowMs)
        return m_evDepartureMs;
    const qint64 today = m_calendar.at(m_nowMs).day;
    if (m_evDepartureMs == 0 && m_evDepartureCheckedDay == today)
        return 0; // nothing planned in the week ahead; looked again tomorrow
    m_evDepartureMs = 0;
    m_evDepartureCheckedDay = today;
    for (qint64 day = today; day <= today + 7; ++day) {
        const std::optional<EvTrip> trip = planEvTrip(m_config.seed, DateInfo::of(day));
        if (!trip)
            continue;
        const qint64 departure = m_calendar.utcMs(day, trip->departSecond);
        if (departure > m_nowMs) {
            m_evDepartureMs = departure;
            break;
        }
    }
    return m_evDepartureMs;
}

qint64 HouseholdSimulator::hotWaterDueMs()
{
    if (m_hotWaterDueMs > m_nowMs)
        return m_hotWaterDueMs;
    // The first draw of a day is its first morning shower; there is one every day.
    const qint64 today = m_calendar.at(m_nowMs).day;
    for (qint64 day = today; day <= today + 2; ++day) {
        const std::vector<HotWaterDraw> draws = planHotWater(m_config.seed, DateInfo::of(day));
        if (draws.empty())
            continue;
        m_hotWaterDueMs = m_calendar.utcMs(day, draws.front().startSecond);
        if (m_hotWaterDueMs > m_nowMs)
            break;
    }
    return m_hotWaterDueMs;
}

KilowattHours HouseholdSimulator::hotWaterEnergy()
{
    const double setC = m_waterHeater.parameters().switchOffAtC;
    const auto window = std::chrono::milliseconds(std::max<qint64>(0, hotWaterDueMs() - m_nowMs));
    return m_waterHeater.heatToReach(setC) + m_waterHeater.standingLoss(setC) * window;
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

    const qint64 fromMs = timestampMs - dt.count() * 1000;
    start(fromMs);
    // A command holds for the steps that start before it runs out.
    for (std::optional<Setpoint> *setpoint : {&m_batterySetpoint, &m_evSetpoint, &m_waterHeaterSetpoint}) {
        if (*setpoint && (*setpoint)->validUntilMs != 0 && (*setpoint)->validUntilMs <= fromMs)
            setpoint->reset();
    }
    const auto powerOf = [](const std::optional<Setpoint> &setpoint) {
        return setpoint ? std::optional<Kilowatts>(setpoint->power) : std::nullopt;
    };

    // The interval is placed on the local calendar by its middle; nothing but the appliances (which work in
    // UTC) is planned around midnight, so an interval that straddles it loses nothing.
    const qint64 middleMs = timestampMs - dt.count() * 500;
    const LocalTime local = m_calendar.at(middleMs);
    const double from = local.secondOfDay - seconds / 2.0;
    const double to = local.secondOfDay + seconds / 2.0;
    const DayPlan &plan = planFor(local.day);
    queueLoads(local.day);
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
    for (ApplianceMachine &machine : m_appliances) {
        const ApplianceUse use = machine.advance(fromMs, timestampMs);
        s.appliances[indexOf(machine.appliance())] = use.power;
        s.applianceRunning[indexOf(machine.appliance())] = use.running;
    }
    const double inletC = 14.0 - 6.0 * plan.winter; // mains water is colder in winter
    s.waterHeater = m_waterHeater.advance(seconds, drawFlow(plan.hotWater, from, to), inletC,
                                          powerOf(m_waterHeaterSetpoint));
    s.waterTemperatureC = m_waterHeater.temperatureC();
    if (m_ev) {
        s.evCharge = m_ev->advance(plan.evTrip, from, to, powerOf(m_evSetpoint));
        s.evPlugged = m_ev->plugged();
        s.evSocPercent = m_ev->socPercent();
    }

    // By itself, the battery works for the house: it soaks up PV surplus (after the car has taken its share)
    // and covers the house's deficit, but is not drained into the car. On a setpoint, the grid makes up the
    // difference either way.
    const Kilowatts house = s.baseLoad + s.appliancesTotal() + s.waterHeater;
    if (m_battery) {
        const Kilowatts surplus = std::max(Kilowatts(0.0), s.pv - house - s.evCharge);
        const Kilowatts deficit = std::max(Kilowatts(0.0), house - s.pv);
        const HomeBattery::Flow flow = m_batterySetpoint ? m_battery->hold(m_batterySetpoint->power, dt)
                                                         : m_battery->follow(surplus, deficit, dt);
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

    m_nowMs = timestampMs;
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
