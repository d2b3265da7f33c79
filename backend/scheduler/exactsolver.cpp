#include "exactsolver.h"

#include "fastsolver.h"
#include "lpmodel.h"
#include "objective.h"
#include "solverinternals.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace commonwatt::scheduler {

const char *exactSolverName()
{
    return "exact: MILP, GLPK branch and bound from the fast plan";
}

namespace {

enum class MipOutcome
{
    Optimal,
    Feasible, // stopped by the time limit with an integer solution
    Infeasible,
    NoSolution, // stopped by the time limit before any integer solution
};

struct SearchState
{
    double bound = std::numeric_limits<double>::infinity();
    int nodes = 0;
    const std::vector<double> *incumbent = nullptr; // a first integer solution to offer, by column
    bool offered = false;
};

void trackBound(glp_tree *tree, void *info)
{
    auto *state = static_cast<SearchState *>(info);
    if (glp_ios_reason(tree) == GLP_IHEUR && state->incumbent != nullptr && !state->offered) {
        state->offered = true;
        glp_ios_heur_sol(tree, state->incumbent->data());
        return;
    }
    if (glp_ios_reason(tree) != GLP_ISELECT && glp_ios_reason(tree) != GLP_IBINGO)
        return;
    int active = 0;
    int total = 0;
    glp_ios_tree_size(tree, &active, nullptr, &total);
    state->nodes = total;
    const int best = glp_ios_best_node(tree);
    if (best != 0)
        state->bound = glp_ios_node_bound(tree, best);
}

// Branch and bound from the LP relaxation's optimal basis (no presolver, so that the tree's columns are the
// model's and the incumbent can be offered as it is).
MipOutcome runMip(LpModel &model, const Deadline &deadline, SearchState &state, const std::vector<double> *incumbent)
{
    const LpOutcome relaxation = runSimplex(model, deadline, glp_get_status(model.problem()) != GLP_UNDEF);
    if (relaxation == LpOutcome::TimeLimit)
        return MipOutcome::NoSolution;
    if (relaxation == LpOutcome::Infeasible)
        return MipOutcome::Infeasible;
    glp_term_out(GLP_OFF);
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_OFF;
    parameters.mir_cuts = GLP_ON;
    parameters.cb_func = &trackBound;
    parameters.cb_info = &state;
    if (deadline.limited())
        parameters.tm_lim = deadline.remainingMs();
    state = SearchState{};
    state.incumbent = incumbent;
    const int result = glp_intopt(model.problem(), &parameters);
    const int status = glp_mip_status(model.problem());
    if (result == 0 && status == GLP_OPT)
        return MipOutcome::Optimal;
    if (status == GLP_FEAS)
        return MipOutcome::Feasible;
    if (result == GLP_ETMLIM)
        return MipOutcome::NoSolution;
    return MipOutcome::Infeasible;
}

} // namespace

Plan solveExact(const Scenario &scenario, const SolveOptions &options)
{
    const Deadline deadline(options.timeLimitMs);
    LpModel model(scenario, LpModel::Integrality::Integer);
    SearchState state;

    const bool carsWantEnergy = evsNeedEnergy(scenario);

    // Least total EV shortfall first. Its LP relaxation gives the least shortfall almost always (charging in
    // whole slots rarely needs more), so the MILP runs once with the shortfall capped there; only when that
    // is infeasible does a MILP find the least shortfall before the objective's MILP.
    double cap = std::numeric_limits<double>::infinity();
    if (carsWantEnergy) {
        model.useShortfallObjective();
        if (runSimplex(model, deadline, false) == LpOutcome::Optimal) {
            const double least = -glp_get_obj_val(model.problem());
            cap = least <= 1e-9 ? 0.0 : shortfallCap(least);
        } else {
            cap = 0.0; // infeasible whatever the cars do: the MILP below says so
        }
    }
    // The fast solver's plan is the search's first incumbent when it meets the shortfall cap: branch and
    // bound then spends its time on the proof, not on finding a first plan (GLPK's own heuristics can take
    // minutes to find one when a car's shortfall is pinned to its least value).
    std::vector<double> incumbent;
    if (options.exactFromFastPlan) {
        SolveOptions fastOptions;
        fastOptions.timeLimitMs = deadline.limited() ? deadline.remainingMs() : 0.0;
        const Plan fast = solveFast(scenario, fastOptions);
        if (fast.hasSchedule() && totalEvShortfallKwh(scenario, fast) <= cap)
            incumbent = model.columnValues(fast);
    }
    model.usePlanObjective(cap);
    MipOutcome outcome = runMip(model, deadline, state, incumbent.empty() ? nullptr : &incumbent);
    if (outcome == MipOutcome::Infeasible && carsWantEnergy) {
        model.useShortfallObjective();
        outcome = runMip(model, deadline, state, nullptr);
        if (outcome == MipOutcome::Optimal || outcome == MipOutcome::Feasible) {
            cap = shortfallCap(-glp_mip_obj_val(model.problem()));
            model.usePlanObjective(cap);
            outcome = runMip(model, deadline, state, nullptr);
        }
    }
    if (outcome == MipOutcome::Infeasible)
        return siteInfeasiblePlan(scenario, exactSolverName());
    if (outcome == MipOutcome::NoSolution)
        return timeLimitPlan(scenario, exactSolverName());

    Plan plan = model.extract(LpModel::Source::Mip);
    plan.solver = exactSolverName();
    std::string reason;
    if (!finalisePlan(scenario, plan, &reason))
        return infeasiblePlan(scenario, exactSolverName(), reason);
    const double bound = outcome == MipOutcome::Optimal ? glp_mip_obj_val(model.problem()) : state.bound;
    plan.status = outcome == MipOutcome::Optimal && provedOptimal(plan.objective, bound) ? PlanStatus::Optimal
                                                                                           : PlanStatus::Feasible;
    if (std::isfinite(bound))
        plan.info.emplace_back("bound", bound);
    plan.info.emplace_back("nodes", state.nodes);
    if (cap > 0.0 && std::isfinite(cap))
        plan.info.emplace_back("evShortfallCapKwh", cap);
    return plan;
}

} // namespace commonwatt::scheduler
