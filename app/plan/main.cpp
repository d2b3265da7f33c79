// commonwatt-plan: plans one scenario (../shared/docs/scheduling.md, "Command line"), or checks a plan.
//   commonwatt-plan SCENARIO.json [--out PLAN.json] [--solver NAME] [--time-limit-ms N]
//   commonwatt-plan SCENARIO.json --check PLAN.json
// Exit codes: 0 a plan (or a plan that passes the check); 1 a plan that fails the check; 2 a malformed or
// invalid scenario or command line, named on standard error; 3 infeasible; 4 the time limit passed first.
#include "scheduler/checker.h"
#include "scheduler/planjson.h"
#include "scheduler/scenarioreader.h"
#include "scheduler/solver.h"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>

#ifndef COMMONWATT_VERSION
#define COMMONWATT_VERSION "0"
#endif

namespace {

using namespace commonwatt::scheduler;

constexpr int kExitPlan = 0;
constexpr int kExitCheckFailed = 1;
constexpr int kExitInvalid = 2;
constexpr int kExitInfeasible = 3;
constexpr int kExitTimeLimit = 4;

struct Arguments
{
    std::string scenarioPath;
    std::string outPath;
    std::string checkPath;
    std::string solver = "fast";
    double timeLimitMs = 0.0;
};

void printUsage(std::ostream &out)
{
    out << "Usage: commonwatt-plan SCENARIO.json [--out PLAN.json] [--solver NAME] [--time-limit-ms N]\n"
           "       commonwatt-plan SCENARIO.json --check PLAN.json\n\n"
           "Plans the flexible devices of one household scenario (format commonwatt-scenario/1) and writes the\n"
           "plan (commonwatt-plan/1) to standard output or to --out. With --check, checks a plan instead.\n\n"
           "Options:\n"
           "  --out PLAN.json      write the plan to this file (replaced atomically) instead of standard output\n"
           "  --solver NAME        fast (default: LP relaxation, rounding, local search) or exact (MILP, GLPK)\n"
           "  --time-limit-ms N    stop after N milliseconds with the best plan found so far\n"
           "  --check PLAN.json    recompute every constraint and the objective of PLAN.json\n"
           "  --help, --version\n\n"
           "Exit codes: 0 plan written (or check passed), 1 check failed, 2 invalid scenario or arguments,\n"
           "3 infeasible, 4 time limit passed before any feasible plan.\n";
}

std::optional<std::string> readFile(const std::string &path, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = path + ": cannot open: " + std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        *error = path + ": cannot read";
        return std::nullopt;
    }
    return text.str();
}

// Writes next to the target and renames over it, so a reader never sees half a plan.
bool writeFileAtomically(const std::string &path, const std::string &text, std::string *error)
{
    const std::string temporary = path + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            *error = temporary + ": cannot write";
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return false;
        }
    }
    std::error_code code;
    std::filesystem::rename(temporary, path, code);
    if (code) {
        *error = path + ": cannot replace: " + code.message();
        std::filesystem::remove(temporary, code);
        return false;
    }
    return true;
}

