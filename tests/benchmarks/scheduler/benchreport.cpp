#include "benchreport.h"

#include "scheduler/json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace commonwatt::scheduler::bench {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// Median, 95th percentile (nearest rank) and maximum.
void percentiles(std::vector<double> values, double (&out)[3])
{
    if (values.empty())
        return;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    out[0] = median(values);
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n)));
    out[1] = values[std::clamp<std::size_t>(rank, 1, n) - 1];
    out[2] = values.back();
}

bool below(double a, double b)
{
    return a < b - 1e-6 * std::max(1.0, std::abs(b));
}

std::string percent(double fraction, int decimals = 1)
{
    if (!std::isfinite(fraction))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f%%", decimals, 100.0 * fraction);
    return text;
}

std::string share(std::size_t part, std::size_t whole)
{
    if (whole == 0)
        return "-";
    return percent(static_cast<double>(part) / static_cast<double>(whole), 0);
}

std::string ms(double value)
{
    if (!std::isfinite(value))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, value < 10.0 ? "%.2f" : (value < 1000.0 ? "%.1f" : "%.0f"), value);
    return text;
}

std::string times(const double (&values)[3])
{
    return ms(values[0]) + " / " + ms(values[1]) + " / " + ms(values[2]);
}

std::string number(double value)
{
    if (!std::isfinite(value))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", value);
    return text;
}

void printHeader()
{
    std::printf("%-18s %4s %4s %4s %9s %19s %6s %6s %8s %8s %22s %24s\n", "size class", "n", "viol", "fail",
                "exact opt", "fast gap med / max", "<=0.1%", "<=1%", "gain:fst", "chp", "fast ms med/p95/max",
                "exact ms med/p95/max");
}

void printRow(const std::string &label, const Summary &s)
{
    const std::string gap = percent(s.gapMedian, 3) + " / " + percent(s.gapMax, 3) + (s.gapsFromBound > 0 ? "*" : "");
    const std::string optimal = std::to_string(s.exactOptimal) + "/" + std::to_string(s.cases);
    std::printf("%-18s %4zu %4zu %4zu %9s %19s %6s %6s %8s %8s %22s %24s\n", label.c_str(), s.cases, s.violations,
                s.failures, optimal.c_str(), gap.c_str(), share(s.within01, s.gaps).c_str(),
                share(s.within1, s.gaps).c_str(), percent(s.fastGainShare).c_str(),
                percent(s.cheapestGainShare).c_str(), times(s.fastMs).c_str(), times(s.exactMs).c_str());
}

std::vector<const CaseResult *> casesOf(const BenchRun &run, const std::string &sizeClass)
{
    std::vector<const CaseResult *> cases;
    for (const CaseResult &c : run.cases)
        if (sizeClass.empty() || c.sizeClass == sizeClass)
            cases.push_back(&c);
    return cases;
}

// GLPK on its own, without the fast plan as its start (--cold-exact): its times and how often it found no plan.
void printColdExact(const BenchRun &run, const std::string &sizeClass)
{
    std::vector<double> coldMs;
    std::vector<double> fastMs;
    std::size_t coldOptimal = 0;
    std::size_t coldNoPlan = 0;
    for (const CaseResult *c : casesOf(run, sizeClass)) {
        if (!c->exactColdRun)
            continue;
        coldMs.push_back(c->exactCold.ms);
        fastMs.push_back(c->fast.ms);
        coldOptimal += c->exactCold.status == PlanStatus::Optimal ? 1 : 0;
        coldNoPlan += c->exactCold.hasPlan() ? 0 : 1;
    }
    if (coldMs.empty())
        return;
    std::sort(coldMs.begin(), coldMs.end());
    std::sort(fastMs.begin(), fastMs.end());
    const auto at = [](const std::vector<double> &values, double q) {
        return values[std::min(values.size() - 1, static_cast<std::size_t>(q * static_cast<double>(values.size())))];
    };
    std::printf("  GLPK on its own (no start from the fast plan), %s: median %s ms, p95 %s ms, max %s ms "
                "(fast: %s / %s / %s); proved optimal in %zu of %zu, no plan within the limit in %zu\n",
                sizeClass.empty() ? "every class" : sizeClass.c_str(), ms(at(coldMs, 0.5)).c_str(),
                ms(at(coldMs, 0.95)).c_str(), ms(coldMs.back()).c_str(), ms(at(fastMs, 0.5)).c_str(),
                ms(at(fastMs, 0.95)).c_str(), ms(fastMs.back()).c_str(), coldOptimal, coldMs.size(), coldNoPlan);
}

