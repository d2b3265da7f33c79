// libFuzzer target for the scenario reader (backend/scheduler/scenarioreader.h): any input must give either a
// scenario or an error message, never a crash, a hang or undefined behaviour. For a scenario it accepts, a
// plan of zeros (its shape exercises every device type) is written, read back and checked, so that the plan
// format and the checker see every scenario the reader lets through.
#include "scheduler/checker.h"
#include "scheduler/objective.h"
#include "scheduler/planjson.h"
#include "scheduler/scenarioreader.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

using namespace commonwatt::scheduler;

namespace {

[[noreturn]] void bug(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
    std::abort();
}

Plan zeroPlan(const Scenario &s)
{
    const auto slots = static_cast<std::size_t>(s.slotCount);
    Plan p;
    p.scenario = s.name;
    p.solver = "fuzz";
    p.importKw.assign(slots, 0.0);
    p.exportKw.assign(slots, 0.0);
    p.pvUsedKw.assign(slots, 0.0);
    for (const Battery &b : s.batteries)
        p.batteries.push_back({std::vector<double>(slots, 0.0), std::vector<double>(slots, 0.0),
                               std::vector<double>(slots + 1, b.socKwh)});
    for (const Ev &ev : s.evs)
        p.evs.push_back(
            {std::vector<double>(slots, 0.0), evShortfallKwh(s, ev, std::vector<double>(slots, 0.0))});
    for (const Appliance &a : s.appliances)
        p.appliances.push_back({static_cast<int>(s.clampSlot(a.earliestStartSlot))});
    for (std::size_t i = 0; i < s.thermals.size(); ++i)
        p.thermals.push_back({std::vector<double>(slots, 0.0)});
    p.objective = planObjective(s, p);
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ScenarioReadResult read = readScenario(text);
    if (!read.ok()) {
        if (read.error.empty())
            bug("refused without a message", "");
        return 0;
    }
    const Scenario &s = read.scenario;
    if (s.slotCount < 1 || s.slotCount > 2016 ||
        s.gridSignals.carbonIntensity.size() != static_cast<std::size_t>(s.slotCount))
        bug("accepted a scenario of the wrong shape", s.name);

    const Plan plan = zeroPlan(s);
    const CheckReport report = checkPlan(s, plan); // violations are expected; crashes are not
    (void)report;
    if (!std::isfinite(plan.objective))
        return 0; // magnitudes near the double's limit: the writer would (rightly) refuse it
    const std::string json = writePlanJson(s, plan);
    const PlanReadResult back = readPlan(json, s);
    if (!back.ok())
        bug("a written plan does not read back", back.error);
    if (writePlanJson(s, back.plan) != json)
        bug("a plan does not round-trip", s.name);
    return 0;
}
