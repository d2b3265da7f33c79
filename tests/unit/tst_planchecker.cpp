// The plan's JSON format and the checker (backend/scheduler/planjson.h, checker.h;
// ../shared/docs/scheduling.md "Plan"): a hand-built feasible plan passes, each kind of violation is found
// and named, the tolerances are the contract's, and a plan written and read back is the same plan, bit for
// bit.
#include <QTest>

#ifndef Q_MOC_RUN
#include "scheduler/checker.h"
#include "scheduler/objective.h"
#include "scheduler/planjson.h"
#include "scheduler/scenarioreader.h"
#endif

#include "schedulertesthelpers.h"

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

using namespace commonwatt::scheduler;
using namespace schedulertest;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

Scenario baseScenario()
{
    ScenarioReadResult r = readScenario(kBaseScenario);
    if (!r.ok())
        qFatal("base scenario: %s", r.error.c_str());
    return r.scenario;
}

// A plan for kBaseScenario that meets every constraint:
//   slot 0: the heater draws 2 kW from the grid;
//   slot 1: battery charges 2 kW, car 3 kW, heater 2 kW, from 1 kW of PV and 6.5 kW of import;
//   slot 2: car 2 kW, washer 2 kW, from 2 kW of PV and 2.5 kW of import;
//   slot 3: the battery discharges 1 kW for the base load and the washer's last 0.5 kW.
Plan feasiblePlan(const Scenario &s)
{
    Plan p;
    p.scenario = s.name;
    p.status = PlanStatus::Feasible;
    p.solver = "by hand";
    p.solveMs = 0.25;
    p.importKw = {2.5, 6.5, 2.5, 0.0};
    p.exportKw = {0.0, 0.0, 0.0, 0.0};
    p.pvUsedKw = {0.0, 1.0, 2.0, 0.0};
    BatteryPlan b;
    b.chargeKw = {0.0, 2.0, 0.0, 0.0};
    b.dischargeKw = {0.0, 0.0, 0.0, 1.0};
    b.socKwh = {s.batteries[0].socKwh};
    for (std::size_t t = 0; t < 4; ++t) {
        b.socKwh.push_back(b.socKwh[t] + (s.batteries[0].chargeEfficiency * b.chargeKw[t] -
                                          b.dischargeKw[t] / s.batteries[0].dischargeEfficiency) *
                                             s.dt());
    }
    p.batteries = {b};
    EvPlan ev;
    ev.chargeKw = {0.0, 3.0, 2.0, 0.0};
    ev.shortfallKwh = 20.0 - 18.0 - 0.9 * 5.0 * 0.25; // 0.875
    p.evs = {ev};
    p.appliances = {AppliancePlan{2}};
    p.thermals = {ThermalPlan{{2.0, 2.0, 0.0, 0.0}}};
    p.objective = planObjective(s, p);
    return p;
}

bool hasViolation(const CheckReport &report, std::string_view prefix)
{
    return std::any_of(report.violations.begin(), report.violations.end(),
                       [&](const std::string &v) { return v.rfind(prefix, 0) == 0; });
}

std::string listed(const CheckReport &report)
{
    std::string out;
    for (const std::string &v : report.violations)
        out += "\n  " + v;
    return out.empty() ? std::string(" (none)") : out;
}

struct Mutation
{
    const char *name;
    std::function<void(Scenario &, Plan &)> apply;
    const char *violation;      // the start of the violation it must cause
    bool keepObjective = false; // else the claimed objective is recomputed after the change
};

