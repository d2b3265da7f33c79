// Shared by the scheduler's format tests: the example scenarios in tests/data/scheduler and a small scenario
// with one device of each type, to break one field at a time.
#pragma once

#include <QFile>
#include <QTest>

#include <string>
#include <string_view>

namespace schedulertest {

inline QString dataPath(const QString &file)
{
    return QStringLiteral(COMMONWATT_SCHEDULER_DATA) + u'/' + file;
}

inline std::string readData(const QString &file)
{
    QFile f(dataPath(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().toStdString();
}

// The example scenarios and how many devices of each type they hold.
struct Example
{
    const char *name;
    int batteries;
    int evs;
    int appliances;
    int thermals;
    int slotCount;
};

inline constexpr Example kExamples[] = {
    {"dynamic-tariff-48h", 1, 1, 2, 1, 96},
    {"small-flat-no-pv", 0, 0, 2, 1, 24},
    {"summer-pv-battery-ev", 1, 1, 2, 0, 96},
    {"winter-heatpump-appliances", 0, 0, 3, 2, 48},
};

// Four 15-minute slots, every optional field given, one device of each type in the order battery, ev,
// appliance, thermal.
inline const std::string kBaseScenario = R"({
  "format": "commonwatt-scenario/1",
  "name": "base",
  "start": "2026-06-01T00:00:00Z",
  "slotMinutes": 15,
  "slots": 4,
  "signals": {
    "carbonIntensity": [100, 200, 300, 400],
    "gridNeed": [0, 0.5, -0.5, 1],
    "priceImport": [0.3, 0.3, 0.2, 0.2],
    "priceExport": [0.1, 0.1, 0.1, 0.1],
    "eventRate": [0, 0, 1, 1],
    "eventBaselineKw": [0, 0, 2, 2]
  },
  "currency": {"referenceIntensity": 400, "kappa": 0.25, "gamma": 0.5, "exportFee": 0.01},
  "weights": {"credits": 1, "money": 0.5},
  "site": {"importLimitKw": 17, "exportLimitKw": 5, "baseLoadKw": [0.5, 0.5, 0.5, 0.5], "pvKw": [0, 1, 2, 0]},
  "devices": [
    {"type": "battery", "id": "bat", "capacityKwh": 10, "socKwh": 4, "minSocKwh": 1, "maxSocKwh": 9.5,
     "maxChargeKw": 5, "maxDischargeKw": 5, "chargeEfficiency": 0.95, "dischargeEfficiency": 0.95,
     "cycleCostPerKwh": 0.02, "finalSocKwhMin": 4},
    {"type": "ev", "id": "car", "capacityKwh": 60, "socKwh": 18, "targetSocKwh": 20, "arrivalSlot": 1,
     "departureSlot": 3, "minChargeKw": 1.4, "maxChargeKw": 7.4, "chargeEfficiency": 0.9},
    {"type": "appliance", "id": "washer", "profileKw": [2, 0.5], "earliestStartSlot": 0, "latestEndSlot": 4},
    {"type": "thermal", "id": "heater", "maxKw": 3, "energyKwh": 1, "windowStartSlot": 0, "windowEndSlot": 4}
  ]
})";

// kBaseScenario with `from` (which must occur exactly once) replaced by `to`.
inline std::string mutated(std::string_view from, std::string_view to,
                           const std::string &base = kBaseScenario)
{
    const std::size_t at = base.find(from);
    if (at == std::string::npos || base.find(from, at + 1) != std::string::npos)
        qFatal("the base scenario holds \"%.*s\" %s", int(from.size()), from.data(),
               at == std::string::npos ? "nowhere" : "more than once");
    std::string out = base;
    out.replace(at, from.size(), to);
    return out;
}

} // namespace schedulertest
