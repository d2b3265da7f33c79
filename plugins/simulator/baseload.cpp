#include "baseload.h"

#include "seededrandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace commonwatt::simulator {

namespace {
// Hourly shapes in kW, from published household profiles (a night floor of fridge and standby, a breakfast
// peak, a low day while people are out on weekdays, the evening peak of cooking and television).
constexpr std::array<double, 24> weekdayShape = {0.22, 0.21, 0.20, 0.20, 0.20, 0.21, 0.28, 0.42,
                                                 0.36, 0.25, 0.23, 0.24, 0.27, 0.25, 0.23, 0.24,
                                                 0.28, 0.38, 0.52, 0.56, 0.52, 0.44, 0.34, 0.26};
constexpr std::array<double, 24> weekendShape = {0.24, 0.22, 0.21, 0.20, 0.20, 0.20, 0.21, 0.25,
                                                 0.34, 0.42, 0.40, 0.38, 0.40, 0.35, 0.33, 0.33,
                                                 0.36, 0.44, 0.55, 0.57, 0.52, 0.45, 0.36, 0.28};
constexpr double lightingKw = 0.12;
constexpr double hour = 3600.0;

void addSpike(std::vector<LoadSpike> &spikes, double start, double minutes, double kw)
{
    spikes.push_back({start, minutes * 60.0, Kilowatts(kw)});
}

[[nodiscard]] double shapeAt(const std::array<double, 24> &shape, double secondOfDay)
{
    // Each value is the middle of its hour; interpolate linearly between neighbouring hours.
    const double position = std::clamp(secondOfDay, 0.0, secondsPerDay) / hour - 0.5;
    const double whole = std::floor(position);
    const double fraction = position - whole;
    const auto index = [](double h) { return static_cast<std::size_t>((static_cast<int>(h) + 24) % 24); };
    return shape[index(whole)] * (1.0 - fraction) + shape[index(whole + 1.0)] * fraction;
}
} // namespace

BaseLoadDay planBaseLoad(std::uint64_t seed, const DateInfo &date, double winter)
{
    DayRandom level(seed, date.day, Purpose::BaseLoad);
    BaseLoadDay plan;
    plan.weekend = date.isWeekend();
    plan.level = level.uniform(0.88, 1.12);
    plan.seasonalFactor = 1.0 + 0.12 * winter;
    plan.wakeSecond = (plan.weekend ? 7.75 : 6.4) * hour + level.uniform(-0.3, 0.3) * hour;
    plan.sleepSecond = level.uniform(22.5, 23.75) * hour;

    DayRandom random(seed, date.day, Purpose::LoadSpikes);
    // Kettle: a few boils a day, mostly at breakfast and in the afternoon.
    const int kettles = random.integer(2, 5);
    for (int i = 0; i < kettles; ++i) {
        const double start = i == 0 ? plan.wakeSecond + random.uniform(0.1, 0.8) * hour
                                    : random.uniform(plan.wakeSecond + hour, plan.sleepSecond - hour);
        addSpike(plan.spikes, start, random.uniform(2.0, 4.0), 2.0);
    }
    // Microwave.
    const int microwaves = random.integer(0, 3);
    for (int i = 0; i < microwaves; ++i) {
        const double start =
            random.uniform(11.5, 20.5) * hour; // draws in statement order, never as arguments
        addSpike(plan.spikes, start, random.uniform(2.0, 6.0), 1.1);
    }
    // Dinner on the hob on most days, the oven on some (it heats up at full power, then cycles at about
    // half).
    if (random.chance(0.7)) {
        const double start = random.uniform(17.25, 19.0) * hour;
        addSpike(plan.spikes, start, random.uniform(15.0, 35.0), 1.6);
    }
    if (random.chance(plan.weekend ? 0.5 : 0.3)) {
        const double start = random.uniform(17.0, 18.75) * hour;
        const double heatUp = random.uniform(10.0, 15.0);
        addSpike(plan.spikes, start, heatUp, 2.2);
        addSpike(plan.spikes, start + heatUp * 60.0, random.uniform(25.0, 50.0), 1.0);
    }
    // A hair dryer or vacuum cleaner now and then.
    if (random.chance(0.35)) {
        const double start = random.uniform(plan.wakeSecond + 0.2 * hour, 21.0 * hour);
        addSpike(plan.spikes, start, random.uniform(5.0, 20.0), 1.4);
    }
    return plan;
}

Kilowatts baseLoadPower(std::uint64_t seed, qint64 day, const BaseLoadDay &plan, double from, double to,
                        bool dark)
{
    const double middle = (from + to) / 2.0;
    const double shape = shapeAt(plan.weekend ? weekendShape : weekdayShape, middle);
    const double noise =
        knotNoise(seed, day, Purpose::BaseLoadKnots, std::clamp(middle, 0.0, secondsPerDay - 1.0));
    double kw = shape * plan.level * plan.seasonalFactor * (1.0 + 0.15 * noise);
    if (dark && middle >= plan.wakeSecond && middle < plan.sleepSecond)
        kw += lightingKw * plan.seasonalFactor;

    const double seconds = to - from;
    if (seconds > 0.0) {
        double spikeEnergy = 0.0; // kW * s
        for (const LoadSpike &spike : plan.spikes)
            spikeEnergy += spike.power.value() * overlapSeconds(from, to, spike.startSecond,
                                                                spike.startSecond + spike.durationSeconds);
        kw += spikeEnergy / seconds;
    }
    return Kilowatts(kw);
}

} // namespace commonwatt::simulator
