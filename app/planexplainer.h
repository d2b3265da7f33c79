// Why the plan does what it does: for each device, the credits the plan earns over the same plan with that
// device run as it would be with no planner ("everything now"), and the signal that makes its slots better.
// Pure and Qt-free apart from the inputs' types: runs on the planner's worker thread.
#pragma once

#ifndef Q_MOC_RUN
#include "scheduler/immediate.h"
#include "scheduler/objective.h"
#include "scheduler/plan.h"
#include "scheduler/scenario.h"
#include "scheduler/siteflows.h"
#include "scheduler/solver.h"
#endif

#include <vector>

namespace commonwatt::app {

// The one word the Plan page gives as the reason (planmodel.cpp turns it into a translated phrase).
enum class Reason
{
    SolarSurplus, // runs on the home's own solar surplus
    GridEvent,    // keeps away from a grid event
    GridSurplus,  // the grid has energy to spare then
    LowCarbon,    // the grid is cleaner then
    Cheaper,      // a grid kWh costs fewer credits then
    Requested,    // the household asked for it
    NoBetterTime, // now is as good as any time
    Idle,         // the plan has nothing for it to do
};

struct DeviceExplanation
{
    double creditDelta = 0.0; // the plan's credits less those with this device run as without a planner
    Reason reason = Reason::Idle;
    int firstActiveSlot = -1; // -1: not active in the horizon
    int lastActiveSlot = -1;  // inclusive
    int firstRunEndSlot = -1; // exclusive end of the first unbroken stretch of activity
    bool activeLater = false; // active again after that first stretch
};

struct PlanExplanation
{
    double planCredits = 0.0;
    double immediateCredits = 0.0;          // everything as soon as possible, the battery in self-consumption
    bool immediateFeasible = true;          // running everything now would break a site limit
    std::vector<DeviceExplanation> devices; // parallel to scenario.deviceOrder
};

// requested[i] marks scenario.deviceOrder[i] as running now at the household's request.
[[nodiscard]] PlanExplanation explainPlan(const scheduler::Scenario &scenario, const scheduler::Plan &plan,
                                          const std::vector<int> &eventLevels,
                                          const std::vector<bool> &requested);

// The device's power in each slot of the plan (battery: charge - discharge).
[[nodiscard]] std::vector<double> devicePowerKw(const scheduler::Scenario &scenario,
                                                const scheduler::Plan &plan, scheduler::DeviceRef ref);

} // namespace commonwatt::app
