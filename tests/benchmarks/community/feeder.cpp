#include "feeder.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace commonwatt::coordination::bench {

using scheduler::bench::Random;
using namespace scheduler;

namespace {

constexpr int kSlots = 96;
constexpr int kSlotMinutes = 15;
constexpr double kDt = 0.25;
constexpr double kStartHour = 12.0; // noon to noon: the evening peak and the night valley in one horizon

double hourOf(int t) { return std::fmod(kStartHour + (t + 0.5) * kDt, 24.0); }
int slotAtHour(double hourAfterNoon) { return int(std::lround((hourAfterNoon - kStartHour) / kDt)); }

double bump(double hour, double center, double width)
{
    double d = std::abs(hour - center);
    d = std::min(d, 24.0 - d);
    return std::exp(-0.5 * (d / width) * (d / width));
}

double sun(double hour)
{
    constexpr double sunrise = 6.5, daylight = 13.0;
    const double x = (hour - sunrise) / daylight;
    return x <= 0.0 || x >= 1.0 ? 0.0 : std::pow(std::sin(std::numbers::pi * x), 1.3);
}

double round2(double x) { return std::round(x * 100.0) / 100.0; }

std::vector<double> profile(std::initializer_list<double> kw) { return kw; }

} // namespace

Scenario feederDay()
{
    Scenario s;
    s.name = "feeder";
    s.start = "2026-04-14T12:00:00Z";
    s.startEpochSeconds = 1776168000; // 2026-04-14T12:00:00Z
    s.slotMinutes = kSlotMinutes;
    s.slotCount = kSlots;
    Signals &sig = s.gridSignals;
    sig.carbonIntensity.resize(kSlots);
    sig.gridNeed.resize(kSlots);
    for (int t = 0; t < kSlots; ++t) {
        const double h = hourOf(t);
        const auto i = std::size_t(t);
        sig.carbonIntensity[i] = std::round(320.0 + 110.0 * bump(h, 18.5, 1.8) - 150.0 * sun(h) -
                                            90.0 * bump(h, 3.5, 2.0));
        sig.gridNeed[i] = round2(0.6 * bump(h, 18.5, 1.5) - 0.35 * sun(h) - 0.2 * bump(h, 3.5, 2.0));
    }
    sig.priceImport.assign(kSlots, 0.0);
    sig.priceExport.assign(kSlots, 0.0);
    sig.eventRate.assign(kSlots, 0.0);
    sig.eventBaselineKw.assign(kSlots, 0.0);
    return s;
}