void printExamples(const BenchRun &run)
{
    if (run.examples.empty())
        return;
    std::printf("\nExamples (tests/data/scheduler, expected.json):\n");
    std::printf("%-28s %12s %12s %12s %9s %12s %12s %12s %8s %8s\n", "example", "expected opt", "exact", "fast",
                "fast gap", "expected imm", "immediate", "cheapest", "fast ms", "exact ms");
    for (const ExampleResult &e : run.examples) {
        const CaseResult &r = e.result;
        std::printf("%-28s %12s %12s %12s %9s %12s %12s %12s %8s %8s\n", r.name.c_str(),
                    number(e.expectedOptimal).c_str(), number(r.exact.objective).c_str(),
                    number(r.fast.objective).c_str(),
                    percent(std::abs(e.expectedOptimal - r.fast.objective) / std::max(1.0, std::abs(e.expectedOptimal)), 3)
                        .c_str(),
                    number(e.expectedImmediate).c_str(), number(r.immediate.objective).c_str(),
                    number(r.cheapest.objective).c_str(), ms(r.fast.ms).c_str(), ms(r.exact.ms).c_str());
        for (const std::string &note : r.notes)
            std::printf("    note: %s\n", note.c_str());
    }
}

void printNotes(const BenchRun &run)
{
    std::size_t shown = 0;
    for (const CaseResult &c : run.cases) {
        if (c.notes.empty())
            continue;
        if (shown == 0)
            std::printf("\nNotes per scenario (not failures):\n");
        if (++shown > 40) {
            std::printf("  ... more in the JSON results\n");
            break;
        }
        for (const std::string &note : c.notes)
            std::printf("  %s: %s\n", c.name.c_str(), note.c_str());
    }
}

void appendKey(std::string &out, const char *key)
{
    json::appendString(out, key);
    out += ':';
}

void appendNumberMember(std::string &out, const char *key, double value, bool comma = true)
{
    appendKey(out, key);
    json::appendNumber(out, value);
    if (comma)
        out += ',';
}

void appendOutcome(std::string &out, const char *key, const PlanOutcome &o)
{
    appendKey(out, key);
    out += '{';
    appendKey(out, "status");
    json::appendString(out, toString(o.status));
    out += ',';
    appendKey(out, "reason");
    json::appendString(out, o.reason);
    out += ',';
    appendNumberMember(out, "objective", o.objective);
    appendNumberMember(out, "evShortfallKwh", o.shortfallKwh);
    appendNumberMember(out, "ms", o.ms);
    appendNumberMember(out, "violations", static_cast<double>(o.violations), false);
    out += "},";
}

