#include "planner.h"

#include "forecastservice.h"
#include "household.h"

#include "config/configrecords.h"

#include "scheduler/immediate.h"
#include "scheduler/objective.h"
#include "scheduler/plan.h"
#include "scheduler/scenario.h"
#include "scheduler/siteflows.h"
#include "scheduler/solver.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>

#include <cmath>

Q_LOGGING_CATEGORY(lcPlanner, "commonwatt.planner", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr auto kDefaultDebounce = std::chrono::seconds(2);
// A stream of changes never delays a plan by more than this.
constexpr qint64 kMaxDebounceMs = 10'000;
// Forecasts made longer ago than this (a catch-up jumped the clock) are made again before being trusted.
constexpr qint64 kHistoryRefreshMs = 3600 * 1000;
constexpr qint64 kMinuteMs = 60'000;
constexpr double kSameKw = 1e-3;

bool isControllable(DeviceKind kind)
{
    return kind == DeviceKind::Battery || kind == DeviceKind::EvCharger || kind == DeviceKind::Appliance ||
           kind == DeviceKind::ThermalLoad;
}

// A battery's or a car's state of charge and a heater's remaining energy drift with every sample, and a
// window that has opened already may be restated as opening now; the next slot's plan picks them up.
// Everything else in a flexibility map is a change worth planning for at once.
QVariantMap withoutDriftingStates(QVariantMap flexibility, qint64 nowMs)
{
    flexibility.remove(u"socKwh"_s);
    flexibility.remove(u"energyKwh"_s);
    for (const QString &key : {u"windowStartMs"_s, u"earliestStartMs"_s}) {
        if (flexibility.value(key).toLongLong() <= nowMs)
            flexibility.remove(key);
    }
    return flexibility;
}

qint64 floorDiv(qint64 value, qint64 step)
{
    const qint64 quotient = value / step;
    return (value % step != 0 && value < 0) ? quotient - 1 : quotient;
}

} // namespace

Planner::Planner(Household &household, storage::ReadingsStore &store, QString requestsPath, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
    , m_forecasts(std::make_unique<ForecastService>(household, store))
    , m_requests(std::move(requestsPath))
{
    m_pool.setMaxThreadCount(1);
    // One thread for the planner's life rather than a new one after each idle spell: a solver library's
    // per-thread state (GLPK's environment) is then set up once.
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(u"planner"_s);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &Planner::replanNow);
    connect(m_forecasts.get(), &ForecastService::forecastsUpdated, this, &Planner::onForecastsUpdated);
}

Planner::~Planner()
{
    // Results posted to this object after it is gone are discarded with it; nothing else touches it.
    m_pool.waitForDone();
}

qint64 Planner::slotMs() const
{
    if (m_outcome)
        return m_outcome->built.slotMs;
    const int minutes = m_household.communityConfig().slotMinutes;
    return qint64(minutes > 0 ? minutes : 15) * kMinuteMs;
}

void Planner::start()
{
    if (m_started)
        return;
    m_started = true;
    const qint64 now = m_household.clock().nowMs();
    QString error;
    if (!m_requests.load(now, &error)) {
        qCWarning(lcPlanner).noquote() << error;
        setRequestError(error);
    }
    for (Device *device : m_household.devices())
        hookDevice(device, now);
    // Devices of plugins on worker threads arrive after start-up (and again after a plugin restarts).
    connect(&m_household, &Household::devicesChanged, this, [this] {
        const qint64 at = m_household.clock().nowMs();
        // A device that left (the installer stopped or changed its instance) is hooked again when a device
        // of the same id comes back.
        QSet<QString> present;
        for (const Device *device : m_household.devices())
            present.insert(device->id());
        for (auto it = m_flexibilitySeen.begin(); it != m_flexibilitySeen.end();)
            it = present.contains(it.key()) ? std::next(it) : m_flexibilitySeen.erase(it);
        for (Device *device : m_household.devices())
            hookDevice(device, at);
        scheduleReplan();
    });
    connect(&m_household, &Household::signalForecastChanged, this, &Planner::scheduleReplan);
    connect(&m_household.clock(), &Clock::ticked, this, &Planner::onClockTicked);
    m_currentSlot = floorDiv(now, slotMs());
    // The first plan waits for the forecasts (milliseconds): planning on a typical household first would
    // send commands that the real plan takes back at once.
    m_forecasts->start();
    refreshHistory();
    emit planningChanged();
}

