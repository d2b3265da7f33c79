#include "solverinternals.h"

#include "objective.h"
#include "siteflows.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>

namespace commonwatt::scheduler {

Deadline::Deadline(double limitMs)
    : m_limited(limitMs > 0.0)
    , m_end(std::chrono::steady_clock::now()
            + std::chrono::microseconds(static_cast<std::int64_t>(std::min(limitMs, 1e12) * 1000.0)))
{}

bool Deadline::passed() const
{
    return m_limited && std::chrono::steady_clock::now() >= m_end;
}

int Deadline::remainingMs() const
{
    if (!m_limited)
        return 0;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_end - std::chrono::steady_clock::now());
    return static_cast<int>(std::clamp<std::int64_t>(left.count(), 1, 1'000'000'000));
}

namespace {

// glp_simplex with the parameters given, and what came of it.
LpOutcome simplex(glp_prob *problem, glp_smcp &parameters, const Deadline &deadline)
{
    int result = glp_simplex(problem, &parameters);
    if (result != 0 && result != GLP_ETMLIM) {
        // A warm basis that went singular or bad: start again from the standard basis.
        glp_std_basis(problem);
        parameters.meth = GLP_PRIMAL;
        if (deadline.limited())
            parameters.tm_lim = deadline.remainingMs();
        result = glp_simplex(problem, &parameters);
    }
    if (result == GLP_ETMLIM)
        return LpOutcome::TimeLimit;
    if (result != 0)
        return LpOutcome::Infeasible;
    const int status = glp_get_status(problem);
    if (status == GLP_OPT)
        return LpOutcome::Optimal;
    return LpOutcome::Infeasible;
}

glp_smcp quietParameters(const Deadline &deadline)
{
    glp_term_out(GLP_OFF); // per thread: GLPK prints nothing of its own
    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    if (deadline.limited())
        parameters.tm_lim = deadline.remainingMs();
    return parameters;
}

} // namespace

LpOutcome runSimplex(LpModel &model, const Deadline &deadline, bool warm)
{
    glp_smcp parameters = quietParameters(deadline);
    parameters.meth = warm ? GLP_DUALP : GLP_PRIMAL;
    glp_prob *problem = model.problem();
    if (!warm) {
        // Measured on 48 h of 15-minute slots with two batteries, two EVs, eight appliances and two thermal
        // loads (docs/benchmarks.md): Bixby's crash basis with textbook pricing and ratio test takes about
        // half the time of GLPK's defaults from the standard basis.
        glp_cpx_basis(problem);
        parameters.pricing = GLP_PT_STD;
        parameters.r_test = GLP_RT_STD;
    }
    return simplex(problem, parameters, deadline);
}

LpOutcome runPrimalSimplex(LpModel &model, const Deadline &deadline)
{
    glp_smcp parameters = quietParameters(deadline);
    parameters.meth = GLP_PRIMAL;
    glp_prob *problem = model.problem();
    // A new objective from a warm basis takes tens of pivots. In some 300 000 such re-solves (200 households,
    // valley filling) GLPK's primal simplex once ran for over ten minutes without an end: past the limit, the
    // problem is solved again from a cold start.
    parameters.it_lim = 1000 + 20 * glp_get_num_rows(problem);
    const int result = glp_simplex(problem, &parameters);
    if (result == GLP_ETMLIM)
        return LpOutcome::TimeLimit;
    if (result == 0 && glp_get_status(problem) == GLP_OPT)
        return LpOutcome::Optimal;
    return runSimplex(model, deadline, false);
}

bool finalisePlan(const Scenario &scenario, Plan &plan, std::string *reason)
{
    const SiteFlowsResult result = computeSiteFlows(scenario, plan);
    if (!result.ok() && reason != nullptr)
        *reason = result.describe(scenario);
    return result.ok();
}

bool provedOptimal(double objective, double bound)
{
    return std::abs(bound - objective) <= 1e-6 * std::max(1.0, std::abs(objective));
}

} // namespace commonwatt::scheduler
