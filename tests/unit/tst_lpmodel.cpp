// The scheduler's LP (backend/scheduler/lpmodel.*) as community coordination uses it (docs/coordination.md):
// the net-exchange objective, the plan objective's floor row, the net-exchange fixing, and the proven bound
// of the objective, each against values computed here by enumerating the small LP's vertices.
#include "scheduler/lpmodel.h"
#include "scheduler/objective.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/solverinternals.h"

#include <QFile>
#include <QTest>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace commonwatt::scheduler;
using namespace Qt::StringLiterals;

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

Scenario fromJson(const std::string &json)
{
    ScenarioReadResult read = readScenario(json);
    if (!read.ok())
        qFatal("test scenario: %s", read.error.c_str());
    return std::move(read.scenario);
}

// Four hours; w = [1, 1.75, 0.25, 1] credits per kWh (carbon 400, 800, 0, 400 against a reference of 400,
// kappa 0.25, no grid need); a base load of 1 kW; a water heater of 2 kW that needs 4 kWh; optional PV.
std::string fourHours(const char *pvKw)
{
    return std::string(R"({
  "format": "commonwatt-scenario/1", "name": "four-hours", "start": "2026-06-01T00:00:00Z",
  "slotMinutes": 60, "slots": 4,
  "signals": { "carbonIntensity": [400, 800, 0, 400] },
  "site": { "importLimitKw": 10, "exportLimitKw": 5, "baseLoadKw": [1, 1, 1, 1], "pvKw": )") +
           pvKw + R"( },
  "devices": [ { "type": "thermal", "id": "heater", "maxKw": 2, "energyKwh": 4, "windowStartSlot": 0,
                 "windowEndSlot": 4 } ]
})";
}

// min c'p over sum_t p[t] = energy, 0 <= p[t] <= upper and (when given) a'p <= budget, by enumerating every
// vertex: each variable at a bound or basic, as many basic ones as binding rows (one or two).
double leastCost(const std::vector<double> &c, double energy, double upper, const std::vector<double> &a = {},
                 double budget = kInfinity)
{
    const std::size_t n = c.size();
    double best = kInfinity;
    std::vector<int> status(n, 0); // 0 lower, 1 upper, 2 basic
    const double tolerance = 1e-9;
    for (;;) {
        std::vector<std::size_t> basic;
        std::vector<double> p(n, 0.0);
        for (std::size_t j = 0; j < n; ++j) {
            if (status[j] == 2)
                basic.push_back(j);
            else
                p[j] = status[j] == 1 ? upper : 0.0;
        }
        double rest = energy;
        double restBudget = budget;
        for (std::size_t j = 0; j < n; ++j) {
            if (status[j] != 2) {
                rest -= p[j];
                if (!a.empty())
                    restBudget -= a[j] * p[j];
            }
        }
        bool solved = false;
        if (basic.size() == 1) {
            p[basic[0]] = rest;
            solved = true;
        } else if (basic.size() == 2 && !a.empty() && std::isfinite(budget)) {
            // x + y = rest, a_x x + a_y y = restBudget
            const double ax = a[basic[0]];
            const double ay = a[basic[1]];
            if (std::abs(ax - ay) > 1e-12) {
                p[basic[0]] = (restBudget - ay * rest) / (ax - ay);
                p[basic[1]] = rest - p[basic[0]];
                solved = true;
            }
        }
        if (solved) {
            bool feasible = true;
            double cost = 0.0;
            double used = 0.0;
            for (std::size_t j = 0; j < n; ++j) {
                feasible = feasible && p[j] >= -tolerance && p[j] <= upper + tolerance;
                cost += c[j] * p[j];
                if (!a.empty())
                    used += a[j] * p[j];
            }
            if (feasible && (a.empty() || used <= budget + tolerance))
                best = std::min(best, cost);
        }
        std::size_t j = 0;
        while (j < n && status[j] == 2)
            status[j++] = 0;
        if (j == n)
            return best;
        ++status[j];
    }
}

