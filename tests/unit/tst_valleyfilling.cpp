// Valley filling (docs/coordination.md): one household's best response, checked against optimality
// conditions computed here, its floor, and the protocol on a generated feeder.
#include "feeder.h"
#include "generator.h"

#include "coordination/valleyfilling.h"
#include "scheduler/checker.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/solver.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace commonwatt;
using namespace commonwatt::coordination;

namespace {

// Eight one-hour slots, no PV, one water heater of 2 kW that needs 4 kWh.
scheduler::Scenario waterHeaterHousehold()
{
    scheduler::Scenario s = bench::feederDay();
    s.name = "water-heater-only";
    s.slotMinutes = 60;
    s.slotCount = 8;
    for (auto *v : {&s.gridSignals.carbonIntensity, &s.gridSignals.gridNeed, &s.gridSignals.priceImport,
                    &s.gridSignals.priceExport, &s.gridSignals.eventRate, &s.gridSignals.eventBaselineKw})
        v->resize(8);
    s.site.baseLoadKw = {1.0, 3.0, 2.0, 0.5, 0.5, 2.0, 4.0, 1.0};
    s.site.pvKw.assign(8, 0.0);
    s.site.importLimitKw = 17.0;
    s.site.exportLimitKw = 5.0;
    scheduler::Thermal heater;
    heater.id = "water-heater";
    heater.maxKw = 2.0;
    heater.energyKwh = 4.0;
    heater.windowStartSlot = 0;
    heater.windowEndSlot = 8;
    s.thermals.push_back(heater);
    s.deviceOrder.push_back({scheduler::DeviceType::Thermal, 0});
    return s;
}

scheduler::Plan independentPlan(const scheduler::Scenario &scenario)
{
    scheduler::Plan plan = scheduler::solve(scenario);
    if (!plan.hasSchedule())
        qFatal("%s: no independent plan: %s", scenario.name.c_str(), plan.reason.c_str());
    return plan;
}

} // namespace

