// The sky and the air: a seeded weather type per local day (clear, broken clouds, overcast; overcast more
// often in winter), smooth cloud variation within the day, and the outdoor temperature.
#pragma once

#include "localcalendar.h"

#include <cstdint>

namespace commonwatt::simulator {

enum class Sky
{
    Clear,
    Broken,
    Overcast,
};

struct DayWeather
{
    Sky sky = Sky::Clear;
    double cloudLevel = 0.0;  // mean cloud cover, 0 to 1
    double variability = 0.0; // how far the cover swings around its mean within the day
    double meanTemperatureC = 10.0;
    double temperatureSwingC = 4.0; // half the day-night difference
};

// How deep into winter a day is: 1 in the darkest, cloudiest weeks, 0 at midsummer; mirrored south of the
// equator.
[[nodiscard]] double winterness(const DateInfo &date, double latitudeDeg);

[[nodiscard]] DayWeather dayWeather(std::uint64_t seed, const DateInfo &date, double winter);

// Cloud cover at a wall-clock time of the day, 0 to 1.
[[nodiscard]] double cloudCover(std::uint64_t seed, qint64 day, const DayWeather &weather,
                                double secondOfDay);

// Outdoor air temperature, warmest at 15:00.
[[nodiscard]] double outdoorTemperature(const DayWeather &weather, double secondOfDay);

} // namespace commonwatt::simulator
