// libFuzzer target for the Shelly Gen2+ payload parser (plugins/shelly) and the energy counter rule (the
// plugin API's commonwatt::EnergyCounter).
// The first byte picks what the rest is: bits 0-1 the topic kind (status/switch:<id>, events/rpc, online, an
// RPC reply), bits 2-3 the switch id; with bit 7 set, the rest is a series of register values fed to
// EnergyCounter.
#include "shellypayload.h"

#include "fuzzsupport.h"

#include <cassert>
#include <cmath>
#include <cstdint>

using namespace commonwatt::shelly;

namespace {

constexpr double kMaxPowerW = 3700.0;

void checkStatus(const SwitchStatus &status)
{
    for (const std::optional<double> &value :
         {status.powerW, status.voltageV, status.currentA, status.energyWh, status.temperatureC})
        assert(!value || std::isfinite(*value));
    assert(!status.powerW || std::abs(*status.powerW) <= kMaxPowerW);
    assert(!status.energyWh || *status.energyWh >= 0.0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    if (selector & 0x80) {
        commonwatt::fuzzing::fuzzEnergyCounter(data + 1, size - 1, kMaxPowerW / 1000.0,
                                               10000.0); // tenths of Wh
        return 0;
    }
    const auto kind = static_cast<TopicKind>(selector & 0x03);
    const ParseOptions options{(selector >> 2) & 0x03, kMaxPowerW};
    const QByteArrayView payload(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const ParseResult result = parse(kind, payload, options);
    if (!result.message) {
        assert(!result.error.isEmpty());
        return 0;
    }
    const Message &message = *result.message;
    assert(message.kind == kind);
    if (message.status)
        checkStatus(*message.status);
    assert(kind != TopicKind::Online || message.online);
    assert(kind != TopicKind::RpcReply || (message.rpcId && *message.rpcId >= 0));
    return 0;
}
