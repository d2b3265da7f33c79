// The scheduler benchmark's run (main.cpp parses the command line): scenarios, plans, checks and statistics.
#pragma once

#include "generator.h"

#include "scheduler/plan.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace commonwatt::scheduler::bench {

struct BenchOptions
{
    int count = 5;                  // scenarios per size class
    std::uint64_t seed = 1;
    double exactTimeLimitMs = 60000.0;
    bool shortForm = false;
    std::string classFilter;        // only classes whose name contains it
    std::string failuresDir;        // where to save failing scenarios and plans ("" : nowhere)
    std::string jsonOut;            // the results as JSON ("" : none)
    std::string examplesDir;        // the contract's examples and expected.json ("" : skip)
    bool coldExact = false;         // also GLPK without the fast plan as its start
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct PlanOutcome
{
    PlanStatus status = PlanStatus::Infeasible;
    std::string reason;
    double objective = kNaN;
    double ms = 0.0;
    double shortfallKwh = kNaN;
    std::size_t violations = 0;
    std::string firstViolation;

    [[nodiscard]] bool hasPlan() const { return status == PlanStatus::Optimal || status == PlanStatus::Feasible; }
};

struct CaseResult
{
    std::string name;
    std::string sizeClass; // "" for the examples
    std::uint64_t seed = 0;
    PlanOutcome immediate;
    PlanOutcome cheapest;
    PlanOutcome fast;
    PlanOutcome exact;
    PlanOutcome exactCold;       // GLPK on its own (--cold-exact); see exactColdRun
    bool exactColdRun = false;
    double exactBound = kNaN;    // plan.info "bound" of the exact solver, when given
    double reference = kNaN;     // exact's objective when proved optimal, else its bound
    bool referenceIsBound = false;
    double fastGap = kNaN;       // |reference - fast| / max(1, |reference|), when comparable
    double fastShare = kNaN;     // (fast - immediate) / (exact - immediate), when exact gains over immediate
    double cheapestShare = kNaN; // (cheapest - immediate) / (exact - immediate)
    std::vector<std::string> failures; // make the run fail
    std::vector<std::string> notes;    // worth reading, not failures
};

// Runs the benchmark, prints the tables and returns the exit code (0, or 1 when anything failed).
[[nodiscard]] int runBenchmark(const BenchOptions &options);

} // namespace commonwatt::scheduler::bench