void appendSummary(std::string &out, const Summary &s)
{
    out += '{';
    appendNumberMember(out, "cases", static_cast<double>(s.cases));
    appendNumberMember(out, "violations", static_cast<double>(s.violations));
    appendNumberMember(out, "failures", static_cast<double>(s.failures));
    appendNumberMember(out, "exactOptimal", static_cast<double>(s.exactOptimal));
    appendNumberMember(out, "exactWithoutPlan", static_cast<double>(s.exactWithoutPlan));
    appendNumberMember(out, "gaps", static_cast<double>(s.gaps));
    appendNumberMember(out, "gapsFromBound", static_cast<double>(s.gapsFromBound));
    appendNumberMember(out, "within0.1%", static_cast<double>(s.within01));
    appendNumberMember(out, "within1%", static_cast<double>(s.within1));
    appendNumberMember(out, "gapMedian", s.gapMedian);
    appendNumberMember(out, "gapMax", s.gapMax);
    appendNumberMember(out, "fastGainShare", s.fastGainShare);
    appendNumberMember(out, "cheapestGainShare", s.cheapestGainShare);
    appendNumberMember(out, "fastShareMedian", s.fastShareMedian);
    appendNumberMember(out, "cheapestShareMedian", s.cheapestShareMedian);
    appendNumberMember(out, "immediateInfeasible", static_cast<double>(s.immediateInfeasible));
    appendNumberMember(out, "cheapestInfeasible", static_cast<double>(s.cheapestInfeasible));
    appendNumberMember(out, "fastBelowCheapest", static_cast<double>(s.fastBelowCheapest));
    appendNumberMember(out, "fastBelowImmediate", static_cast<double>(s.fastBelowImmediate));
    appendNumberMember(out, "fastMoreShortfall", static_cast<double>(s.fastMoreShortfall));
    appendNumberMember(out, "fastMsMedian", s.fastMs[0]);
    appendNumberMember(out, "fastMsP95", s.fastMs[1]);
    appendNumberMember(out, "fastMsMax", s.fastMs[2]);
    appendNumberMember(out, "exactMsMedian", s.exactMs[0]);
    appendNumberMember(out, "exactMsP95", s.exactMs[1]);
    appendNumberMember(out, "exactMsMax", s.exactMs[2], false);
    out += '}';
}

void appendCase(std::string &out, const CaseResult &c)
{
    out += '{';
    appendKey(out, "name");
    json::appendString(out, c.name);
    out += ',';
    appendKey(out, "sizeClass");
    json::appendString(out, c.sizeClass);
    out += ',';
    appendKey(out, "seed");
    json::appendString(out, std::to_string(c.seed));
    out += ',';
    appendOutcome(out, "immediate", c.immediate);
    appendOutcome(out, "cheapest", c.cheapest);
    appendOutcome(out, "fast", c.fast);
    appendOutcome(out, "exact", c.exact);
    appendNumberMember(out, "exactBound", c.exactBound);
    appendNumberMember(out, "reference", c.reference);
    appendKey(out, "referenceIsBound");
    out += c.referenceIsBound ? "true," : "false,";
    appendNumberMember(out, "fastGap", c.fastGap);
    appendNumberMember(out, "fastShare", c.fastShare);
    appendNumberMember(out, "cheapestShare", c.cheapestShare);
    for (const auto &[key, lines] : {std::pair{"failures", &c.failures}, std::pair{"notes", &c.notes}}) {
        appendKey(out, key);
        out += '[';
        for (std::size_t i = 0; i < lines->size(); ++i) {
            if (i > 0)
                out += ',';
            json::appendString(out, (*lines)[i]);
        }
        out += "],";
    }
    out.pop_back();
    out += '}';
}

} // namespace