Scenario feederHousehold(std::uint64_t seed, int index)
{
    Random random(seed * 0x9e3779b97f4a7c15ULL + std::uint64_t(index) * 0xbf58476d1ce4e5b9ULL + 1);
    Scenario s = feederDay();
    s.name = "household-" + std::to_string(index);
    const double size = random.uniform(0.6, 1.6);
    const double morning = random.uniform(6.5, 8.0), evening = random.uniform(18.0, 20.5);
    s.site.baseLoadKw.resize(kSlots);
    s.site.pvKw.assign(kSlots, 0.0);
    const bool pv = random.chance(0.5);
    const double pvPeak = pv ? round2(random.uniform(3.0, 8.0)) : 0.0;
    const double cloud = random.uniform(0.6, 1.0);
    for (int t = 0; t < kSlots; ++t) {
        const double h = hourOf(t);
        const auto i = std::size_t(t);
        const double load = size * (0.3 + 0.6 * bump(h, morning, 0.8) + 1.2 * bump(h, evening, 1.3) +
                                    0.25 * bump(h, 12.5, 1.0)) *
                            (1.0 + 0.15 * random.normal());
        s.site.baseLoadKw[i] = round2(std::max(0.1, load));
        s.site.pvKw[i] = round2(pvPeak * cloud * sun(h) * std::clamp(1.0 + 0.1 * random.normal(), 0.5, 1.2));
    }
    s.site.importLimitKw = random.chance(0.7) ? 17.0 : 24.0;
    s.site.exportLimitKw = std::max(5.0, pvPeak) + 0.5;

    const auto addDevice = [&](DeviceType type, int count) { s.deviceOrder.push_back({type, count - 1}); };
    const auto addThermal = [&](const char *id, double maxKw, double energyKwh, int first, int last) {
        Thermal th;
        th.id = id;
        th.maxKw = maxKw;
        th.energyKwh = std::min(energyKwh, round2(0.8 * maxKw * (last - first) * kDt));
        th.windowStartSlot = first;
        th.windowEndSlot = last;
        s.thermals.push_back(th);
        addDevice(DeviceType::Thermal, int(s.thermals.size()));
    };
    if (random.chance(0.6)) {
        const double maxKw = random.chance(0.5) ? 3.0 : 2.0;
        addThermal("water-heater", maxKw, round2(random.uniform(3.0, 7.0) * std::min(size, 1.2)), 0, kSlots);
    }
    if (random.chance(0.2)) {
        const double maxKw = round2(random.uniform(1.5, 3.0));
        const double energyKwh = round2(random.uniform(4.0, 10.0));
        const int first = slotAtHour(random.uniform(14.0, 18.0));
        addThermal("heat-pump-buffer", maxKw, energyKwh, first, slotAtHour(random.uniform(30.0, 34.0)));
    }
    if (random.chance(0.4)) {
        Ev ev;
        ev.id = "car";
        ev.capacityKwh = std::round(random.uniform(40.0, 77.0));
        ev.socKwh = round2(ev.capacityKwh * random.uniform(0.2, 0.5));
        ev.arrivalSlot = slotAtHour(random.uniform(17.0, 19.5));
        ev.departureSlot = slotAtHour(random.uniform(30.5, 32.5));
        const bool threePhase = random.chance(0.4);
        ev.maxChargeKw = threePhase ? 11.0 : 7.4;
        ev.minChargeKw = threePhase ? 4.1 : 1.4;
        ev.chargeEfficiency = 0.9;
        const double reachable = ev.socKwh + 0.6 * ev.maxChargeKw * ev.chargeEfficiency *
                                                  (ev.departureSlot - ev.arrivalSlot) * kDt;
        ev.targetSocKwh = round2(std::min({ev.capacityKwh * random.uniform(0.7, 0.9), reachable,
                                           ev.socKwh + random.uniform(8.0, 30.0)}));
        s.evs.push_back(ev);
        addDevice(DeviceType::Ev, int(s.evs.size()));
    }
    if (random.chance(0.3)) {
        Battery b;
        b.id = "house-battery";
        b.capacityKwh = round2(random.uniform(5.0, 13.5));
        b.minSocKwh = round2(0.1 * b.capacityKwh);
        b.maxSocKwh = round2(0.95 * b.capacityKwh);
        b.socKwh = round2(b.capacityKwh * random.uniform(0.3, 0.6));
        b.maxChargeKw = b.maxDischargeKw = round2(random.uniform(2.5, 5.0));
        b.chargeEfficiency = b.dischargeEfficiency = 0.95;
        b.finalSocKwhMin = b.socKwh; // a day's cycle ends where it began
        s.batteries.push_back(b);
        addDevice(DeviceType::Battery, int(s.batteries.size()));
    }
    struct Kind
    {
        const char *id;
        double chance;
        std::vector<double> profileKw;
    };
    const Kind kinds[] = {
        {"washer", 0.6, profile({2.0, 2.0, 0.5, 0.4, 0.4, 0.3, 0.6, 0.6})},
        {"dishwasher", 0.5, profile({1.8, 1.8, 0.2, 0.2, 0.2, 1.6, 1.6})},
        {"dryer", 0.25, profile({2.5, 2.5, 2.5, 2.5, 2.0, 1.5})},
    };
    for (const Kind &kind : kinds) {
        if (!random.chance(kind.chance))
            continue;
        Appliance a;
        a.id = kind.id;
        a.profileKw = kind.profileKw;
        for (double &kw : a.profileKw)
            kw = round2(kw * random.uniform(0.85, 1.15));
        a.earliestStartSlot = slotAtHour(random.uniform(12.0, 20.0));
        a.latestEndSlot = std::min<std::int64_t>(kSlots, a.earliestStartSlot + std::lround(random.uniform(8.0, 18.0) / kDt));
        s.appliances.push_back(a);
        addDevice(DeviceType::Appliance, int(s.appliances.size()));
    }
    return s;
}

std::vector<Scenario> generateFeeder(std::uint64_t seed, int households)
{
    std::vector<Scenario> feeder;
    feeder.reserve(std::size_t(households));
    for (int i = 0; i < households; ++i)
        feeder.push_back(feederHousehold(seed, i));
    return feeder;
}

} // namespace commonwatt::coordination::bench
