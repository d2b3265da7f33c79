#include "weather.h"

#include "seededrandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace commonwatt::simulator {

double winterness(const DateInfo &date, double latitudeDeg)
{
    // Peaks in early January: between the shortest day and the coldest weeks.
    const double phase = 2.0 * std::numbers::pi * (date.dayOfYear - 10) / date.daysInYear;
    const double north = 0.5 * (1.0 + std::cos(phase));
    return latitudeDeg >= 0.0 ? north : 1.0 - north;
}

DayWeather dayWeather(std::uint64_t seed, const DateInfo &date, double winter)
{
    DayRandom random(seed, date.day, Purpose::Weather);
    DayWeather weather;
    // Roughly the climate of the Low Countries: about a quarter of summer days clear, half of winter days
    // overcast.
    const double clearChance = 0.28 - 0.12 * winter;
    const double overcastChance = 0.22 + 0.33 * winter;
    const double draw = random.uniform();
    if (draw < clearChance) {
        weather.sky = Sky::Clear;
        weather.cloudLevel = random.uniform(0.0, 0.2);
        weather.variability = 0.08;
        weather.temperatureSwingC = 5.5;
    } else if (draw < clearChance + overcastChance) {
        weather.sky = Sky::Overcast;
        weather.cloudLevel = random.uniform(0.9, 1.0);
        weather.variability = 0.06;
        weather.temperatureSwingC = 1.5;
    } else {
        weather.sky = Sky::Broken;
        weather.cloudLevel = random.uniform(0.45, 0.85);
        weather.variability = 0.3;
        weather.temperatureSwingC = 3.5;
    }
    // 3 degC in winter, 18 degC in summer, give or take a few degrees from day to day.
    weather.meanTemperatureC = 18.0 - 15.0 * winter + random.normal(0.0, 2.5);
    return weather;
}

double cloudCover(std::uint64_t seed, qint64 day, const DayWeather &weather, double secondOfDay)
{
    const double swing = knotNoise(seed, day, Purpose::CloudKnots, secondOfDay);
    return std::clamp(weather.cloudLevel + weather.variability * swing, 0.0, 1.0);
}

double outdoorTemperature(const DayWeather &weather, double secondOfDay)
{
    const double phase = 2.0 * std::numbers::pi * (secondOfDay - 15.0 * 3600.0) / secondsPerDay;
    return weather.meanTemperatureC + weather.temperatureSwingC * std::cos(phase);
}

} // namespace commonwatt::simulator
