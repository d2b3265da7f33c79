#include "waterheater.h"

#include "seededrandom.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace commonwatt::simulator {

namespace {
constexpr double hour = 3600.0;
constexpr double waterJoulesPerLitreKelvin = 4186.0;

void addDraw(std::vector<HotWaterDraw> &draws, double start, double minutes, double litresPerMinute)
{
    draws.push_back({start, minutes * 60.0, litresPerMinute});
}
} // namespace

std::vector<HotWaterDraw> planHotWater(std::uint64_t seed, const DateInfo &date)
{
    DayRandom random(seed, date.day, Purpose::HotWater);
    std::vector<HotWaterDraw> draws;
    const bool weekend = date.isWeekend();
    // Morning showers one after another; about 4 l/min of 60 degC water in an 8 l/min shower.
    const int showers = random.integer(1, 3);
    double next = (weekend ? random.uniform(8.0, 9.5) : random.uniform(6.2, 7.0)) * hour;
    for (int i = 0; i < showers; ++i) {
        const double minutes = random.uniform(5.0, 10.0);
        addDraw(draws, next, minutes, random.uniform(3.5, 4.5));
        next += minutes * 60.0 + random.uniform(2.0, 20.0) * 60.0;
    }
    // Evening shower or bath on some days.
    if (random.chance(0.5)) {
        const double start = random.uniform(19.5, 22.5) * hour;
        const double minutes = random.uniform(6.0, 12.0);
        addDraw(draws, start, minutes, random.uniform(3.5, 5.0));
    }
    // Small kitchen and hand-washing draws through the day.
    const int small = random.integer(4, 8);
    for (int i = 0; i < small; ++i) {
        const double start = random.uniform(7.0, 22.0) * hour;
        const double minutes = random.uniform(0.5, 2.0);
        addDraw(draws, start, minutes, random.uniform(2.0, 4.0));
    }
    return draws;
}

double drawFlow(const std::vector<HotWaterDraw> &draws, double from, double to)
{
    const double seconds = to - from;
    if (seconds <= 0.0)
        return 0.0;
    double litreMinutesPerSecond = 0.0;
    for (const HotWaterDraw &draw : draws)
        litreMinutesPerSecond +=
            draw.litresPerMinute *
            overlapSeconds(from, to, draw.startSecond, draw.startSecond + draw.durationSeconds);
    return litreMinutesPerSecond / seconds;
}

WaterHeater::WaterHeater(Parameters parameters, double initialC)
    : m_parameters(parameters)
    , m_temperatureC(initialC)
{}

Kilowatts WaterHeater::advance(double seconds, double drawLitresPerMinute, double inletC,
                               std::optional<Kilowatts> setpoint)
{
    if (setpoint) {
        if (!m_onSetpoint)
            m_safetyHeating = false;
        m_onSetpoint = true;
        return followSetpoint(seconds, drawLitresPerMinute, inletC, *setpoint);
    }
    if (m_onSetpoint)
        m_heating = false; // the thermostat takes over from the temperature as it is
    m_onSetpoint = false;
    return followThermostat(seconds, drawLitresPerMinute, inletC);
}

KilowattHours WaterHeater::heatToReach(double targetC) const
{
    const double joules = m_parameters.litres * waterJoulesPerLitreKelvin * (targetC - m_temperatureC);
    return KilowattHours(std::max(0.0, joules / 3.6e6));
}

Kilowatts WaterHeater::standingLoss(double atC) const
{
    return Kilowatts(m_parameters.lossWattsPerKelvin * (atC - m_parameters.roomC) / 1000.0);
}

