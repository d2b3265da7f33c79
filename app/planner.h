// The household's planner: builds a scenario from what the household knows, solves it off the UI thread,
// executes the current slot's decisions through the devices at every slot start, and keeps the household's
// requests ("run now", "ready by", "don't run today") as constraints.
//
// When it plans: at start, at every slot boundary (clock time), and, debounced in real time, when the
// grid-signal feed, a device's flexibility or a request changes, or when the forecasts made every slot change
// the plan's inputs materially (compareForecasts). One solve runs at a
// time on a worker thread; a result whose inputs changed while it was being solved is dropped and planned
// again.
#pragma once

#include "planexplainer.h"
#include "planrequests.h"
#include "scenariobuilder.h"

#include <commonwatt/device.h>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTime>
#include <QTimer>

#include <chrono>
#include <memory>

namespace commonwatt::storage {
class ReadingsStore;
}

namespace commonwatt::app {

class ForecastService;
class Household;

// One planning round, immutable once published.
struct PlanOutcome
{
    BuiltScenario built;
    scheduler::Plan plan;
    PlanExplanation explanation;
    double workerMs = 0.0; // building, solving and explaining
};

class Planner : public QObject
{
    Q_OBJECT
public:
    // requestsPath: where the household's requests are kept (empty: in memory only).
    Planner(Household &household, storage::ReadingsStore &store, QString requestsPath,
            QObject *parent = nullptr);
    ~Planner() override;

    // Reads the kept requests and the load history, then plans; from then on follows the clock and changes.
    void start();
    void setSiteLimits(double importLimitKw, double exportLimitKw);
    // The limits from the site settings import_limit_kw and export_limit_kw (docs/installer.md); a missing or
    // unusable value leaves the default.
    void setSiteLimitsFrom(const QJsonObject &siteSettings);
    static constexpr double kDefaultImportLimitKw = 17.0;
    static constexpr double kDefaultExportLimitKw = 5.0;
    // How long a burst of changes is waited out before planning (default 2 s of real time).
    void setDebounceInterval(std::chrono::milliseconds interval);

    [[nodiscard]] std::shared_ptr<const PlanOutcome> outcome() const { return m_outcome; }
    // A plan is being made, changes are being waited out before one is, or the first is still to come.
    [[nodiscard]] bool isPlanning() const
    {
        return m_inFlight || m_debounce.isActive() || (m_started && !m_outcome);
    }
    // Clock time of the inputs of the published plan; -1 before the first.
    [[nodiscard]] qint64 plannedAtMs() const { return m_plannedAtMs; }
    // Why there is no usable plan, or why requests could not be kept; empty when all is well.
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] const PlanRequests &requests() const { return m_requests; }
    // The last reason each device gave for refusing a command, by device id.
    [[nodiscard]] const QHash<QString, QString> &commandErrors() const { return m_commandErrors; }
    [[nodiscard]] Device *device(const QString &id) const;
    [[nodiscard]] Household &household() const { return m_household; }
    [[nodiscard]] ForecastService &forecasts() const { return *m_forecasts; }
    // Why fresh forecasts last asked for a plan at once; empty when they have not.
    [[nodiscard]] QString lastForecastChange() const { return m_lastForecastChange; }

    // The household's requests. Each replaces the device's previous one; false (with *error in words) when
    // the device cannot do it now.
    bool requestRunNow(const QString &deviceId, QString *error = nullptr);
    bool requestReadyBy(const QString &deviceId, QTime time, double targetPercent, QString *error = nullptr);
    bool requestSkipToday(const QString &deviceId, QString *error = nullptr);
    void cancelRequest(const QString &deviceId);
    // The grid events the household declined, planned without their floor on the grid need.
    void setDeclinedEvents(const QList<EventWindow> &windows);
    [[nodiscard]] const QList<EventWindow> &declinedEvents() const { return m_declinedEvents; }

    // Plans now, without waiting out the debounce.
    void replanNow();

signals:
    void planChanged();
    void planningChanged();
    void requestsChanged();
    void commandErrorsChanged();
    void errorChanged();
    void commandSent(const QString &deviceId, const commonwatt::DeviceCommand &command);

private:
    // Follows a controllable device's flexibility and command failures (once per device).
    void hookDevice(Device *device, qint64 nowMs);
    void scheduleReplan();
    void onClockTicked(qint64 nowMs);
    void onFlexibilityChanged(Device *device);
    void onPlanned(quint64 generation, const std::shared_ptr<const PlanOutcome> &outcome);
    void execute();
    void send(Device *device, const DeviceCommand &command);
    void requestsEdited();
    void refreshHistory();
    void onForecastsUpdated();
    void setError(const QString &error);
    void setRequestError(const QString &error);
    [[nodiscard]] PlanInputs snapshot() const;
    [[nodiscard]] bool addRequest(const QString &deviceId, RequestKind kind, qint64 untilMs, double percent,
                                  QString *error);
    [[nodiscard]] qint64 slotMs() const;

    Household &m_household;
    storage::ReadingsStore &m_store;
    std::unique_ptr<ForecastService> m_forecasts;
    QString m_lastForecastChange;
    PlanRequests m_requests;
    QList<EventWindow> m_declinedEvents;
    double m_importLimitKw = kDefaultImportLimitKw;
    double m_exportLimitKw = kDefaultExportLimitKw;

    QThreadPool m_pool; // one thread: solves and file writes run in order
    QTimer m_debounce;
    QElapsedTimer m_pendingSince; // the first change of the burst being waited out
    quint64 m_generation = 0;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_started = false;
    qint64 m_currentSlot = -1;

    std::shared_ptr<const PlanOutcome> m_outcome;
    qint64 m_plannedAtMs = -1;
    QString m_planError;
    QString m_requestError;
    QString m_error;
    QHash<QString, QVariantMap> m_flexibilitySeen; // what planning last saw, less the states that drift
    QHash<QString, DeviceCommand> m_lastSent;
    QHash<QString, QString> m_commandErrors;
};

} // namespace commonwatt::app