// Parses the command line; returns an exit code when the program should stop (help, version, errors).
std::optional<int> parseArguments(int argc, char **argv, Arguments &arguments)
{
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        auto value = [&](const char *option) -> std::optional<std::string> {
            if (i + 1 >= argc) {
                std::cerr << "commonwatt-plan: " << option << " needs a value\n";
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (argument == "--help" || argument == "-h") {
            printUsage(std::cout);
            return kExitPlan;
        }
        if (argument == "--version") {
            std::cout << "commonwatt-plan " << COMMONWATT_VERSION << "\n";
            return kExitPlan;
        }
        if (argument == "--out" || argument == "--solver" || argument == "--time-limit-ms" || argument == "--check") {
            const std::optional<std::string> text = value(argument.c_str());
            if (!text)
                return kExitInvalid;
            if (argument == "--out") {
                arguments.outPath = *text;
            } else if (argument == "--check") {
                arguments.checkPath = *text;
            } else if (argument == "--solver") {
                if (!isSolverName(*text)) {
                    std::cerr << "commonwatt-plan: --solver: unknown solver \"" << *text << "\" (fast or exact)\n";
                    return kExitInvalid;
                }
                arguments.solver = *text;
            } else {
                long long milliseconds = 0;
                const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), milliseconds);
                if (error != std::errc() || end != text->data() + text->size() || milliseconds <= 0) {
                    std::cerr << "commonwatt-plan: --time-limit-ms: \"" << *text
                              << "\" is not a positive whole number of milliseconds\n";
                    return kExitInvalid;
                }
                arguments.timeLimitMs = static_cast<double>(milliseconds);
            }
        } else if (argument.size() > 1 && argument[0] == '-') {
            std::cerr << "commonwatt-plan: unknown option " << argument << " (see --help)\n";
            return kExitInvalid;
        } else if (arguments.scenarioPath.empty()) {
            arguments.scenarioPath = argument;
        } else {
            std::cerr << "commonwatt-plan: one scenario at a time (got " << arguments.scenarioPath << " and "
                      << argument << ")\n";
            return kExitInvalid;
        }
    }
    if (arguments.scenarioPath.empty()) {
        std::cerr << "commonwatt-plan: no scenario given\n";
        printUsage(std::cerr);
        return kExitInvalid;
    }
    return std::nullopt;
}

int check(const Scenario &scenario, const Arguments &arguments)
{
    std::string error;
    const std::optional<std::string> text = readFile(arguments.checkPath, &error);
    if (!text) {
        std::cerr << "commonwatt-plan: " << error << "\n";
        return kExitInvalid;
    }
    const PlanReadResult read = readPlan(*text, scenario);
    if (!read.ok()) {
        std::cerr << arguments.checkPath << ": " << read.error << "\n";
        return kExitCheckFailed;
    }
    if (!read.plan.hasSchedule()) {
        std::cout << "status " << toString(read.plan.status) << ": no schedule to check\n";
        return kExitPlan;
    }
    const CheckReport report = checkPlan(scenario, read.plan);
    for (const std::string &violation : report.violations)
        std::cout << violation << "\n";
    std::printf("objective %.9g, EV shortfall %.9g kWh: %s\n", report.objective, report.totalShortfallKwh,
                report.ok() ? "every constraint holds" : "constraints violated");
    return report.ok() ? kExitPlan : kExitCheckFailed;
}

} // namespace

int main(int argc, char **argv)
{
    Arguments arguments;
    if (const std::optional<int> exitCode = parseArguments(argc, argv, arguments))
        return *exitCode;

    std::string error;
    const std::optional<std::string> text = readFile(arguments.scenarioPath, &error);
    if (!text) {
        std::cerr << "commonwatt-plan: " << error << "\n";
        return kExitInvalid;
    }
    const ScenarioReadResult read = readScenario(*text);
    if (!read.ok()) {
        std::cerr << arguments.scenarioPath << ": " << read.error << "\n";
        return kExitInvalid;
    }
    if (!arguments.checkPath.empty())
        return check(read.scenario, arguments);

    SolveOptions options;
    options.solver = arguments.solver;
    options.timeLimitMs = arguments.timeLimitMs;
    const Plan plan = solve(read.scenario, options);
    if (plan.status == PlanStatus::TimeLimit) {
        std::cerr << "commonwatt-plan: the time limit of " << arguments.timeLimitMs
                  << " ms passed before any feasible plan\n";
        return kExitTimeLimit;
    }
    const std::string json = writePlanJson(read.scenario, plan);
    if (arguments.outPath.empty()) {
        std::cout << json;
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "commonwatt-plan: cannot write to standard output\n";
            return kExitInvalid;
        }
    } else if (!writeFileAtomically(arguments.outPath, json, &error)) {
        std::cerr << "commonwatt-plan: " << error << "\n";
        return kExitInvalid;
    }
    if (plan.status == PlanStatus::Infeasible) {
        std::cerr << arguments.scenarioPath << ": infeasible: " << plan.reason << "\n";
        return kExitInfeasible;
    }
    return kExitPlan;
}
