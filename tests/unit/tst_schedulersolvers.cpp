// The scheduler's solvers (backend/scheduler): the fast solver against the exact MILP and the contract's
// examples, every plan through the checker, EV shortfall first, infeasibility reasons, time limits.
#include "scheduler/checker.h"
#include "scheduler/immediate.h"
#include "scheduler/objective.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/solver.h"

#include "generator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace commonwatt::scheduler;
using namespace Qt::StringLiterals;

namespace {

Scenario readExample(const QString &name)
{
    QFile file(QStringLiteral(COMMONWATT_SCHEDULER_DATA) + u'/' + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const QByteArray text = file.readAll();
    ScenarioReadResult read = readScenario(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!read.ok())
        qFatal("%s: %s", qPrintable(name), read.error.c_str());
    return std::move(read.scenario);
}

Scenario fromJson(const char *json)
{
    ScenarioReadResult read = readScenario(json);
    if (!read.ok())
        qFatal("test scenario: %s", read.error.c_str());
    return std::move(read.scenario);
}

double relativeGap(double reference, double value)
{
    return (reference - value) / std::max(1.0, std::abs(reference));
}

QString violations(const CheckReport &report)
{
    QStringList lines;
    for (std::size_t i = 0; i < report.violations.size() && i < 5; ++i)
        lines << QString::fromStdString(report.violations[i]);
    return lines.join(u"; "_s);
}

// The checker must accept the plan and agree with its claimed objective.
void verifyPlan(const Scenario &scenario, const Plan &plan)
{
    QVERIFY2(plan.hasSchedule(), plan.reason.c_str());
    const CheckReport report = checkPlan(scenario, plan);
    QVERIFY2(report.ok(), qPrintable(violations(report)));
}

// 24 hours of 15-minute slots: a car that must charge 30 kWh in two hours of 7.4 kW at 90 %.
constexpr const char *kShortCarStay = R"({
  "format": "commonwatt-scenario/1", "name": "short-stay", "start": "2026-06-01T00:00:00Z",
  "slotMinutes": 60, "slots": 4,
  "signals": { "carbonIntensity": [500, 500, 100, 100] },
  "site": { "importLimitKw": 17, "exportLimitKw": 5, "baseLoadKw": [0.5, 0.5, 0.5, 0.5] },
  "devices": [ { "type": "ev", "id": "car", "capacityKwh": 60, "socKwh": 10, "targetSocKwh": 40,
                 "arrivalSlot": 0, "departureSlot": 2, "minChargeKw": 1.4, "maxChargeKw": 7.4,
                 "chargeEfficiency": 0.9 } ]
})";

} // namespace

class TestSchedulerSolvers : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void fastMatchesExactOnGeneratedScenarios_data();
    void fastMatchesExactOnGeneratedScenarios();
    void evShortfallIsMinimisedFirst();
    void evChargesAtLeastItsMinimum();
    void infeasibleScenariosNameTheirCause_data();
    void infeasibleScenariosNameTheirCause();
    void timeLimitBeforeAnyPlan();
    void warmStartKeepsThePlan();
};

void TestSchedulerSolvers::examples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("solver");
    for (const char *name : {"small-flat-no-pv", "winter-heatpump-appliances", "summer-pv-battery-ev",
                             "dynamic-tariff-48h"}) {
        for (const char *solver : {"fast", "exact"})
            QTest::addRow("%s/%s", name, solver) << QString::fromLatin1(name) << QString::fromLatin1(solver);
    }
}