void Planner::hookDevice(Device *device, qint64 nowMs)
{
    if (!isControllable(device->kind()) || m_flexibilitySeen.contains(device->id()))
        return;
    m_flexibilitySeen.insert(device->id(), withoutDriftingStates(device->flexibility(), nowMs));
    connect(device, &Device::flexibilityChanged, this, [this, device] { onFlexibilityChanged(device); });
    connect(device, &Device::commandFailed, this,
            [this, id = device->id()](const DeviceCommand &, const QString &reason) {
                qCWarning(lcPlanner).noquote() << id << "refused a command:" << reason;
                m_commandErrors.insert(id, reason);
                emit commandErrorsChanged();
            });
}

void Planner::setSiteLimits(double importLimitKw, double exportLimitKw)
{
    m_importLimitKw = importLimitKw;
    m_exportLimitKw = exportLimitKw;
    scheduleReplan();
}

void Planner::setSiteLimitsFrom(const QJsonObject &siteSettings)
{
    const auto limit = [&siteSettings](QLatin1StringView key, double fallback, bool zeroAllowed) {
        const QJsonValue value = siteSettings.value(key);
        const double kw = value.toDouble(-1.0);
        const bool usable = value.isDouble() && std::isfinite(kw) && (zeroAllowed ? kw >= 0 : kw > 0);
        if (!value.isUndefined() && !usable)
            qCWarning(lcPlanner).noquote()
                << "Site setting" << key << "must be a number of kW; using" << fallback;
        return usable ? kw : fallback;
    };
    setSiteLimits(limit(config::sitekey::importLimitKw, kDefaultImportLimitKw, false),
                  limit(config::sitekey::exportLimitKw, kDefaultExportLimitKw, true));
}

void Planner::setDeclinedEvents(const QList<EventWindow> &windows)
{
    if (windows == m_declinedEvents)
        return;
    m_declinedEvents = windows;
    scheduleReplan();
}

void Planner::setDebounceInterval(std::chrono::milliseconds interval)
{
    m_debounce.setInterval(interval);
}

Device *Planner::device(const QString &id) const
{
    for (Device *candidate : m_household.devices()) {
        if (candidate->id() == id)
            return candidate;
    }
    return nullptr;
}

void Planner::refreshHistory()
{
    QSet<QString> heaters;
    for (const Device *device : m_household.devices()) {
        if (device->kind() == DeviceKind::ThermalLoad && !device->flexibility().isEmpty())
            heaters.insert(device->id());
    }
    m_forecasts->refresh(m_household.clock().nowMs(), heaters);
}

void Planner::onForecastsUpdated()
{
    if (!m_started)
        return;
    // Forecasts from before a long jump of the clock (a catch-up) are made again, and planned on then.
    if (m_household.clock().nowMs() - m_forecasts->refreshedAtMs() >= kHistoryRefreshMs) {
        refreshHistory();
        return;
    }
    if (!m_outcome) {
        if (!m_inFlight)
            replanNow();
        return;
    }
    const std::shared_ptr<const PlanForecasts> fresh = m_forecasts->forecasts();
    const std::shared_ptr<const PlanForecasts> planned = m_outcome->built.forecasts;
    if (!fresh || !planned)
        return;
    // Small changes wait for the next slot's plan, which takes them anyway.
    const ForecastChange change = compareForecasts(*planned, *fresh);
    if (!change.material)
        return;
    m_lastForecastChange = change.why;
    qCDebug(lcPlanner).noquote() << "forecasts changed:" << change.why;
    scheduleReplan();
}