const std::vector<Mutation> &mutations()
{
    static const std::vector<Mutation> table{
        {"import above its limit", [](Scenario &s, Plan &) { s.site.importLimitKw = 6.0; },
         "site.importKw[1]: 6.5 above importLimitKw 6"},
        {"negative import", [](Scenario &, Plan &p) { p.importKw[3] = -0.5; },
         "site.importKw[3]: -0.5 below 0"},
        {"export above its limit", [](Scenario &, Plan &p) { p.exportKw[2] = 6.0; },
         "site.exportKw[2]: 6 above exportLimitKw 5"},
        {"negative export", [](Scenario &, Plan &p) { p.exportKw[0] = -0.1; },
         "site.exportKw[0]: -0.1 below 0"},
        {"PV beyond what shines", [](Scenario &, Plan &p) { p.pvUsedKw[1] = 1.5; },
         "site.pvUsedKw[1]: 1.5 above pvKw 1"},
        {"negative PV", [](Scenario &, Plan &p) { p.pvUsedKw[0] = -1.0; }, "site.pvUsedKw[0]: -1 below 0"},
        {"site out of balance", [](Scenario &, Plan &p) { p.importKw[2] += 0.01; }, "site.balance[2]: "},
        {"charging above its limit", [](Scenario &s, Plan &) { s.batteries[0].maxChargeKw = 1.5; },
         "devices.bat.chargeKw[1]: 2 above maxChargeKw 1.5"},
        {"negative discharge", [](Scenario &, Plan &p) { p.batteries[0].dischargeKw[0] = -0.5; },
         "devices.bat.dischargeKw[0]: -0.5 below 0"},
        {"charging and discharging beyond the slot",
         [](Scenario &, Plan &p) {
             p.batteries[0].chargeKw[1] = 3.0;
             p.batteries[0].dischargeKw[1] = 3.0;
         },
         "devices.bat.chargeKw[1]: charging 3 and discharging 3 kW share the slot"},
        {"discharging with a zero limit", [](Scenario &s, Plan &) { s.batteries[0].maxDischargeKw = 0.0; },
         "devices.bat.dischargeKw[3]: 1 above maxDischargeKw 0"},
        {"soc not following the powers", [](Scenario &, Plan &p) { p.batteries[0].socKwh[2] += 0.1; },
         "devices.bat.socKwh[2]: "},
        {"soc not starting at socKwh", [](Scenario &, Plan &p) { p.batteries[0].socKwh[0] = 5.0; },
         "devices.bat.socKwh[0]: 5 is not the initial socKwh 4"},
        {"soc above maxSocKwh", [](Scenario &s, Plan &) { s.batteries[0].maxSocKwh = 4.3; },
         "devices.bat.socKwh[2]: 4.475 above maxSocKwh 4.3"},
        {"soc below minSocKwh", [](Scenario &s, Plan &) { s.batteries[0].minSocKwh = 4.3; },
         "devices.bat.socKwh[1]: 4 below minSocKwh 4.3"},
        {"end below finalSocKwhMin", [](Scenario &s, Plan &) { s.batteries[0].finalSocKwhMin = 4.5; },
         "devices.bat.socKwh[4]: "},
        {"car charging before it arrives", [](Scenario &, Plan &p) { p.evs[0].chargeKw[0] = 2.0; },
         "devices.car.chargeKw[0]: 2 is not 0 outside arrivalSlot..departureSlot [1, 3)"},
        {"car charging after it left", [](Scenario &, Plan &p) { p.evs[0].chargeKw[3] = 2.0; },
         "devices.car.chargeKw[3]: 2 is not 0 outside arrivalSlot..departureSlot [1, 3)"},
        {"car charging below its minimum", [](Scenario &, Plan &p) { p.evs[0].chargeKw[2] = 1.0; },
         "devices.car.chargeKw[2]: 1 is neither 0 nor between minChargeKw 1.4 and maxChargeKw 7.4"},
        {"car charging above its maximum", [](Scenario &s, Plan &) { s.evs[0].maxChargeKw = 2.5; },
         "devices.car.chargeKw[1]: 3 is neither 0 nor between minChargeKw 1.4 and maxChargeKw 2.5"},
        {"negative car charging", [](Scenario &, Plan &p) { p.evs[0].chargeKw[2] = -2.0; },
         "devices.car.chargeKw[2]: -2 is neither 0 nor between"},
        {"car charged beyond its capacity",
         [](Scenario &s, Plan &p) {
             s.evs[0].capacityKwh = 19.0;
             s.evs[0].targetSocKwh = 19.0;
             p.evs[0].shortfallKwh = 0.0;
         },
         "devices.car.chargeKw: socKwh 18 + 1.125 kWh delivered is above capacityKwh 19"},
        {"shortfall claimed wrongly", [](Scenario &, Plan &p) { p.evs[0].shortfallKwh = 0.0; },
         "devices.car.evShortfallKwh: 0, but the charging leaves 0.875 kWh short of targetSocKwh 20"},
        {"washer before its earliest start",
         [](Scenario &s, Plan &) { s.appliances[0].earliestStartSlot = 3; },
         "devices.washer.startSlot: 2 before earliestStartSlot 3"},
        {"washer ending after its latest end", [](Scenario &s, Plan &) { s.appliances[0].latestEndSlot = 3; },
         "devices.washer.startSlot: 2 + 2 slots ends after latestEndSlot 3"},
        {"washer running past the horizon",
         [](Scenario &s, Plan &p) {
             s.appliances[0].latestEndSlot = 100;
             p.appliances[0].startSlot = 3;
         },
         "devices.washer.startSlot: 3 + 2 slots ends after latestEndSlot 4 (the horizon)"},
        {"washer moved without its power", [](Scenario &, Plan &p) { p.appliances[0].startSlot = 1; },
         "site.balance[1]: "},
        {"heater above its power", [](Scenario &s, Plan &) { s.thermals[0].maxKw = 1.5; },
         "devices.heater.powerKw[0]: 2 above maxKw 1.5"},
        {"heater outside its window", [](Scenario &s, Plan &) { s.thermals[0].windowStartSlot = 1; },
         "devices.heater.powerKw[0]: 2 is not 0 outside windowStartSlot..windowEndSlot [1, 4)"},
        {"heater short of its energy", [](Scenario &s, Plan &) { s.thermals[0].energyKwh = 1.5; },
         "devices.heater.powerKw: delivers 1 kWh, not energyKwh 1.5"},
        {"negative heater power", [](Scenario &, Plan &p) { p.thermals[0].powerKw[0] = -2.0; },
         "devices.heater.powerKw[0]: -2 below 0"},
        {"objective claimed wrongly", [](Scenario &, Plan &p) { p.objective += 0.01; }, "objective: ", true},
        {"NaN", [](Scenario &, Plan &p) { p.batteries[0].chargeKw[1] = std::nan(""); },
         "devices.bat.chargeKw[1]: NaN is not a finite number"},
        {"infinite objective", [](Scenario &, Plan &p) { p.objective = -HUGE_VAL; },
         "objective: -inf is not a finite number", true},
        {"short array", [](Scenario &, Plan &p) { p.thermals[0].powerKw.pop_back(); },
         "devices.heater.powerKw: has 3 entries, expected 4 (slots)"},
        {"short soc", [](Scenario &, Plan &p) { p.batteries[0].socKwh.pop_back(); },
         "devices.bat.socKwh: has 4 entries, expected 5 (slots + 1)"},
        {"long site array", [](Scenario &, Plan &p) { p.pvUsedKw.push_back(0.0); },
         "site.pvUsedKw: has 5 entries, expected 4 (slots)"},
        {"device missing", [](Scenario &, Plan &p) { p.evs.clear(); },
         "devices: the plan has 0 ev plans, the scenario 1"},
        {"no schedule",
         [](Scenario &, Plan &p) {
             p.status = PlanStatus::Infeasible;
             p.reason = "washer";
         },
         "status: \"infeasible\", the plan has no schedule to check (reason: washer)", true},
    };
    return table;
}

} // namespace

class TestPlanChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void feasiblePlanPasses()
    {
        const Scenario s = baseScenario();
        const Plan p = feasiblePlan(s);
        const CheckReport report = checkPlan(s, p);
        QVERIFY2(report.ok(), listed(report).c_str());
        QCOMPARE(report.objective, p.objective);
        QCOMPARE(report.totalShortfallKwh, 0.875);
        QVERIFY(p.objective < 0.0);
    }

    void findsEachViolation_data()
    {
        QTest::addColumn<int>("mutation");
        for (std::size_t i = 0; i < mutations().size(); ++i)
            QTest::newRow(mutations()[i].name) << int(i);
    }

    void findsEachViolation()
    {
        QFETCH(int, mutation);
        const Mutation &m = mutations()[std::size_t(mutation)];
        Scenario s = baseScenario();
        Plan p = feasiblePlan(s);
        m.apply(s, p);
        const bool readable = p.hasSchedule() && p.importKw.size() == 4 && p.pvUsedKw.size() == 4 &&
                              p.evs.size() == 1 && p.thermals[0].powerKw.size() == 4 &&
                              p.batteries[0].socKwh.size() == 5 && std::isfinite(p.batteries[0].chargeKw[1]);
        if (!m.keepObjective && readable)
            p.objective = planObjective(s, p);
        const CheckReport report = checkPlan(s, p);
        QVERIFY(!report.ok());
        QVERIFY2(hasViolation(report, m.violation),
                 ("expected \"" + std::string(m.violation) + "...\", found" + listed(report)).c_str());
    }

    void toleratesWhatTheContractAllows()
    {
        const Scenario base = baseScenario();
        const Plan plan = feasiblePlan(base);
        const auto check = [&](const std::function<void(Scenario &, Plan &)> &change) {
            Scenario s = base;
            Plan p = plan;
            change(s, p);
            return checkPlan(s, p);
        };
        // A limit: 1e-6 * max(1, |largest term|), here 6.5e-6 kW on an import of 6.5 kW.
        QVERIFY(check([](Scenario &s, Plan &) { s.site.importLimitKw = 6.5 - 6e-6; }).ok());
        QVERIFY(!check([](Scenario &s, Plan &) { s.site.importLimitKw = 6.5 - 7e-6; }).ok());
        // The site balance: 1e-6 kW.
        const auto shifted = [](double kw) {
            return [kw](Scenario &s, Plan &p) {
                p.importKw[0] += kw;
                p.objective = planObjective(s, p);
            };
        };
        QVERIFY(check(shifted(0.9e-6)).ok());
        QVERIFY(hasViolation(check(shifted(1.1e-6)), "site.balance[0]"));
        // The objective: 1e-6 * max(1, |objective|).
        const double objectiveTolerance = 1e-6 * std::max(1.0, std::fabs(plan.objective));
        QVERIFY(check([&](Scenario &, Plan &p) { p.objective += 0.9 * objectiveTolerance; }).ok());
        QVERIFY(!check([&](Scenario &, Plan &p) { p.objective -= 1.1 * objectiveTolerance; }).ok());
        // An EV charging a hair below its minimum is at its minimum; a hair above zero is off.
        QVERIFY(check([](Scenario &s, Plan &) { s.evs[0].minChargeKw = 2.0 + 1e-6; }).ok());
        QVERIFY(check([](Scenario &s, Plan &) { s.evs[0].capacityKwh = 19.125 - 1e-6; }).ok());
        // A battery at its exact time-sharing limit passes.
        QVERIFY(check([](Scenario &s, Plan &) { s.batteries[0].maxChargeKw = 2.0; }).ok());
        // Thermal energy, within 1e-6 kWh.
        QVERIFY(check([](Scenario &s, Plan &) { s.thermals[0].energyKwh = 1.0 + 0.9e-6; }).ok());
        QVERIFY(!check([](Scenario &s, Plan &) { s.thermals[0].energyKwh = 1.0 + 1.1e-6; }).ok());
    }

    void capsTheViolations()
    {
        std::string ones = "[";
        for (int t = 0; t < 300; ++t)
            ones += t == 0 ? "1" : ", 1";
        ones += "]";
        const ScenarioReadResult r = readScenario(
            R"({"format": "commonwatt-scenario/1", "name": "cap", "start": "2026-06-01T00:00:00Z", "slotMinutes": 60,
                "slots": 300, "signals": {"carbonIntensity": )" +
            ones + R"(}, "site": {"importLimitKw": 2, "exportLimitKw": 0, "baseLoadKw": )" + ones +
            R"(}, "devices": []})");
        QVERIFY2(r.ok(), r.error.c_str());
        Plan p;
        p.importKw.assign(300, 0.0);
        p.exportKw.assign(300, 0.0);
        p.pvUsedKw.assign(300, 0.0);
        p.objective = planObjective(r.scenario, p);
        const CheckReport report = checkPlan(r.scenario, p);
        QCOMPARE(report.violations.size(), CheckReport::kMaxViolations + 1);
        QCOMPARE(bytes(report.violations.back()), QByteArray("... and 100 more violations"));
        p.importKw.assign(300, 1.0);
        p.objective = planObjective(r.scenario, p);
        QVERIFY2(checkPlan(r.scenario, p).ok(), listed(checkPlan(r.scenario, p)).c_str());
    }

    void writesTheContractsFormat()
    {
        const Scenario s = baseScenario();
        Plan p = feasiblePlan(s);
        p.status = PlanStatus::Optimal;
        p.objective = -1.5;
        p.info = {{"bound", -1.5}, {"gap", 0.0}};
        const std::string expected = R"({
  "format": "commonwatt-plan/1",
  "scenario": "base",
  "status": "optimal",
  "objective": -1.5,
  "solver": "by hand",
  "solveMs": 0.25,
  "site": {
    "importKw": [2.5, 6.5, 2.5, 0],
    "exportKw": [0, 0, 0, 0],
    "pvUsedKw": [0, 1, 2, 0]
  },
  "devices": {
    "bat": {
      "chargeKw": [0, 2, 0, 0],
      "dischargeKw": [0, 0, 0, 1],
      "socKwh": [4, 4, 4.475, 4.475, 4.211842105263157]
    },
    "car": {
      "chargeKw": [0, 3, 2, 0],
      "evShortfallKwh": 0.875
    },
    "washer": {"startSlot": 2},
    "heater": {
      "powerKw": [2, 2, 0, 0]
    }
  },
  "info": {
    "bound": -1.5,
    "gap": 0
  }
}
)";
        QCOMPARE(bytes(writePlanJson(s, p)), bytes(expected));
    }

    void writesAnInfeasiblePlanWithoutASchedule()
    {
        const Scenario s = baseScenario();
        Plan p;
        p.status = PlanStatus::Infeasible;
        p.reason = "washer: no start slot fits";
        p.solver = "fast";
        p.solveMs = 1.5;
        p.importKw = {1, 2, 3, 4}; // ignored
        p.info = {{"nodes", 3}};   // ignored
        const std::string text = writePlanJson(s, p);
        QCOMPARE(bytes(text), QByteArray(R"({
  "format": "commonwatt-plan/1",
  "scenario": "base",
  "status": "infeasible",
  "reason": "washer: no start slot fits",
  "solver": "fast",
  "solveMs": 1.5
}
)"));
        const PlanReadResult r = readPlan(text, s);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.plan.status, PlanStatus::Infeasible);
        QCOMPARE(r.plan.reason, p.reason);
        QCOMPARE(r.plan.solver, p.solver);
        QCOMPARE(r.plan.solveMs, 1.5);
        QVERIFY(r.plan.importKw.empty());
    }

    void roundTripsExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("base") << QString();
        for (const Example &e : kExamples)
            QTest::newRow(e.name) << QString::fromLatin1(e.name) + u".json"_s;
    }

    void roundTripsExactly()
    {
        QFETCH(QString, file);
        const ScenarioReadResult sr = readScenario(file.isEmpty() ? kBaseScenario : readData(file));
        QVERIFY2(sr.ok(), sr.error.c_str());
        const Scenario &s = sr.scenario;
        // Awkward numbers: thirds, tenths, tiny and huge magnitudes, negative zero.
        std::mt19937_64 random(std::hash<std::string>{}(s.name));
        std::uniform_real_distribution<double> kw(0.0, 10.0);
        const double awkward[] = {0.1 + 0.2, 1.0 / 3.0, 1e-300, 5e-324, -0.0, 1.7976931348623157e308,
                                  2.0 / 3.0};
        std::size_t next = 0;
        const auto value = [&]() {
            const std::size_t i = next++;
            return i % 5 == 0 ? awkward[(i / 5) % std::size(awkward)] : kw(random);
        };
        const auto slotsOf = [&](std::size_t n) {
            std::vector<double> v(n);
            for (double &x : v)
                x = value();
            return v;
        };
        const auto slotTotal = std::size_t(s.slotCount);
        Plan p;
        p.scenario = s.name;
        p.status = PlanStatus::Feasible;
        p.objective = -12.345678901234567;
        p.solver = "random \"quoted\" \\ solver \xE2\x9C\x93";
        p.solveMs = 0.1 + 0.7;
        p.importKw = slotsOf(slotTotal);
        p.exportKw = slotsOf(slotTotal);
        p.pvUsedKw = slotsOf(slotTotal);
        for (std::size_t i = 0; i < s.batteries.size(); ++i)
            p.batteries.push_back({slotsOf(slotTotal), slotsOf(slotTotal), slotsOf(slotTotal + 1)});
        for (std::size_t i = 0; i < s.evs.size(); ++i)
            p.evs.push_back({slotsOf(slotTotal), 1.0 / 7.0});
        for (std::size_t i = 0; i < s.appliances.size(); ++i)
            p.appliances.push_back({int(i) * 3 - 1});
        for (std::size_t i = 0; i < s.thermals.size(); ++i)
            p.thermals.push_back({slotsOf(slotTotal)});
        p.info = {{"bound", -12.3}, {"gap", 1e-7}, {"nodes", 12345}, {"unknown", std::nan("")}};

        const std::string text = writePlanJson(s, p);
        const PlanReadResult r = readPlan(text, s);
        QVERIFY2(r.ok(), r.error.c_str());
        const Plan &q = r.plan;
        const auto same = [](double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; };
        const auto sameAll = [&](const std::vector<double> &a, const std::vector<double> &b) {
            return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same);
        };
        QCOMPARE(q.scenario, p.scenario);
        QCOMPARE(q.status, p.status);
        QVERIFY(same(q.objective, p.objective));
        QCOMPARE(q.solver, p.solver);
        QVERIFY(same(q.solveMs, p.solveMs));
        QVERIFY(sameAll(q.importKw, p.importKw));
        QVERIFY(sameAll(q.exportKw, p.exportKw));
        QVERIFY(sameAll(q.pvUsedKw, p.pvUsedKw));
        QCOMPARE(q.batteries.size(), p.batteries.size());
        for (std::size_t i = 0; i < p.batteries.size(); ++i) {
            QVERIFY(sameAll(q.batteries[i].chargeKw, p.batteries[i].chargeKw));
            QVERIFY(sameAll(q.batteries[i].dischargeKw, p.batteries[i].dischargeKw));
            QVERIFY(sameAll(q.batteries[i].socKwh, p.batteries[i].socKwh));
        }
        QCOMPARE(q.evs.size(), p.evs.size());
        for (std::size_t i = 0; i < p.evs.size(); ++i) {
            QVERIFY(sameAll(q.evs[i].chargeKw, p.evs[i].chargeKw));
            QVERIFY(same(q.evs[i].shortfallKwh, p.evs[i].shortfallKwh));
        }
        QCOMPARE(q.appliances.size(), p.appliances.size());
        for (std::size_t i = 0; i < p.appliances.size(); ++i)
            QCOMPARE(q.appliances[i].startSlot, p.appliances[i].startSlot);
        QCOMPARE(q.thermals.size(), p.thermals.size());
        for (std::size_t i = 0; i < p.thermals.size(); ++i)
            QVERIFY(sameAll(q.thermals[i].powerKw, p.thermals[i].powerKw));
        QCOMPARE(q.info.size(), 4u);
        QCOMPARE(q.info[0].first, std::string("bound"));
        QVERIFY(same(q.info[1].second, 1e-7));
        QCOMPARE(q.info[2].second, 12345.0);
        QVERIFY(std::isnan(q.info[3].second)); // written as null
        QCOMPARE(bytes(writePlanJson(s, q)), bytes(text));
    }

    void readsPlansStrictly_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("error");
        const auto row = [](const char *name, const char *from, const char *to, const char *error) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QByteArray(error);
        };
        row("wrong format", "commonwatt-plan/1", "commonwatt-scenario/1",
            "format: must be \"commonwatt-plan/1\"");
        row("another scenario", "\"scenario\": \"base\"", "\"scenario\": \"other\"",
            "scenario: \"other\" is not the scenario's name \"base\"");
        row("unknown status", "\"status\": \"feasible\"", "\"status\": \"good\"",
            "status: must be \"optimal\", \"feasible\", \"infeasible\" or \"time-limit\"");
        row("missing objective", "\"objective\": -1.5,\n", "", "objective: missing");
        row("unknown top-level field", "\"solveMs\": 0.25,", "\"solveMs\": 0.25, \"bound\": 1,",
            "bound: unknown field");
        row("reason in a feasible plan", "\"solveMs\": 0.25,", "\"solveMs\": 0.25, \"reason\": \"x\",",
            "reason: unknown field");
        row("short site array", "\"importKw\": [2.5, 6.5, 2.5, 0]", "\"importKw\": [2.5, 6.5, 2.5]",
            "site.importKw: has 3 entries, expected 4 (slots)");
        row("site entry a string", "\"exportKw\": [0, 0, 0, 0]", "\"exportKw\": [0, \"0\", 0, 0]",
            "site.exportKw[1]: must be a number, not a string");
        row("missing site array", "\"pvUsedKw\": [0, 1, 2, 0]", "\"pvUsedKW\": [0, 1, 2, 0]",
            "site.pvUsedKW: unknown field");
        row("missing device", "\"washer\": {\"startSlot\": 2},\n", "", "devices.washer: missing");
        row("unknown device", "\"washer\": {\"startSlot\": 2},",
            "\"washer\": {\"startSlot\": 2}, \"ghost\": {},", "devices.ghost: not a device of the scenario");
        row("short soc", ", 4.211842105263157]", "]",
            "devices.bat.socKwh: has 4 entries, expected 5 (slots + 1)");
        row("long car charging", "\"chargeKw\": [0, 3, 2, 0]", "\"chargeKw\": [0, 3, 2, 0, 0]",
            "devices.car.chargeKw: has 5 entries, expected 4 (slots)");
        row("missing shortfall", ",\n      \"evShortfallKwh\": 0.875", "",
            "devices.car.evShortfallKwh: missing");
        row("field of another device", "\"powerKw\": [2, 2, 0, 0]", "\"chargeKw\": [2, 2, 0, 0]",
            "devices.heater.chargeKw: unknown field");
        row("fractional start slot", "\"startSlot\": 2", "\"startSlot\": 2.5",
            "devices.washer.startSlot: must be an integer");
        row("device not an object", "\"washer\": {\"startSlot\": 2}", "\"washer\": 2",
            "devices.washer: must be an object, not a number");
        row("info not an object", "\"info\": {\n    \"bound\": -1.5,\n    \"gap\": 0\n  }", "\"info\": []",
            "info: must be an object, not an array");
        row("malformed", "\"solveMs\": 0.25,", "\"solveMs\": 0.25,,",
            "line 7, column 19: unexpected ',', expected a member name in double quotes");
    }

    void readsPlansStrictly()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, error);
        const Scenario s = baseScenario();
        Plan p = feasiblePlan(s);
        p.objective = -1.5;
        p.info = {{"bound", -1.5}, {"gap", 0.0}};
        const std::string text = writePlanJson(s, p);
        QVERIFY(readPlan(text, s).ok());
        const std::string changed = mutated(std::string_view(from.constData(), std::size_t(from.size())),
                                            std::string_view(to.constData(), std::size_t(to.size())), text);
        const PlanReadResult r = readPlan(changed, s);
        QVERIFY(!r.ok());
        QCOMPARE(bytes(r.error), error);
    }

    void readsFreeFormInfo()
    {
        const Scenario s = baseScenario();
        std::string text = writePlanJson(s, feasiblePlan(s));
        text.insert(text.rfind('}'),
                    R"(, "info": {"note": "text is left out", "gap": 0.5, "nested": {"a": 1}})");
        const PlanReadResult r = readPlan(text, s);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.plan.info.size(), 1u);
        QCOMPARE(r.plan.info[0].first, std::string("gap"));
        QVERIFY(checkPlan(s, r.plan).ok());
    }

    void writesOnlyValidJson()
    {
        // A device id and a scenario name that need escaping, and an info key given twice.
        std::string text = mutated("\"id\": \"washer\"", "\"id\": \"wash\\ner \\\"2\\\"\"");
        text = mutated("\"name\": \"base\"", "\"name\": \"b\\u0001\"", text);
        const ScenarioReadResult sr = readScenario(text);
        QVERIFY2(sr.ok(), sr.error.c_str());
        Plan p = feasiblePlan(sr.scenario);
        p.info = {{"gap", 1.0}, {"gap", 2.0}};
        const PlanReadResult r = readPlan(writePlanJson(sr.scenario, p), sr.scenario);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.plan.appliances[0].startSlot, 2);
        QCOMPARE(r.plan.info.size(), 1u);
        QCOMPARE(r.plan.info[0].second, 1.0);
        QVERIFY(checkPlan(sr.scenario, r.plan).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlanChecker)
#include "tst_planchecker.moc"
