// The planner's forecasts, made every slot: reads what is new in the store (LoadHistoryReader), makes the
// forecasts for the plan's horizon on a worker thread, and tracks how accurate they were (backend/forecast/
// accuracy.h): what PV and base load were forecast 1 h, 6 h and 24 h ahead against what was measured, kept
// per day in the readings store and summarised for the Plan page.
#pragma once

#include "loadforecast.h"

#ifndef Q_MOC_RUN
#include "forecast/accuracy.h"
#endif

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace commonwatt::app {

class ForecastService : public QObject
{
    Q_OBJECT
public:
    ForecastService(Household &household, storage::ReadingsStore &store, QObject *parent = nullptr);
    ~ForecastService() override;

    // Reads the accuracy of the last 30 days from the store.
    void start();
    // Reads the history up to nowMs, then forecasts from it; forecastsUpdated() follows.
    void refresh(qint64 nowMs, const QSet<QString> &plannedHeaters);
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    // Clock time of the forecasts in hand; far in the past before the first.
    [[nodiscard]] qint64 refreshedAtMs() const { return m_refreshedAtMs; }
    [[nodiscard]] std::shared_ptr<const LoadHistory> history() const { return m_reader.history(); }
    [[nodiscard]] std::shared_ptr<const PlanForecasts> forecasts() const { return m_forecasts; }
    [[nodiscard]] const LoadHistoryReader &reader() const { return m_reader; }

    // Error in kWh/day and skill against persistence over the `days` local days up to today.
    [[nodiscard]] forecast::AccuracySummary accuracy(forecast::Quantity quantity, int horizonHours,
                                                     int days) const;
    // Each of the `days` days up to today, oldest first: its error in kWh (scaled to a whole day), NaN when
    // nothing was compared that day.
    [[nodiscard]] std::vector<double> dailyErrors(forecast::Quantity quantity, int horizonHours,
                                                  int days) const;
    [[nodiscard]] QDate today() const;

signals:
    void forecastsUpdated();
    void accuracyChanged();

private:
    void onHistory();
    void onForecasts(quint64 generation, const std::shared_ptr<const PlanForecasts> &forecasts);
    [[nodiscard]] int slotsPerDay() const;

    Household &m_household;
    storage::ReadingsStore &m_store;
    LoadHistoryReader m_reader;
    QThreadPool m_pool;
    std::shared_ptr<const PlanForecasts> m_forecasts;
    forecast::AccuracyTracker m_tracker;
    std::vector<forecast::DailyError> m_rows; // the last month's, as stored and since
    quint64 m_generation = 0;
    bool m_refreshing = false;
    qint64 m_refreshedAtMs = std::numeric_limits<qint64>::min() / 2;
};

} // namespace commonwatt::app
