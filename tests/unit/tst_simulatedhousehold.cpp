// The simulator's Qt driver: the devices the app depends on (ids, kinds, channels, units), one sample per
// boundary of the sample interval on the injected clock, and a simulated year in one run.
// Qt 6.4's moc cannot parse <compare>, <concepts> or <numbers>, which the model pulls in; it needs none of
// them.
#ifndef Q_MOC_RUN
#include "householdsimulator.h"
#include "simulatedhousehold.h"
#endif

#include "domain/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>

using namespace commonwatt;
using namespace commonwatt::simulator;

namespace {
[[nodiscard]] qint64 localMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).toMSecsSinceEpoch();
}

// Every reading of every device, by device id.
class Recorder
{
public:
    explicit Recorder(const SimulatedHousehold &household)
    {
        for (Device *device : household.devices()) {
            QObject::connect(device, &Device::readingsReady, device,
                             [this, id = device->id()](const QList<DeviceReading> &readings) {
                                 m_readings[id].append(readings);
                             });
        }
    }
    [[nodiscard]] const QList<DeviceReading> &of(const QString &id) { return m_readings[id]; }
    [[nodiscard]] qsizetype samples(const QString &id, qsizetype channels)
    {
        return of(id).size() / channels;
    }
    // The value of a channel in every sample, in order.
    [[nodiscard]] QList<double> values(const QString &id, qint32 channel)
    {
        QList<double> result;
        for (const DeviceReading &reading : of(id)) {
            if (reading.channel == channel)
                result.append(reading.value);
        }
        return result;
    }

private:
    std::map<QString, QList<DeviceReading>> m_readings;
};

struct ChannelExpectation
{
    QString name;
    Quantity quantity;
    QString unit;
};
} // namespace

