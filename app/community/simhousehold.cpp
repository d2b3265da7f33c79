#include "simhousehold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

namespace {

// A well-mixed 64-bit hash (splitmix64), so that neighbouring indices get unrelated households.
std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// A number in [0, 1) for (seed, index, purpose).
double draw(std::uint64_t seed, int index, std::uint64_t purpose)
{
    const std::uint64_t h = mix(mix(seed ^ mix(static_cast<std::uint64_t>(index))) ^ purpose);
    return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 53);
}

std::int64_t wattsOf(Kilowatts power)
{
    return std::llround(power.value() * 1000.0);
}

} // namespace

HouseholdProfile householdProfile(int index, std::uint64_t seed)
{
    HouseholdProfile p;
    p.index = index;
    const int feeder = index / kHouseholdsPerFeeder;
    p.dwelling = u"Commons Lane %1"_s.arg(index + 1);
    p.meter = u"SIM%1"_s.arg(index + 1, 8, 10, QLatin1Char('0'));
    p.feeder = u"feeder-%1"_s.arg(feeder + 1);
    p.substation = u"substation-%1"_s.arg(feeder / kFeedersPerSubstation + 1);
    p.region = u"region-1"_s;

    simulator::HouseholdConfig &m = p.model;
    m.seed = mix(seed + static_cast<std::uint64_t>(index) * 7919U);
    m.gridSignals = false;
    const bool pv = draw(seed, index, 1) < 0.8;
    m.pvPeak = Kilowatts(pv ? 3.0 + std::floor(draw(seed, index, 2) * 13.0) * 0.5 : 0.0);
    m.batteryCapacity = KilowattHours(draw(seed, index, 3) < 0.5 ? 5.0 + std::floor(draw(seed, index, 4) * 3) * 5.0 : 0.0);
    m.evCapacity = KilowattHours(draw(seed, index, 5) < 0.4 ? 60.0 : 0.0);
    m.evCharger = Kilowatts(draw(seed, index, 6) < 0.5 ? 7.4 : 11.0);
    m.panelAzimuthDeg = 135.0 + draw(seed, index, 7) * 90.0;

    p.importLimitW = 17'250; // 3 x 25 A at 230 V
    p.exportLimitW = 10'000;
    p.pvPeakW = wattsOf(m.pvPeak);

    QJsonArray devices;
    if (m.hasBattery()) {
        devices.append(QJsonObject{{u"id"_s, u"battery"_s},
                                   {u"kind"_s, u"battery"_s},
                                   {u"powerW"_s, qint64(wattsOf(m.batteryPower()))},
                                   {u"capacityWh"_s, qint64(wattsOf(Kilowatts(m.batteryCapacity.value())))}});
    }
    if (m.hasEv()) {
        devices.append(QJsonObject{{u"id"_s, u"ev"_s},
                                   {u"kind"_s, u"ev-charger"_s},
                                   {u"powerW"_s, qint64(wattsOf(m.evCharger))},
                                   {u"capacityWh"_s, qint64(wattsOf(Kilowatts(m.evCapacity.value())))}});
    }
    devices.append(QJsonObject{{u"id"_s, u"water-heater"_s}, {u"kind"_s, u"water-heater"_s}, {u"powerW"_s, qint64(3000)}});
    p.devicesJson = QString::fromUtf8(QJsonDocument(devices).toJson(QJsonDocument::Compact));
    return p;
}

SimulatedMeterHousehold::SimulatedMeterHousehold(HouseholdProfile profile, qint64 startMs, int slotMinutes)
    : m_profile(std::move(profile))
    , m_model(m_profile.model)
    , m_slotMs(qint64(slotMinutes) * 60'000)
{
    m_nextSlotMs = startMs - startMs % m_slotMs;
    m_model.start(m_nextSlotMs);
}

SlotFigures SimulatedMeterHousehold::nextSlot()
{
    constexpr auto kStep = std::chrono::seconds(60);
    constexpr double kWhPerKwStep = 1000.0 * 60.0 / 3600.0;
    double importWh = 0, exportWh = 0, pvWh = 0, loadWh = 0;
    double batteryIn = 0, batteryOut = 0, evWh = 0, waterWh = 0;
    const qint64 start = m_nextSlotMs;
    for (qint64 t = start + 60'000; t <= start + m_slotMs; t += 60'000) {
        const simulator::HouseholdSnapshot s = m_model.step(t, kStep);
        importWh += s.gridImport.value() * kWhPerKwStep;
        exportWh += s.gridExport.value() * kWhPerKwStep;
        pvWh += s.pv.value() * kWhPerKwStep;
        batteryIn += s.batteryCharge.value() * kWhPerKwStep;
        batteryOut += s.batteryDischarge.value() * kWhPerKwStep;
        evWh += s.evCharge.value() * kWhPerKwStep;
        waterWh += s.waterHeater.value() * kWhPerKwStep;
        loadWh += (s.baseLoad + s.appliancesTotal() + s.waterHeater + s.evCharge).value() * kWhPerKwStep;
    }
    m_nextSlotMs = start + m_slotMs;

    SlotFigures f;
    f.slotStartMs = start;
    f.importWh = std::llround(importWh);
    f.exportWh = std::llround(exportWh);
    f.pvWh = std::llround(pvWh);
    f.loadWh = std::llround(loadWh);
    const simulator::HouseholdConfig &m = m_profile.model;
    if (m.hasBattery())
        f.devices.push_back({u"battery"_s, std::llround(batteryIn), std::llround(batteryOut), 0});
    if (m.hasEv())
        f.devices.push_back({u"ev"_s, 0, 0, std::llround(evWh)});
    f.devices.push_back({u"water-heater"_s, 0, 0, std::llround(waterWh)});
    return f;
}

} // namespace commonwatt::community