Summary summarise(const std::vector<const CaseResult *> &cases)
{
    Summary s;
    std::vector<double> gaps;
    std::vector<double> fastShares;
    std::vector<double> cheapestShares;
    std::vector<double> fastMs;
    std::vector<double> exactMs;
    double fastGain = 0.0;
    double cheapestGain = 0.0;
    double exactGain = 0.0;
    for (const CaseResult *c : cases) {
        ++s.cases;
        s.violations += c->immediate.violations + c->cheapest.violations + c->fast.violations + c->exact.violations;
        s.failures += c->failures.empty() ? 0 : 1;
        s.exactOptimal += c->exact.status == PlanStatus::Optimal ? 1 : 0;
        s.exactWithoutPlan += c->exact.hasPlan() ? 0 : 1;
        s.immediateInfeasible += c->immediate.hasPlan() ? 0 : 1;
        s.cheapestInfeasible += c->cheapest.hasPlan() ? 0 : 1;
        if (std::isfinite(c->fastGap)) {
            gaps.push_back(c->fastGap);
            s.gapsFromBound += c->referenceIsBound ? 1 : 0;
            s.within01 += c->fastGap <= 1e-3 ? 1 : 0;
            s.within1 += c->fastGap <= 1e-2 ? 1 : 0;
        }
        if (std::isfinite(c->fastShare)) {
            ++s.shares;
            fastShares.push_back(c->fastShare);
            exactGain += c->exact.objective - c->immediate.objective;
            fastGain += c->fast.objective - c->immediate.objective;
            // A cheapest plan that breaks a site limit gains nothing over immediate.
            const double cheapest = std::isfinite(c->cheapestShare) ? c->cheapest.objective : c->immediate.objective;
            cheapestGain += cheapest - c->immediate.objective;
            cheapestShares.push_back(std::isfinite(c->cheapestShare) ? c->cheapestShare : 0.0);
        }
        if (c->fast.hasPlan() && c->cheapest.hasPlan() && below(c->fast.objective, c->cheapest.objective)
            && std::abs(c->fast.shortfallKwh - c->cheapest.shortfallKwh) <= 1e-6)
            ++s.fastBelowCheapest;
        if (c->fast.hasPlan() && c->immediate.hasPlan() && below(c->fast.objective, c->immediate.objective)
            && std::abs(c->fast.shortfallKwh - c->immediate.shortfallKwh) <= 1e-6)
            ++s.fastBelowImmediate;
        if (c->fast.hasPlan() && c->exact.hasPlan() && c->fast.shortfallKwh > c->exact.shortfallKwh + 1e-6)
            ++s.fastMoreShortfall;
        fastMs.push_back(c->fast.ms);
        exactMs.push_back(c->exact.ms);
    }
    s.gaps = gaps.size();
    s.gapMedian = median(gaps);
    if (!gaps.empty())
        s.gapMax = *std::max_element(gaps.begin(), gaps.end());
    if (exactGain > 0.0) {
        s.fastGainShare = fastGain / exactGain;
        s.cheapestGainShare = cheapestGain / exactGain;
    }
    s.fastShareMedian = median(fastShares);
    s.cheapestShareMedian = median(cheapestShares);
    percentiles(fastMs, s.fastMs);
    percentiles(exactMs, s.exactMs);
    return s;
}

