// Decentralised valley filling on one feeder (docs/coordination.md): every household proposes its planned net
// load, the feeder's aggregate of the proposals comes back, and each household re-plans against a congestion
// price drawn from that aggregate with a proximal term (after Gan, Topcu and Low, IEEE Trans. Power Systems
// 2013), never giving up more of its own objective than its floor allows. Plain C++, no Qt: the same
// household step runs in the app, in the MQTT protocol and in the benchmark.
#pragma once

#include "bestresponse.h"

#include <functional>
#include <vector>

namespace commonwatt::coordination {

// The least objective a household accepts: its independent optimum minus max(2% of its size, 0.1 credit)
// (product.md, capability 5).
[[nodiscard]] double objectiveFloor(double independentObjective);

struct ValleyFillingOptions
{
    int maxRounds = 10;
    // Congestion price of slot t: priceScale * aggregate[t] / households (the average household's load).
    double priceScale = 1.0;
    // rho of the proximal term: 0.5 converges on the benchmark's feeders in 6-8 rounds; 0.1 oscillates.
    double proximalWeight = 0.5;
    // Stop early when the sum of squares of the aggregate changed by less than this fraction in a round.
    double tolerance = 1e-3;
    BestResponseOptions bestResponse;
};

// One household's side of the protocol.
class CoordinatedHousehold
{
public:
    // `independent` is the household's own optimal plan against the signals alone; its objective sets the
    // floor, and it is the first proposal.
    CoordinatedHousehold(scheduler::Scenario scenario, scheduler::Plan independent);

    [[nodiscard]] const scheduler::Scenario &scenario() const { return m_scenario; }
    [[nodiscard]] const scheduler::Plan &plan() const { return m_plan; }
    [[nodiscard]] const std::vector<double> &netKw() const { return m_netKw; }
    [[nodiscard]] double independentObjective() const { return m_independentObjective; }
    [[nodiscard]] double floor() const { return m_floor; }

    // Re-plans against the aggregate of the last round over `households` proposals; returns whether the
    // proposal changed. Without an aggregate (the feeder silent or late), the household keeps its proposal.
    bool respond(const std::vector<double> &aggregateKw, int households, const ValleyFillingOptions &options);

private:
    scheduler::Scenario m_scenario;
    scheduler::Plan m_plan;
    std::vector<double> m_netKw;
    double m_independentObjective = 0.0;
    double m_floor = 0.0;
    double m_multiplier = 0.0; // the floor's multiplier in the last round
};

struct FeederStats
{
    double peakKw = 0.0;
    double meanKw = 0.0;
    double peakToAverage = 0.0; // peak / mean (mean of the aggregate over the horizon)
    double sumSquares = 0.0;    // sum_t aggregate[t]^2, kW^2: the community's objective
};

[[nodiscard]] FeederStats feederStats(const std::vector<double> &aggregateKw);

// Sum of the households' proposals, slot by slot.
[[nodiscard]] std::vector<double> aggregateOf(const std::vector<CoordinatedHousehold> &households);

struct RoundRecord
{
    int round = 0; // 0: the independent plans
    std::vector<double> aggregateKw;
    FeederStats stats;
    int moved = 0;     // households whose proposal changed in this round
    double ms = 0.0;   // wall time of the round
};

// The protocol run in one process with synchronous rounds, the benchmark's form (over MQTT each household
// runs the same step). `workers` threads share the households' re-planning. `progress` is called after
// every round, the independent plans' round 0 included.
std::vector<RoundRecord> runValleyFilling(std::vector<CoordinatedHousehold> &households,
                                          const ValleyFillingOptions &options, int workers = 1,
                                          const std::function<void(const RoundRecord &)> &progress = {});

} // namespace commonwatt::coordination