class TestSimulatedHousehold : public QObject
{
    Q_OBJECT

private slots:
    void devicesHaveTheAgreedIdsAndChannels()
    {
        SimulatedClock clock(localMs(QDate(2024, 5, 1)));
        SimulatedHousehold household(&clock, HouseholdConfig{});
        using C = ChannelExpectation;
        const auto power = C{QStringLiteral("power"), Quantity::Power, QStringLiteral("kW")};
        const auto kwh = [](const char *name) {
            return C{QString::fromLatin1(name), Quantity::EnergyCounter, QStringLiteral("kWh")};
        };
        const auto flag = [](const char *name) {
            return C{QString::fromLatin1(name), Quantity::Flag, QString()};
        };
        const auto soc = C{QStringLiteral("soc"), Quantity::StateOfCharge, QStringLiteral("%")};
        const std::vector<std::tuple<QString, QString, DeviceKind, std::vector<C>>> expected = {
            {QStringLiteral("grid"),
             QStringLiteral("Grid meter"),
             DeviceKind::Meter,
             {power, kwh("import_energy"), kwh("export_energy")}},
            {QStringLiteral("pv"), QStringLiteral("Solar"), DeviceKind::PvInverter, {power, kwh("energy")}},
            {QStringLiteral("battery"),
             QStringLiteral("Home battery"),
             DeviceKind::Battery,
             {power, soc, kwh("charge_energy"), kwh("discharge_energy")}},
            {QStringLiteral("ev"),
             QStringLiteral("Electric car"),
             DeviceKind::EvCharger,
             {power, soc, flag("plugged"), kwh("energy")}},
            {QStringLiteral("washer"),
             QStringLiteral("Washing machine"),
             DeviceKind::Appliance,
             {power, flag("running")}},
            {QStringLiteral("dishwasher"),
             QStringLiteral("Dishwasher"),
             DeviceKind::Appliance,
             {power, flag("running")}},
            {QStringLiteral("dryer"),
             QStringLiteral("Tumble dryer"),
             DeviceKind::Appliance,
             {power, flag("running")}},
            {QStringLiteral("water-heater"),
             QStringLiteral("Water heater"),
             DeviceKind::ThermalLoad,
             {power, C{QStringLiteral("temperature"), Quantity::Temperature, QStringLiteral("degC")}}},
            {QStringLiteral("grid-signals"),
             QStringLiteral("Grid signals"),
             DeviceKind::GridSignal,
             {C{QStringLiteral("carbon_intensity"), Quantity::CarbonIntensity, QStringLiteral("gCO2/kWh")},
              C{QStringLiteral("grid_need"), Quantity::GridNeed, QString()},
              C{QStringLiteral("renewable_share"), Quantity::RenewableShare, QString()},
              C{QStringLiteral("event_level"), Quantity::EventLevel, QString()}}},
        };
        const QList<Device *> devices = household.devices();
        QCOMPARE(devices.size(), qsizetype(expected.size()));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto &[id, name, kind, channels] = expected[i];
            const Device *device = devices[static_cast<qsizetype>(i)];
            QCOMPARE(device->id(), id);
            QCOMPARE(device->name(), name);
            QCOMPARE(device->kind(), kind);
            QCOMPARE(device->parent(), &household);
            QCOMPARE(device->channels().size(), qsizetype(channels.size()));
            for (std::size_t c = 0; c < channels.size(); ++c) {
                const ChannelSpec &spec = device->channels()[static_cast<qsizetype>(c)];
                QCOMPARE(spec.name, channels[c].name);
                QCOMPARE(spec.quantity, channels[c].quantity);
                QCOMPARE(spec.unit, channels[c].unit);
            }
        }
    }

    void withoutBatteryOrCarThoseDevicesAreMissing()
    {
        SimulatedClock clock(localMs(QDate(2024, 5, 1)));
        HouseholdConfig config;
        config.batteryCapacity = KilowattHours(0.0);
        config.evCapacity = KilowattHours(0.0);
        SimulatedHousehold household(&clock, config);
        QVERIFY(household.device(QStringLiteral("grid")));
        QVERIFY(!household.device(QStringLiteral("battery")));
        QVERIFY(!household.device(QStringLiteral("ev")));
        QCOMPARE(household.devices().size(), 7); // with grid signals
    }

    void firstSampleIsAtTheFirstBoundaryAfterCreation()
    {
        const qint64 start = 1'700'000'002'300; // 2.3 s past a 5 s boundary
        SimulatedClock clock(start);
        SimulatedHousehold household(&clock, HouseholdConfig{});
        Recorder recorder(household);
        QCOMPARE(household.nextSampleMs(), 1'700'000'005'000);
        clock.advanceTo(1'700'000'004'999);
        QCOMPARE(recorder.of(QStringLiteral("grid")).size(), 0);
        clock.advanceTo(1'700'000'005'000);
        for (Device *device : household.devices()) {
            if (device->kind() == DeviceKind::GridSignal)
                continue; // reports at 15-minute slot starts instead (tst_gridsignals)
            const QList<DeviceReading> &readings = recorder.of(device->id());
            QCOMPARE(readings.size(), device->channels().size()); // one sample: every channel once
            for (qsizetype c = 0; c < readings.size(); ++c) {
                QCOMPARE(readings[c].channel, qint32(c));
                QCOMPARE(readings[c].timestampMs, 1'700'000'005'000);
            }
        }
    }

    void aClockOnABoundaryGetsThatSampleOnItsNextTick()
    {
        SimulatedClock clock(1'700'000'000'000);
        SimulatedHousehold household(&clock, HouseholdConfig{});
        Recorder recorder(household);
        clock.advanceBy(1);
        QCOMPARE(recorder.samples(QStringLiteral("pv"), 2), 1);
        QCOMPARE(recorder.of(QStringLiteral("pv")).first().timestampMs, 1'700'000'000'000);
    }

    void noSampleWithoutTimeAdvancing()
    {
        SimulatedClock clock(1'700'000'000'000);
        SimulatedHousehold household(&clock, HouseholdConfig{});
        Recorder recorder(household);
        clock.advanceBy(5000);
        QCOMPARE(recorder.samples(QStringLiteral("grid"), 3), 2);
        emit clock.ticked(clock.nowMs());          // a tick at the same time
        emit clock.ticked(clock.nowMs() - 60'000); // and one from the past
        household.advanceTo(clock.nowMs());
        clock.advanceBy(4999); // not yet at the next boundary
        QCOMPARE(recorder.samples(QStringLiteral("grid"), 3), 2);
        clock.advanceBy(1);
        QCOMPARE(recorder.samples(QStringLiteral("grid"), 3), 3);
    }

    void aJumpStepsThroughEverySampleExactly()
    {
        HouseholdConfig config;
        config.seed = 77;
        const qint64 start = localMs(QDate(2024, 6, 14)) + 6 * 3'600'000;
        SimulatedClock clock(start);
        SimulatedHousehold household(&clock, config);
        Recorder recorder(household);
        clock.advanceBy(3 * 3'600'000);        // three hours in one tick
        const qsizetype samples = 3 * 720 + 1; // both ends are boundaries
        // The same model stepped by hand gives the same readings: nothing skipped, nothing merged.
        HouseholdSimulator reference(config);
        const QList<double> gridPower = recorder.values(QStringLiteral("grid"), 0);
        const QList<double> imported = recorder.values(QStringLiteral("grid"), 1);
        const QList<double> pvEnergy = recorder.values(QStringLiteral("pv"), 1);
        const QList<double> washer = recorder.values(QStringLiteral("washer"), 0);
        QCOMPARE(gridPower.size(), samples);
        QCOMPARE(washer.size(), samples);
        qsizetype i = 0;
        for (const DeviceReading &reading : recorder.of(QStringLiteral("pv"))) {
            if (reading.channel == 0) {
                QCOMPARE(reading.timestampMs, start + i * 5000);
                ++i;
            }
        }
        for (i = 0; i < samples; ++i) {
            const HouseholdSnapshot s = reference.step(start + i * 5000, std::chrono::seconds(5));
            QCOMPARE(gridPower[i], s.grid().value());
            QCOMPARE(imported[i], s.importEnergy.value());
            QCOMPARE(pvEnergy[i], s.pvEnergy.value());
            QCOMPARE(washer[i], s.appliances[0].value());
        }
        QVERIFY(pvEnergy.last() > 1.0); // a June morning
    }

    void aReceiverMayAdvanceTheClock()
    {
        SimulatedClock clock(1'700'000'000'000);
        SimulatedHousehold household(&clock, HouseholdConfig{});
        QList<qint64> timestamps;
        connect(household.device(QStringLiteral("grid")), &Device::readingsReady, this,
                [&](const QList<DeviceReading> &readings) {
                    timestamps.append(readings.first().timestampMs);
                    if (timestamps.size() == 1)
                        clock.advanceBy(20'000); // re-enters advanceTo() through ticked()
                });
        clock.advanceBy(1);
        QCOMPARE(timestamps.size(), 5);
        for (qsizetype i = 0; i < timestamps.size(); ++i)
            QCOMPARE(timestamps[i], 1'700'000'000'000 + i * 5000);
    }

    void aSimulatedYearAtTenSecondSamples()
    {
        HouseholdConfig config;
        config.sampleInterval = std::chrono::seconds(10);
        const qint64 start = localMs(QDate(2023, 1, 1));
        const qint64 end = localMs(QDate(2024, 1, 1));
        SimulatedClock clock(start);
        SimulatedHousehold household(&clock, config);

        // Integrates each device's power channel independently and keeps its counters' latest values.
        struct Tally
        {
            qint64 samples = 0;
            qint64 lastTimestamp = 0;
            bool evenlySpaced = true;
            long double integratedKwh = 0.0;
            long double integratedNegativeKwh = 0.0; // export, battery discharge
            std::array<double, 4> counters{};        // every device here has at most four channels
        };
        std::map<QString, Tally> tallies;
        for (const QString &id : {QStringLiteral("grid"), QStringLiteral("pv"), QStringLiteral("battery"),
                                  QStringLiteral("ev")}) {
            connect(household.device(id), &Device::readingsReady, this,
                    [tally = &tallies[id]](const QList<DeviceReading> &readings) {
                        const DeviceReading *reading = readings.constData();
                        const qint64 t = reading->timestampMs;
                        tally->evenlySpaced = tally->evenlySpaced &&
                                              (tally->samples == 0 || t == tally->lastTimestamp + 10'000);
                        tally->lastTimestamp = t;
                        ++tally->samples;
                        const double kwh = reading->value * (10.0 / 3600.0);
                        (kwh >= 0.0 ? tally->integratedKwh : tally->integratedNegativeKwh) += kwh;
                        for (qsizetype i = 0; i < readings.size(); ++i)
                            tally->counters[static_cast<std::size_t>(reading[i].channel)] = reading[i].value;
                    });
        }

        QElapsedTimer elapsed;
        elapsed.start();
        while (clock.nowMs() < end)
            clock.advanceBy(3'600'000); // an hour per tick: 360 samples each
        const qint64 ms = elapsed.elapsed();

        const Tally &grid = tallies[QStringLiteral("grid")];
        const Tally &pv = tallies[QStringLiteral("pv")];
        const Tally &battery = tallies[QStringLiteral("battery")];
        const Tally &ev = tallies[QStringLiteral("ev")];
        qInfo("a year at 10 s samples (%lld samples per device) took %.1f s",
              static_cast<long long>(pv.samples), ms / 1000.0);
        qInfo("PV %.0f kWh, import %.0f kWh, export %.0f kWh, EV charged %.0f kWh, battery in %.0f kWh / out "
              "%.0f kWh",
              pv.counters[1], grid.counters[1], grid.counters[2], ev.counters[3], battery.counters[2],
              battery.counters[3]);

        const qint64 expectedSamples = (end - start) / 10'000 + 1; // both ends are boundaries
        for (const auto &[id, tally] : tallies) {
            QCOMPARE(tally.samples, expectedSamples);
            QVERIFY2(tally.evenlySpaced, qPrintable(id));
        }
        // Counters are the integral of the power readings.
        const auto close = [](double counter, long double integrated) {
            return std::abs(counter - static_cast<double>(integrated)) <= 1e-6 * std::max(1.0, counter);
        };
        QVERIFY(close(pv.counters[1], pv.integratedKwh));
        QVERIFY(close(grid.counters[1], grid.integratedKwh));
        QVERIFY(close(grid.counters[2], -grid.integratedNegativeKwh));
        QVERIFY(close(battery.counters[2], battery.integratedKwh));
        QVERIFY(close(battery.counters[3], -battery.integratedNegativeKwh));
        QVERIFY(close(ev.counters[3], ev.integratedKwh));

        // 6 kWp facing south at 52 degrees north makes 850-1,000 kWh per kWp in a year.
        QVERIFY(pv.counters[1] > 4500.0 && pv.counters[1] < 7000.0);
        QVERIFY(grid.counters[1] > 1000.0 && grid.counters[2] > 1000.0);
        // 250 commutes of 8-20 kWh and some weekend trips, through a 92%-efficient charger.
        QVERIFY(ev.counters[3] > 2500.0 && ev.counters[3] < 6000.0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedHousehold)
#include "tst_simulatedhousehold.moc"