void Planner::scheduleReplan()
{
    if (!m_started)
        return;
    const bool wasPlanning = isPlanning();
    if (!m_debounce.isActive()) {
        m_pendingSince.start();
        m_debounce.start();
    } else if (m_pendingSince.elapsed() + m_debounce.interval() <= kMaxDebounceMs) {
        m_debounce.start(); // restart: wait for the burst to end
    }
    if (!wasPlanning)
        emit planningChanged();
}

void Planner::onClockTicked(qint64 nowMs)
{
    const qint64 slot = floorDiv(nowMs, slotMs());
    if (slot == m_currentSlot)
        return;
    m_currentSlot = slot;
    if (m_requests.expire(nowMs))
        requestsEdited();
    // The slot's decisions from the plan in hand go out at once; the new plan follows in milliseconds.
    execute();
    // Every slot: what is new in the store, then forecasts from it (planned on at once only if they moved
    // materially; the next slot's plan takes them in any case).
    if (!m_forecasts->isRefreshing())
        refreshHistory();
    replanNow();
}

void Planner::onFlexibilityChanged(Device *device)
{
    const QVariantMap &flexibility = device->flexibility();
    // Requests that the device's new state has made pointless end here.
    if (const auto request = m_requests.find(device->id())) {
        const bool unplugged =
            device->kind() == DeviceKind::EvCharger && !flexibility.value(u"pluggedIn"_s).toBool();
        const bool started = device->kind() == DeviceKind::Appliance &&
                             request->kind == RequestKind::RunNow &&
                             flexibility.value(u"state"_s).toString() != QLatin1StringView(kStateWaiting);
        if (unplugged || started) {
            m_requests.remove(device->id());
            requestsEdited();
        }
    }
    QVariantMap seen = withoutDriftingStates(flexibility, m_household.clock().nowMs());
    auto it = m_flexibilitySeen.find(device->id());
    if (it != m_flexibilitySeen.end() && *it == seen)
        return;
    m_flexibilitySeen.insert(device->id(), std::move(seen));
    scheduleReplan();
}

PlanInputs Planner::snapshot() const
{
    PlanInputs inputs;
    inputs.nowMs = m_household.clock().nowMs();
    inputs.zone = m_household.timeZone();
    inputs.community = m_household.communityConfig();
    inputs.signalForecast = m_household.signalForecast();
    inputs.history = m_forecasts->history();
    inputs.site = m_household.pvSite();
    inputs.forecasts = m_forecasts->forecasts();
    inputs.importLimitKw = m_importLimitKw;
    inputs.exportLimitKw = m_exportLimitKw;
    for (const Device *device : m_household.devices()) {
        if (isControllable(device->kind()))
            inputs.devices.append({device->id(), device->name(), device->kind(), device->flexibility(),
                                   device->accepts(CommandKind::SetPower)});
    }
    inputs.requests = m_requests.all();
    inputs.declinedEvents = m_declinedEvents;
    return inputs;
}

void Planner::replanNow()
{
    if (!m_started)
        return;
    m_debounce.stop();
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    m_pool.start([this, generation, inputs = snapshot()] {
        QElapsedTimer timer;
        timer.start();
        auto outcome = std::make_shared<PlanOutcome>();
        outcome->built = buildScenario(inputs);
        const scheduler::Scenario &scenario = outcome->built.scenario;
        outcome->plan = scheduler::solve(scenario, {});
        std::vector<bool> requested(scenario.deviceOrder.size(), false);
        for (const DeviceStatus &status : outcome->built.devices) {
            for (const PlanRequest &request : inputs.requests) {
                if (status.scenarioIndex >= 0 && request.deviceId == status.id &&
                    request.kind != RequestKind::SkipToday)
                    requested[std::size_t(status.scenarioIndex)] = true;
            }
        }
        outcome->explanation = explainPlan(scenario, outcome->plan, outcome->built.eventLevels, requested);
        outcome->workerMs = double(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { onPlanned(generation, outcome); }, Qt::QueuedConnection);
    });
    emit planningChanged();
}

