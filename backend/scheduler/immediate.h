// The "immediate" baseline: what the household's devices do with no planner at all. Every appliance starts as
// soon as its window opens, cars charge at full power from arrival, heaters heat from the window start, and
// batteries run in self-consumption. Benchmarks measure the solvers' gain against it; the app shows it as
// "without planning".
//
// The building blocks below are shared with other rule-based plans (the benchmark's cheapest-slots baseline):
// each schedules one kind of device in a given slot order.
#pragma once

#include "plan.h"
#include "scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace commonwatt::scheduler {

// The slots in which an EV may charge: [arrivalSlot, departureSlot) clamped to the horizon, ascending.
[[nodiscard]] std::vector<int> evChargingSlots(const Scenario &scenario, const Ev &ev);
// The slots of a thermal load's window, clamped to the horizon, ascending.
[[nodiscard]] std::vector<int> thermalWindowSlots(const Scenario &scenario, const Thermal &thermal);

// Charges the EV at maxChargeKw in the given slots, in that order, until its target is reached. A last slot
// that would fall below minChargeKw takes energy from the slots charged before it (latest first, none below
// the minimum); failing that it charges at the minimum if the battery has room, and otherwise not at all,
// leaving the shortfall. Slots outside the EV's charging window are skipped.
[[nodiscard]] EvPlan chargeEvInOrder(const Scenario &scenario, const Ev &ev, const std::vector<int> &slotOrder);

// Heats at maxKw in the given slots, in that order, until energyKwh is reached (the last one partly).
// Returns no plan when those slots cannot hold the energy.
[[nodiscard]] std::optional<ThermalPlan> heatInOrder(const Scenario &scenario, const Thermal &thermal,
                                                     const std::vector<int> &slotOrder);

// Self-consumption for every battery, given the plan's EV, appliance and thermal schedules: charge from PV
// surplus only, discharge to cover net import, within power, SoC and efficiency limits. A battery with a
// finalSocKwhMin stops discharging at that SoC (or at what it can still recharge to it by the end at full
// power, when it starts below it) and charges from the grid only when the end condition would otherwise
// become unreachable. Batteries take surplus and cover import in the scenario's order. Returns the index of a
// battery whose end condition cannot be met, if any (its schedule is still written).
[[nodiscard]] std::optional<std::size_t> scheduleSelfConsumption(const Scenario &scenario, Plan &plan);

// An empty plan for the scenario: every device present, nothing scheduled, every vector sized.
[[nodiscard]] Plan emptyPlan(const Scenario &scenario, const std::string &solverName);

// Completes a rule-based plan whose device schedules are filled: EV shortfalls, site flows, objective and
// status (Feasible, or Infeasible naming "site" when a site limit breaks).
void finishPlan(const Scenario &scenario, Plan &plan);

// Marks the plan infeasible with the reason (which starts with the device id, or "site").
void markInfeasible(Plan &plan, std::string reason);

// The immediate baseline plan (solver name "immediate").
[[nodiscard]] Plan immediatePlan(const Scenario &scenario);

} // namespace commonwatt::scheduler