class TestValleyFilling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFloorIsTwoPercentOrATenthOfACredit()
    {
        QCOMPARE(objectiveFloor(10.0), 9.8);
        QCOMPARE(objectiveFloor(1.0), 0.9);
        QCOMPARE(objectiveFloor(-10.0), -10.2);
        QCOMPARE(objectiveFloor(0.0), -0.1);
    }

    void aThermalLoadMeetsTheOptimalityConditions()
    {
        const scheduler::Scenario s = waterHeaterHousehold();
        const scheduler::Plan current = independentPlan(s);
        CongestionTerms terms;
        terms.priceKw = {0.5, 2.0, 1.0, 0.1, 0.2, 1.5, 3.0, 0.4};
        terms.anchorKw = netLoadKw(current);
        terms.proximalWeight = 0.8;
        const BestResponse r = bestResponse(s, current, terms, -1e9);
        QVERIFY(r.moved);
        QCOMPARE(r.multiplier, 0.0);
        QVERIFY(scheduler::checkPlan(s, r.plan).ok());
        const std::vector<double> &p = r.plan.thermals[0].powerKw;
        double energy = 0.0;
        for (double kw : p)
            energy += kw;
        QVERIFY(std::abs(energy - 4.0) < 1e-6);
        // KKT: one multiplier nu with derivative == nu where 0 < p < max, >= nu at 0 and <= nu at max.
        double nuLow = -1e9, nuHigh = 1e9;
        for (std::size_t t = 0; t < 8; ++t) {
            const double n = s.site.baseLoadKw[t] + p[t];
            const double derivative = terms.priceKw[t] + terms.proximalWeight * (n - terms.anchorKw[t]);
            if (p[t] > 1e-7)
                nuLow = std::max(nuLow, derivative); // could not lower the cost by moving energy away
            if (p[t] < 2.0 - 1e-7)
                nuHigh = std::min(nuHigh, derivative);
        }
        QVERIFY2(nuLow <= nuHigh + 1e-6, qPrintable(QStringLiteral("%1 > %2").arg(nuLow).arg(nuHigh)));
        // And the slots chosen are the cheap ones: nothing in slot 6 (price 3, base 4 kW).
        QVERIFY(p[6] < 1e-7);
    }

    void theFloorHoldsAgainstAnyPrice()
    {
        // A household with a car: a price that pushes everything into the dirtiest slots.
        scheduler::Scenario s;
        for (int i = 0;; ++i) {
            s = bench::feederHousehold(11, i);
            if (!s.evs.empty() && !s.thermals.empty())
                break;
        }
        const scheduler::Plan current = independentPlan(s);
        const std::vector<double> w = scheduler::gridWeights(s);
        CongestionTerms terms;
        for (double weight : w)
            terms.priceKw.push_back(-50.0 * weight); // load wanted where the grid weight is highest
        terms.anchorKw = netLoadKw(current);
        terms.proximalWeight = 0.5;
        const double floor = objectiveFloor(current.objective);
        const BestResponse r = bestResponse(s, current, terms, floor);
        const scheduler::CheckReport report = scheduler::checkPlan(s, r.plan);
        QVERIFY2(report.ok(), report.ok() ? "" : report.violations.front().c_str());
        QVERIFY(report.objective >= floor - 1e-9);
        QVERIFY(r.moved);
        QVERIFY2(r.multiplier > 0.0, "the floor must bind under such a price");
        // The car still gets exactly the energy of its own plan.
        double before = 0.0, after = 0.0;
        for (std::size_t t = 0; t < current.evs[0].chargeKw.size(); ++t) {
            before += current.evs[0].chargeKw[t];
            after += r.plan.evs[0].chargeKw[t];
        }
        QVERIFY(std::abs(before - after) < 1e-6);
    }

    void aBatteryMovesWithinATightFloor()
    {
        // A battery and its base load only: the independent plan cycles it for credits, and a price against
        // the credits' own timing must move it without leaving the floor (a coarse battery grid could not
        // keep the credits within 2% and stayed put).
        scheduler::Scenario s;
        for (int i = 0;; ++i) {
            s = bench::feederHousehold(3, i);
            if (s.batteries.size() == 1 && s.evs.empty() &&
                *std::max_element(s.site.pvKw.begin(), s.site.pvKw.end()) == 0.0)
                break;
        }
        s.thermals.clear();
        s.appliances.clear();
        s.deviceOrder = {{scheduler::DeviceType::Battery, 0}};
        const scheduler::Plan current = independentPlan(s);
        CongestionTerms terms;
        for (double weight : scheduler::gridWeights(s))
            terms.priceKw.push_back(-weight);
        terms.anchorKw = netLoadKw(current);
        terms.proximalWeight = 0.5;
        const BestResponse r = bestResponse(s, current, terms, objectiveFloor(current.objective));
        QVERIFY(r.moved);
        const scheduler::CheckReport report = scheduler::checkPlan(s, r.plan);
        QVERIFY2(report.ok(), report.ok() ? "" : report.violations.front().c_str());
        QVERIFY(report.objective >= objectiveFloor(current.objective) - 1e-9);
        double before = 0.0, after = 0.0;
        for (std::size_t t = 0; t < r.netKw.size(); ++t) {
            before += terms.priceKw[t] * terms.anchorKw[t];
            const double d = r.netKw[t] - terms.anchorKw[t];
            after += terms.priceKw[t] * r.netKw[t] + 0.5 * terms.proximalWeight * d * d;
        }
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 >= %2").arg(after).arg(before)));
    }

    void aSilentFeederLeavesThePlanAlone()
    {
        const scheduler::Scenario s = bench::feederHousehold(5, 0);
        CoordinatedHousehold household(s, independentPlan(s));
        const std::vector<double> before = household.netKw();
        QVERIFY(!household.respond({}, 10, ValleyFillingOptions{}));
        QVERIFY(!household.respond(std::vector<double>(s.slotCount, 100.0), 0, ValleyFillingOptions{}));
        QCOMPARE(household.netKw(), before);
    }

    void theGeneratedFeederIsValidAndReproducible()
    {
        const std::vector<scheduler::Scenario> a = bench::generateFeeder(3, 12);
        const std::vector<scheduler::Scenario> b = bench::generateFeeder(3, 12);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(scheduler::bench::writeScenarioJson(a[i]), scheduler::bench::writeScenarioJson(b[i]));
            const scheduler::ScenarioReadResult read = scheduler::readScenario(scheduler::bench::writeScenarioJson(a[i]));
            QVERIFY2(read.ok(), read.error.c_str());
            QVERIFY(coordinationRefusal(a[i]).empty());
        }
        QVERIFY(scheduler::bench::writeScenarioJson(a[0]) != scheduler::bench::writeScenarioJson(a[1]));
    }

    void aFeederFillsValleysWithinEveryFloor()
    {
        std::vector<CoordinatedHousehold> households;
        for (const scheduler::Scenario &s : bench::generateFeeder(7, 40))
            households.emplace_back(s, independentPlan(s));
        ValleyFillingOptions options;
        const std::vector<RoundRecord> rounds = runValleyFilling(households, options, 2);
        QVERIFY(rounds.size() >= 2);
        QVERIFY(int(rounds.size()) <= options.maxRounds + 1);
        const FeederStats &independent = rounds.front().stats;
        const FeederStats &coordinated = rounds.back().stats;
        qInfo("peak %.1f -> %.1f kW, sum of squares %.0f -> %.0f in %d rounds", independent.peakKw,
              coordinated.peakKw, independent.sumSquares, coordinated.sumSquares, rounds.back().round);
        QVERIFY(coordinated.sumSquares < 0.85 * independent.sumSquares);
        QVERIFY(coordinated.peakKw < 0.85 * independent.peakKw);
        // The aggregate reported is the sum of the plans the households hold, and each plan is sound.
        QCOMPARE(rounds.back().aggregateKw, aggregateOf(households));
        for (const CoordinatedHousehold &h : households) {
            const scheduler::CheckReport report = scheduler::checkPlan(h.scenario(), h.plan());
            QVERIFY2(report.ok(), report.ok() ? "" : report.violations.front().c_str());
            QVERIFY(report.objective >= h.floor() - 1e-9);
        }
        // The energy on the feeder is the same: load was moved, not dropped (battery losses aside).
        QVERIFY(std::abs(coordinated.meanKw - independent.meanKw) < 0.02 * std::abs(independent.meanKw) + 0.5);
    }
};

QTEST_APPLESS_MAIN(TestValleyFilling)
#include "tst_valleyfilling.moc"