Kilowatts WaterHeater::followSetpoint(double seconds, double drawLitresPerMinute, double inletC,
                                      Kilowatts setpoint)
{
    // The same exact stretches as the thermostat's: constant element power, exponential approach to that
    // power's equilibrium, ending where the tank reaches a limit.
    const double capacity = m_parameters.litres * waterJoulesPerLitreKelvin;    // J/K
    const double flow = drawLitresPerMinute / 60.0 * waterJoulesPerLitreKelvin; // W/K
    const double loss = m_parameters.lossWattsPerKelvin;                        // W/K
    const double rate = (flow + loss) / capacity;                               // 1/s
    const double full = m_parameters.element.value() * 1000.0;                  // W
    const double wanted = std::clamp(setpoint.value() * 1000.0, 0.0, full);
    const double maxC = m_parameters.switchOffAtC;
    const auto equilibriumWith = [&](double watts) {
        return (watts + loss * m_parameters.roomC + flow * inletC) / (flow + loss);
    };
    // What keeps the tank at its maximum: its losses and the draw's cold water.
    const double holdWatts = (flow + loss) * maxC - loss * m_parameters.roomC - flow * inletC;
    double remaining = seconds;
    double elementJoules = 0.0;
    for (int stretch = 0; stretch < 8 && remaining > 0.0; ++stretch) {
        if (m_safetyHeating && m_temperatureC >= m_parameters.safetyOffAtC)
            m_safetyHeating = false;
        else if (!m_safetyHeating && m_temperatureC <= m_parameters.safetyOnBelowC)
            m_safetyHeating = true;
        if (!m_safetyHeating && m_temperatureC >= maxC && wanted >= holdWatts) {
            // At its maximum with more power on offer than it can take: it holds there for the rest.
            elementJoules += std::max(0.0, holdWatts) * remaining;
            m_temperatureC = maxC;
            break;
        }
        const double element = m_safetyHeating ? full : wanted;
        const double equilibrium = equilibriumWith(element);
        const double target = m_safetyHeating                ? m_parameters.safetyOffAtC
                              : equilibrium > m_temperatureC ? maxC
                                                             : m_parameters.safetyOnBelowC;
        double untilTarget = std::numeric_limits<double>::infinity();
        const bool approaching = equilibrium > target ? m_temperatureC < target
                                                      : (equilibrium < target && m_temperatureC > target);
        if (approaching) {
            const double atEnd = equilibrium + (m_temperatureC - equilibrium) * std::exp(-rate * remaining);
            if (equilibrium > target ? atEnd >= target : atEnd <= target)
                untilTarget = std::log((m_temperatureC - equilibrium) / (target - equilibrium)) / rate;
        }
        if (stretch == 7)
            untilTarget = std::numeric_limits<double>::infinity();
        const double length = std::min(remaining, untilTarget);
        m_temperatureC = equilibrium + (m_temperatureC - equilibrium) * std::exp(-rate * length);
        elementJoules += element * length;
        remaining -= length;
        if (length >= untilTarget) {
            m_temperatureC = target; // exactly at the limit, not a rounding error past it
            if (target == m_parameters.safetyOnBelowC)
                m_safetyHeating = true;
        }
    }
    return Kilowatts(seconds > 0.0 ? elementJoules / seconds / 1000.0 : 0.0);
}

Kilowatts WaterHeater::followThermostat(double seconds, double drawLitresPerMinute, double inletC)
{
    // dT/dt = (P - UA (T - room) - F (T - inlet)) / C is linear in T, so each stretch with the element on
    // or off has an exact exponential solution towards its equilibrium, and the thermostat's switching
    // time can be solved for instead of stepped over.
    const double capacity = m_parameters.litres * waterJoulesPerLitreKelvin;    // J/K
    const double flow = drawLitresPerMinute / 60.0 * waterJoulesPerLitreKelvin; // W/K
    const double loss = m_parameters.lossWattsPerKelvin;                        // W/K
    const double rate = (flow + loss) / capacity;                               // 1/s
    double remaining = seconds;
    double elementJoules = 0.0;
    // A stretch ends at the interval's end or at a switch; there are at most a few switches per interval.
    for (int stretch = 0; stretch < 8 && remaining > 0.0; ++stretch) {
        const double element = m_heating ? m_parameters.element.value() * 1000.0 : 0.0; // W
        const double equilibrium = (element + loss * m_parameters.roomC + flow * inletC) / (flow + loss);
        const double target = m_heating ? m_parameters.switchOffAtC : m_parameters.switchOnBelowC;
        double untilSwitch = std::numeric_limits<double>::infinity();
        const bool approaching = m_heating ? (equilibrium > target && m_temperatureC < target)
                                           : (equilibrium < target && m_temperatureC > target);
        if (approaching) {
            // Solve for the switching time only if the thermostat would switch within the interval.
            const double atEnd = equilibrium + (m_temperatureC - equilibrium) * std::exp(-rate * remaining);
            if (m_heating ? atEnd >= target : atEnd <= target)
                untilSwitch = std::log((m_temperatureC - equilibrium) / (target - equilibrium)) / rate;
        } else if (m_heating ? m_temperatureC >= target : m_temperatureC <= target) {
            untilSwitch = 0.0;
        }

        // The last stretch allowed runs to the end whatever happens, so that no time is ever dropped.
        if (stretch == 7)
            untilSwitch = std::numeric_limits<double>::infinity();
        const double length = std::min(remaining, untilSwitch);
        if (length > 0.0) {
            m_temperatureC = equilibrium + (m_temperatureC - equilibrium) * std::exp(-rate * length);
            elementJoules += element * length;
            remaining -= length;
        }
        if (length >= untilSwitch) {
            if (approaching)
                m_temperatureC = target; // exactly at the switching point, not a rounding error past it
            m_heating = !m_heating;
        }
    }
    return Kilowatts(seconds > 0.0 ? elementJoules / seconds / 1000.0 : 0.0);
}

} // namespace commonwatt::simulator
