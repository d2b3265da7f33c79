// What the MQTT plugins' fuzz targets share: the plugin API's energy counter rule (commonwatt::EnergyCounter)
// fed a series of register values from the input, which must never publish a value lower than before nor
// refuse one without saying why.
#pragma once

#include <commonwatt/energycounter.h>

#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

namespace commonwatt::fuzzing {

// Each step: 4 bytes of register (raw / registerDivisor kWh, so that resets and leaps both happen) and 2 of
// elapsed seconds.
inline void fuzzEnergyCounter(const uint8_t *data, size_t size, double maxPowerKw, double registerDivisor)
{
    EnergyCounter counter(maxPowerKw);
    qint64 now = 0;
    std::optional<double> last;
    for (size_t i = 0; i + 6 <= size; i += 6) {
        uint32_t raw = 0;
        uint16_t seconds = 0;
        std::memcpy(&raw, data + i, sizeof raw);
        std::memcpy(&seconds, data + i + 4, sizeof seconds);
        now += seconds * 1000;
        const EnergyCounter::Update update = counter.update(raw / registerDivisor, now);
        assert(std::isfinite(update.publishedKwh));
        if (last)
            assert(update.publishedKwh >= *last); // never steps backwards
        if (update.accepted)
            last = update.publishedKwh;
        else
            assert(!update.problem.isEmpty());
    }
}

} // namespace commonwatt::fuzzing
