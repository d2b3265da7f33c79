// PV and base-load forecasts for the planner until the Forecasts issue brings real ones: the same slots of
// the previous day from the readings store's 5-minute rollups, and a typical profile where there is no
// history. Each forecast says where it came from, so that the Plan page can tell a guess from a record.
#pragma once

#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <vector>

namespace commonwatt::storage {
class ReadingsStore;
}

namespace commonwatt::app {

class Household;

enum class ForecastSource
{
    History, // every slot from the same time on an earlier day
    Mixed,   // history where there is some, the typical profile elsewhere
    Typical, // no history: a typical household's profile
    None,    // the household has no such device (no PV)
};

struct LoadForecast
{
    std::vector<double> pvKw;
    std::vector<double> baseLoadKw;
    ForecastSource pvSource = ForecastSource::None;
    ForecastSource baseLoadSource = ForecastSource::Typical;
};

// What the forecast is made from: 5-minute mean powers by bucket start.
struct LoadHistory
{
    bool hasPv = false;
    QMap<qint64, double> pvKw;
    // What the home drew that the planner does not plan: the meter's import plus PV, less the battery, the
    // car, the appliances and the planned heaters.
    QMap<qint64, double> baseKw;
};

// The forecast for slotTotal slots of slotMs from startMs: each slot from the same local time on the most
// recent day on which it lies wholly before nowMs (yesterday, or the day before for tomorrow's slots).
[[nodiscard]] LoadForecast forecastLoads(const LoadHistory &history, qint64 startMs, int slotTotal,
                                         qint64 slotMs, qint64 nowMs, const QTimeZone &zone);

// Reads the last two days of the household's power readings from the store, off the UI thread.
class LoadHistoryReader : public QObject
{
    Q_OBJECT
public:
    LoadHistoryReader(Household &household, storage::ReadingsStore &store, QObject *parent = nullptr);

    // Starts reading the history before nowMs; refreshed() follows. Heaters in plannedHeaters are subtracted
    // from the base load, the others stay in it (they run on their own thermostat).
    void refresh(qint64 nowMs, const QSet<QString> &plannedHeaters);
    [[nodiscard]] const LoadHistory &history() const { return m_history; }
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    // Clock time of the history in hand; far in the past before the first refresh.
    [[nodiscard]] qint64 refreshedAtMs() const { return m_refreshedAtMs; }

signals:
    void refreshed();

private:
    Household &m_household;
    storage::ReadingsStore &m_store;
    LoadHistory m_history;
    qint64 m_refreshedAtMs = std::numeric_limits<qint64>::min() / 2;
    bool m_refreshing = false;
    quint64 m_generation = 0;
};

} // namespace commonwatt::app