void printReport(const BenchRun &run, const std::vector<CaseResult> &failed)
{
    const BenchOptions &o = run.options;
#ifdef NDEBUG
    const char *build = "release build";
#else
    const char *build = "debug build (times not representative)";
#endif
    std::printf("\nbench_scheduler: seed %llu, %d scenario(s) per size class, exact time limit %.0f ms%s, %s, "
                "one core\n",
                static_cast<unsigned long long>(o.seed), o.count, o.exactTimeLimitMs, o.shortForm ? " (--short)" : "",
                build);
    std::printf("fast gap = |ref - fast| / max(1, |ref|), ref = exact's proved optimum, or its bound where marked *; "
                "gain = share of exact's gain over immediate (sum over scenarios)\n\n");
    printHeader();
    for (const SizeClass &size : run.classes)
        printRow(size.name(), summarise(casesOf(run, size.name())));
    const Summary overall = summarise(casesOf(run, {}));
    printRow("all", overall);

    const SizeClass largest = largestSizeClass();
    if (std::find(run.classes.begin(), run.classes.end(), largest) != run.classes.end()) {
        const Summary s = summarise(casesOf(run, largest.name()));
        std::printf("\nLargest class %s (%d slots; 2 batteries, 2 EVs, 8 appliances, 2 thermal loads):\n",
                    largest.name().c_str(), largest.slotCount());
        std::printf("  fast: median %s ms, p95 %s ms, max %s ms; exact: median %s ms, p95 %s ms, max %s ms\n",
                    ms(s.fastMs[0]).c_str(), ms(s.fastMs[1]).c_str(), ms(s.fastMs[2]).c_str(), ms(s.exactMs[0]).c_str(),
                    ms(s.exactMs[1]).c_str(), ms(s.exactMs[2]).c_str());
        std::printf("  exact proved optimal in %zu of %zu; fast gap median %s, max %s (%zu of %zu against a bound); "
                    "within 0.1%%: %s, within 1%%: %s\n",
                    s.exactOptimal, s.cases, percent(s.gapMedian, 3).c_str(), percent(s.gapMax, 3).c_str(),
                    s.gapsFromBound, s.gaps, share(s.within01, s.gaps).c_str(), share(s.within1, s.gaps).c_str());
        std::printf("  gain over immediate captured: fast %s (median %s), cheapest %s (median %s)\n",
                    percent(s.fastGainShare).c_str(), percent(s.fastShareMedian).c_str(),
                    percent(s.cheapestGainShare).c_str(), percent(s.cheapestShareMedian).c_str());
        printColdExact(run, largest.name());
    }

    std::printf("\nOverall: %zu scenarios, %zu constraint violations, fast within 0.1%% of the reference in %s and "
                "within 1%% in %s; gain captured: fast %s (median %s), cheapest %s (median %s)\n",
                overall.cases, overall.violations, share(overall.within01, overall.gaps).c_str(),
                share(overall.within1, overall.gaps).c_str(), percent(overall.fastGainShare).c_str(),
                percent(overall.fastShareMedian).c_str(), percent(overall.cheapestGainShare).c_str(),
                percent(overall.cheapestShareMedian).c_str());
    std::printf("  fast gap measured in %zu of %zu scenarios (%zu against exact's bound; exact found no plan in %zu)\n",
                overall.gaps, overall.cases, overall.gapsFromBound, overall.exactWithoutPlan);
    std::printf("  fast below cheapest: %zu, below immediate: %zu, more EV shortfall than exact: %zu; "
                "immediate infeasible (site limits): %zu, cheapest infeasible: %zu; exact not optimal: %zu "
                "(no plan: %zu)\n",
                overall.fastBelowCheapest, overall.fastBelowImmediate, overall.fastMoreShortfall,
                overall.immediateInfeasible, overall.cheapestInfeasible, overall.cases - overall.exactOptimal,
                overall.exactWithoutPlan);
    printColdExact(run, {});

    printExamples(run);
    printNotes(run);
    if (!failed.empty()) {
        std::printf("\nFAILED (%zu):\n", failed.size());
        for (const CaseResult &c : failed)
            for (const std::string &line : c.failures)
                std::printf("  %s: %s\n", c.name.c_str(), line.c_str());
    }
    std::fflush(stdout);
}

std::string reportJson(const BenchRun &run)
{
    std::string out = "{";
    appendNumberMember(out, "seed", static_cast<double>(run.options.seed));
    appendNumberMember(out, "count", run.options.count);
    appendNumberMember(out, "exactTimeLimitMs", run.options.exactTimeLimitMs);
    appendKey(out, "classes");
    out += '{';
    for (const SizeClass &size : run.classes) {
        appendKey(out, size.name().c_str());
        appendSummary(out, summarise(casesOf(run, size.name())));
        out += ',';
    }
    appendKey(out, "all");
    appendSummary(out, summarise(casesOf(run, {})));
    out += "},";
    appendKey(out, "cases");
    out += '[';
    for (std::size_t i = 0; i < run.cases.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '\n';
        appendCase(out, run.cases[i]);
    }
    out += "],";
    appendKey(out, "examples");
    out += '[';
    for (std::size_t i = 0; i < run.examples.size(); ++i) {
        const ExampleResult &e = run.examples[i];
        if (i > 0)
            out += ',';
        out += "\n{";
        appendNumberMember(out, "expectedOptimal", e.expectedOptimal);
        appendNumberMember(out, "expectedImmediate", e.expectedImmediate);
        appendNumberMember(out, "expectedShortfallKwh", e.expectedShortfall);
        appendKey(out, "result");
        appendCase(out, e.result);
        out += '}';
    }
    out += "]}\n";
    return out;
}

} // namespace commonwatt::scheduler::bench
