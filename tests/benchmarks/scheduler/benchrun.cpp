#include "benchrun.h"

#include "benchreport.h"
#include "cheapest.h"

#include "scheduler/checker.h"
#include "scheduler/immediate.h"
#include "scheduler/json.h"
#include "scheduler/planjson.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/solver.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace commonwatt::scheduler::bench {

namespace {

namespace fs = std::filesystem;

constexpr double kShortfallSlackKwh = 1e-6;

bool readFile(const fs::path &path, std::string &text)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
}

bool writeFile(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

double infoValue(const Plan &plan, const char *key)
{
    for (const auto &[name, value] : plan.info)
        if (name == key)
            return value;
    return kNaN;
}

struct Plans
{
    Plan immediate;
    Plan cheapest;
    Plan fast;
    Plan exact;
};

PlanOutcome outcomeOf(const Scenario &scenario, const Plan &plan, const char *solver, CaseResult &result)
{
    PlanOutcome outcome;
    outcome.status = plan.status;
    outcome.reason = plan.reason;
    outcome.ms = plan.solveMs;
    if (!plan.hasSchedule())
        return outcome;
    const CheckReport report = checkPlan(scenario, plan);
    outcome.objective = plan.objective;
    outcome.shortfallKwh = report.totalShortfallKwh;
    outcome.violations = report.violations.size();
    if (!report.ok()) {
        outcome.firstViolation = report.violations.front();
        result.failures.push_back(std::string(solver) + " plan breaks " + std::to_string(report.violations.size())
                                  + " constraint(s), first: " + report.violations.front());
    }
    return outcome;
}

// Runs the four planners on one scenario and fills in the comparison.
Plans runCase(const Scenario &scenario, double exactTimeLimitMs, CaseResult &result)
{
    Plans plans;
    plans.immediate = immediatePlan(scenario);
    plans.cheapest = cheapestPlan(scenario);
    plans.fast = solve(scenario, {"fast", 0.0, nullptr});
    plans.exact = solve(scenario, {"exact", exactTimeLimitMs, nullptr});
    result.immediate = outcomeOf(scenario, plans.immediate, "immediate", result);
    result.cheapest = outcomeOf(scenario, plans.cheapest, "cheapest", result);
    result.fast = outcomeOf(scenario, plans.fast, "fast", result);
    result.exact = outcomeOf(scenario, plans.exact, "exact", result);

    const PlanOutcome &imm = result.immediate;
    const PlanOutcome &fast = result.fast;
    const PlanOutcome &exact = result.exact;
    if (!fast.hasPlan() && imm.hasPlan() && imm.violations == 0)
        result.failures.push_back(std::string("fast found no plan (") + toString(fast.status) + ": " + fast.reason
                                  + ") although the immediate plan is feasible");
    if (!exact.hasPlan())
        result.notes.push_back(std::string("exact: ") + toString(exact.status)
                               + (exact.reason.empty() ? "" : ": " + exact.reason));
    else if (exact.status != PlanStatus::Optimal)
        result.notes.push_back("exact: not proved optimal within the time limit");

    result.exactBound = infoValue(plans.exact, "bound");
    if (exact.status == PlanStatus::Optimal) {
        result.reference = exact.objective;
    } else if (std::isfinite(result.exactBound)) {
        result.reference = result.exactBound;
        result.referenceIsBound = true;
    }
    // The immediate plan charges every car as early and as fast as it can: when it is feasible, no plan may
    // leave more shortfall (the contract minimises the total shortfall first).
    for (const auto &[solver, outcome] : {std::pair{"fast", &fast}, std::pair{"exact", &exact}})
        if (outcome->hasPlan() && imm.hasPlan() && imm.violations == 0
            && outcome->shortfallKwh > imm.shortfallKwh + kShortfallSlackKwh)
            result.failures.push_back(std::string(solver) + " leaves more EV shortfall than the immediate plan: "
                                      + std::to_string(outcome->shortfallKwh) + " kWh against "
                                      + std::to_string(imm.shortfallKwh));
    if (fast.hasPlan() && exact.hasPlan() && fast.shortfallKwh > exact.shortfallKwh + kShortfallSlackKwh)
        result.notes.push_back("fast leaves more EV shortfall than exact: " + std::to_string(fast.shortfallKwh)
                               + " kWh against " + std::to_string(exact.shortfallKwh));
    const bool sameShortfall = fast.hasPlan() && exact.hasPlan()
                               && std::abs(fast.shortfallKwh - exact.shortfallKwh) <= kShortfallSlackKwh;
    if (fast.hasPlan() && std::isfinite(result.reference) && (sameShortfall || !exact.hasPlan())) {
        result.fastGap = std::abs(result.reference - fast.objective) / std::max(1.0, std::abs(result.reference));
        if (fast.objective > result.reference + 1e-6 * std::max(1.0, std::abs(result.reference)))
            result.notes.push_back("fast objective above the exact reference");
    }
    if (imm.hasPlan() && exact.hasPlan()) {
        const double gain = exact.objective - imm.objective;
        if (gain > 1e-6 * std::max(1.0, std::abs(exact.objective))) {
            if (fast.hasPlan())
                result.fastShare = (fast.objective - imm.objective) / gain;
            if (result.cheapest.hasPlan())
                result.cheapestShare = (result.cheapest.objective - imm.objective) / gain;
        }
    }
    if (fast.hasPlan() && result.cheapest.hasPlan()
        && std::abs(fast.shortfallKwh - result.cheapest.shortfallKwh) <= kShortfallSlackKwh
        && fast.objective < result.cheapest.objective - 1e-6 * std::max(1.0, std::abs(fast.objective)))
        result.notes.push_back("fast below cheapest by " + std::to_string(result.cheapest.objective - fast.objective));
    return plans;
}

void saveCase(const fs::path &dir, const Scenario &scenario, const std::string &scenarioJson, const Plans &plans,
              const CaseResult &result)
{
    std::error_code error;
    fs::create_directories(dir, error);
    const fs::path base = dir / result.name;
    bool ok = writeFile(base.string() + ".scenario.json", scenarioJson);
    const std::pair<const char *, const Plan *> all[] = {
        {"immediate", &plans.immediate}, {"cheapest", &plans.cheapest}, {"fast", &plans.fast}, {"exact", &plans.exact}};
    for (const auto &[solver, plan] : all)
        ok = writeFile(base.string() + "." + solver + ".plan.json", writePlanJson(scenario, *plan)) && ok;
    std::string text;
    for (const std::string &line : result.failures)
        text += "failure: " + line + "\n";
    for (const std::string &line : result.notes)
        text += "note: " + line + "\n";
    ok = writeFile(base.string() + ".txt", text) && ok;
    if (!ok)
        std::fprintf(stderr, "bench_scheduler: could not save %s\n", base.string().c_str());
}

CaseResult runGenerated(const SizeClass &size, std::uint64_t seed, const BenchOptions &options)
{
    CaseResult result;
    result.sizeClass = size.name();
    result.seed = seed;
    const Scenario generated = generateScenario(seed, {size, Infeasibility::None});
    result.name = generated.name;
    const std::string json = writeScenarioJson(generated);
    ScenarioReadResult read = readScenario(json);
    if (!read.ok())
        result.failures.push_back("generated scenario does not read back: " + read.error);
    else if (writeScenarioJson(read.scenario) != json)
        result.failures.push_back("generated scenario does not write back to the same JSON");
    const Scenario &scenario = read.ok() ? read.scenario : generated;
    const Plans plans = runCase(scenario, options.exactTimeLimitMs, result);
    if (options.coldExact) {
        SolveOptions cold{"exact", options.exactTimeLimitMs, nullptr};
        cold.exactFromFastPlan = false;
        const Plan plan = solve(scenario, cold);
        result.exactCold.status = plan.status;
        result.exactCold.ms = plan.solveMs;
        result.exactCold.objective = plan.hasSchedule() ? plan.objective : kNaN;
        result.exactColdRun = true;
    }
    if (!options.failuresDir.empty() && !result.failures.empty())
        saveCase(options.failuresDir, scenario, json, plans, result);
    return result;
}

struct Expected
{
    std::string name;
    double optimal = kNaN;
    double immediate = kNaN;
    double shortfall = kNaN;
};

std::vector<Expected> readExpected(const fs::path &path)
{
    std::vector<Expected> expected;
    std::string text;
    if (!readFile(path, text))
        return expected;
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok() || !parsed.value.isObject())
        return expected;
    for (const json::Member &member : parsed.value.members()) {
        Expected e;
        e.name = member.key;
        if (const json::Value *v = member.value.find("optimalObjective"))
            e.optimal = v->toNumber();
        if (const json::Value *v = member.value.find("immediateObjective"))
            e.immediate = v->toNumber();
        if (const json::Value *v = member.value.find("evShortfallKwh"))
            e.shortfall = v->toNumber();
        expected.push_back(e);
    }
    return expected;
}

