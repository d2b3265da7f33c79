#include "forecastservice.h"

#include "storage/readingsstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcForecast)

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr int kKeptDays = 31;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString quantityName(forecast::Quantity quantity)
{
    return QString::fromLatin1(forecast::toString(quantity));
}

} // namespace

ForecastService::ForecastService(Household &household, storage::ReadingsStore &store, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
    , m_reader(household, store)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"forecasts"_s);
    connect(&m_reader, &LoadHistoryReader::refreshed, this, &ForecastService::onHistory);
}

ForecastService::~ForecastService()
{
    m_pool.waitForDone();
}

QDate ForecastService::today() const
{
    return m_household.localDate(m_household.clock().nowMs());
}

void ForecastService::start()
{
    m_store.queryForecastErrors(today().addDays(-kKeptDays), this,
                                [this](const QList<storage::ForecastErrorDay> &rows) {
                                    std::vector<forecast::DailyError> stored;
                                    for (const storage::ForecastErrorDay &row : rows) {
                                        forecast::DailyError error;
                                        if (row.quantity == quantityName(forecast::Quantity::Pv))
                                            error.quantity = forecast::Quantity::Pv;
                                        else if (row.quantity == quantityName(forecast::Quantity::BaseLoad))
                                            error.quantity = forecast::Quantity::BaseLoad;
                                        else
                                            continue;
                                        error.horizonHours = row.horizonHours;
                                        error.day = row.day;
                                        error.slotCount = row.slotCount;
                                        error.errorKwh = row.errorKwh;
                                        error.persistenceKwh = row.persistenceKwh;
                                        stored.push_back(error);
                                    }
                                    // Rows recorded since the query was asked are not in its answer: both are
                                    // kept.
                                    stored.insert(stored.end(), m_rows.begin(), m_rows.end());
                                    m_rows = std::move(stored);
                                    emit accuracyChanged();
                                });
}

void ForecastService::refresh(qint64 nowMs, const QSet<QString> &plannedHeaters)
{
    m_refreshing = true;
    m_reader.refresh(nowMs, plannedHeaters);
}

void ForecastService::onHistory()
{
    ForecastInputs inputs;
    inputs.nowMs = m_reader.refreshedAtMs();
    inputs.zone = m_household.timeZone();
    inputs.community = m_household.communityConfig();
    inputs.signalFeed = m_household.signalForecast();
    inputs.history = m_reader.history();
    inputs.site = m_household.pvSite();
    const quint64 generation = ++m_generation;
    m_pool.start([this, generation, inputs = std::move(inputs)] {
        QElapsedTimer timer;
        timer.start();
        auto forecasts = std::make_shared<const PlanForecasts>(makeForecasts(inputs));
        qCDebug(lcForecast) << "forecasts in" << double(timer.nsecsElapsed()) / 1e6 << "ms";
        QMetaObject::invokeMethod(
            this, [this, generation, forecasts] { onForecasts(generation, forecasts); },
            Qt::QueuedConnection);
    });
}

void ForecastService::onForecasts(quint64 generation, const std::shared_ptr<const PlanForecasts> &forecasts)
{
    if (generation != m_generation)
        return; // a newer history is being forecast from
    m_forecasts = forecasts;
    m_refreshing = m_reader.isRefreshing();
    m_refreshedAtMs = forecasts->nowMs;

    // Accuracy: what this slot's forecasts say 1, 6 and 24 h ahead; what earlier ones said, now measured.
    const PlanHorizon &h = forecasts->horizon;
    const forecast::Horizon horizon{h.startMs, h.slotMs, h.slotCount, forecasts->nowMs,
                                    m_household.timeZone()};
    const std::shared_ptr<const LoadHistory> history = m_reader.history();
    QList<storage::ForecastErrorDay> toStore;
    for (const forecast::Quantity quantity : {forecast::Quantity::Pv, forecast::Quantity::BaseLoad}) {
        const bool pv = quantity == forecast::Quantity::Pv;
        if (pv && !history->hasPv)
            continue;
        m_tracker.record(quantity, pv ? forecasts->pv : forecasts->baseLoad, horizon);
        for (const forecast::DailyError &row :
             m_tracker.resolve(quantity, pv ? history->pv : history->base, m_household.timeZone())) {
            m_rows.push_back(row);
            toStore.append(storage::ForecastErrorDay{quantityName(quantity), row.horizonHours, row.day,
                                                     row.slotCount, row.errorKwh, row.persistenceKwh});
        }
    }
    if (!toStore.isEmpty()) {
        m_store.addForecastErrors(toStore);
        const QDate oldest = today().addDays(-kKeptDays);
        std::erase_if(m_rows, [oldest](const forecast::DailyError &row) { return row.day < oldest; });
        emit accuracyChanged();
    }
    emit forecastsUpdated();
}

int ForecastService::slotsPerDay() const
{
    const qint64 slotMs = m_forecasts
                              ? m_forecasts->horizon.slotMs
                              : qint64(std::max(1, m_household.communityConfig().slotMinutes)) * 60'000;
    return static_cast<int>(kDayMs / slotMs);
}

forecast::AccuracySummary ForecastService::accuracy(forecast::Quantity quantity, int horizonHours,
                                                    int days) const
{
    return forecast::summarize(m_rows, quantity, horizonHours, today(), days, slotsPerDay());
}

std::vector<double> ForecastService::dailyErrors(forecast::Quantity quantity, int horizonHours,
                                                 int days) const
{
    std::vector<double> errors;
    const QDate last = today();
    for (int back = days - 1; back >= 0; --back) {
        const forecast::AccuracySummary day =
            forecast::summarize(m_rows, quantity, horizonHours, last.addDays(-back), 1, slotsPerDay());
        errors.push_back(day.valid() ? day.errorKwhPerDay : std::nan(""));
    }
    return errors;
}

} // namespace commonwatt::app
