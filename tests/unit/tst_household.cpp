// Household wiring: device readings reach the store under their channels, the power flow follows them,
// today's totals come from the counters, and readings from a device with a wrong clock are kept out.
#include "dashboardmodel.h"
#include "household.h"

#include "../support/manualplugin.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commonwatt;
using commonwatt::testing::ManualPlugin;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

class TestHousehold : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(u"test.db"_s)), qPrintable(m_store.errorString()));
    }
    void cleanup() { m_store.close(); }

    void readingsFlowToStoreAndPowerFlow()
    {
        const QTimeZone zone = QTimeZone::utc();
        const qint64 midnight = QDateTime(QDate(2026, 4, 1), QTime(0, 0), zone).toMSecsSinceEpoch();
        SimulatedClock clock(midnight + 10 * kHourMs);
        app::Household household(clock, m_store, zone);
        ManualPlugin plugin;
        QString error;
        QVERIFY2(household.addDevices(plugin, {}, &error), qPrintable(error));
        QCOMPARE(household.devices().size(), 3);

        QSignalSpy flowChanged(&household, &app::Household::powerFlowChanged);
        // Yesterday's last counter values, then today's.
        emit plugin.meter->readingsReady({{1, midnight - 1000, 100.0}, {2, midnight - 1000, 50.0}});
        emit plugin.pv->readingsReady({{1, midnight - 1000, 400.0}});
        const qint64 now = clock.nowMs();
        emit plugin.meter->readingsReady({{0, now, 1.5}, {1, now, 103.25}, {2, now, 52.0}});
        emit plugin.pv->readingsReady({{0, now, 2.0}, {1, now, 406.5}});
        // Two devices reported in one turn of the event loop: the UI hears of it once.
        QTRY_COMPARE(flowChanged.size(), 1);
        QCOMPARE(household.powerFlow().grid.value(), 1.5);
        QCOMPARE(household.powerFlow().pv.value(), 2.0);
        QCOMPARE(household.powerFlow().house.value(), 3.5);

        QVERIFY(m_store.waitForFlushed());
        QSignalSpy totalsChanged(&household, &app::Household::totalsChanged);
        household.refreshTotals();
        QVERIFY(totalsChanged.wait());
        const app::EnergyTotals &today = household.todayTotals();
        QCOMPARE(today.dayStartMs, midnight);
        QCOMPARE(today.gridImport.value(), 3.25);
        QCOMPARE(today.gridExport.value(), 2.0);
        QCOMPARE(today.pv.value(), 6.5);
        QCOMPARE(today.house().value(), 6.5 + 3.25 - 2.0);
        QCOMPARE(today.selfSufficiency(), 1.0 - 3.25 / 7.75);

        // Readings were stored under the channels the store knows by device and name.
        QCOMPARE(m_store.channel(u"grid"_s, u"import_energy"_s, u"kWh"_s),
                 m_store.channel(u"grid"_s, u"import_energy"_s, u"kWh"_s));
        bool delivered = false;
        QList<storage::Rollup> raw;
        m_store.queryRollups(m_store.channel(u"pv"_s, u"energy"_s, u"kWh"_s), storage::Resolution::Raw,
                             midnight - kHourMs, now + 1, this, [&](QList<storage::Rollup> rows) {
                                 raw = std::move(rows);
                                 delivered = true;
                             });
        QTRY_VERIFY(delivered);
        QCOMPARE(raw.size(), 2);
        QCOMPARE(raw.at(1).last, 406.5);
    }

    void futureReadingsAreKeptOut()
    {
        SimulatedClock clock(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        app::Household household(clock, m_store, QTimeZone::utc());
        ManualPlugin plugin;
        QString error;
        QVERIFY(household.addDevices(plugin, {}, &error));
        const qint64 now = clock.nowMs();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"future"_s));
        // A year ahead: would make retention prune everything else. A minute ahead: ordinary clock skew.
        emit plugin.pv->readingsReady({{0, now + 365LL * 24 * kHourMs, 9.0}});
        emit plugin.pv->readingsReady({{0, now + 60'000, 1.0}});
        QCOMPARE(household.powerFlow().pv.value(), 1.0);
        QVERIFY(m_store.waitForFlushed());
        qint64 latest = 0;
        m_store.queryLatestTimestamp(this, [&](qint64 value) { latest = value; });
        QTRY_COMPARE(latest, now + 60'000);
    }

    void gridSignalForecastGivesTimeAdvice()
    {
        constexpr qint64 slotMs = 15 * 60 * 1000;
        const qint64 start = QDateTime(QDate(2026, 1, 14), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();
        SimulatedClock clock(start + 60'000);
        app::Household household(clock, m_store, QTimeZone::utc());
        ManualPlugin plugin;
        QString error;
        QVERIFY(household.addDevices(plugin, {}, &error));
        app::DashboardModel dashboard(household, u"test"_s);
        QCOMPARE(dashboard.timeRating(), QString()); // no signals yet: no advice

        // A dirty, stressed evening now (an event from 17:00), a clean night from 23:00.
        QList<DeviceReading> forecast;
        for (int i = 0; i < 96; ++i) {
            const qint64 t = start + i * slotMs;
            const bool night = i >= 28 && i < 60; // 23:00 .. 07:00
            forecast.append({0, t, night ? 150.0 : 520.0});
            forecast.append({1, t, night ? -0.4 : 0.35});
            forecast.append({2, t, (i >= 4 && i < 12) ? 2.0 : 0.0});
        }
        QSignalSpy changed(&dashboard, &app::DashboardModel::adviceChanged);
        emit plugin.gridSignals->forecastReady(start, forecast);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(household.signalForecast().size(), 96);
        QCOMPARE(household.signalForecast().at(4).signal.eventLevel, 2);
        QCOMPARE(household.signalForecast().at(0).signal.s, 350);
        QCOMPARE(dashboard.timeRating(), u"poor"_s);
        QCOMPARE(dashboard.nextBetterTime(), u"23:00"_s);

        // In the night it is a good time, and nothing is better.
        clock.advanceTo(start + 30 * slotMs);
        QCOMPARE(dashboard.timeRating(), u"good"_s);
        QCOMPARE(dashboard.nextBetterTime(), QString());

        // A new forecast replaces the old one from its first slot on.
        emit plugin.gridSignals->forecastReady(start + 30 * slotMs, {{0, start + 30 * slotMs, 400.0}});
        QCOMPARE(household.signalForecast().size(), 31);
    }

    void pluginErrorsArePassedOn()
    {
        SimulatedClock clock(0);
        app::Household household(clock, m_store, QTimeZone::utc());
        ManualPlugin plugin;
        QString error;
        QVERIFY(!household.addDevices(plugin, QJsonObject{{"broken"_L1, true}}, &error));
        QVERIFY2(error.contains(u"broken"_s), qPrintable(error));
        QVERIFY(household.devices().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    storage::ReadingsStore m_store;
};

QTEST_GUILESS_MAIN(TestHousehold)
#include "tst_household.moc"
