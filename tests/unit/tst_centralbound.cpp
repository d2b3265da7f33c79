// The centralised optimum of a feeder and its proven lower bound (backend/coordination/centralbound.*,
// docs/coordination.md): against an independent water-filling where the relaxation is exact, against every
// combination of appliance starts where it is not, with floors that bind or cannot be met, with a car whose
// least shortfall the relaxation underestimates, and with the real plans of mixed households.
#include "coordination/centralbound.h"

#include "scheduler/lpmodel.h"
#include "scheduler/objective.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/solver.h"
#include "scheduler/solverinternals.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>

using namespace commonwatt;
using namespace commonwatt::coordination;
using scheduler::Scenario;
using namespace Qt::StringLiterals;

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string numbers(const std::vector<double> &values)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%s%.4f", i == 0 ? "" : ", ", values[i]);
        out += buffer;
    }
    return out + "]";
}

struct Spec
{
    std::string name;
    std::vector<double> baseLoadKw;
    std::vector<double> pvKw;
    std::string devices = "[]";
    double importLimitKw = 30.0;
    double exportLimitKw = 10.0;
};

// One household of the feeder: hourly hours from the same start, the feeder's carbon intensities.
Scenario household(const Spec &spec, const std::vector<double> &carbon)
{
    std::string json = R"({"format": "commonwatt-scenario/1", "name": ")" + spec.name +
                       R"(", "start": "2026-06-01T00:00:00Z", "slotMinutes": 60, "slots": )" +
                       std::to_string(carbon.size()) + R"(, "signals": {"carbonIntensity": )" +
                       numbers(carbon) + R"(}, "site": {"importLimitKw": )" +
                       std::to_string(spec.importLimitKw) + R"(, "exportLimitKw": )" +
                       std::to_string(spec.exportLimitKw) + R"(, "baseLoadKw": )" + numbers(spec.baseLoadKw) +
                       (spec.pvKw.empty() ? std::string() : R"(, "pvKw": )" + numbers(spec.pvKw)) +
                       R"(}, "devices": )" + spec.devices + "}";
    scheduler::ScenarioReadResult read = scheduler::readScenario(json);
    if (!read.ok())
        qFatal("test scenario %s: %s", spec.name.c_str(), read.error.c_str());
    return std::move(read.scenario);
}

double sumOfSquares(const std::vector<double> &a)
{
    double sum = 0.0;
    for (double v : a)
        sum += v * v;
    return sum;
}

std::vector<double> netKw(const scheduler::Plan &plan)
{
    std::vector<double> net(plan.importKw.size());
    for (std::size_t t = 0; t < net.size(); ++t)
        net[t] = plan.importKw[t] - plan.exportKw[t];
    return net;
}

// w[t] of scheduling.md for no grid need, kappa 0.25 and a reference intensity of 400.
double gridWeight(double carbon)
{
    return 0.25 + 0.75 * std::min(carbon / 400.0, 2.0);
}

// Every run of a bound: its figures must be consistent whatever the feeder.
CentralBound run(const std::vector<Scenario> &households, const std::vector<double> &floors,
                 const std::vector<std::vector<double>> &starts, double relativeGap = 1e-4)
{
    CentralBoundOptions options;
    options.relativeGap = relativeGap;
    options.maxIterations = 500;
    int calls = 0;
    double lastObjective = kInfinity;
    double lastBound = 0.0;
    bool monotone = true;
    const CentralBound bound =
        centralBound(households, floors, starts, options, [&](int k, double objective, double lower) {
            ++calls;
            monotone =
                monotone && k == calls && objective <= lastObjective * (1.0 + 1e-12) && lower >= lastBound;
            lastObjective = objective;
            lastBound = lower;
        });
    qInfo("%d iterations: objective %.10g, bound %.10g, starts replaced %d", bound.iterations,
          bound.objective, bound.lowerBound, bound.startsReplaced);
    if (bound.floorsReachable) {
        [&] {
            QCOMPARE(calls, bound.iterations);
            QVERIFY(monotone);
            QVERIFY2(bound.objective - bound.lowerBound <= relativeGap * bound.objective,
                     qPrintable(u"objective %1, bound %2 after %3 iterations"_s.arg(bound.objective)
                                    .arg(bound.lowerBound)
                                    .arg(bound.iterations)));
            QVERIFY(std::abs(sumOfSquares(bound.aggregateKw) - bound.objective) <= 1e-9 * bound.objective);
        }();
    }
    return bound;
}

