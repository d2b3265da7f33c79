// The app's forecasts (app/forecastservice.*, app/loadforecast.*): the material-change rule, re-planning only
// when fresh forecasts move the plan's inputs materially, and accuracy tracking on a simulated clock, kept in
// the readings store and summarised for the Plan page.
#include "forecastservice.h"
#include "household.h"
#include "planmodel.h"
#include "planner.h"

#include "../support/plannerplugin.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;
using testing::PlannerPlugin;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kSlotMs = 15 * kMinuteMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

app::PlanForecasts flat(qint64 startMs, int count, double pvKw, double baseKw)
{
    app::PlanForecasts f;
    f.horizon = {startMs, kSlotMs, count};
    f.pv.values.assign(std::size_t(count), pvKw);
    f.pv.source = forecast::Source::Learned;
    f.baseLoad.values.assign(std::size_t(count), baseKw);
    f.baseLoad.source = forecast::Source::Learned;
    f.carbon.source = forecast::Source::Feed;
    f.gridNeed.source = forecast::Source::Feed;
    return f;
}

// The home's draw on day d (of June) at hour h: alternating days, so that yesterday is a poor forecast.
double homeKw(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return (at.date().day() % 2 == 0 ? 0.4 : 0.9) + (at.time().hour() >= 18 ? 0.5 : 0.0);
}

} // namespace