std::vector<ExampleResult> runExamples(const BenchOptions &options, std::vector<CaseResult> &failed)
{
    std::vector<ExampleResult> examples;
    const fs::path dir = options.examplesDir;
    for (const Expected &expected : readExpected(dir / "expected.json")) {
        ExampleResult example;
        example.expectedOptimal = expected.optimal;
        example.expectedImmediate = expected.immediate;
        example.expectedShortfall = expected.shortfall;
        example.result.name = expected.name;
        std::string text;
        if (!readFile(dir / (expected.name + ".json"), text)) {
            example.result.failures.push_back("cannot read " + (dir / (expected.name + ".json")).string());
        } else if (ScenarioReadResult read = readScenario(text); !read.ok()) {
            example.result.failures.push_back("does not read: " + read.error);
        } else {
            const Plans plans = runCase(read.scenario, options.exactTimeLimitMs, example.result);
            const double tolerance = 1e-4;
            if (std::abs(example.result.immediate.objective - expected.immediate) > tolerance)
                example.result.failures.push_back("immediate objective differs from expected.json");
            if (std::abs(example.result.exact.objective - expected.optimal) > tolerance)
                example.result.notes.push_back("exact objective differs from expected.json");
            if (!options.failuresDir.empty() && !example.result.failures.empty())
                saveCase(options.failuresDir, read.scenario, text, plans, example.result);
        }
        if (!example.result.failures.empty())
            failed.push_back(example.result);
        examples.push_back(std::move(example));
    }
    return examples;
}

} // namespace