// Household i of n: 0.4 kW at night, an evening peak, a little of its own shape.
std::vector<double> baseLoad(int i, int hours)
{
    std::vector<double> base;
    for (int t = 0; t < hours; ++t) {
        const bool evening = t >= 17 && t <= 20;
        base.push_back(0.4 + 0.1 * i + (evening ? 2.0 : 0.0) + 0.2 * (1.0 + std::sin(0.7 * t + i)));
    }
    return base;
}

} // namespace

class TestCentralBound : public QObject
{
    Q_OBJECT

private slots:
    // Only water heaters, all with the same window, power and energy: the relaxation is the problem itself
    // and its optimum fills the valleys of the base loads' sum, P[t] = clamp(L - B[t], 0, sum of maxKw).
    void thermalLoadsFillTheValleys()
    {
        const int hours = 24;
        const std::vector<double> carbon(hours, 300.0);
        std::vector<Scenario> households;
        for (int i = 0; i < 4; ++i) {
            Spec spec{
                "home-" + std::to_string(i), baseLoad(i, hours), {}, R"([{"type": "thermal", "id": "heater",
                "maxKw": 3, "energyKwh": 10, "windowStartSlot": 2, "windowEndSlot": 22}])"};
            households.push_back(household(spec, carbon));
        }
        std::vector<double> base(hours, 0.0);
        for (const Scenario &s : households)
            for (int t = 0; t < hours; ++t)
                base[static_cast<std::size_t>(t)] += s.site.baseLoadKw[static_cast<std::size_t>(t)];
        auto filled = [&](double level) {
            double energy = 0.0;
            for (int t = 2; t < 22; ++t)
                energy += std::clamp(level - base[static_cast<std::size_t>(t)], 0.0, 12.0);
            return energy;
        };
        double low = 0.0;
        double high = 100.0;
        for (int k = 0; k < 200; ++k)
            (filled(0.5 * (low + high)) < 40.0 ? low : high) = 0.5 * (low + high);
        double optimum = 0.0;
        for (int t = 0; t < hours; ++t) {
            const auto i = static_cast<std::size_t>(t);
            const double heat = t >= 2 && t < 22 ? std::clamp(low - base[i], 0.0, 12.0) : 0.0;
            optimum += (base[i] + heat) * (base[i] + heat);
        }

        // Three start from heating evenly over the window; the last from no heat at all, which is no plan.
        std::vector<std::vector<double>> starts;
        for (int i = 0; i < 4; ++i) {
            std::vector<double> start = households[static_cast<std::size_t>(i)].site.baseLoadKw;
            if (i < 3)
                for (int t = 2; t < 22; ++t)
                    start[static_cast<std::size_t>(t)] += 0.5;
            starts.push_back(start);
        }
        const std::vector<double> floors(4, -kInfinity);
        const CentralBound bound = run(households, floors, starts, 1e-5);
        QVERIFY(bound.floorsReachable);
        QCOMPARE(bound.startsReplaced, 1);
        QVERIFY2(bound.lowerBound <= optimum * (1.0 + 1e-12),
                 qPrintable(u"bound %1 above the optimum %2"_s.arg(bound.lowerBound, 0, 'g', 12)
                                .arg(optimum, 0, 'g', 12)));
        QVERIFY2(
            bound.objective >= optimum * (1.0 - 1e-9) && bound.objective <= optimum * (1.0 + 1e-5),
            qPrintable(
                u"objective %1, optimum %2"_s.arg(bound.objective, 0, 'g', 12).arg(optimum, 0, 'g', 12)));
    }

    // Appliances only: a plan is its start hours, so every combination can be enumerated. The bound must stay
    // below the best combination meeting the floors, and rise when household 0's floor forces its washer into
    // the evening peak, where its credits are cheapest.
    void appliancesAgainstEveryCombination()
    {
        const int hours = 8;
        // Clean grid in hours 4 and 5, when every household's base load peaks.
        const std::vector<double> carbon{500, 500, 450, 400, 50, 50, 400, 500};
        const std::vector<Spec> specs{
            {"washer-home",
             {0.3, 0.3, 0.5, 0.5, 2.0, 2.0, 0.5, 0.3},
             {},
             R"([{"type": "appliance", "id": "washer", "profileKw": [2, 1], "earliestStartSlot": 0, "latestEndSlot": 8}])"},
            {"dryer-home",
             {0.4, 0.2, 0.2, 0.6, 1.5, 1.8, 0.6, 0.4},
             {},
             R"([{"type": "appliance", "id": "dryer", "profileKw": [1.5, 1.5, 0.5], "earliestStartSlot": 1, "latestEndSlot": 8}])"},
            {"two-machines",
             {0.2, 0.2, 0.3, 0.4, 2.2, 1.6, 0.3, 0.2},
             {},
             R"([{"type": "appliance", "id": "oven", "profileKw": [3], "earliestStartSlot": 0, "latestEndSlot": 4},
                 {"type": "appliance", "id": "dishwasher", "profileKw": [1, 1], "earliestStartSlot": 2, "latestEndSlot": 8}])"},
        };
        std::vector<Scenario> households;
        for (const Spec &spec : specs)
            households.push_back(household(spec, carbon));

        // Each household's plans: its net load and plan objective (-sum_t w[t] import[t], in hourly hours).
        struct Option
        {
            std::vector<double> net;
            double objective = 0.0;
        };
        std::vector<std::vector<Option>> options;
        for (const Scenario &s : households) {
            std::vector<Option> mine{{s.site.baseLoadKw, 0.0}};
            for (const scheduler::Appliance &appliance : s.appliances) {
                std::vector<Option> next;
                for (const Option &option : mine) {
                    for (std::int64_t start = appliance.earliestStartSlot;
                         start + static_cast<std::int64_t>(appliance.profileKw.size()) <=
                         appliance.latestEndSlot;
                         ++start) {
                        Option placed = option;
                        for (std::size_t k = 0; k < appliance.profileKw.size(); ++k)
                            placed.net[static_cast<std::size_t>(start) + k] += appliance.profileKw[k];
                        next.push_back(placed);
                    }
                }
                mine = next;
            }
            for (Option &option : mine)
                for (int t = 0; t < hours; ++t)
                    option.objective -= gridWeight(carbon[static_cast<std::size_t>(t)]) *
                                        option.net[static_cast<std::size_t>(t)];
            options.push_back(mine);
        }
        auto bestCombination = [&](const std::vector<double> &floors) {
            double best = kInfinity;
            std::function<void(std::size_t, std::vector<double>)> visit = [&](std::size_t i,
                                                                              std::vector<double> aggregate) {
                if (i == options.size()) {
                    best = std::min(best, sumOfSquares(aggregate));
                    return;
                }
                for (const Option &option : options[i]) {
                    if (option.objective < floors[i])
                        continue;
                    std::vector<double> next = aggregate;
                    for (int t = 0; t < hours; ++t)
                        next[static_cast<std::size_t>(t)] += option.net[static_cast<std::size_t>(t)];
                    visit(i + 1, next);
                }
            };
            visit(0, std::vector<double>(static_cast<std::size_t>(hours), 0.0));
            return best;
        };

        // Household 0's floors, rising: none, its median plan, its second best, its best.
        std::vector<double> washerObjectives;
        for (const Option &option : options[0])
            washerObjectives.push_back(option.objective);
        std::sort(washerObjectives.begin(), washerObjectives.end());
        const std::vector<double> washerFloors{-kInfinity, washerObjectives[washerObjectives.size() / 2],
                                               washerObjectives[washerObjectives.size() - 2],
                                               washerObjectives.back()};
        double totalEnergy = 0.0; // the same in every plan: sum_t A[t]^2 >= (sum_t A[t])^2 / hours
        for (const Option &option : {options[0][0], options[1][0], options[2][0]})
            for (double v : option.net)
                totalEnergy += v;
        double previous = 0.0;
        double unfloored = 0.0;
        const double gap = 1e-4;
        for (double floor : washerFloors) {
            const std::vector<double> floors{floor, -kInfinity, -kInfinity};
            const double best = bestCombination(floors);
            const CentralBound bound = run(households, floors, {}, gap);
            QVERIFY(bound.floorsReachable);
            QCOMPARE(bound.startsReplaced, 3);
            QVERIFY2(bound.lowerBound <= best * (1.0 + 1e-12),
                     qPrintable(u"floor %1: bound %2 above the best combination %3"_s.arg(floor)
                                    .arg(bound.lowerBound)
                                    .arg(best)));
            QVERIFY(bound.lowerBound >= (1.0 - gap) * totalEnergy * totalEnergy / hours);
            QVERIFY(bound.lowerBound >= (1.0 - gap) * previous);
            previous = bound.lowerBound;
            if (std::isinf(floor))
                unfloored = bound.objective;
        }
        // Its best plan puts the washer's 2 kW into the peak: the bound must leave the unfloored optimum
        // behind.
        QVERIFY2(previous > unfloored * 1.05,
                 qPrintable(u"bound %1, unfloored optimum %2"_s.arg(previous).arg(unfloored)));
    }

    // A car whose charger cannot start under the import limit: its least shortfall is the whole need, while
    // the relaxation could charge at 1.5 kW and meet it. A relaxation capped at its own least shortfall (0)
    // would force that charging and bound above the only plan there is.
    void shortfallOfWholeChargingSlots()
    {
        const int hours = 8;
        const std::vector<double> carbon(hours, 300.0);
        Spec car{
            "car-home",
            std::vector<double>(hours, 0.5),
            {},
            R"([{"type": "ev", "id": "car", "capacityKwh": 60, "socKwh": 10, "targetSocKwh": 20, "arrivalSlot": 0,
                      "departureSlot": 8, "minChargeKw": 2, "maxChargeKw": 7, "chargeEfficiency": 1}])"};
        car.importLimitKw = 2.0;
        Spec neighbour{"neighbour", {1, 1, 2, 2, 1, 1, 2, 2}, {}, "[]"};
        const std::vector<Scenario> households{household(car, carbon), household(neighbour, carbon)};
        // The only plans: the car never charges.
        const double optimum = 4 * 1.5 * 1.5 + 4 * 2.5 * 2.5;
        const CentralBound bound = run(households, {-kInfinity, -kInfinity}, {}, 1e-6);
        QVERIFY(bound.floorsReachable);
        QVERIFY2(bound.lowerBound <= optimum * (1.0 + 1e-12),
                 qPrintable(u"bound %1"_s.arg(bound.lowerBound, 0, 'g', 12)));
        QVERIFY(bound.objective <= optimum * (1.0 + 1e-6));
    }

    void unreachableFloorsAreNamed()
    {
        const int hours = 8;
        const std::vector<double> carbon(hours, 400.0); // w = 1
        const Spec plain{"plain", std::vector<double>(hours, 1.0), {}, "[]"};
        Spec tooMuchHeat{
            "too-much-heat",
            std::vector<double>(hours, 1.0),
            {},
            R"([{"type": "thermal", "id": "heater", "maxKw": 1, "energyKwh": 9, "windowStartSlot": 0, "windowEndSlot": 8}])"};
        const std::vector<Scenario> households{household(plain, carbon), household(plain, carbon),
                                               household(tooMuchHeat, carbon)};
        // Household 1 earns -8 whatever it does; a floor of -8 is met, -7.9 is not.
        CentralBound bound = run(households, {-8.0, -7.9, -kInfinity}, {});
        QVERIFY(!bound.floorsReachable);
        QCOMPARE(bound.lowerBound, kInfinity);
        QVERIFY2(bound.reason.find("households[1] (plain)") != std::string::npos, bound.reason.c_str());
        QVERIFY2(bound.reason.find("households[2] (too-much-heat): no plan") != std::string::npos,
                 bound.reason.c_str());
        QVERIFY2(bound.reason.find("households[0]") == std::string::npos, bound.reason.c_str());

        bound = run({households[0], households[1]}, {-8.0, -8.0}, {});
        QVERIFY(bound.floorsReachable);
        QCOMPARE(bound.objective, 8 * 2.0 * 2.0);
    }

    // Batteries, cars, PV, appliances and heaters: the bound stays below the feeder of the households' own
    // optimal plans (which meet floors a little below their objectives), and those plans are accepted starts.
    void mixedHouseholdsBelowTheirOwnPlans_data()
    {
        QTest::addColumn<double>("timeLimitMs");
        QTest::newRow("no time limit") << 0.0;
        QTest::newRow("1 ms") << 1.0;
        QTest::newRow("10 ms") << 10.0;
    }

    void mixedHouseholdsBelowTheirOwnPlans()
    {
        QFETCH(double, timeLimitMs);
        const int hours = 24;
        std::vector<double> carbon;
        for (int t = 0; t < hours; ++t)
            carbon.push_back(350.0 + 150.0 * std::cos(0.26 * (t - 3)));
        const char *battery =
            R"({"type": "battery", "id": "battery", "capacityKwh": 10, "socKwh": 5, "minSocKwh": 1,
            "maxSocKwh": 9.5, "maxChargeKw": 4, "maxDischargeKw": 4, "chargeEfficiency": 0.95, "dischargeEfficiency": 0.95,
            "cycleCostPerKwh": 0.01, "finalSocKwhMin": 5})";
        const char *ev =
            R"({"type": "ev", "id": "car", "capacityKwh": 60, "socKwh": 20, "targetSocKwh": 35, "arrivalSlot": 18,
            "departureSlot": 30, "minChargeKw": 1.4, "maxChargeKw": 7.4, "chargeEfficiency": 0.9})";
        const char *washer =
            R"({"type": "appliance", "id": "washer", "profileKw": [2, 0.5, 0.5], "earliestStartSlot": 6,
            "latestEndSlot": 22})";
        const char *heater =
            R"({"type": "thermal", "id": "heater", "maxKw": 3, "energyKwh": 6, "windowStartSlot": 0,
            "windowEndSlot": 24})";
        std::vector<double> pv;
        for (int t = 0; t < hours; ++t)
            pv.push_back(std::max(0.0, 5.0 * std::sin(3.14159 * (t - 6) / 13.0)));
        std::vector<Scenario> households;
        for (int i = 0; i < 5; ++i) {
            std::string devices = "[";
            devices += std::string(washer) + ", " + heater;
            if (i % 2 == 0)
                devices += std::string(", ") + battery;
            if (i != 1)
                devices += std::string(", ") + ev;
            devices += "]";
            Spec spec{"mixed-" + std::to_string(i), baseLoad(i, hours), i < 3 ? pv : std::vector<double>{},
                      devices};
            households.push_back(household(spec, carbon));
        }
        std::vector<double> floors;
        std::vector<std::vector<double>> starts;
        std::vector<double> aggregate(static_cast<std::size_t>(hours), 0.0);
        for (const Scenario &s : households) {
            const scheduler::Plan plan = scheduler::solve(s);
            QVERIFY2(plan.hasSchedule(), plan.reason.c_str());
            QCOMPARE(scheduler::totalEvShortfallKwh(s, plan), 0.0);
            floors.push_back(plan.objective - 0.5);
            starts.push_back(netKw(plan));
            for (std::size_t t = 0; t < aggregate.size(); ++t)
                aggregate[t] += starts.back()[t];
        }
        if (timeLimitMs == 0.0) {
            const CentralBound bound = run(households, floors, starts, 1e-3);
            QVERIFY(bound.floorsReachable);
            QCOMPARE(bound.startsReplaced, 0);
            QVERIFY(bound.lowerBound <= sumOfSquares(aggregate));
            QVERIFY(bound.objective <= sumOfSquares(aggregate));
            QVERIFY(bound.iterations >= 1);
            return;
        }
        // Cut short, during the set-up or between iterations: whatever is reported still holds.
        CentralBoundOptions options;
        options.relativeGap = 1e-9;
        options.timeLimitMs = timeLimitMs;
        const CentralBound bound = centralBound(households, floors, starts, options);
        qInfo("%d iterations: objective %.10g, bound %.10g", bound.iterations, bound.objective,
              bound.lowerBound);
        QVERIFY(bound.floorsReachable);
        QVERIFY(bound.lowerBound >= 0.0 && bound.lowerBound <= sumOfSquares(aggregate));
        if (std::isinf(bound.objective)) {
            QCOMPARE(bound.iterations, 0);
            QCOMPARE(bound.lowerBound, 0.0);
            QVERIFY(bound.aggregateKw.empty());
            QVERIFY(!bound.reason.empty());
        } else {
            QVERIFY(bound.objective >= bound.lowerBound);
            QVERIFY(bound.objective <= sumOfSquares(aggregate) * (1.0 + 1e-12));
            QVERIFY(std::abs(sumOfSquares(bound.aggregateKw) - bound.objective) <= 1e-9 * bound.objective);
        }
    }

    // The caller's own GLPK problem on the same thread outlives the call (GLPK's environment is left alone).
    void callersProblemSurvives()
    {
        const std::vector<double> carbon(8, 400.0);
        const Scenario plain = household({"plain", std::vector<double>(8, 1.0), {}}, carbon);
        scheduler::LpModel model(plain, scheduler::LpModel::Integrality::Relaxed);
        QVERIFY(scheduler::runSimplex(model, scheduler::Deadline(0.0), false) ==
                scheduler::LpOutcome::Optimal);
        const double before = model.provenObjectiveBound();
        const CentralBound bound = run({plain, plain}, {-kInfinity, -kInfinity}, {});
        QCOMPARE(bound.objective, 8 * 2.0 * 2.0);
        QVERIFY(scheduler::runSimplex(model, scheduler::Deadline(0.0), true) ==
                scheduler::LpOutcome::Optimal);
        QCOMPARE(model.provenObjectiveBound(), before);
        QCOMPARE(before, -8.0); // w = 1 on 1 kW for 8 hours
    }

    void fieldsAreChecked()
    {
        const std::vector<double> carbon(8, 400.0);
        const Scenario eight = household({"eight", std::vector<double>(8, 1.0), {}}, carbon);
        const Scenario four =
            household({"four", std::vector<double>(4, 1.0), {}}, std::vector<double>(4, 400.0));
        auto message = [](const std::function<void()> &call) {
            try {
                call();
            } catch (const std::invalid_argument &error) {
                return std::string(error.what());
            }
            return std::string();
        };
        const CentralBoundOptions options;
        QVERIFY(message([&] {
                    (void)centralBound({eight, four}, {0.0, 0.0}, {}, options);
                }).starts_with("households[1].slots"));
        QVERIFY(message([&] {
                    (void)centralBound({eight}, {0.0, 0.0}, {}, options);
                }).starts_with("creditFloors"));
        QVERIFY(message([&] {
                    (void)centralBound({eight}, {0.0}, {{1.0, 2.0}}, options);
                }).starts_with("startNetKw[0]"));
        QVERIFY(message([&] {
                    (void)centralBound({eight}, {std::nan("")}, {}, options);
                }).starts_with("creditFloors[0]"));
    }
};

QTEST_GUILESS_MAIN(TestCentralBound)
#include "tst_centralbound.moc"
