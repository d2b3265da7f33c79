// What the planner's forecasts are made from, and the forecasts themselves (backend/forecast): the
// household's PV (up to a year, for the array's clear-sky profile by day of year), its base load (30 days,
// the planned devices taken out) and the grid signals as the feed sent them (14 days), read from the readings
// store off the UI thread and kept in memory, each refresh reading only what is new. Also the rule that says
// when new forecasts change the plan's inputs enough to plan again at once (docs/planning.md, "In the app").
#pragma once

#include "household.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimeZone>

#ifndef Q_MOC_RUN
#include "currency/communityconfig.h"
#include "currency/timeadvice.h"
#include "forecast/forecast.h"
#endif

#include <limits>
#include <memory>
#include <vector>

namespace commonwatt::storage {
class ReadingsStore;
}

namespace commonwatt::app {

// 5-minute mean powers (or signal values), NaN where nothing was recorded, up to the last whole bucket.
struct LoadHistory
{
    bool hasPv = false;
    forecast::PowerHistory pv;       // up to a year; the part older than six weeks from hourly rollups
    forecast::PowerHistory base;     // 30 days: meter + PV - battery - car - appliances - planned heaters
    forecast::PowerHistory carbon;   // 14 days of the feed's carbon intensity, gCO2/kWh
    forecast::PowerHistory gridNeed; // 14 days of the feed's grid need, -1..1
    forecast::PowerHistory renewableShare; // 14 days of the feed's renewable share, 0..1
};

// The plan's horizon: slotCount slots of slotMs from startMs (the current slot) to the end of tomorrow.
struct PlanHorizon
{
    qint64 startMs = 0;
    qint64 slotMs = 15 * 60'000;
    int slotCount = 0;
};
[[nodiscard]] PlanHorizon planHorizon(qint64 nowMs, const QTimeZone &zone, int communitySlotMinutes);

// One forecast per input of the plan, over one horizon, with where each came from.
struct PlanForecasts
{
    PlanHorizon horizon;
    qint64 nowMs = 0;
    forecast::Forecast pv;
    forecast::Forecast baseLoad;
    forecast::Forecast carbon;    // gCO2/kWh
    forecast::Forecast gridNeed;  // -1..1, before grid events
    forecast::Forecast renewableShare; // 0..1 of the grid mix (the clean-share estimate's, not the plan's)
    int feedSlots = 0;            // slots the grid-signal feed covers
    std::vector<int> eventLevels; // per slot, from the feed
};

struct ForecastInputs
{
    qint64 nowMs = 0;
    QTimeZone zone = QTimeZone::utc();
    currency::CommunityConfig community = currency::CommunityConfig::defaults(QStringLiteral("UTC"));
    QList<currency::SignalSlot> signalFeed;
    std::shared_ptr<const LoadHistory> history;
    PvSiteInfo site;
};

// Pure; runs on a worker thread. Signals: the feed where it covers a slot, else a profile learned from what
// it sent before, else the community defaults (g = referenceIntensity, s = 0).
[[nodiscard]] PlanForecasts makeForecasts(const ForecastInputs &inputs);

// When fresh forecasts should be planned on at once rather than at the next slot boundary: over the slots
// both cover, PV or base-load energy moves by more than max(0.5 kWh, 5 %), or a slot by more than
// max(0.3 kW, 20 %), or any forecast's source changes. `why` says which, for the log.
struct ForecastChange
{
    bool material = false;
    QString why;
};
[[nodiscard]] ForecastChange compareForecasts(const PlanForecasts &planned, const PlanForecasts &fresh);

// Reads the history from the store off the UI thread, incrementally: the first refresh reads everything, the
// next ones only the buckets since the last (the last one again, as it may have been partial).
class LoadHistoryReader : public QObject
{
    Q_OBJECT
public:
    LoadHistoryReader(Household &household, storage::ReadingsStore &store, QObject *parent = nullptr);
    ~LoadHistoryReader() override;

    // Starts reading the history before nowMs; refreshed() follows. Heaters in plannedHeaters are subtracted
    // from the base load, the others stay in it (they run on their own thermostat).
    void refresh(qint64 nowMs, const QSet<QString> &plannedHeaters);
    [[nodiscard]] std::shared_ptr<const LoadHistory> history() const { return m_history; }
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    // Clock time of the history in hand; far in the past before the first refresh.
    [[nodiscard]] qint64 refreshedAtMs() const { return m_refreshedAtMs; }
    // How long the last refresh took from asking the store to having the history (real time).
    [[nodiscard]] double lastRefreshMs() const { return m_lastRefreshMs; }

signals:
    void refreshed();

private:
    struct Series;
    Household &m_household;
    storage::ReadingsStore &m_store;
    std::shared_ptr<const LoadHistory> m_history;
    QHash<qint32, std::shared_ptr<Series>> m_series; // by store channel
    qint64 m_refreshedAtMs = std::numeric_limits<qint64>::min() / 2;
    bool m_refreshing = false;
    quint64 m_generation = 0;
    double m_lastRefreshMs = 0.0;
};

} // namespace commonwatt::app
