// Reading scenarios (backend/scheduler/scenarioreader.h, ../shared/docs/scheduling.md "Scenario",
// "Validity"): the example scenarios, the defaults, and one refusal per rule, each naming its field exactly.
#include <QElapsedTimer>
#include <QTest>

#ifndef Q_MOC_RUN
#include "scheduler/scenarioreader.h"
#endif

#include "schedulertesthelpers.h"

#include <cmath>

using namespace commonwatt::scheduler;
using namespace schedulertest;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

std::string_view view(const QByteArray &text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

// A scenario of `slots` slots with every signal given and a few devices of each type, as a generator writes
// it.
std::string largeScenario(int slotTotal, int devicesPerType)
{
    const auto series = [slotTotal](double base, double step) {
        std::string out = "[";
        for (int t = 0; t < slotTotal; ++t) {
            if (t > 0)
                out += ", ";
            out += std::to_string(base + step * (t % 97));
        }
        return out + "]";
    };
    std::string s =
        R"({"format": "commonwatt-scenario/1", "name": "large", "start": "2026-03-01T00:00:00Z",)";
    s += R"("slotMinutes": 5, "slots": )" + std::to_string(slotTotal) + ",";
    s += R"("signals": {"carbonIntensity": )" + series(120.5, 3.25) + R"(, "gridNeed": )" +
         series(-0.5, 0.01) + R"(, "priceImport": )" + series(0.2, 0.001) + R"(, "priceExport": )" +
         series(0.05, 0.0005) + R"(, "eventRate": )" + series(0.0, 0.01) + R"(, "eventBaselineKw": )" +
         series(1.0, 0.02) + "},";
    s += R"("site": {"importLimitKw": 17, "exportLimitKw": 5, "baseLoadKw": )" + series(0.3, 0.013) +
         R"(, "pvKw": )" + series(0.0, 0.07) + "},";
    s += R"("devices": [)";
    for (int i = 0; i < devicesPerType; ++i) {
        const std::string n = std::to_string(i);
        s += R"({"type": "battery", "id": "bat)" + n +
             R"(", "capacityKwh": 10, "socKwh": 4, "minSocKwh": 1,)"
             R"("maxSocKwh": 9.5, "maxChargeKw": 5, "maxDischargeKw": 5, "chargeEfficiency": 0.95,)"
             R"("dischargeEfficiency": 0.95},)";
        s += R"({"type": "ev", "id": "car)" + n +
             R"(", "capacityKwh": 60, "socKwh": 18, "targetSocKwh": 45,)"
             R"("arrivalSlot": 100, "departureSlot": 1900, "minChargeKw": 1.4, "maxChargeKw": 7.4,)"
             R"("chargeEfficiency": 0.9},)";
        s += R"({"type": "appliance", "id": "washer)" + n +
             R"(", "profileKw": [2.1, 2.0, 0.4, 0.4, 0.6],)"
             R"("earliestStartSlot": 10, "latestEndSlot": 2000},)";
        s += R"({"type": "thermal", "id": "heater)" + n +
             R"(", "maxKw": 3, "energyKwh": 6, "windowStartSlot": 0,)"
             R"("windowEndSlot": 2016})";
        if (i + 1 < devicesPerType)
            s += ",";
    }
    return s + "]}";
}

} // namespace

class TestScenarioReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheExamples_data()
    {
        QTest::addColumn<int>("example");
        for (int i = 0; i < int(std::size(kExamples)); ++i)
            QTest::newRow(kExamples[i].name) << i;
    }

    void readsTheExamples()
    {
        QFETCH(int, example);
        const Example &e = kExamples[example];
        const ScenarioReadResult r = readScenario(readData(QString::fromLatin1(e.name) + u".json"_s));
        QVERIFY2(r.ok(), r.error.c_str());
        const Scenario &s = r.scenario;
        QCOMPARE(s.name, std::string(e.name));
        QCOMPARE(s.slotCount, e.slotCount);
        QCOMPARE(int(s.batteries.size()), e.batteries);
        QCOMPARE(int(s.evs.size()), e.evs);
        QCOMPARE(int(s.appliances.size()), e.appliances);
        QCOMPARE(int(s.thermals.size()), e.thermals);
        QCOMPARE(int(s.deviceOrder.size()), e.batteries + e.evs + e.appliances + e.thermals);
        const auto slotTotal = std::size_t(s.slotCount);
        for (const std::vector<double> *series :
             {&s.gridSignals.carbonIntensity, &s.gridSignals.gridNeed, &s.gridSignals.priceImport, &s.gridSignals.priceExport,
              &s.gridSignals.eventRate, &s.gridSignals.eventBaselineKw, &s.site.baseLoadKw, &s.site.pvKw}) {
            QCOMPARE(series->size(), slotTotal);
        }
        // Every id is found back through deviceOrder, in the order written.
        for (std::size_t i = 0; i + 1 < s.deviceOrder.size(); ++i)
            QVERIFY(s.deviceId(s.deviceOrder[i]) != s.deviceId(s.deviceOrder[i + 1]));
    }

    void readsAnExampleInDetail()
    {
        const ScenarioReadResult r = readScenario(readData(u"summer-pv-battery-ev.json"_s));
        QVERIFY2(r.ok(), r.error.c_str());
        const Scenario &s = r.scenario;
        QCOMPARE(s.start, std::string("2026-06-06T00:00:00Z"));
        QCOMPARE(s.startEpochSeconds, std::int64_t(1780704000));
        QCOMPARE(s.slotMinutes, 15);
        QCOMPARE(s.dt(), 0.25);
        QCOMPARE(s.deviceOrder[0].type, DeviceType::Battery);
        QCOMPARE(s.deviceOrder[1].type, DeviceType::Ev);
        QCOMPARE(s.deviceOrder[2].type, DeviceType::Appliance);
        QCOMPARE(s.deviceOrder[3].type, DeviceType::Appliance);
        QCOMPARE(s.deviceOrder[3].index, 1);
        QCOMPARE(s.deviceId(s.deviceOrder[3]), std::string("dishwasher"));
        const Battery &b = s.batteries[0];
        QCOMPARE(b.id, std::string("house-battery"));
        QCOMPARE(b.capacityKwh, 7.9);
        QCOMPARE(b.socKwh, 3.2);
        QCOMPARE(b.minSocKwh, 0.62);
        QCOMPARE(b.maxSocKwh, 7.11);
        QCOMPARE(b.chargeEfficiency, 0.951);
        QCOMPARE(b.cycleCostPerKwh, 0.03);
        QVERIFY(b.finalSocKwhMin.has_value());
        QCOMPARE(*b.finalSocKwhMin, 1.27);
        const Ev &ev = s.evs[0];
        QCOMPARE(ev.arrivalSlot, std::int64_t(0));
        QCOMPARE(ev.departureSlot, std::int64_t(24));
        QCOMPARE(ev.targetSocKwh, 54.3);
        QCOMPARE(s.appliances[0].profileKw.size(), 7u);
        QCOMPARE(s.weights.money, 1.0);
        // Signals not written take their defaults.
        for (std::size_t t = 0; t < 96; ++t) {
            QCOMPARE(s.gridSignals.eventRate[t], 0.0);
            QCOMPARE(s.gridSignals.eventBaselineKw[t], 0.0);
        }
    }

    void fillsDefaults()
    {
        const ScenarioReadResult r = readScenario(R"({"format": "commonwatt-scenario/1", "name": "",
            "start": "2024-02-29T23:45:00+00:00", "slotMinutes": 60, "slots": 3,
            "signals": {"carbonIntensity": [0, 0, 0], "priceImport": [0.25, -0.1, 0]},
            "site": {"importLimitKw": 0, "exportLimitKw": 0, "baseLoadKw": [0, 0, 0]},
            "devices": [{"type": "battery", "id": "b", "capacityKwh": 0, "socKwh": 0, "minSocKwh": 0,
                         "maxSocKwh": 0, "maxChargeKw": 0, "maxDischargeKw": 0, "chargeEfficiency": 1,
                         "dischargeEfficiency": 1}]})");
        QVERIFY2(r.ok(), r.error.c_str());
        const Scenario &s = r.scenario;
        QCOMPARE(s.startEpochSeconds, std::int64_t(1709250300));
        QCOMPARE(s.gridSignals.gridNeed, std::vector<double>(3, 0.0));
        QCOMPARE(s.gridSignals.eventRate, std::vector<double>(3, 0.0));
        QCOMPARE(s.gridSignals.eventBaselineKw, std::vector<double>(3, 0.0));
        QCOMPARE(s.gridSignals.priceExport, (std::vector<double>{0.0, -0.1, 0.0})); // min(0, priceImport[t])
        QCOMPARE(s.site.pvKw, std::vector<double>(3, 0.0));
        QCOMPARE(s.currency.referenceIntensity, 400.0);
        QCOMPARE(s.currency.kappa, 0.25);
        QCOMPARE(s.currency.gamma, 0.5);
        QCOMPARE(s.currency.exportFee, 0.01);
        QCOMPARE(s.weights.credits, 1.0);
        QCOMPARE(s.weights.money, 0.0);
        QCOMPARE(s.batteries[0].cycleCostPerKwh, 0.0);
        QVERIFY(!s.batteries[0].finalSocKwhMin);
    }

    void acceptsEdgesOfTheRules_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("zero fractional seconds") << QByteArray("00:00:00Z") << QByteArray("00:00:00.000Z");
        QTest::newRow("+00:00") << QByteArray("00:00:00Z") << QByteArray("00:00:00+00:00");
        QTest::newRow("integral slots written with a fraction")
            << QByteArray("\"slots\": 4") << QByteArray("\"slots\": 4.0");
        QTest::newRow("slot index with an exponent")
            << QByteArray("\"departureSlot\": 3") << QByteArray("\"departureSlot\": 3e0");
        QTest::newRow("slots before the horizon")
            << QByteArray("\"arrivalSlot\": 1") << QByteArray("\"arrivalSlot\": -1000000000");
        QTest::newRow("slots beyond the horizon")
            << QByteArray("\"latestEndSlot\": 4") << QByteArray("\"latestEndSlot\": 1000000000");
        QTest::newRow("equal slots") << QByteArray("\"departureSlot\": 3")
                                     << QByteArray("\"departureSlot\": 1");
        QTest::newRow("efficiency 1")
            << QByteArray("\"chargeEfficiency\": 0.9}") << QByteArray("\"chargeEfficiency\": 1}");
        QTest::newRow("gridNeed at its bounds")
            << QByteArray("[0, 0.5, -0.5, 1]") << QByteArray("[-1, 1, -1.0, 1e0]");
        QTest::newRow("priceExport equal to priceImport")
            << QByteArray("[0.1, 0.1, 0.1, 0.1]") << QByteArray("[0.3, 0.3, 0.2, 0.2]");
        QTest::newRow("no devices") << QByteArray(
                                           kBaseScenario.substr(kBaseScenario.find("\"devices\"")).c_str())
                                    << QByteArray("\"devices\": []}");
        QTest::newRow("unicode id") << QByteArray("\"id\": \"heater\"")
                                    << QByteArray("\"id\": \"chauffe-eau \\u00e9\"");
        QTest::newRow("members in any order")
            << QByteArray("\"format\": \"commonwatt-scenario/1\",\n  \"name\": \"base\",")
            << QByteArray("\"name\": \"base\", \"format\": \"commonwatt-scenario/1\",");
    }

    void acceptsEdgesOfTheRules()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const ScenarioReadResult r = readScenario(mutated(view(from), view(to)));
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.scenario.deviceOrder.size(), r.scenario.batteries.size() + r.scenario.evs.size() +
                                                    r.scenario.appliances.size() +
                                                    r.scenario.thermals.size());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("error");
        const auto row = [](const char *name, const char *from, const char *to, const char *error) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QByteArray(error);
        };
        // The document
        row("not JSON", "{\n  \"format\"", "{\n  format",
            "line 2, column 3: unexpected 'f', expected a member name in double quotes");
        row("not an object", "", "[1, 2]", "scenario: must be an object, not an array");
        row("trailing comma", "\"slots\": 4,", "\"slots\": 4,,",
            "line 6, column 14: unexpected ',', expected a member name in double quotes");
        row("duplicate key", "\"name\": \"base\",", "\"name\": \"base\", \"name\": \"other\",",
            "line 3, column 19: name: duplicate key");
        row("duplicate key in site", "\"exportLimitKw\": 5,", "\"exportLimitKw\": 5, \"importLimitKw\": 1,",
            "line 17, column 53: site.importLimitKw: duplicate key");
        row("duplicate key in a device", "\"maxKw\": 3,", "\"maxKw\": 3, \"maxKw\": 4,",
            "line 25, column 53: devices[3].maxKw: duplicate key");
        row("NaN", "[0, 0.5, -0.5, 1]", "[0, NaN, -0.5, 1]",
            "line 9, column 21: signals.gridNeed[1]: NaN is not a JSON number");
        row("Infinity", "\"importLimitKw\": 17", "\"importLimitKw\": Infinity",
            "line 17, column 29: site.importLimitKw: Infinity is not a JSON number");
        row("number out of range", "\"capacityKwh\": 10,", "\"capacityKwh\": 1e999,",
            "line 19, column 53: devices[0].capacityKwh: number out of range");
        row("comment", "\"slots\": 4,", "\"slots\": 4, // four",
            "line 6, column 15: comments are not allowed in JSON");
        // Format and time
        row("missing format", "\"format\": \"commonwatt-scenario/1\",", "", "format: missing");
        row("wrong format", "commonwatt-scenario/1", "commonwatt-scenario/2",
            "format: must be \"commonwatt-scenario/1\"");
        row("format of a plan", "commonwatt-scenario/1", "commonwatt-plan/1",
            "format: must be \"commonwatt-scenario/1\"");
        row("unknown top-level field", "\"slots\": 4,", "\"slots\": 4, \"horizon\": 4,",
            "horizon: unknown field");
        row("unknown field with an odd name", "\"slots\": 4,", "\"slots\": 4, \"a b\": 0,",
            "[\"a b\"]: unknown field");
        row("missing name", "\"name\": \"base\",", "", "name: missing");
        row("name not a string", "\"name\": \"base\"", "\"name\": 7", "name: must be a string, not a number");
        row("start with a space", "2026-06-01T00:00:00Z", "2026-06-01 00:00:00Z",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("start in another zone", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00+02:00",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("start without a zone", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("start on 30 February", "2026-06-01T00:00:00Z", "2026-02-30T00:00:00Z",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("start on 29 February of a common year", "2026-06-01T00:00:00Z", "2100-02-29T00:00:00Z",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("start at hour 24", "2026-06-01T00:00:00Z", "2026-06-01T24:00:00Z",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("start with fractional seconds", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00.5Z",
            "start: must be an ISO 8601 UTC time such as \"2026-06-01T00:00:00Z\"");
        row("slotMinutes 20", "\"slotMinutes\": 15", "\"slotMinutes\": 20",
            "slotMinutes: must be 5, 10, 15, 30 or 60");
        row("slotMinutes a string", "\"slotMinutes\": 15", "\"slotMinutes\": \"15\"",
            "slotMinutes: must be a number, not a string");
        row("no slots", "\"slots\": 4", "\"slots\": 0", "slots: must be an integer from 1 to 2016");
        row("too many slots", "\"slots\": 4", "\"slots\": 2017", "slots: must be an integer from 1 to 2016");
        row("fractional slots", "\"slots\": 4", "\"slots\": 4.5", "slots: must be an integer");
        // Signals
        row("misspelt signals", "\"signals\": {", "\"signalz\": {", "signalz: unknown field");
        const char *head =
            R"({"format": "commonwatt-scenario/1", "name": "x", "start": "2026-06-01T00:00:00Z", "slotMinutes": 60,
                              "slots": 1, )";
        const char *signalsPart = R"("signals": {"carbonIntensity": [1]}, )";
        const char *sitePart = R"("site": {"importLimitKw": 1, "exportLimitKw": 1, "baseLoadKw": [1]}, )";
        QTest::newRow("missing signals") << QByteArray() << QByteArray(head) + sitePart + "\"devices\": []}"
                                         << QByteArray("signals: missing");
        QTest::newRow("missing site") << QByteArray() << QByteArray(head) + signalsPart + "\"devices\": []}"
                                      << QByteArray("site: missing");
        QTest::newRow("signals not an object")
            << QByteArray() << QByteArray(head) + R"("signals": [1], )" + sitePart + "\"devices\": []}"
            << QByteArray("signals: must be an object, not an array");
        QTest::newRow("devices not an array")
            << QByteArray() << QByteArray(head) + signalsPart + sitePart + "\"devices\": {}}"
            << QByteArray("devices: must be an array, not an object");
        QTest::newRow("missing devices")
            << QByteArray()
            << QByteArray(head) + signalsPart +
                   R"("site": {"importLimitKw": 1, "exportLimitKw": 1, "baseLoadKw": [1]}})"
            << QByteArray("devices: missing");
        row("missing carbonIntensity", "\"carbonIntensity\": [100, 200, 300, 400],", "",
            "signals.carbonIntensity: missing");
        row("short carbonIntensity", "[100, 200, 300, 400]", "[100, 200, 300]",
            "signals.carbonIntensity: has 3 entries, expected 4 (slots)");
        row("carbonIntensity not an array", "[100, 200, 300, 400]", "100",
            "signals.carbonIntensity: must be an array of numbers, not a number");
        row("negative carbonIntensity", "[100, 200, 300, 400]", "[100, 200, -300, 400]",
            "signals.carbonIntensity[2]: must be >= 0");
        row("gridNeed above 1", "[0, 0.5, -0.5, 1]", "[0, 0.5, -0.5, 1.5]",
            "signals.gridNeed[3]: must be between -1 and 1");
        row("gridNeed entry a string", "[0, 0.5, -0.5, 1]", "[\"0\", 0.5, -0.5, 1]",
            "signals.gridNeed[0]: must be a number, not a string");
        row("gridNeed entry null", "[0, 0.5, -0.5, 1]", "[0, null, -0.5, 1]",
            "signals.gridNeed[1]: must be a number, not null");
        row("priceExport above priceImport", "[0.1, 0.1, 0.1, 0.1]", "[0.1, 0.1, 0.25, 0.1]",
            "signals.priceExport[2]: must be <= priceImport[2]");
        row("negative eventRate", "\"eventRate\": [0, 0, 1, 1]", "\"eventRate\": [-1, 0, 1, 1]",
            "signals.eventRate[0]: must be >= 0");
        row("negative eventBaselineKw", "[0, 0, 2, 2]", "[0, 0, 2, -2]",
            "signals.eventBaselineKw[3]: must be >= 0");
        row("unknown signal",
            "\"eventRate\":", "\"windKw\": [1, 1, 1, 1], \"eventRate\":", "signals.windKw: unknown field");
        // Currency and weights
        row("gamma above 1", "\"gamma\": 0.5", "\"gamma\": 1.5", "currency.gamma: must be between 0 and 1");
        row("negative kappa", "\"kappa\": 0.25", "\"kappa\": -0.25",
            "currency.kappa: must be between 0 and 1");
        row("exportFee above 1", "\"exportFee\": 0.01", "\"exportFee\": 2",
            "currency.exportFee: must be between 0 and 1");
        row("zero referenceIntensity", "\"referenceIntensity\": 400", "\"referenceIntensity\": 0",
            "currency.referenceIntensity: must be > 0");
        row("unknown currency field", "\"kappa\": 0.25,", "\"kappa\": 0.25, \"beta\": 1,",
            "currency.beta: unknown field");
        row("currency not an object",
            "\"currency\": {\"referenceIntensity\": 400, \"kappa\": 0.25, \"gamma\": 0.5, \"exportFee\": "
            "0.01}",
            "\"currency\": true", "currency: must be an object, not a boolean");
        row("negative money weight", "\"money\": 0.5", "\"money\": -0.5", "weights.money: must be >= 0");
        row("unknown weight", "\"money\": 0.5", "\"money\": 0.5, \"carbon\": 1",
            "weights.carbon: unknown field");
        // Site
        row("missing site", "\"site\": {", "\"sites\": {", "sites: unknown field");
        row("missing importLimitKw", "\"importLimitKw\": 17, ", "", "site.importLimitKw: missing");
        row("negative exportLimitKw", "\"exportLimitKw\": 5", "\"exportLimitKw\": -5",
            "site.exportLimitKw: must be >= 0");
        row("short baseLoadKw", "[0.5, 0.5, 0.5, 0.5]", "[0.5, 0.5, 0.5]",
            "site.baseLoadKw: has 3 entries, expected 4 (slots)");
        row("long pvKw", "[0, 1, 2, 0]", "[0, 1, 2, 0, 0]", "site.pvKw: has 5 entries, expected 4 (slots)");
        row("negative pvKw", "[0, 1, 2, 0]", "[0, -1, 2, 0]", "site.pvKw[1]: must be >= 0");
        row("unknown site field", "\"exportLimitKw\": 5,", "\"exportLimitKw\": 5, \"fuseA\": 35,",
            "site.fuseA: unknown field");
        // Devices
        row("device not an object", "{\"type\": \"battery\"", "42, {\"type\": \"battery\"",
            "devices[0]: must be an object, not a number");
        row("missing type", "{\"type\": \"ev\", ", "{", "devices[1].type: missing");
        row("unknown type", "\"type\": \"thermal\"", "\"type\": \"heatpump\"",
            "devices[3].type: must be \"battery\", \"ev\", \"appliance\" or \"thermal\"");
        row("unknown device field", "\"cycleCostPerKwh\": 0.02,", "\"cycleCostPerKwh\": 0.02, \"bogus\": 1,",
            "devices[0].bogus: unknown field");
        row("field of another type", "\"profileKw\": [2, 0.5],", "\"profileKw\": [2, 0.5], \"maxKw\": 2,",
            "devices[2].maxKw: unknown field");
        row("missing id", "\"id\": \"car\", ", "", "devices[1].id: missing");
        row("empty id", "\"id\": \"washer\"", "\"id\": \"\"", "devices[2].id: must not be empty");
        row("id not a string", "\"id\": \"washer\"", "\"id\": 2",
            "devices[2].id: must be a string, not a number");
        row("repeated id", "\"id\": \"heater\"", "\"id\": \"bat\"",
            "devices[3].id: \"bat\" is already the id of devices[0]");
        row("negative capacity", "\"capacityKwh\": 10,", "\"capacityKwh\": -10,",
            "devices[0].capacityKwh: must be >= 0");
        row("missing maxChargeKw", "\"maxChargeKw\": 5, \"maxDischargeKw\"", "\"maxDischargeKw\"",
            "devices[0].maxChargeKw: missing");
        row("battery below minSocKwh", "\"socKwh\": 4, \"minSocKwh\": 1,",
            "\"socKwh\": 0.5, \"minSocKwh\": 1,", "devices[0].socKwh: below minSocKwh");
        row("battery above maxSocKwh", "\"maxSocKwh\": 9.5", "\"maxSocKwh\": 3",
            "devices[0].socKwh: above maxSocKwh");
        row("maxSocKwh above capacity", "\"maxSocKwh\": 9.5", "\"maxSocKwh\": 10.5",
            "devices[0].maxSocKwh: above capacityKwh");
        row("zero efficiency", "\"dischargeEfficiency\": 0.95", "\"dischargeEfficiency\": 0",
            "devices[0].dischargeEfficiency: must be in (0, 1]");
        row("efficiency above 1", "\"chargeEfficiency\": 0.95", "\"chargeEfficiency\": 1.05",
            "devices[0].chargeEfficiency: must be in (0, 1]");
        row("negative cycle cost", "\"cycleCostPerKwh\": 0.02", "\"cycleCostPerKwh\": -0.02",
            "devices[0].cycleCostPerKwh: must be >= 0");
        row("null finalSocKwhMin", "\"finalSocKwhMin\": 4", "\"finalSocKwhMin\": null",
            "devices[0].finalSocKwhMin: must be a number, not null");
        row("negative finalSocKwhMin", "\"finalSocKwhMin\": 4", "\"finalSocKwhMin\": -4",
            "devices[0].finalSocKwhMin: must be >= 0");
        row("departure before arrival", "\"departureSlot\": 3", "\"departureSlot\": 0",
            "devices[1].departureSlot: before arrivalSlot");
        row("ev soc above capacity", "\"socKwh\": 18,", "\"socKwh\": 61,",
            "devices[1].socKwh: above capacityKwh");
        row("ev target above capacity", "\"targetSocKwh\": 20", "\"targetSocKwh\": 60.5",
            "devices[1].targetSocKwh: above capacityKwh");
        row("ev minChargeKw above maxChargeKw", "\"minChargeKw\": 1.4", "\"minChargeKw\": 7.5",
            "devices[1].minChargeKw: above maxChargeKw");
        row("non-integer slot", "\"arrivalSlot\": 1", "\"arrivalSlot\": 1.5",
            "devices[1].arrivalSlot: must be an integer");
        row("absurd slot", "\"departureSlot\": 3", "\"departureSlot\": 1e300",
            "devices[1].departureSlot: must be an integer between -1000000000 and 1000000000");
        row("slot a string", "\"windowStartSlot\": 0", "\"windowStartSlot\": \"0\"",
            "devices[3].windowStartSlot: must be a number, not a string");
        row("empty profile", "[2, 0.5]", "[]", "devices[2].profileKw: must not be empty");
        row("negative profile entry", "[2, 0.5]", "[2, -0.5]", "devices[2].profileKw[1]: must be >= 0");
        row("profile not an array", "[2, 0.5]", "{}",
            "devices[2].profileKw: must be an array of numbers, not an object");
        row("latest end before earliest start", "\"latestEndSlot\": 4", "\"latestEndSlot\": -1",
            "devices[2].latestEndSlot: before earliestStartSlot");
        row("window end before window start", "\"windowEndSlot\": 4", "\"windowEndSlot\": -2",
            "devices[3].windowEndSlot: before windowStartSlot");
        row("negative thermal energy", "\"energyKwh\": 1", "\"energyKwh\": -1",
            "devices[3].energyKwh: must be >= 0");
        row("negative thermal power", "\"maxKw\": 3", "\"maxKw\": -3", "devices[3].maxKw: must be >= 0");
    }

    void refuses()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, error);
        const std::string text = from.isEmpty() ? to.toStdString() : mutated(view(from), view(to));
        const ScenarioReadResult r = readScenario(text);
        QVERIFY(!r.ok());
        QCOMPARE(bytes(r.error), error);
        QVERIFY(r.scenario.deviceOrder.empty()); // no partial scenario
        QCOMPARE(r.scenario.slotCount, 0);
    }

    void checksUnknownFieldsBeforeTheRest()
    {
        // A misspelt required field reads as the unknown one, which is what to fix.
        const ScenarioReadResult r = readScenario(mutated("\"capacityKwh\": 60", "\"capacityKWh\": 60"));
        QCOMPARE(bytes(r.error), QByteArray("devices[1].capacityKWh: unknown field"));
    }

    void neverCrashesOnPrefixes()
    {
        for (std::size_t n = 0; n < kBaseScenario.size(); ++n) {
            const ScenarioReadResult r = readScenario(std::string_view(kBaseScenario).substr(0, n));
            QVERIFY(!r.ok());
            QVERIFY2(r.error.rfind("line ", 0) == 0, r.error.c_str());
        }
        QVERIFY(readScenario(kBaseScenario).ok());
    }

    void parsesUtcTimestamps()
    {
        QCOMPARE(parseUtcTimestamp("1970-01-01T00:00:00Z"), std::optional<std::int64_t>(0));
        QCOMPARE(parseUtcTimestamp("2000-03-01T00:00:00Z"), std::optional<std::int64_t>(951868800));
        QCOMPARE(parseUtcTimestamp("1969-12-31T23:59:59+00:00"), std::optional<std::int64_t>(-1));
        QCOMPARE(parseUtcTimestamp("2026-06-01T12:34:56.000000Z"), std::optional<std::int64_t>(1780317296));
        QCOMPARE(parseUtcTimestamp("9999-12-31T23:59:59Z"), std::optional<std::int64_t>(253402300799));
        for (const char *bad :
             {"", "2026-06-01", "2026-06-01T00:00Z", "2026-06-01T00:00:00z", "2026-06-01t00:00:00Z",
              "2026-06-01T00:00:00-00:00", "2026-06-01T00:00:00+0000", "2026-13-01T00:00:00Z",
              "2026-00-01T00:00:00Z", "2026-06-00T00:00:00Z", "2026-04-31T00:00:00Z", "2026-06-01T00:60:00Z",
              "2026-06-01T00:00:60Z", "2026-06-01T00:00:00.Z", "2026-06-01T00:00:00.001Z",
              "+2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z ", "2026-6-01T00:00:00Z",
              "20a6-06-01T00:00:00Z"}) {
            QVERIFY2(!parseUtcTimestamp(bad), bad);
        }
    }

    void readsTheLargestScenarioQuickly()
    {
        const std::string text = largeScenario(2016, 5);
        ScenarioReadResult r = readScenario(text);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.scenario.slotCount, 2016);
        QCOMPARE(r.scenario.deviceOrder.size(), 20u);
        QCOMPARE(r.scenario.gridSignals.carbonIntensity[96], 120.5 + 3.25 * 96);
        QElapsedTimer timer;
        timer.start();
        const int runs = 20;
        for (int i = 0; i < runs; ++i)
            r = readScenario(text);
        const double ms = double(timer.nsecsElapsed()) / 1e6 / runs;
        qInfo("a 2016-slot scenario of %zu bytes reads in %.2f ms", text.size(), ms);
        // About 2 ms in a release build; debug builds with sanitizers are some 25 times slower, so they only
        // guard against a blow-up (a quadratic step, say).
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        const double limitMs = 10.0;
#else
        const double limitMs = 1000.0;
#endif
        QVERIFY2(ms < limitMs, std::to_string(ms).c_str());
    }
};

QTEST_GUILESS_MAIN(TestScenarioReader)
#include "tst_scenarioreader.moc"
