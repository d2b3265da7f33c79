// The scheduler benchmark's statistics, its printed tables and its JSON results.
#pragma once

#include "benchrun.h"

#include <string>
#include <vector>

namespace commonwatt::scheduler::bench {

struct ExampleResult
{
    CaseResult result;
    double expectedOptimal = kNaN;
    double expectedImmediate = kNaN;
    double expectedShortfall = kNaN;
};

struct BenchRun
{
    BenchOptions options;
    std::vector<SizeClass> classes;
    std::vector<CaseResult> cases;
    std::vector<ExampleResult> examples;
};

struct Summary
{
    std::size_t cases = 0;
    std::size_t violations = 0;      // constraint violations over every checked plan
    std::size_t failures = 0;        // cases with a failure
    std::size_t exactOptimal = 0;
    std::size_t exactWithoutPlan = 0;
    std::size_t gaps = 0;            // cases where the fast gap is defined
    std::size_t gapsFromBound = 0;   // ... measured against the exact's bound, not a proved optimum
    std::size_t within01 = 0;        // gap <= 0.1 %
    std::size_t within1 = 0;         // gap <= 1 %
    double gapMedian = kNaN;
    double gapMax = kNaN;
    std::size_t shares = 0;          // cases where exact gains over immediate
    double fastGainShare = kNaN;     // sum(fast - immediate) / sum(exact - immediate)
    double cheapestGainShare = kNaN; // sum(cheapest - immediate) / sum(exact - immediate)
    double fastShareMedian = kNaN;
    double cheapestShareMedian = kNaN;
    std::size_t immediateInfeasible = 0;
    std::size_t cheapestInfeasible = 0;
    std::size_t fastBelowCheapest = 0;
    std::size_t fastBelowImmediate = 0;
    std::size_t fastMoreShortfall = 0;
    double fastMs[3] = {kNaN, kNaN, kNaN}; // median, p95, max
    double exactMs[3] = {kNaN, kNaN, kNaN};
};

[[nodiscard]] Summary summarise(const std::vector<const CaseResult *> &cases);

void printReport(const BenchRun &run, const std::vector<CaseResult> &failed);
[[nodiscard]] std::string reportJson(const BenchRun &run);

} // namespace commonwatt::scheduler::bench
