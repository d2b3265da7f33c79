// Turns what the household knows now (the forecasts of PV, base load and grid signals, the devices'
// flexibility maps and the household's requests) into a scheduler Scenario for the horizon from the current
// slot to the end of tomorrow. Pure: runs on the planner's worker thread from a snapshot taken on the UI
// thread.
#pragma once

#include "loadforecast.h"
#include "planrequests.h"

#include <commonwatt/device.h>

#ifndef Q_MOC_RUN
#include "currency/communityconfig.h"
#include "currency/timeadvice.h"
#include "scheduler/immediate.h"
#include "scheduler/objective.h"
#include "scheduler/plan.h"
#include "scheduler/scenario.h"
#include "scheduler/siteflows.h"
#include "scheduler/solver.h"
#endif

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace commonwatt::app {

struct DeviceSnapshot
{
    QString id;
    QString name;
    DeviceKind kind = DeviceKind::Appliance;
    QVariantMap flexibility;
    bool acceptsSetPower = false; // an appliance that can be held off with SetPower 0
};

// A grid event's time span [startMs, endMs).
struct EventWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    [[nodiscard]] bool overlaps(qint64 fromMs, qint64 toMs) const { return startMs < toMs && fromMs < endMs; }
    friend bool operator==(const EventWindow &, const EventWindow &) = default;
};

struct PlanInputs
{
    qint64 nowMs = 0;
    QTimeZone zone = QTimeZone::utc();
    currency::CommunityConfig community = currency::CommunityConfig::defaults(QStringLiteral("UTC"));
    QList<currency::SignalSlot> signalForecast;
    std::shared_ptr<const LoadHistory> history;
    PvSiteInfo site;
    // Forecasts already made for this horizon (by the forecast service); made here when absent or for
    // another.
    std::shared_ptr<const PlanForecasts> forecasts;
    double importLimitKw = 17.0;
    double exportLimitKw = 5.0;
    QList<DeviceSnapshot> devices; // the controllable ones: battery, car charger, appliances, heaters
    QList<PlanRequest> requests;
    // Grid events the household declined: planned as if their floor on the grid need were absent
    // (docs/events.md).
    QList<EventWindow> declinedEvents;
};

// Why a controllable device is or is not in the plan.
enum class DeviceState
{
    Planned,     // in the scenario; the plan decides what it does
    Running,     // an appliance in the middle of its programme: its rest is base load
    Idle,        // an appliance with nothing waiting, a heater with no flexibility
    Unplugged,   // a car that is away
    NoDeparture, // a car plugged in with no departure time: it charges at once, as base load
    Held,        // "don't run today": out of the plan and kept off
    Unplannable, // its flexibility map is missing something or does not fit the horizon
};

struct DeviceStatus
{
    QString id;
    QString name;
    DeviceKind kind = DeviceKind::Appliance;
    DeviceState state = DeviceState::Idle;
    int scenarioIndex = -1; // into scenario.deviceOrder when Planned
    qint64 untilMs = 0;     // Running: when the programme ends
    bool late = false;      // Planned appliance whose window is too short: it starts as soon as it may
    double maxKw = 0.0;     // the scale of its row on the Plan page
    bool holdable = false;  // Held: it can be kept off (else an appliance still starts by its own deadline)
};

struct BuiltScenario
{
    scheduler::Scenario scenario;
    qint64 startMs = 0;
    qint64 slotMs = 0;
    qint64 nowMs = 0;
    QList<DeviceStatus> devices;  // every controllable device, in the household's order
    std::vector<int> eventLevels; // per slot: the grid event's LEVEL, 0 for none or a declined one
    // What the plan's PV, base load and grid signals came from (values, sources, days of history).
    std::shared_ptr<const PlanForecasts> forecasts;
    int signalSlotsForecast = 0; // slots the grid-signal feed covers; the rest from a profile or the defaults

    [[nodiscard]] qint64 endMs() const { return startMs + scenario.slotCount * slotMs; }
    [[nodiscard]] int slotAt(qint64 ms) const
    {
        return static_cast<int>((ms - startMs) >= 0 ? (ms - startMs) / slotMs : -1);
    }
};

// The horizon: from the start of the slot containing nowMs to the end of tomorrow, local time.
[[nodiscard]] BuiltScenario buildScenario(const PlanInputs &inputs);

// A profile of one value per stepMs, from offsetMs into it, as mean powers over consecutive slots of slotMs
// (the energy is kept: a last partial slot holds its share).
[[nodiscard]] std::vector<double> resampleProfile(const QList<double> &profileKw, qint64 stepMs,
                                                  qint64 offsetMs, qint64 slotMs);

// The kind names used in the flexibility maps' appliance `state`.
inline constexpr auto kStateWaiting = "waiting";
inline constexpr auto kStateRunning = "running";

} // namespace commonwatt::app
