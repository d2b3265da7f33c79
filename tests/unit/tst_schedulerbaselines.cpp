// The scheduler's rule-based plans: the site flows that follow from fixed device powers (siteflows.h), the
// immediate baseline and its building blocks (immediate.h), the benchmark's cheapest-slots baseline and its
// scenario generator (tests/benchmarks/scheduler).
#ifndef Q_MOC_RUN
#include "cheapest.h"
#include "generator.h"
#include "scheduler/checker.h"
#include "scheduler/immediate.h"
#include "scheduler/json.h"
#include "scheduler/objective.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/siteflows.h"
#endif

#include "schedulertesthelpers.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace commonwatt::scheduler;

namespace {

// With carbon intensity 100 and the default currency, w = 1 * (0.25 + 0.75 * 100 / 400) = 0.4375.
constexpr double kW = 0.4375;
constexpr double kGiving = kW * 0.99; // after the default 1 % export fee

// A household of `slots` one-hour slots with flat base load and PV, no devices, the default currency.
Scenario household(int slotTotal, double baseKw, double pvKw)
{
    Scenario s;
    s.name = "hand";
    s.start = "2026-06-01T00:00:00Z";
    s.startEpochSeconds = 1780272000;
    s.slotMinutes = 60;
    s.slotCount = slotTotal;
    const auto n = static_cast<std::size_t>(slotTotal);
    s.gridSignals.carbonIntensity.assign(n, 100.0);
    s.gridSignals.gridNeed.assign(n, 0.0);
    s.gridSignals.priceImport.assign(n, 0.0);
    s.gridSignals.priceExport.assign(n, 0.0);
    s.gridSignals.eventRate.assign(n, 0.0);
    s.gridSignals.eventBaselineKw.assign(n, 0.0);
    s.site.importLimitKw = 17.0;
    s.site.exportLimitKw = 10.0;
    s.site.baseLoadKw.assign(n, baseKw);
    s.site.pvKw.assign(n, pvKw);
    return s;
}

Battery battery(double socKwh)
{
    Battery b;
    b.id = "bat";
    b.capacityKwh = 10.0;
    b.socKwh = socKwh;
    b.minSocKwh = 1.0;
    b.maxSocKwh = 9.0;
    b.maxChargeKw = 3.0;
    b.maxDischargeKw = 3.0;
    return b; // efficiencies 1, no cycle cost
}

Ev car(double targetSocKwh, double minKw, double maxKw, double capacityKwh = 60.0)
{
    Ev ev;
    ev.id = "car";
    ev.capacityKwh = capacityKwh;
    ev.socKwh = 0.0;
    ev.targetSocKwh = targetSocKwh;
    ev.arrivalSlot = 0;
    ev.departureSlot = 3;
    ev.minChargeKw = minKw;
    ev.maxChargeKw = maxKw;
    return ev;
}

void addBattery(Scenario &s, const Battery &b)
{
    s.batteries.push_back(b);
    s.deviceOrder.push_back({DeviceType::Battery, static_cast<int>(s.batteries.size()) - 1});
}

QString violations(const CheckReport &report)
{
    QStringList lines;
    for (const std::string &line : report.violations)
        lines << QString::fromStdString(line);
    return lines.join(u"; "_s);
}

// The plan passes the checker.
bool checks(const Scenario &s, const Plan &plan, QString &why)
{
    const CheckReport report = checkPlan(s, plan);
    why = QString::fromStdString(s.name) + u" / "_s + QString::fromStdString(plan.solver) + u": "_s
          + violations(report);
    return report.ok();
}

// The expected.json member of an example.
double expectedValue(const char *example, const char *key)
{
    const json::ParseResult expected = json::parse(schedulertest::readData(u"expected.json"_s));
    const json::Value *entry = expected.value.find(example);
    const json::Value *value = entry ? entry->find(key) : nullptr;
    return value ? value->toNumber() : std::nan("");
}

// Element by element within 1e-9 kW (the baselines' arithmetic rounds, e.g. 7.4 - (1.4 - 0.2)).
bool near(const std::vector<double> &actual, const std::vector<double> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (std::abs(actual[i] - expected[i]) > 1e-9)
            return false;
    return true;
}

bool sameDouble(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class TestSchedulerBaselines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siteFlowsCurtailWhenExportingIsWorthLessThanNothing();
    void siteFlowsExportWhenItPays();
    void siteFlowsCurtailToTheExportLimit();
    void siteFlowsCapGivingAtPvWhenABatteryExports();
    void siteFlowsImportRatherThanUsePvWhenImportingPays();
    void siteFlowsReportTheFirstBrokenLimit();
    void evChargingMovesEnergyIntoALastSlotBelowTheMinimum();
    void evChargingOvershootsOrLeavesAShortfall();
    void selfConsumptionKeepsTheEndReserve();
    void selfConsumptionChargesFromTheGridOnlyToReachTheEnd();
    void baselinesOnTheExamples_data();
    void baselinesOnTheExamples();
    void baselinesPassTheCheckerOnGeneratedScenarios();
    void generatorIsDeterministicPerSeed();
    void generatedScenariosReadBack();
    void generatorCoversWhatItPromises();
    void infeasibleScenariosFailTheImmediatePlan_data();
    void infeasibleScenariosFailTheImmediatePlan();
};

void TestSchedulerBaselines::siteFlowsCurtailWhenExportingIsWorthLessThanNothing()
{
    // Base 1 kW, PV 3 kW, money weighted 1 at an export price of -0.5: a kWh exported earns 0.433125 credits
    // and costs 0.5 money, so the 2 kW of surplus are curtailed.
    Scenario s = household(1, 1.0, 3.0);
    s.weights.money = 1.0;
    s.gridSignals.priceImport = {0.3};
    s.gridSignals.priceExport = {-0.5};
    Plan plan = emptyPlan(s, "hand");
    const SiteFlowsResult result = computeSiteFlows(s, plan);
    QVERIFY(result.ok());
    QCOMPARE(plan.pvUsedKw.front(), 1.0);
    QCOMPARE(plan.importKw.front(), 0.0);
    QCOMPARE(plan.exportKw.front(), 0.0);
    QCOMPARE(plan.objective, 0.0);
    QString why;
    QVERIFY2(checks(s, plan, why), qPrintable(why));
}

void TestSchedulerBaselines::siteFlowsExportWhenItPays()
{
    // The same at -0.1: 2 * (0.433125 - 0.1) = 0.66625.
    Scenario s = household(1, 1.0, 3.0);
    s.weights.money = 1.0;
    s.gridSignals.priceImport = {0.3};
    s.gridSignals.priceExport = {-0.1};
    Plan plan = emptyPlan(s, "hand");
    QVERIFY(computeSiteFlows(s, plan).ok());
    QCOMPARE(plan.pvUsedKw.front(), 3.0);
    QCOMPARE(plan.exportKw.front(), 2.0);
    QVERIFY(sameDouble(plan.objective, 2.0 * (kGiving - 0.1)));
    QVERIFY(sameDouble(plan.objective, planObjective(s, plan)));
}

void TestSchedulerBaselines::siteFlowsCurtailToTheExportLimit()
{
    // PV 8 kW, base 1 kW, export limit 5 kW: 6 kW of PV used, 2 kW curtailed, 5 kW given.
    Scenario s = household(1, 1.0, 8.0);
    s.site.exportLimitKw = 5.0;
    Plan plan = emptyPlan(s, "hand");
    QVERIFY(computeSiteFlows(s, plan).ok());
    QCOMPARE(plan.pvUsedKw.front(), 6.0);
    QCOMPARE(plan.exportKw.front(), 5.0);
    QCOMPARE(plan.importKw.front(), 0.0);
    QVERIFY(sameDouble(plan.objective, 5.0 * kGiving));
    QString why;
    QVERIFY2(checks(s, plan, why), qPrintable(why));
}

void TestSchedulerBaselines::siteFlowsCapGivingAtPvWhenABatteryExports()
{
    // A battery discharging 3 kW into a home of 1 kW with 2 kW of PV: 4 kW leave the site, but only the
    // slot's 2 kW of PV count as giving (and curtailing the PV would only lose those 2 kW of giving).
    Scenario s = household(1, 1.0, 2.0);
    addBattery(s, battery(8.0));
    Plan plan = emptyPlan(s, "hand");
    plan.batteries.front().dischargeKw = {3.0};
    plan.batteries.front().socKwh = {8.0, 5.0};
    QVERIFY(computeSiteFlows(s, plan).ok());
    QCOMPARE(plan.pvUsedKw.front(), 2.0);
    QCOMPARE(plan.exportKw.front(), 4.0);
    QVERIFY(sameDouble(plan.objective, 2.0 * kGiving));
    QString why;
    QVERIFY2(checks(s, plan, why), qPrintable(why));

    // The export limit binds on the battery's share first: with 3 kW allowed, PV is curtailed to 1 kW.
    s.site.exportLimitKw = 3.0;
    QVERIFY(computeSiteFlows(s, plan).ok());
    QCOMPARE(plan.pvUsedKw.front(), 1.0);
    QCOMPARE(plan.exportKw.front(), 3.0);
    QVERIFY(sameDouble(plan.objective, 1.0 * kGiving));
}

void TestSchedulerBaselines::siteFlowsImportRatherThanUsePvWhenImportingPays()
{
    // Money weighted 3 at an import price of -0.2: a kWh imported costs 0.4375 credits and earns 0.6 money,
    // so the home runs on the grid and its PV is curtailed (exporting it would cost 0.9 money per kWh).
    Scenario s = household(1, 1.0, 2.0);
    s.weights.money = 3.0;
    s.gridSignals.priceImport = {-0.2};
    s.gridSignals.priceExport = {-0.3};
    Plan plan = emptyPlan(s, "hand");
    QVERIFY(computeSiteFlows(s, plan).ok());
    QCOMPARE(plan.pvUsedKw.front(), 0.0);
    QCOMPARE(plan.importKw.front(), 1.0);
    QVERIFY(sameDouble(plan.objective, -kW + 0.6));
}

void TestSchedulerBaselines::siteFlowsReportTheFirstBrokenLimit()
{
    Scenario s = household(3, 2.0, 0.0);
    s.site.importLimitKw = 3.0;
    s.site.baseLoadKw = {2.0, 5.0, 6.0};
    Plan plan = emptyPlan(s, "hand");
    SiteFlowsResult result = computeSiteFlows(s, plan);
    QCOMPARE(result.limit, SiteLimit::Import);
    QCOMPARE(result.firstSlot, 1);
    QCOMPARE(result.excessKw, 2.0);
    QVERIFY(QString::fromStdString(result.describe(s)).startsWith(u"site: slot 1 imports 5 kW"_s));

    // PV can carry what the limit cannot.
    s.site.pvKw = {0.0, 2.0, 3.0};
    QVERIFY(computeSiteFlows(s, plan).ok());

    // A battery discharging beyond the home's load and the export limit.
    Scenario e = household(2, 0.5, 0.0);
    e.site.exportLimitKw = 2.0;
    addBattery(e, battery(9.0));
    Plan exporting = emptyPlan(e, "hand");
    exporting.batteries.front().dischargeKw = {2.0, 3.0};
    exporting.batteries.front().socKwh = {9.0, 7.0, 4.0};
    result = computeSiteFlows(e, exporting);
    QCOMPARE(result.limit, SiteLimit::Export);
    QCOMPARE(result.firstSlot, 1);
    QCOMPARE(exporting.exportKw[1], 2.0 + result.excessKw);
}

void TestSchedulerBaselines::evChargingMovesEnergyIntoALastSlotBelowTheMinimum()
{
    // 7.6 kWh at 7.4 kW leave 0.2 kW for a second hour, below the 1.4 kW minimum: 1.2 kW move over.
    Scenario s = household(3, 0.5, 0.0);
    const Ev ev = car(7.6, 1.4, 7.4);
    EvPlan plan = chargeEvInOrder(s, ev, {0, 1, 2});
    QVERIFY(near(plan.chargeKw, {6.2, 1.4, 0.0}));
    QCOMPARE(plan.shortfallKwh, 0.0);

    // In the cheapest order the energy moves out of the slot charged first.
    plan = chargeEvInOrder(s, ev, {2, 0, 1});
    QVERIFY(near(plan.chargeKw, {1.4, 0.0, 6.2}));

    // Slots outside the stay are skipped.
    Ev late = ev;
    late.arrivalSlot = 1;
    plan = chargeEvInOrder(s, late, {0, 1, 2});
    QVERIFY(near(plan.chargeKw, {0.0, 6.2, 1.4}));
}

void TestSchedulerBaselines::evChargingOvershootsOrLeavesAShortfall()
{
    // A 4 kW-only charger and 5 kWh to go: two hours at 4 kW if the car has room, else one and a shortfall.
    Scenario s = household(3, 0.5, 0.0);
    EvPlan plan = chargeEvInOrder(s, car(5.0, 4.0, 4.0), {0, 1, 2});
    QVERIFY(near(plan.chargeKw, {4.0, 4.0, 0.0}));
    QCOMPARE(plan.shortfallKwh, 0.0);

    plan = chargeEvInOrder(s, car(5.0, 4.0, 4.0, 5.0), {0, 1, 2});
    QVERIFY(near(plan.chargeKw, {4.0, 0.0, 0.0}));
    QCOMPARE(plan.shortfallKwh, 1.0);

    // A target out of reach: full power throughout.
    plan = chargeEvInOrder(s, car(30.0, 1.4, 7.4), {0, 1, 2});
    QVERIFY(near(plan.chargeKw, {7.4, 7.4, 7.4}));
    QVERIFY(sameDouble(plan.shortfallKwh, 30.0 - 3 * 7.4));
}

void TestSchedulerBaselines::selfConsumptionKeepsTheEndReserve()
{
    // 2 kW of load for 4 hours, no PV. Without an end condition the battery covers the load down to its
    // 1 kWh minimum; with finalSocKwhMin 4 it stops at 4 kWh.
    Scenario s = household(4, 2.0, 0.0);
    addBattery(s, battery(5.0));
    Plan plan = emptyPlan(s, "hand");
    QVERIFY(!scheduleSelfConsumption(s, plan));
    QVERIFY(near(plan.batteries.front().dischargeKw, {2.0, 2.0, 0.0, 0.0}));
    QVERIFY(near(plan.batteries.front().socKwh, {5.0, 3.0, 1.0, 1.0, 1.0}));

    s.batteries.front().finalSocKwhMin = 4.0;
    QVERIFY(!scheduleSelfConsumption(s, plan));
    QVERIFY(near(plan.batteries.front().dischargeKw, {1.0, 0.0, 0.0, 0.0}));
    QVERIFY(near(plan.batteries.front().chargeKw, {0.0, 0.0, 0.0, 0.0}));

    // PV surplus charges it, up to maxChargeKw; the rest is exported.
    s.site.pvKw = {6.0, 6.0, 0.0, 0.0};
    QVERIFY(!scheduleSelfConsumption(s, plan));
    QVERIFY(near(plan.batteries.front().chargeKw, {3.0, 1.0, 0.0, 0.0}));
    QVERIFY(near(plan.batteries.front().dischargeKw, {0.0, 0.0, 2.0, 2.0}));
    finishPlan(s, plan);
    QCOMPARE(plan.status, PlanStatus::Feasible);
    QVERIFY(near(plan.exportKw, {1.0, 3.0, 0.0, 0.0}));
    QString why;
    QVERIFY2(checks(s, plan, why), qPrintable(why));
}

void TestSchedulerBaselines::selfConsumptionChargesFromTheGridOnlyToReachTheEnd()
{
    // Starting at 1 kWh with 1 kW of charging, 3 kWh at the end need the last two hours from the grid.
    Scenario s = household(4, 0.5, 0.0);
    Battery b = battery(1.0);
    b.maxChargeKw = 1.0;
    b.finalSocKwhMin = 3.0;
    addBattery(s, b);
    Plan plan = emptyPlan(s, "hand");
    QVERIFY(!scheduleSelfConsumption(s, plan));
    QVERIFY(near(plan.batteries.front().chargeKw, {0.0, 0.0, 1.0, 1.0}));
    QCOMPARE(plan.batteries.front().socKwh.back(), 3.0);

    // One more kWh is out of reach, and the immediate plan says which battery.
    s.batteries.front().finalSocKwhMin = 5.5;
    QCOMPARE(scheduleSelfConsumption(s, plan), std::optional<std::size_t>(0));
    const Plan immediate = immediatePlan(s);
    QCOMPARE(immediate.status, PlanStatus::Infeasible);
    QVERIFY(QString::fromStdString(immediate.reason).startsWith(u"bat:"_s));
}

void TestSchedulerBaselines::baselinesOnTheExamples_data()
{
    QTest::addColumn<QString>("name");
    for (const schedulertest::Example &example : schedulertest::kExamples)
        QTest::addRow("%s", example.name) << QString::fromLatin1(example.name);
}

void TestSchedulerBaselines::baselinesOnTheExamples()
{
    QFETCH(QString, name);
    const ScenarioReadResult read = readScenario(schedulertest::readData(name + u".json"_s));
    QVERIFY2(read.ok(), read.error.c_str());
    const Scenario &s = read.scenario;

    const Plan immediate = immediatePlan(s);
    QCOMPARE(immediate.status, PlanStatus::Feasible);
    const double expected = expectedValue(name.toLatin1().constData(), "immediateObjective");
    QVERIFY2(std::abs(immediate.objective - expected) <= 1e-4,
             qPrintable(u"%1 against %2"_s.arg(immediate.objective, 0, 'f', 6).arg(expected, 0, 'f', 6)));
    QString why;
    QVERIFY2(checks(s, immediate, why), qPrintable(why));

    const Plan cheapest = bench::cheapestPlan(s);
    QCOMPARE(cheapest.status, PlanStatus::Feasible);
    QVERIFY2(checks(s, cheapest, why), qPrintable(why));
    // Placing each device in its cheapest slots never loses against running it at once on these examples.
    QVERIFY(cheapest.objective >= immediate.objective - 1e-9);
}

void TestSchedulerBaselines::baselinesPassTheCheckerOnGeneratedScenarios()
{
    const std::vector<bench::SizeClass> classes = bench::benchmarkSizeClasses();
    int cheapestBreaksSite = 0;
    for (std::size_t i = 0; i < 200; ++i) {
        const std::size_t classIndex = i % classes.size();
        const Scenario s = bench::generateScenario(bench::scenarioSeed(2026, classIndex, i), {classes[classIndex]});
        QString why;
        const Plan immediate = immediatePlan(s);
        // The generator keeps the immediate plan feasible: it is the witness that the fast solver can plan.
        QVERIFY2(immediate.hasSchedule(), (s.name + ": " + immediate.reason).c_str());
        QVERIFY2(checks(s, immediate, why), qPrintable(why));
        QVERIFY(std::isfinite(immediate.objective));

        const Plan cheapest = bench::cheapestPlan(s);
        if (cheapest.hasSchedule()) {
            QVERIFY2(checks(s, cheapest, why), qPrintable(why));
        } else {
            // Stacking devices in the same cheap slots may break a binding import limit, and nothing else.
            QVERIFY2(cheapest.reason.rfind("site: ", 0) == 0, cheapest.reason.c_str());
            ++cheapestBreaksSite;
        }
    }
    QVERIFY(cheapestBreaksSite < 40);
}

void TestSchedulerBaselines::generatorIsDeterministicPerSeed()
{
    for (const bench::SizeClass &size : bench::benchmarkSizeClasses()) {
        const std::string first = bench::writeScenarioJson(bench::generateScenario(42, {size}));
        QCOMPARE(bench::writeScenarioJson(bench::generateScenario(42, {size})), first);
        QVERIFY(bench::writeScenarioJson(bench::generateScenario(43, {size})) != first);
    }
    QVERIFY(bench::scenarioSeed(1, 0, 0) != bench::scenarioSeed(1, 0, 1));
    QVERIFY(bench::scenarioSeed(1, 0, 0) != bench::scenarioSeed(1, 1, 0));
    QVERIFY(bench::scenarioSeed(1, 0, 0) != bench::scenarioSeed(2, 0, 0));
}

void TestSchedulerBaselines::generatedScenariosReadBack()
{
    const std::vector<bench::SizeClass> classes = bench::benchmarkSizeClasses();
    for (std::size_t i = 0; i < 200; ++i) {
        const std::size_t classIndex = i % classes.size();
        const bench::SizeClass size = classes[classIndex];
        const Scenario s = bench::generateScenario(bench::scenarioSeed(7, classIndex, i), {size});
        const std::string json = bench::writeScenarioJson(s);
        const ScenarioReadResult read = readScenario(json);
        QVERIFY2(read.ok(), (s.name + ": " + read.error).c_str());
        QCOMPARE(bench::writeScenarioJson(read.scenario), json);
        QCOMPARE(read.scenario.slotCount, size.slotCount());
        QCOMPARE(read.scenario.slotMinutes, size.slotMinutes);
        switch (size.household) {
        case bench::Household::Flat:
            QVERIFY(s.batteries.empty() && s.evs.empty());
            QVERIFY(std::all_of(s.site.pvKw.begin(), s.site.pvKw.end(), [](double p) { return p == 0.0; }));
            break;
        case bench::Household::House:
            QVERIFY(s.batteries.size() <= 1 && s.evs.size() <= 1 && s.thermals.size() == 1);
            break;
        case bench::Household::Large:
            QCOMPARE(s.batteries.size(), std::size_t(2));
            QCOMPARE(s.evs.size(), std::size_t(2));
            QCOMPARE(s.appliances.size(), std::size_t(8));
            QCOMPARE(s.thermals.size(), std::size_t(2));
            break;
        }
    }
    const bench::SizeClass largest = bench::largestSizeClass();
    QCOMPARE(largest.slotCount(), 192);
    QCOMPARE(bench::benchmarkSizeClasses().back(), largest);
}

void TestSchedulerBaselines::generatorCoversWhatItPromises()
{
    // Over 300 scenarios, every kind of variety the benchmark relies on shows up.
    int prices = 0, negativePrices = 0, events = 0, gridNeed = 0, moneyWeighted = 0, pv = 0, zeroExport = 0;
    int beyondHorizon = 0, shortfall = 0, bindingImport = 0, finalSoc = 0, reorderedDevices = 0, offMidnight = 0;
    const std::vector<bench::SizeClass> classes = bench::benchmarkSizeClasses();
    for (std::size_t i = 0; i < 300; ++i) {
        const std::size_t classIndex = i % classes.size();
        const Scenario s = bench::generateScenario(bench::scenarioSeed(99, classIndex, i), {classes[classIndex]});
        const Signals &sig = s.gridSignals;
        const auto any = [](const std::vector<double> &v, auto predicate) {
            return std::any_of(v.begin(), v.end(), predicate);
        };
        prices += any(sig.priceImport, [](double p) { return p != 0.0; }) ? 1 : 0;
        negativePrices += any(sig.priceExport, [](double p) { return p < 0.0; }) ? 1 : 0;
        events += any(sig.eventRate, [](double r) { return r > 0.0; }) ? 1 : 0;
        gridNeed += any(sig.gridNeed, [](double g) { return g != 0.0; }) ? 1 : 0;
        moneyWeighted += s.weights.money > 0.0 ? 1 : 0;
        pv += any(s.site.pvKw, [](double p) { return p > 0.0; }) ? 1 : 0;
        zeroExport += s.site.exportLimitKw == 0.0 ? 1 : 0;
        offMidnight += s.start.substr(11, 2) != "00" ? 1 : 0;
        for (const Ev &ev : s.evs)
            beyondHorizon += ev.departureSlot > s.slotCount ? 1 : 0;
        for (const Battery &b : s.batteries)
            finalSoc += b.finalSocKwhMin ? 1 : 0;
        for (std::size_t k = 1; k < s.deviceOrder.size(); ++k)
            if (static_cast<int>(s.deviceOrder[k].type) < static_cast<int>(s.deviceOrder[k - 1].type)) {
                ++reorderedDevices;
                break;
            }
        const Plan immediate = immediatePlan(s);
        for (const EvPlan &ev : immediate.evs)
            shortfall += ev.shortfallKwh > 0.0 ? 1 : 0;
        const double peak = *std::max_element(immediate.importKw.begin(), immediate.importKw.end());
        bindingImport += s.site.importLimitKw < peak + 1.1 ? 1 : 0;
    }
    for (int count : {prices, negativePrices, events, gridNeed, moneyWeighted, pv, zeroExport, beyondHorizon,
                      shortfall, bindingImport, finalSoc, reorderedDevices, offMidnight})
        QVERIFY2(count >= 5, qPrintable(u"prices %1, negative %2, events %3, need %4, money %5, pv %6, zero export %7, "
                                       u"beyond %8, shortfall %9, binding %10, final %11, order %12, start %13"_s
                                           .arg(prices).arg(negativePrices).arg(events).arg(gridNeed)
                                           .arg(moneyWeighted).arg(pv).arg(zeroExport).arg(beyondHorizon)
                                           .arg(shortfall).arg(bindingImport).arg(finalSoc).arg(reorderedDevices)
                                           .arg(offMidnight)));
}

void TestSchedulerBaselines::infeasibleScenariosFailTheImmediatePlan_data()
{
    QTest::addColumn<int>("infeasibility");
    QTest::addColumn<int>("household");
    QTest::addColumn<int>("deviceType"); // -1: the site
    const auto add = [](const char *name, bench::Infeasibility what, bench::Household household, int type) {
        QTest::addRow("%s-%s", name, bench::toString(household))
            << static_cast<int>(what) << static_cast<int>(household) << type;
    };
    for (bench::Household household : {bench::Household::Flat, bench::Household::Large}) {
        add("appliance", bench::Infeasibility::ApplianceWindow, household, static_cast<int>(DeviceType::Appliance));
        add("thermal", bench::Infeasibility::ThermalEnergy, household, static_cast<int>(DeviceType::Thermal));
        add("battery", bench::Infeasibility::BatteryEnd, household, static_cast<int>(DeviceType::Battery));
        add("site", bench::Infeasibility::ImportLimit, household, -1);
    }
}

void TestSchedulerBaselines::infeasibleScenariosFailTheImmediatePlan()
{
    QFETCH(int, infeasibility);
    QFETCH(int, household);
    QFETCH(int, deviceType);
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        bench::GeneratorOptions options;
        options.size = {30, 24, static_cast<bench::Household>(household)};
        options.infeasibility = static_cast<bench::Infeasibility>(infeasibility);
        const Scenario generated = bench::generateScenario(seed, options);
        const ScenarioReadResult read = readScenario(bench::writeScenarioJson(generated));
        QVERIFY2(read.ok(), read.error.c_str()); // infeasible, but valid
        const Plan plan = immediatePlan(read.scenario);
        QCOMPARE(plan.status, PlanStatus::Infeasible);
        const QString reason = QString::fromStdString(plan.reason);
        if (deviceType < 0) {
            QVERIFY2(reason.startsWith(u"site: "_s), qPrintable(reason));
            continue;
        }
        bool named = false;
        for (const DeviceRef &ref : read.scenario.deviceOrder)
            named = named
                    || (static_cast<int>(ref.type) == deviceType
                        && reason.startsWith(QString::fromStdString(read.scenario.deviceId(ref)) + u':'));
        QVERIFY2(named, qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(TestSchedulerBaselines)
#include "tst_schedulerbaselines.moc"
