#include "currency/slotsettlement.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::currency {

namespace {

constexpr std::int64_t kBillion = 1'000'000'000;

// A LEVEL raises s to at least these thousandths (section 5).
constexpr std::array<int, 4> kLevelStress{-1000, 500, 750, 1000};

QString checkInputs(const SlotSignals &signal, const SlotMeterData &meter)
{
    if (signal.g < 0 || signal.g > 100'000)
        return u"g must be 0 to 100000 g/kWh, not %1"_s.arg(signal.g);
    if (signal.s < -1000 || signal.s > 1000)
        return u"s must be -1000 to 1000 thousandths, not %1"_s.arg(signal.s);
    if (signal.r < 0 || signal.r > 1000)
        return u"r must be 0 to 1000 thousandths, not %1"_s.arg(signal.r);
    if (signal.eventLevel < 0 || signal.eventLevel > 3)
        return u"eventLevel must be 0 to 3, not %1"_s.arg(signal.eventLevel);
    const std::array<std::pair<const char16_t *, std::int64_t>, 7> energies{{
        {u"importWh", meter.importWh},
        {u"exportWh", meter.exportWh},
        {u"pvWh", meter.pvWh},
        {u"fossilWh", meter.fossilWh},
        {u"storageChargeWh", meter.storageChargeWh},
        {u"storageDischargeWh", meter.storageDischargeWh},
        {u"loadWh", meter.loadWh},
    }};
    for (const auto &[name, wh] : energies) {
        if (wh < 0 || wh > kMaxSlotWh)
            return QString::fromUtf16(name) + u" must be 0 to %1 Wh, not %2"_s.arg(kMaxSlotWh).arg(wh);
    }
    if (meter.pvPeakW && (*meter.pvPeakW < 0 || *meter.pvPeakW > kMaxPeakW))
        return u"pvPeakW must be 0 to %1 W, not %2"_s.arg(kMaxPeakW).arg(*meter.pvPeakW);
    if (meter.exportByHops) {
        std::int64_t sum = 0;
        for (const std::int64_t wh : *meter.exportByHops) {
            if (wh < 0)
                return u"exportByHops must not be negative"_s;
            sum += wh;
        }
        if (sum != meter.exportWh)
            return u"exportByHops adds up to %1 Wh, not the export of %2 Wh"_s.arg(sum).arg(meter.exportWh);
    }
    return {};
}

// Energy that counts as giving: export up to the slot's metered PV, and that up to the registered peak (R7,
// R8).
std::int64_t givingEligibleWh(const CommunityConfig &config, const SlotMeterData &meter)
{
    std::int64_t pvCap = meter.pvWh;
    if (meter.pvPeakW)
        pvCap = std::min(pvCap, *meter.pvPeakW * config.slotMinutes / 60);
    return std::min(meter.exportWh, pvCap);
}

} // namespace

SlotSignals settledSignals(const CommunityConfig &config, const MeasuredSignals &measured)
{
    auto known = [](const std::optional<double> &value) { return value && std::isfinite(*value); };
    SlotSignals out;
    out.g = known(measured.g) ? int(std::lround(std::max(0.0, *measured.g))) : config.referenceIntensity;
    out.s = known(measured.s) ? int(std::lround(std::clamp(*measured.s, -1.0, 1.0) * 1000)) : 0;
    out.r =
        known(measured.r)
            ? int(std::lround(std::clamp(*measured.r, 0.0, 1.0) * 1000))
            : int(std::clamp<std::int64_t>(
                  1000 - std::int64_t(config.referenceIntensity) * 1000 / config.fossilIntensity, 0, 1000));
    out.eventLevel =
        known(measured.eventLevel) ? int(std::lround(std::clamp(*measured.eventLevel, 0.0, 3.0))) : 0;
    return out;
}

int effectiveStress(const SlotSignals &signal)
{
    return std::max(signal.s, kLevelStress[std::size_t(std::clamp(signal.eventLevel, 0, 3))]);
}

// w = tau * (kappa + (1 - kappa) * d), with tau = 1 + gamma * s and d = min(g, 2 ref) / ref:
//   tau = (10^9 + gamma[1e-6] * s[1e-3]) / 10^9
//   kappa + (1 - kappa) d = (kappa[1e-6] * ref + (10^6 - kappa[1e-6]) * min(g, 2 ref)) / (10^6 * ref)
// so w = tauNum * dirtNum / (10^15 * ref), exactly (R4).
Weight gridWeight(const CommunityConfig &config, int g, int effectiveS)
{
    const Int128 ref = config.referenceIntensity;
    const Int128 tauNum = Int128(kBillion) + Int128(config.gamma) * effectiveS;
    const Int128 dirtNum =
        Int128(config.kappa) * ref + Int128(kMillion - config.kappa) * std::min<Int128>(g, 2 * ref);
    return {tauNum * dirtNum, Int128(kBillion) * kMillion * ref};
}

// Fossil generation is taking at d = 2 whatever the grid's g (section 3).
Weight fossilWeight(const CommunityConfig &config, int effectiveS)
{
    const Int128 tauNum = Int128(kBillion) + Int128(config.gamma) * effectiveS;
    return {tauNum * (2 * kMillion - config.kappa), Int128(kBillion) * kMillion};
}

SlotSettlement settleSlot(const CommunityConfig &config, const SlotSignals &signal,
                          const SlotMeterData &meter)
{
    if (const QString error = checkInputs(signal, meter); !error.isEmpty())
        return {std::nullopt, error};

    SlotBreakdown out;
    out.effectiveS = effectiveStress(signal);
    out.hopsPending = !meter.exportByHops.has_value();
    const Weight w = gridWeight(config, signal.g, out.effectiveS);
    const Weight wf = fossilWeight(config, out.effectiveS);

    // 1 Wh at w credits per kWh is w milli-credits, so Wh * w is already in milli-credits.
    out.taking = MilliCredits(roundHalfEven(meter.importWh * w.num, w.den));
    out.fossil = MilliCredits(roundHalfEven(meter.fossilWh * wf.num, wf.den));

    if (out.effectiveS != signal.s) {
        const Weight w0 = gridWeight(config, signal.g, signal.s);
        const Weight wf0 = fossilWeight(config, signal.s);
        const MilliCredits without(roundHalfEven(meter.importWh * w0.num, w0.den) +
                                   roundHalfEven(meter.fossilWh * wf0.num, wf0.den));
        out.eventPart = out.taking + out.fossil - without;
    }

    out.givingEligibleWh = givingEligibleWh(config, meter);
    if (out.givingEligibleWh > 0) {
        // The eligible energy takes the hop split pro rata (R9): each exported Wh carries the mean fee.
        std::array<std::int64_t, kHopCount> byHops{};
        if (meter.exportByHops)
            byHops = *meter.exportByHops;
        else
            byHops[0] = meter.exportWh;
        Int128 keptMillionths = 0; // sum over hops of Wh * (1 - fee), in Wh-millionths
        Int128 feeMillionths = 0;  // sum over hops of Wh * fee
        for (std::size_t h = 0; h < byHops.size(); ++h) {
            keptMillionths += Int128(byHops[h]) * (kMillion - config.feeByHops[h]);
            feeMillionths += Int128(byHops[h]) * config.feeByHops[h];
        }
        const Int128 den = w.den * meter.exportWh * kMillion;
        out.giving = MilliCredits(roundHalfEven(out.givingEligibleWh * w.num * keptMillionths, den));
        out.fee = MilliCredits(roundHalfEven(out.givingEligibleWh * w.num * feeMillionths, den));
    }
    return {out, {}};
}

void PeriodTotals::add(const SlotBreakdown &slot)
{
    taking += slot.taking;
    giving += slot.giving;
    fee += slot.fee;
    fossil += slot.fossil;
    eventPart += slot.eventPart;
    ++slotCount;
    if (slot.hopsPending)
        ++pendingSlots;
}

PeriodTotals sumSlots(std::span<const SlotBreakdown> slotList)
{
    PeriodTotals totals;
    for (const SlotBreakdown &slot : slotList)
        totals.add(slot);
    return totals;
}

} // namespace commonwatt::currency
