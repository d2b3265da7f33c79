// libFuzzer target for the Tasmota payload parser (plugins/tasmota) and the energy counter rule (the plugin
// API's commonwatt::EnergyCounter).
// The first byte picks what the rest is: bits 0-2 the topic kind (tele STATE, SENSOR, LWT, stat RESULT,
// POWER), bits 3-4 the relay (1..4); with bit 7 set, the rest is a series of register values fed to
// EnergyCounter.
#include "tasmotapayload.h"

#include "fuzzsupport.h"

#include <cassert>
#include <cmath>
#include <cstdint>

using namespace commonwatt::tasmota;

namespace {

constexpr double kMaxPowerW = 3700.0;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    if (selector & 0x80) {
        commonwatt::fuzzing::fuzzEnergyCounter(data + 1, size - 1, kMaxPowerW / 1000.0,
                                               1000.0); // thousandths of kWh
        return 0;
    }
    const int kindIndex = selector & 0x07;
    if (kindIndex > static_cast<int>(TopicKind::Power))
        return 0;
    const auto kind = static_cast<TopicKind>(kindIndex);
    const ParseOptions options{1 + ((selector >> 3) & 0x03), kMaxPowerW};
    const QByteArrayView payload(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const ParseResult result = parse(kind, payload, options);
    if (!result.message) {
        assert(!result.error.isEmpty());
        return 0;
    }
    const Readings &r = result.message->readings;
    assert(result.message->kind == kind);
    for (const std::optional<double> &value : {r.powerW, r.energyKwh, r.voltageV, r.currentA})
        assert(!value || std::isfinite(*value));
    assert(!r.powerW || std::abs(*r.powerW) <= kMaxPowerW);
    assert(!r.energyKwh || *r.energyKwh >= 0.0);
    assert(kind != TopicKind::Lwt || result.message->online);
    assert(kind != TopicKind::Power || r.on);
    return 0;
}