// The contract's examples reach their published optimum, with both solvers.
void TestSchedulerSolvers::examples()
{
    QFETCH(QString, name);
    QFETCH(QString, solver);
    QFile expectedFile(QStringLiteral(COMMONWATT_SCHEDULER_DATA "/expected.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object().value(name).toObject();
    QVERIFY(!expected.isEmpty());

    const Scenario scenario = readExample(name);
    const Plan plan = solve(scenario, {solver.toStdString(), 0.0, nullptr});
    verifyPlan(scenario, plan);
    const double optimum = expected.value(u"optimalObjective"_s).toDouble();
    QVERIFY2(std::abs(plan.objective - optimum) <= 1e-6 * std::max(1.0, std::abs(optimum)) + 5e-7,
             qPrintable(u"objective %1, expected %2"_s.arg(plan.objective, 0, 'f', 7).arg(optimum, 0, 'f', 7)));
    QCOMPARE_LE(totalEvShortfallKwh(scenario, plan), expected.value(u"evShortfallKwh"_s).toDouble() + 1e-6);
    if (solver == u"exact"_s)
        QCOMPARE(plan.status, PlanStatus::Optimal);
}

void TestSchedulerSolvers::fastMatchesExactOnGeneratedScenarios_data()
{
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<int>("household");
    QTest::addRow("60min-flat") << 60 << static_cast<int>(bench::Household::Flat);
    QTest::addRow("60min-house") << 60 << static_cast<int>(bench::Household::House);
    QTest::addRow("30min-house") << 30 << static_cast<int>(bench::Household::House);
    QTest::addRow("60min-large") << 60 << static_cast<int>(bench::Household::Large);
}

// On generated households of 24 hours: every plan passes the checker, the fast solver is never below the
// immediate baseline and stays within 1 % of the exact optimum (the benchmark measures the 0.1 % share).
void TestSchedulerSolvers::fastMatchesExactOnGeneratedScenarios()
{
    QFETCH(int, slotMinutes);
    QFETCH(int, household);
    bench::GeneratorOptions options;
    options.size = {slotMinutes, 24, static_cast<bench::Household>(household)};
    int withinTenthPercent = 0;
    constexpr int kScenarios = 6;
    for (int i = 0; i < kScenarios; ++i) {
        const Scenario scenario = bench::generateScenario(bench::scenarioSeed(20261126, static_cast<std::size_t>(household), static_cast<std::size_t>(i)), options);
        const Plan fast = solve(scenario, {"fast", 0.0, nullptr});
        const Plan exact = solve(scenario, {"exact", 30000.0, nullptr});
        const Plan immediate = immediatePlan(scenario);
        verifyPlan(scenario, fast);
        verifyPlan(scenario, exact);
        QCOMPARE_LE(std::abs(totalEvShortfallKwh(scenario, fast) - totalEvShortfallKwh(scenario, exact)), 1e-6);
        if (immediate.hasSchedule() && totalEvShortfallKwh(scenario, immediate) <= totalEvShortfallKwh(scenario, fast) + 1e-9)
            QCOMPARE_GE(fast.objective, immediate.objective - 1e-6 * std::max(1.0, std::abs(immediate.objective)));
        const double gap = relativeGap(exact.objective, fast.objective);
        if (exact.status == PlanStatus::Optimal)
            QVERIFY2(gap <= 0.01, qPrintable(u"scenario %1: fast %2, exact %3"_s.arg(i).arg(fast.objective).arg(exact.objective)));
        withinTenthPercent += gap <= 0.001 ? 1 : 0;
    }
    QVERIFY(withinTenthPercent >= kScenarios - 1);
}

// 30 kWh cannot reach the car in two hours: both solvers leave exactly the unavoidable shortfall, however
// dirty those hours are.
void TestSchedulerSolvers::evShortfallIsMinimisedFirst()
{
    const Scenario scenario = fromJson(kShortCarStay);
    const double unavoidable = 30.0 - 0.9 * 7.4 * 2.0;
    for (const char *solver : {"fast", "exact"}) {
        const Plan plan = solve(scenario, {solver, 0.0, nullptr});
        verifyPlan(scenario, plan);
        QCOMPARE_LE(std::abs(plan.evs.at(0).shortfallKwh - unavoidable), 1e-6);
        QCOMPARE(plan.evs.at(0).chargeKw.at(2), 0.0); // outside its stay
    }
}

// A little energy over many slots: the car charges in whole slots at or above its minimum power.
void TestSchedulerSolvers::evChargesAtLeastItsMinimum()
{
    bench::GeneratorOptions options;
    options.size = {15, 24, bench::Household::House};
    int cars = 0;
    for (std::uint64_t seed = 1; seed <= 20 && cars < 4; ++seed) {
        Scenario scenario = bench::generateScenario(seed, options);
        if (scenario.evs.empty())
            continue;
        ++cars;
        Ev &ev = scenario.evs.front();
        ev.targetSocKwh = std::min(ev.capacityKwh, ev.socKwh + 1.3);
        ev.minChargeKw = std::min(ev.maxChargeKw, 3.0);
        const Plan plan = solve(scenario, {"fast", 0.0, nullptr});
        verifyPlan(scenario, plan);
        for (double power : plan.evs.front().chargeKw)
            QVERIFY(power == 0.0 || power >= ev.minChargeKw - 1e-9);
    }
    QVERIFY(cars > 0);
}

void TestSchedulerSolvers::infeasibleScenariosNameTheirCause_data()
{
    QTest::addColumn<int>("infeasibility");
    QTest::addColumn<QString>("cause");
    QTest::addRow("appliance") << static_cast<int>(bench::Infeasibility::ApplianceWindow) << u"appliance"_s;
    QTest::addRow("thermal") << static_cast<int>(bench::Infeasibility::ThermalEnergy) << u"thermal"_s;
    QTest::addRow("battery") << static_cast<int>(bench::Infeasibility::BatteryEnd) << u"battery"_s;
    QTest::addRow("site") << static_cast<int>(bench::Infeasibility::ImportLimit) << u"site"_s;
}

void TestSchedulerSolvers::infeasibleScenariosNameTheirCause()
{
    QFETCH(int, infeasibility);
    QFETCH(QString, cause);
    bench::GeneratorOptions options;
    options.size = {30, 24, bench::Household::Large};
    options.infeasibility = static_cast<bench::Infeasibility>(infeasibility);
    const Scenario scenario = bench::generateScenario(7, options);
    for (const char *solver : {"fast", "exact"}) {
        const Plan plan = solve(scenario, {solver, 0.0, nullptr});
        QCOMPARE(plan.status, PlanStatus::Infeasible);
        const QString reason = QString::fromStdString(plan.reason);
        if (cause == u"site"_s) {
            QVERIFY2(reason.startsWith(u"site"_s), qPrintable(reason));
        } else {
            // The reason starts with the id of a device of that type.
            bool named = false;
            for (const DeviceRef &ref : scenario.deviceOrder)
                named = named || reason.startsWith(QString::fromStdString(scenario.deviceId(ref)) + u':');
            QVERIFY2(named, qPrintable(reason));
        }
    }
}

// The MILP cannot find a plan of the largest class in a millisecond; it says so instead of returning one.
void TestSchedulerSolvers::timeLimitBeforeAnyPlan()
{
    bench::GeneratorOptions options;
    options.size = bench::largestSizeClass();
    const Scenario scenario = bench::generateScenario(3, options);
    const Plan plan = solve(scenario, {"exact", 1.0, nullptr});
    QCOMPARE(plan.status, PlanStatus::TimeLimit);
    QVERIFY(!plan.reason.empty());
    // The fast solver with a generous limit still plans it.
    const Plan fast = solve(scenario, {"fast", 60000.0, nullptr});
    verifyPlan(scenario, fast);
}

// Re-planning from the previous plan gives a plan at least as good.
void TestSchedulerSolvers::warmStartKeepsThePlan()
{
    bench::GeneratorOptions options;
    options.size = {15, 24, bench::Household::Large};
    const Scenario scenario = bench::generateScenario(11, options);
    const Plan first = solve(scenario, {"fast", 0.0, nullptr});
    verifyPlan(scenario, first);
    const Plan again = solve(scenario, {"fast", 0.0, &first});
    verifyPlan(scenario, again);
    QCOMPARE_GE(again.objective, first.objective - 1e-6 * std::max(1.0, std::abs(first.objective)));
}

QTEST_GUILESS_MAIN(TestSchedulerSolvers)
#include "tst_schedulersolvers.moc"