class TestForecastService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<storage::ReadingsStore>();
        QVERIFY2(m_store->open(m_dir->filePath(u"test.db"_s)), qPrintable(m_store->errorString()));
        m_clock = std::make_unique<SimulatedClock>(utc(20, 8, 5));
        m_household = std::make_unique<app::Household>(*m_clock, *m_store, QTimeZone::utc());
        m_plugin = std::make_unique<PlannerPlugin>();
        QString error;
        QVERIFY2(m_household->addDevices(*m_plugin, {}, &error), qPrintable(error));
        m_meter = m_store->channel(u"grid"_s, u"power"_s, u"kW"_s);
        m_pv = m_store->channel(u"pv"_s, u"power"_s, u"kW"_s);
    }
    void cleanup()
    {
        m_planner.reset();
        m_household.reset();
        m_plugin.reset();
        m_store->close();
        m_store.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void materialChangeRule()
    {
        const app::PlanForecasts planned = flat(utc(20, 8), 96, 1.0, 0.5);
        QVERIFY(!app::compareForecasts(planned, planned).material);

        // A slot by less than max(0.3 kW, 20 %): not material; by more: material.
        app::PlanForecasts fresh = planned;
        fresh.baseLoad.values[10] = 0.75;
        QVERIFY(!app::compareForecasts(planned, fresh).material);
        fresh.baseLoad.values[10] = 0.85;
        QVERIFY(app::compareForecasts(planned, fresh).material);
        QVERIFY2(app::compareForecasts(planned, fresh).why.contains(u"base load slot 10"_s),
                 qPrintable(app::compareForecasts(planned, fresh).why));
        // 20 % of a large value: 5 kW may move by 1 kW.
        app::PlanForecasts sunny = flat(utc(20, 8), 96, 5.0, 0.5);
        fresh = sunny;
        fresh.pv.values[40] = 5.9;
        QVERIFY(!app::compareForecasts(sunny, fresh).material);

        // Energy over the horizon, by more than max(0.5 kWh, 5 %): 24 kWh of PV may move by 1.2 kWh. Every
        // slot 0.04 kW more is 0.96 kWh (not material), 0.07 kW more is 1.68 kWh (material).
        fresh = planned;
        for (double &kw : fresh.pv.values)
            kw += 0.04;
        QVERIFY(!app::compareForecasts(planned, fresh).material);
        for (double &kw : fresh.pv.values)
            kw += 0.03;
        QVERIFY(app::compareForecasts(planned, fresh).material);
        QVERIFY(app::compareForecasts(planned, fresh).why.contains(u"pv energy"_s));

        // A source change is material even with the same values.
        fresh = planned;
        fresh.baseLoad.source = forecast::Source::Fallback;
        QVERIFY(app::compareForecasts(planned, fresh).material);
        fresh = planned;
        fresh.carbon.source = forecast::Source::Profile;
        QVERIFY(app::compareForecasts(planned, fresh).material);

        // Fresh forecasts a slot later compare on the slots both cover.
        fresh = flat(utc(20, 8, 15), 95, 1.0, 0.5);
        QVERIFY(!app::compareForecasts(planned, fresh).material);
        fresh.baseLoad.values[0] = 2.0; // the planned forecast's slot 1
        QVERIFY(app::compareForecasts(planned, fresh).material);
    }

    void replansOnlyOnMaterialChange()
    {
        appendHistory(utc(13, 0), m_clock->nowMs(), [](qint64 t) { return homeKw(t); });
        QVERIFY(m_store->waitForFlushed());
        m_planner = std::make_unique<app::Planner>(*m_household, *m_store, QString());
        m_planner->setDebounceInterval(std::chrono::milliseconds(50));
        m_planner->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_planner->outcome() && !m_planner->isPlanning(), 20'000);
        QSignalSpy plans(m_planner.get(), &app::Planner::planChanged);
        QSignalSpy updates(&m_planner->forecasts(), &app::ForecastService::forecastsUpdated);

        // The next slot, as the days before: its own plan, and fresh forecasts that change nothing material.
        appendHistory(m_clock->nowMs(), utc(20, 8, 15), [](qint64 t) { return homeKw(t); });
        QVERIFY(m_store->waitForFlushed());
        m_clock->advanceTo(utc(20, 8, 15));
        QTRY_VERIFY_WITH_TIMEOUT(updates.size() == 1 && !m_planner->isPlanning(), 20'000);
        QTest::qWait(200);
        QCOMPARE(plans.size(), 1);
        QVERIFY2(m_planner->lastForecastChange().isEmpty(), qPrintable(m_planner->lastForecastChange()));
        // Its plan is on the fresh slot's forecasts.
        QCOMPARE(m_planner->outcome()->built.startMs, utc(20, 8, 15));

        // The home suddenly draws 4 kW more: the next forecasts move the plan's inputs, and it plans again at
        // once rather than at the next slot.
        appendHistory(utc(20, 8, 15), utc(20, 8, 30), [](qint64 t) { return homeKw(t) + 4.0; });
        QVERIFY(m_store->waitForFlushed());
        m_clock->advanceTo(utc(20, 8, 30));
        QTRY_VERIFY_WITH_TIMEOUT(updates.size() == 2 && plans.size() >= 3 && !m_planner->isPlanning(),
                                 20'000);
        QVERIFY2(m_planner->lastForecastChange().contains(u"base load"_s),
                 qPrintable(m_planner->lastForecastChange()));
        const app::PlanForecasts &used = *m_planner->outcome()->built.forecasts;
        QCOMPARE(used.nowMs, m_planner->forecasts().forecasts()->nowMs); // the service's, not re-made
    }

    void accuracyOnASimulatedClock()
    {
        // A week of history, then a day and a bit slot by slot, as the app would live.
        const qint64 start = utc(20, 9);
        appendHistory(start - 7 * kDayMs, start, [](qint64 t) { return homeKw(t); });
        QVERIFY(m_store->waitForFlushed());
        app::ForecastService service(*m_household, *m_store);
        m_clock->advanceTo(start);
        service.start();
        QSignalSpy updates(&service, &app::ForecastService::forecastsUpdated);

        // What each slot's forecast said for the slot 1 h ahead, by that slot's start.
        QMap<qint64, double> saidOneHourAhead;
        const qint64 end = start + 29 * kHourMs;
        for (qint64 now = start; now <= end; now += kSlotMs) {
            if (now > m_clock->nowMs()) {
                appendHistory(m_clock->nowMs(), now, [](qint64 t) { return homeKw(t); });
                QVERIFY(m_store->waitForFlushed());
                m_clock->advanceTo(now);
            }
            const qsizetype before = updates.size();
            service.refresh(now, {});
            QVERIFY(updates.wait(20'000) || updates.size() > before);
            const app::PlanForecasts &f = *service.forecasts();
            QCOMPARE(f.nowMs, now);
            saidOneHourAhead.insert(now + kHourMs, f.baseLoad.values.at(std::size_t(kHourMs / kSlotMs)));
        }

        // Independently: the 1-hour-ahead error of every slot that has happened, and yesterday's.
        double expectedError = 0.0;
        double expectedPersistence = 0.0;
        int compared = 0;
        for (auto it = saidOneHourAhead.cbegin(); it != saidOneHourAhead.cend(); ++it) {
            if (it.key() + kSlotMs > end)
                continue;
            const double actual = homeKw(it.key());
            expectedError += std::abs(it.value() - actual) * 0.25;
            expectedPersistence += std::abs(homeKw(it.key() - kDayMs) - actual) * 0.25;
            ++compared;
        }
        QVERIFY(compared >= 90);
        const forecast::AccuracySummary oneHour = service.accuracy(forecast::Quantity::BaseLoad, 1, 7);
        QCOMPARE(oneHour.days, 2);
        // Days 20 (from 10:00) and 21 (to 14:00): more than half of each compared, each scaled to 96 slots.
        // Yesterday-as-forecast is 0.5 kW off all day (alternating days): 12 kWh/day.
        QVERIFY2(std::abs(oneHour.persistenceKwhPerDay - 12.0) < 1e-6,
                 qPrintable(QString::number(oneHour.persistenceKwhPerDay)));
        QVERIFY(std::abs(expectedPersistence / compared * 96 - 12.0) < 1e-6);
        QVERIFY(oneHour.skill <= 1.0);

        // What the store kept matches: the sums of every compared slot.
        const auto rows = [&] {
            std::optional<QList<storage::ForecastErrorDay>> result;
            QObject context;
            m_store->queryForecastErrors(QDate(2026, 6, 1), &context,
                                         [&](const QList<storage::ForecastErrorDay> &r) { result = r; });
            [&] { QTRY_VERIFY(result.has_value()); }();
            return result.value_or(QList<storage::ForecastErrorDay>());
        }();
        double storedError = 0.0;
        double storedPersistence = 0.0;
        qint64 storedSlots = 0;
        for (const storage::ForecastErrorDay &row : rows) {
            if (row.quantity == u"baseLoad"_s && row.horizonHours == 1) {
                storedError += row.errorKwh;
                storedPersistence += row.persistenceKwh;
                storedSlots += row.slotCount;
            }
        }
        QCOMPARE(storedSlots, qint64(compared));
        QVERIFY2(std::abs(storedError - expectedError) < 1e-9,
                 qPrintable(u"%1 vs %2"_s.arg(storedError).arg(expectedError)));
        QVERIFY(std::abs(storedPersistence - expectedPersistence) < 1e-9);
        // 24 h ahead: the first day's forecasts, compared from the next day on (5 hours of it so far: stored,
        // not yet a day to show).
        qint64 dayAheadSlots = 0;
        for (const storage::ForecastErrorDay &row : rows) {
            if (row.quantity == u"baseLoad"_s && row.horizonHours == 24)
                dayAheadSlots += row.slotCount;
        }
        QCOMPARE(dayAheadSlots, qint64(20));
        QVERIFY(!service.accuracy(forecast::Quantity::BaseLoad, 24, 7).valid());
        // PV: the array made nothing in this history, and the forecasts were told so by it.
        QVERIFY(service.accuracy(forecast::Quantity::Pv, 1, 7).valid());

        // A restart reads them back from the store; the Plan page's text and chart follow.
        app::ForecastService again(*m_household, *m_store);
        QSignalSpy loaded(&again, &app::ForecastService::accuracyChanged);
        again.start();
        QVERIFY(loaded.wait(10'000));
        const forecast::AccuracySummary reread = again.accuracy(forecast::Quantity::BaseLoad, 1, 7);
        QCOMPARE(reread.days, oneHour.days);
        QVERIFY(std::abs(reread.errorKwhPerDay - oneHour.errorKwhPerDay) < 1e-9);
        QVERIFY(std::abs(reread.skill - oneHour.skill) < 1e-9);
        const std::vector<double> chart = again.dailyErrors(forecast::Quantity::BaseLoad, 1, 14);
        QCOMPARE(chart.size(), std::size_t(14));
        QVERIFY(std::isnan(chart.front()));
        QVERIFY(std::isfinite(chart.back()));
    }

    void yearOfHistoryIsReadIncrementally()
    {
        // A year of PV and meter readings every 5 minutes: the first refresh reads it (hourly rollups for the
        // part older than six weeks), the next only what is new.
        const qint64 now = m_clock->nowMs();
        std::vector<storage::Reading> readings;
        for (qint64 t = now - 365 * kDayMs; t < now; t += 5 * kMinuteMs) {
            const int hour = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
            const double sun = hour >= 8 && hour < 18 ? 3.0 : 0.0;
            readings.push_back({m_meter, t, homeKw(t) - sun});
            readings.push_back({m_pv, t, sun});
        }
        m_store->append(readings);
        QVERIFY(m_store->waitForFlushed());

        app::LoadHistoryReader reader(*m_household, *m_store);
        QSignalSpy refreshed(&reader, &app::LoadHistoryReader::refreshed);
        reader.refresh(now, {});
        QVERIFY(refreshed.wait(60'000));
        const double firstMs = reader.lastRefreshMs();
        const std::shared_ptr<const app::LoadHistory> first = reader.history();
        const app::LoadHistory &year = *first;
        QVERIFY(year.hasPv);
        QCOMPARE(year.pv.stepMs, forecast::kBucketMs);
        QVERIFY(year.pv.endMs() == now - now % forecast::kBucketMs);
        QVERIFY(year.pv.kw.size() >= std::size_t(364 * 288));
        // Old hours are spread over their buckets; recent buckets are their own.
        const auto oldBucket =
            std::size_t((utc(20, 8) - 200 * kDayMs - year.pv.startMs) / forecast::kBucketMs);
        QCOMPARE(year.pv.kw[oldBucket + 6], 3.0);
        QCOMPARE(year.base.kw.size(), std::size_t(30 * 288));
        QVERIFY(std::abs(year.base.kw.back() - homeKw(year.base.endMs() - forecast::kBucketMs)) < 1e-9);

        // The next slot: only its buckets are read.
        m_store->append(storage::Reading{m_pv, now + 10 * kMinuteMs, 1.5});
        QVERIFY(m_store->waitForFlushed());
        reader.refresh(now + 15 * kMinuteMs, {});
        QVERIFY(refreshed.wait(60'000));
        const double nextMs = reader.lastRefreshMs();
        QCOMPARE(reader.history()->pv.kw.back(), 1.5);
        // The year slides: three buckets more at the end, three fewer at the start.
        QCOMPARE(reader.history()->pv.startMs, year.pv.startMs + 3 * forecast::kBucketMs);
        QCOMPARE(reader.history()->pv.kw.size(), year.pv.kw.size());

        // For docs/planning.md: the same year read all in 5-minute rollups.
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        m_store->queryRollups(m_pv, storage::Resolution::FiveMinutes, now - 365 * kDayMs, now, this,
                              [&done](const QList<storage::Rollup> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60'000);
        qInfo("a year of history: first refresh %.0f ms (PV hourly then 5-minute, base, signals), next slot "
              "%.1f ms; the PV year alone in 5-minute rollups %lld ms",
              firstMs, nextMs, static_cast<long long>(timer.elapsed()));
    }

private:
    // Minute readings of the meter (the home less nothing: no PV) and of PV at 0, over [fromMs, toMs).
    template<typename Home> void appendHistory(qint64 fromMs, qint64 toMs, Home home)
    {
        for (qint64 t = fromMs; t < toMs; t += kMinuteMs) {
            m_store->append({m_meter, t, home(t)});
            m_store->append({m_pv, t, 0.0});
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::ReadingsStore> m_store;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<app::Household> m_household;
    std::unique_ptr<PlannerPlugin> m_plugin;
    std::unique_ptr<app::Planner> m_planner;
    storage::ChannelId m_meter = 0;
    storage::ChannelId m_pv = 0;
};

QTEST_GUILESS_MAIN(TestForecastService)
#include "tst_forecastservice.moc"
