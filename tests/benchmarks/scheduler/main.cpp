// The scheduler benchmark: the fast solver against the exact MILP reference on generated households of every
// size class, with the immediate and cheapest-slots baselines measured on the same scenarios in the same run,
// and the contract's example scenarios against their expected objectives. Every plan is checked with
// checkPlan; the program exits 1 when any plan breaks a constraint, when the fast solver finds no plan for a
// scenario the immediate plan proves feasible, or when a generated scenario does not read back.
//
//   bench_scheduler [--count N] [--seed S] [--exact-time-limit-ms N] [--short] [--class NAME]
//                   [--save-failures DIR] [--json OUT] [--examples DIR] [--cold-exact]
//
// --count: scenarios per size class (default 5; --short: 1). --exact-time-limit-ms: per exact solve (default
// 60000; --short: 5000). --class: only the size classes whose name contains NAME ("15min-48h-large").
// --cold-exact: on the largest class, also GLPK's branch and bound without the fast plan as its start.
// Single-threaded: every time is one core's.
#include "benchrun.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace commonwatt::scheduler::bench;

namespace {

void usage()
{
    std::fputs("usage: bench_scheduler [--count N] [--seed S] [--exact-time-limit-ms N] [--short] [--class NAME]\n"
               "                       [--save-failures DIR] [--json OUT] [--examples DIR] [--cold-exact]\n",
               stderr);
}

bool parseNumber(const char *text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text, &end);
    return end != text && *end == '\0' && out >= 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    BenchOptions options;
#ifdef COMMONWATT_SCHEDULER_EXAMPLES
    options.examplesDir = COMMONWATT_SCHEDULER_EXAMPLES;
#endif
    bool countGiven = false;
    bool limitGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        double number = 0.0;
        if (arg == "--short") {
            options.shortForm = true;
        } else if (arg == "--cold-exact") {
            options.coldExact = true;
        } else if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else if (!hasValue) {
            usage();
            return 2;
        } else if (arg == "--count" && parseNumber(argv[i + 1], number)) {
            options.count = static_cast<int>(number);
            countGiven = true;
            ++i;
        } else if (arg == "--seed" && parseNumber(argv[i + 1], number)) {
            options.seed = std::strtoull(argv[i + 1], nullptr, 10);
            ++i;
        } else if (arg == "--exact-time-limit-ms" && parseNumber(argv[i + 1], number)) {
            options.exactTimeLimitMs = number;
            limitGiven = true;
            ++i;
        } else if (arg == "--class") {
            options.classFilter = argv[++i];
        } else if (arg == "--save-failures") {
            options.failuresDir = argv[++i];
        } else if (arg == "--json") {
            options.jsonOut = argv[++i];
        } else if (arg == "--examples") {
            options.examplesDir = argv[++i];
        } else {
            usage();
            return 2;
        }
    }
    if (options.shortForm) {
        if (!countGiven)
            options.count = 1;
        if (!limitGiven)
            options.exactTimeLimitMs = 5000.0;
    }
    return runBenchmark(options);
}