bool solve(LpModel &model)
{
    const Deadline none(0.0);
    LpOutcome outcome = runSimplex(model, none, false);
    while (outcome == LpOutcome::Optimal && model.addViolatedSharingRows() > 0)
        outcome = runSimplex(model, none, true);
    return outcome == LpOutcome::Optimal;
}

double objectiveValue(const LpModel &model)
{
    return glp_get_obj_val(model.problem());
}

} // namespace

class TestLpModel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { glp_free_env(); }

    // Costs [4, 1, 3, 2]: the PV of slot 0 is exported in full (every net kW there costs 4) and the heater
    // runs in the two cheapest slots. Net exchange [-2, 3, 1, 3], cost -8 + 3 + 3 + 6 = 4.
    void netExchangeObjective()
    {
        const Scenario scenario = fromJson(fourHours("[3, 0, 0, 0]"));
        LpModel model(scenario, LpModel::Integrality::Relaxed);
        const std::vector<double> cost{4.0, 1.0, 3.0, 2.0};
        model.useNetExchangeObjective(cost, kInfinity);
        QVERIFY(solve(model));
        QCOMPARE(objectiveValue(model), -4.0);
        const std::vector<double> net = model.netExchangeKw();
        const std::vector<double> expected{-2.0, 3.0, 1.0, 3.0};
        for (std::size_t t = 0; t < expected.size(); ++t)
            QVERIFY2(std::abs(net[t] - expected[t]) < 1e-9, qPrintable(u"slot %1: %2"_s.arg(t).arg(net[t])));
        // The enumeration: the base load less the PV at every slot's cost, plus the heater's cheapest energy.
        const double fixed = 4.0 * (1.0 - 3.0) + 1.0 + 3.0 + 2.0;
        QCOMPARE(fixed + leastCost(cost, 4.0, 2.0), 4.0);
        // Back to the plan objective: it is what the plan earns.
        model.usePlanObjective(kInfinity);
        QVERIFY(solve(model));
        QVERIFY(std::abs(objectiveValue(model) -
                         planObjective(scenario, model.extract(LpModel::Source::Simplex))) < 1e-9);
    }

    // Without PV the plan objective is -(w'base) - w'p = -4 - w'p, so "objective >= floor" is w'p <= -4 -
    // floor.
    void floorRow_data()
    {
        QTest::addColumn<double>("floor");
        QTest::newRow("not binding") << -10.0;
        QTest::newRow("binding") << -8.0;
        QTest::newRow("binding harder") << -7.0;
        QTest::newRow("the best plan") << -6.5;
    }

    void floorRow()
    {
        QFETCH(double, floor);
        const Scenario scenario = fromJson(fourHours("[0, 0, 0, 0]"));
        LpModel model(scenario, LpModel::Integrality::Relaxed);
        const std::vector<double> cost{4.0, 1.0, 3.0, 2.0};
        const std::vector<double> w{1.0, 1.75, 0.25, 1.0};
        model.useNetExchangeObjective(cost, kInfinity);
        QVERIFY(!model.hasPlanObjectiveFloor());
        QVERIFY(solve(model));
        const double free = 10.0 + leastCost(cost, 4.0, 2.0);
        QCOMPARE(-objectiveValue(model), free);

        model.setPlanObjectiveFloor(floor);
        QVERIFY(model.hasPlanObjectiveFloor());
        QVERIFY(solve(model));
        const double expected = 10.0 + leastCost(cost, 4.0, 2.0, w, -4.0 - floor);
        QVERIFY2(std::abs(-objectiveValue(model) - expected) < 1e-9,
                 qPrintable(u"cost %1, expected %2"_s.arg(-objectiveValue(model)).arg(expected)));
        if (floor == -8.0)
            QCOMPARE(expected, 18.0); // by hand: [0, 1, 1, 2] or [0, 2, 2, 0]
        const Plan plan = model.extract(LpModel::Source::Simplex);
        QVERIFY(planObjective(scenario, plan) >= floor - 1e-9);
        QVERIFY(std::abs(model.planObjectiveValue() - planObjective(scenario, plan)) < 1e-9);
        if (floor > -9.5) // the free optimum earns -(4 + 1.75 * 2 + 1 * 2) = -9.5: the floor binds
            QVERIFY(std::abs(model.planObjectiveValue() - floor) < 1e-9);

        // Moved, then removed: the free optimum again.
        model.setPlanObjectiveFloor(-6.5);
        QVERIFY(solve(model));
        QVERIFY(std::abs(-objectiveValue(model) - (10.0 + leastCost(cost, 4.0, 2.0, w, 2.5))) < 1e-9);
        model.removePlanObjectiveFloor();
        QVERIFY(!model.hasPlanObjectiveFloor());
        QVERIFY(solve(model));
        QCOMPARE(-objectiveValue(model), free);
        // Above the best plan (-6.5): no solution.
        model.setPlanObjectiveFloor(-6.4);
        QVERIFY(!solve(model));
    }

    void fixNetExchange()
    {
        const Scenario scenario = fromJson(fourHours("[3, 0, 0, 0]"));
        LpModel model(scenario, LpModel::Integrality::Relaxed);
        model.usePlanObjective(kInfinity);
        QVERIFY(solve(model));
        const double best = objectiveValue(model);
        // The heater in slots 1 and 2, the PV's surplus exported.
        QVERIFY(model.fixNetExchange({-2.0, 3.0, 3.0, 1.0}));
        QVERIFY(solve(model));
        const std::vector<double> net = model.netExchangeKw();
        QCOMPARE(net[0], -2.0);
        QCOMPARE(net[2], 3.0);
        // 4 kWh of heat cannot fit into 1 kW more than the base load.
        QVERIFY(model.fixNetExchange({-2.0, 2.0, 1.0, 1.0}));
        QVERIFY(!solve(model));
        // Beyond the export limit, or not one entry per slot: nothing is fixed.
        QVERIFY(!model.fixNetExchange({-6.0, 3.0, 3.0, 1.0}));
        QVERIFY(!model.fixNetExchange({-2.0, 3.0, 3.0}));
        model.releaseNetExchange();
        QVERIFY(solve(model));
        QCOMPARE(objectiveValue(model), best);
    }

    // The proven bound against the simplex's optimum on the example households (batteries, cars, appliances,
    // thermal loads, PV), for the plan objective and for a net-exchange cost; with no duals yet it is still a
    // bound, only a loose one.
    void provenObjectiveBound_data()
    {
        QTest::addColumn<QString>("example");
        for (const char *name :
             {"dynamic-tariff-48h", "small-flat-no-pv", "summer-pv-battery-ev", "winter-heatpump-appliances"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void provenObjectiveBound()
    {
        QFETCH(QString, example);
        QFile file(QStringLiteral(COMMONWATT_SCHEDULER_DATA) + u'/' + example + u".json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Scenario scenario = fromJson(file.readAll().toStdString());
        LpModel model(scenario, LpModel::Integrality::Relaxed);
        model.usePlanObjective(kInfinity);
        const double beforeSolving = model.provenObjectiveBound();
        QVERIFY(solve(model));
        const double optimum = objectiveValue(model);
        const double bound = model.provenObjectiveBound();
        QVERIFY2(bound >= optimum && bound - optimum <= 1e-7 * std::max(1.0, std::abs(optimum)),
                 qPrintable(u"optimum %1, bound %2"_s.arg(optimum, 0, 'g', 17).arg(bound, 0, 'g', 17)));
        QVERIFY(beforeSolving >= optimum);

        std::vector<double> cost;
        for (int t = 0; t < scenario.slotCount; ++t)
            cost.push_back(3.0 + 2.0 * std::sin(0.3 * t));
        model.useNetExchangeObjective(cost, kInfinity);
        QVERIFY(solve(model));
        const std::vector<double> net = model.netExchangeKw();
        double least = 0.0;
        for (std::size_t t = 0; t < net.size(); ++t)
            least += cost[t] * net[t];
        QVERIFY(std::abs(-objectiveValue(model) - least) <= 1e-9 * std::max(1.0, std::abs(least)));
        const double netBound = model.provenObjectiveBound();
        QVERIFY(netBound >= -least && netBound + least <= 1e-7 * std::max(1.0, std::abs(least)));
    }
};

QTEST_GUILESS_MAIN(TestLpModel)
#include "tst_lpmodel.moc"