void Planner::onPlanned(quint64 generation, const std::shared_ptr<const PlanOutcome> &outcome)
{
    m_inFlight = false;
    if (m_again || generation != m_generation) {
        // Its inputs changed while it was solved: plan again from the new ones rather than act on old ones.
        m_again = false;
        replanNow();
        return;
    }
    m_outcome = outcome;
    m_plannedAtMs = outcome->built.nowMs;
    if (outcome->plan.hasSchedule()) {
        m_planError.clear();
    } else {
        m_planError = tr("No plan fits: %1").arg(QString::fromStdString(outcome->plan.reason));
        qCWarning(lcPlanner).noquote() << m_planError;
    }
    setError(m_planError.isEmpty() ? m_requestError : m_planError);
    qCDebug(lcPlanner) << "planned" << outcome->built.scenario.slotCount << "slots in"
                       << outcome->plan.solveMs << "ms, objective" << outcome->plan.objective;
    execute();
    emit planChanged();
    emit planningChanged();
}

void Planner::execute()
{
    const std::shared_ptr<const PlanOutcome> outcome = m_outcome;
    if (!outcome || !outcome->plan.hasSchedule())
        return;
    const BuiltScenario &built = outcome->built;
    const scheduler::Plan &plan = outcome->plan;
    const qint64 now = m_household.clock().nowMs();
    const int t = built.slotAt(now);
    if (t < 0 || t >= built.scenario.slotCount)
        return; // the plan is from before a long gap in time; the next one will do
    const auto slot = static_cast<std::size_t>(t);
    DeviceCommand command;
    command.issuedMs = now;
    // One slot's grace: the next slot's command normally replaces it at the next boundary.
    command.validUntilMs = built.startMs + (t + 2) * built.slotMs;
    for (const DeviceStatus &status : built.devices) {
        Device *target = device(status.id);
        if (!target)
            continue;
        if (status.state == DeviceState::Held) {
            // Kept off: a heater at zero; an appliance that can be held at zero power, where it can.
            if (status.holdable) {
                command.kind = CommandKind::SetPower;
                command.valueKw = 0.0;
                send(target, command);
            }
            continue;
        }
        if (status.state != DeviceState::Planned)
            continue;
        const scheduler::DeviceRef ref = built.scenario.deviceOrder[std::size_t(status.scenarioIndex)];
        const auto i = static_cast<std::size_t>(ref.index);
        command.kind = CommandKind::SetPower;
        switch (ref.type) {
        case scheduler::DeviceType::Battery:
            command.valueKw = plan.batteries[i].chargeKw[slot] - plan.batteries[i].dischargeKw[slot];
            break;
        case scheduler::DeviceType::Ev:
            // A car that left since the plan was made is planned again without it; nothing to tell it.
            if (!target->flexibility().value(u"pluggedIn"_s).toBool())
                continue;
            command.valueKw = plan.evs[i].chargeKw[slot];
            break;
        case scheduler::DeviceType::Thermal:
            command.valueKw = plan.thermals[i].powerKw[slot];
            break;
        case scheduler::DeviceType::Appliance:
            // Before its start it waits on its own (it would only start by itself at its latest start); one
            // that started since the plan was made (on its own, at its latest start) needs nothing.
            if (plan.appliances[i].startSlot != t ||
                target->flexibility().value(u"state"_s).toString() != QLatin1StringView(kStateWaiting))
                continue;
            command.kind = CommandKind::StartRun;
            command.valueKw = 0.0;
            break;
        }
        send(target, command);
    }
}

void Planner::send(Device *device, const DeviceCommand &command)
{
    // Commands are absolute, so a repeat would do no harm; it would only flood the plugin at every re-plan.
    const auto last = m_lastSent.constFind(device->id());
    if (last != m_lastSent.cend() && last->kind == command.kind &&
        last->validUntilMs == command.validUntilMs && std::abs(last->valueKw - command.valueKw) < kSameKw)
        return;
    m_lastSent.insert(device->id(), command);
    if (m_commandErrors.remove(device->id()) > 0)
        emit commandErrorsChanged();
    emit commandSent(device->id(), command);
    device->sendCommand(command);
}

