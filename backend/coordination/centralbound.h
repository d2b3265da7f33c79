// The centralised optimum of a feeder's valley filling and a proven lower bound on it (docs/coordination.md,
// "The centralised optimum and its bound"): N households on one feeder, each planned by its own scenario,
// the feeder's aggregate A[t] = sum_i (import_i[t] - export_i[t]), the community objective F = sum_t A[t]^2,
// every household's plan feasible, with its least EV shortfall, and with its plan objective >= its floor.
// Frank-Wolfe on the convex relaxation, in the space of the households' net loads; each household's linear
// minimisation is its relaxed scheduler::LpModel. Plain C++ without Qt.
#pragma once

#include "scheduler/scenario.h"

#include <functional>
#include <string>
#include <vector>

namespace commonwatt::coordination {

struct CentralBoundOptions
{
    int maxIterations = 300;
    // Stop once objective - lowerBound <= relativeGap * objective.
    double relativeGap = 1e-3;
    // 0: none. The whole call, set-up included; an iteration cut short counts for nothing.
    double timeLimitMs = 0.0;
};

struct CentralBound
{
    // Proven: no set of feasible plans meeting the floors (each with its household's least EV shortfall) has
    // a smaller sum_t A[t]^2. +infinity when floorsReachable is false (there is no such set).
    double lowerBound = 0.0;
    double objective = 0.0;          // sum_t A[t]^2 of the best relaxed solution found (+infinity: none)
    std::vector<double> aggregateKw; // that solution's A[t]
    int iterations = 0;
    // False if some household's relaxed LP with its floor is infeasible; `reason` names every such household.
    bool floorsReachable = true;
    std::string reason;
    // Households whose startNetKw was empty or outside their relaxation (with its floor and shortfall cap),
    // started from their relaxed plan's net load instead.
    int startsReplaced = 0;
};

// households: one scenario each (readScenario-valid), all with the same start, slotMinutes and slot count.
// creditFloors[i]: the least plan objective (scheduling.md's objective, Plan::objective) household i accepts;
// -infinity for none. startNetKw[i]: a net load of household i that is feasible for the relaxation (e.g. from
// a real plan), the first iterate; empty (or startNetKw empty) for none. progress (may be empty) is called
// after every iteration with (iteration, objective, lowerBound). Throws std::invalid_argument, naming the
// field, when the households do not share a horizon or the vectors' sizes do not match. Like
// scheduler::solve, it frees GLPK's environment of the calling thread at the end, unless the thread held GLPK
// memory (a problem of the caller's) on entry.
[[nodiscard]] CentralBound centralBound(const std::vector<scheduler::Scenario> &households,
                                        const std::vector<double> &creditFloors,
                                        const std::vector<std::vector<double>> &startNetKw,
                                        const CentralBoundOptions &options,
                                        const std::function<void(int, double, double)> &progress = {});

} // namespace commonwatt::coordination
