// bench_community: valley filling on one feeder of generated households (docs/coordination.md), against
// (a) independent planning by each household's own optimal planner and (c) the centralised optimum's proven
// lower bound, in the same run.
//   bench_community [--households N] [--seed S] [--rounds K] [--workers W] [--proximal RHO] [--price SCALE]
//                   [--central-iterations I] [--tolerance F] [--sweeps N] [--refine N] [--multiplier-steps N]
//                   [--profile]
#include "feeder.h"

#include "coordination/centralbound.h"
#include "coordination/feederprotocol.h"
#include "coordination/valleyfilling.h"
#include "scheduler/checker.h"
#include "scheduler/solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace commonwatt;
using namespace commonwatt::coordination;

namespace {

double msSince(std::chrono::steady_clock::time_point began)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
}

void printStats(const char *label, const FeederStats &s)
{
    std::printf("%-34s peak %8.1f kW   mean %7.1f kW   peak/average %5.3f   sum of squares %12.0f kW^2\n", label,
                s.peakKw, s.meanKw, s.peakToAverage, s.sumSquares);
}

} // namespace

int main(int argc, char **argv)
{
    bool profile = false; // --profile: the three aggregates slot by slot
    int households = 200, centralIterations = 300, workers = int(std::max(1u, std::thread::hardware_concurrency()));
    std::uint64_t seed = 1;
    ValleyFillingOptions options;
    for (int i = 1; i < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--profile") {
            profile = true;
            --i;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "%s needs a value\n", flag.c_str());
            return 2;
        }
        const char *value = argv[i + 1];
        if (flag == "--households")
            households = std::atoi(value);
        else if (flag == "--seed")
            seed = std::strtoull(value, nullptr, 10);
        else if (flag == "--rounds")
            options.maxRounds = std::atoi(value);
        else if (flag == "--workers")
            workers = std::atoi(value);
        else if (flag == "--proximal")
            options.proximalWeight = std::atof(value);
        else if (flag == "--tolerance")
            options.tolerance = std::atof(value);
        else if (flag == "--refine")
            options.bestResponse.refineSteps = std::atoi(value);
        else if (flag == "--multiplier-steps")
            options.bestResponse.multiplierSteps = std::atoi(value);
        else if (flag == "--sweeps")
            options.bestResponse.sweeps = std::atoi(value);
        else if (flag == "--central-iterations")
            centralIterations = std::atoi(value);
        else if (flag == "--price")
            options.priceScale = std::atof(value);
        else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    std::printf("bench_community: %d households, seed %llu, at most %d rounds, rho %.2f, price scale %.2f, %d workers\n",
                households, static_cast<unsigned long long>(seed), options.maxRounds, options.proximalWeight,
                options.priceScale, workers);

    // (a) Every household plans alone against the signals, with the product's planner.
    const std::vector<scheduler::Scenario> feeder = bench::generateFeeder(seed, households);
    auto began = std::chrono::steady_clock::now();
    std::vector<CoordinatedHousehold> coordinated;
    coordinated.reserve(feeder.size());
    int provedOptimal = 0;
    for (const scheduler::Scenario &scenario : feeder) {
        scheduler::Plan plan = scheduler::solve(scenario);
        if (!plan.hasSchedule() || !scheduler::checkPlan(scenario, plan).ok()) {
            std::fprintf(stderr, "%s: the independent plan failed (%s)\n", scenario.name.c_str(), plan.reason.c_str());
            return 1;
        }
        provedOptimal += plan.status == scheduler::PlanStatus::Optimal ? 1 : 0;
        coordinated.emplace_back(scenario, std::move(plan));
    }
    const double independentMs = msSince(began);
    const std::vector<double> independent = aggregateOf(coordinated);
    const FeederStats a = feederStats(independent);

    // (b) The protocol.
    began = std::chrono::steady_clock::now();
    const std::vector<RoundRecord> rounds = runValleyFilling(coordinated, options, workers, [](const RoundRecord &r) {
        std::printf("  round %2d: peak %8.1f kW, peak/average %5.3f, sum of squares %12.0f, %4d moved, %8.1f ms\n",
                    r.round, r.stats.peakKw, r.stats.peakToAverage, r.stats.sumSquares, r.moved, r.ms);
    });
    const double protocolMs = msSince(began);
    const FeederStats b = rounds.back().stats;

    // Every household's final plan is checked and meets its floor.
    int failures = 0;
    double worstDrop = 0.0, worstDropAllowed = 0.0;
    for (const CoordinatedHousehold &h : coordinated) {
        const scheduler::CheckReport report = scheduler::checkPlan(h.scenario(), h.plan());
        if (!report.ok() || report.objective < h.floor() - 1e-9) {
            ++failures;
            std::fprintf(stderr, "%s: %s\n", h.scenario().name.c_str(),
                         report.ok() ? "below its floor" : report.violations.front().c_str());
        }
        const double drop = h.independentObjective() - report.objective;
        if (drop > worstDrop) {
            worstDrop = drop;
            worstDropAllowed = h.independentObjective() - h.floor();
        }
    }

    // The aggregator's part of a round: open every household's sealed proposal and add it up, against
    // sealing them (each household's part) in the same run.
    const AggregatorKeys keys = AggregatorKeys::generate();
    std::vector<QByteArray> sealed;
    began = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < coordinated.size(); ++i) {
        Proposal p;
        p.session = feeder.front().startEpochSeconds;
        p.member[0] = static_cast<unsigned char>(i);
        p.member[1] = static_cast<unsigned char>(i >> 8);
        p.netW = proposalWatts(coordinated[i].netKw());
        sealed.push_back(sealProposal(p, keys.publicKey));
    }
    const double sealMs = msSince(began);
    began = std::chrono::steady_clock::now();
    std::vector<qint64> sumW(std::size_t(feeder.front().slotCount), 0);
    for (const QByteArray &bytes : sealed) {
        const std::optional<Proposal> p = openProposal(bytes, keys);
        for (std::size_t t = 0; p && t < sumW.size(); ++t)
            sumW[t] += p->netW[t];
    }
    const double openMs = msSince(began);

    // (c) The centralised optimum of the same objective under the same floors: its proven lower bound and
    // the relaxed solution that reaches it within the gap.
    std::vector<double> floors;
    std::vector<std::vector<double>> starts;
    for (const CoordinatedHousehold &h : coordinated) {
        floors.push_back(h.floor());
        starts.push_back(h.netKw());
    }
    CentralBoundOptions centralOptions;
    centralOptions.maxIterations = centralIterations;
    began = std::chrono::steady_clock::now();
    const CentralBound c = centralBound(feeder, floors, starts, centralOptions);
    const double centralMs = msSince(began);
    if (!c.floorsReachable) {
        std::fprintf(stderr, "the centralised problem: %s\n", c.reason.c_str());
        return 1;
    }
    const FeederStats relaxed = feederStats(c.aggregateKw);

    if (profile) {
        for (std::size_t t = 0; t < independent.size(); ++t)
            std::printf("slot %2zu  %02d:%02d  (a) %8.1f  (b) %8.1f  (c) %8.1f\n", t, int(12 + t / 4) % 24,
                        int(t % 4) * 15, independent[t], rounds.back().aggregateKw[t], c.aggregateKw[t]);
    }
    std::printf("\n");
    printStats("(a) independent planning", a);
    printStats("(b) valley filling", b);
    printStats("(c) centralised optimum, relaxed", relaxed);
    std::printf("(c) proven lower bound on the sum of squares: %.0f kW^2 (relaxed solution within %.3f%% of it, "
                "%d iterations, %.1f s)\n",
                c.lowerBound, 100.0 * (c.objective / c.lowerBound - 1.0), c.iterations, centralMs / 1000.0);
    std::printf("(b) vs (c): peak %+.1f%%, sum of squares %+.1f%% above the proven bound\n",
                100.0 * (b.peakKw / relaxed.peakKw - 1.0), 100.0 * (b.sumSquares / c.lowerBound - 1.0));
    std::printf("\n(b) vs (a): peak %+.1f%%, peak/average %+.1f%%, sum of squares %+.1f%%\n",
                100.0 * (b.peakKw / a.peakKw - 1.0), 100.0 * (b.peakToAverage / a.peakToAverage - 1.0),
                100.0 * (b.sumSquares / a.sumSquares - 1.0));
    std::printf("independent plans proved optimal by the planner: %d of %d\n", provedOptimal, households);
    std::printf("rounds: %d; protocol %.0f ms (%.1f ms per household per round); independent planning %.0f ms\n",
                rounds.back().round, protocolMs, protocolMs / std::max(1, rounds.back().round) / households,
                independentMs);
    std::printf("aggregator: opening and adding %zu sealed proposals %.1f ms (%.1f us each); sealing them %.1f ms "
                "(open/seal %.2f)\n",
                sealed.size(), openMs, 1000.0 * openMs / double(sealed.size()), sealMs, openMs / sealMs);
    std::printf("largest objective given up by a household: %.3f (its allowance %.3f); plans failing the checker "
                "or their floor: %d\n",
                worstDrop, worstDropAllowed, failures);
    return failures == 0 ? 0 : 1;
}