int runBenchmark(const BenchOptions &options)
{
    BenchRun run;
    run.options = options;
    std::vector<CaseResult> failed;
    std::vector<SizeClass> classes;
    for (const SizeClass &size : benchmarkSizeClasses())
        if (options.classFilter.empty() || size.name().find(options.classFilter) != std::string::npos)
            classes.push_back(size);
    const std::vector<SizeClass> all = benchmarkSizeClasses();
    for (const SizeClass &size : classes) {
        const auto classIndex
            = static_cast<std::size_t>(std::find(all.begin(), all.end(), size) - all.begin());
        for (int i = 0; i < options.count; ++i) {
            CaseResult result = runGenerated(size, scenarioSeed(options.seed, classIndex, static_cast<std::size_t>(i)),
                                             options);
            std::fprintf(stderr, "%-18s %3d  fast %8.1f ms  exact %8.1f ms %s%s\n", size.name().c_str(), i,
                         result.fast.ms, result.exact.ms, toString(result.exact.status),
                         result.failures.empty() ? "" : "  FAILED");
            if (!result.failures.empty())
                failed.push_back(result);
            run.cases.push_back(std::move(result));
        }
        run.classes.push_back(size);
    }
    if (!options.examplesDir.empty())
        run.examples = runExamples(options, failed);

    printReport(run, failed);
    if (!options.jsonOut.empty() && !writeFile(options.jsonOut, reportJson(run)))
        std::fprintf(stderr, "bench_scheduler: could not write %s\n", options.jsonOut.c_str());
    return failed.empty() ? 0 : 1;
}

} // namespace commonwatt::scheduler::bench