bool Planner::addRequest(const QString &deviceId, RequestKind kind, qint64 untilMs, double percent,
                         QString *error)
{
    PlanRequest request;
    request.deviceId = deviceId;
    request.kind = kind;
    request.createdMs = m_household.clock().nowMs();
    request.untilMs = untilMs;
    request.targetPercent = percent;
    if (untilMs <= request.createdMs) {
        if (error)
            *error = tr("That time has already passed.");
        return false;
    }
    m_requests.set(request);
    requestsEdited();
    return true;
}

bool Planner::requestRunNow(const QString &deviceId, QString *error)
{
    const Device *target = device(deviceId);
    if (!target) {
        if (error)
            *error = tr("There is no device %1.").arg(deviceId);
        return false;
    }
    QString why;
    const auto untilMs = runNowUntilMs(*target, m_household.clock().nowMs(), slotMs(), &why);
    if (!untilMs) {
        if (error)
            *error = why;
        return false;
    }
    return addRequest(deviceId, RequestKind::RunNow, *untilMs, 0.0, error);
}

bool Planner::requestReadyBy(const QString &deviceId, QTime time, double targetPercent, QString *error)
{
    Device *target = device(deviceId);
    if (!target || target->kind() != DeviceKind::EvCharger || !time.isValid()) {
        if (error)
            *error = tr("Only a car can be made ready by a time.");
        return false;
    }
    if (!target->flexibility().value(u"pluggedIn"_s).toBool()) {
        if (error)
            *error = tr("%1 is not plugged in.").arg(target->name());
        return false;
    }
    // The next time the clock shows `time`: today if that is still ahead, else tomorrow.
    const qint64 now = m_household.clock().nowMs();
    const QDate today = m_household.localDate(now);
    qint64 untilMs = QDateTime(today, time, m_household.timeZone()).toMSecsSinceEpoch();
    if (untilMs <= now)
        untilMs = QDateTime(today.addDays(1), time, m_household.timeZone()).toMSecsSinceEpoch();
    return addRequest(deviceId, RequestKind::ReadyBy, untilMs, std::clamp(targetPercent, 0.0, 100.0), error);
}

bool Planner::requestSkipToday(const QString &deviceId, QString *error)
{
    Device *target = device(deviceId);
    if (!target || (target->kind() != DeviceKind::Appliance && target->kind() != DeviceKind::ThermalLoad)) {
        if (error)
            *error = tr("Only an appliance or a heater can be kept off today.");
        return false;
    }
    const qint64 now = m_household.clock().nowMs();
    const qint64 untilMs = m_household.localDayStartMs(m_household.localDate(now).addDays(1));
    return addRequest(deviceId, RequestKind::SkipToday, untilMs, 0.0, error);
}

void Planner::cancelRequest(const QString &deviceId)
{
    if (m_requests.remove(deviceId))
        requestsEdited();
}

void Planner::requestsEdited()
{
    if (!m_requests.path().isEmpty()) {
        // Written on the worker, in order with everything else it does: the UI thread never waits on disk.
        m_pool.start([this, path = m_requests.path(), contents = m_requests.serialize()] {
            QString error;
            const bool ok = PlanRequests::writeFile(path, contents, &error);
            QMetaObject::invokeMethod(
                this, [this, ok, error] { setRequestError(ok ? QString() : error); }, Qt::QueuedConnection);
        });
    }
    emit requestsChanged();
    scheduleReplan();
}

void Planner::setRequestError(const QString &error)
{
    if (!error.isEmpty())
        qCWarning(lcPlanner).noquote() << error;
    m_requestError = error;
    setError(m_planError.isEmpty() ? m_requestError : m_planError);
}

void Planner::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace commonwatt::app
