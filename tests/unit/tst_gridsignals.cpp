// The simulator's grid-signal source: the region's carbon intensity, renewable share and grid need per
// 15-minute slot, and demand-response events (docs/currency.md, sections 2 and 5). Properties, not copied
// outputs: ranges over a year, daily and seasonal shapes, determinism, events, and the `grid-signals`
// device that reports once per slot and publishes a forecast of the same values.
// Qt 6.4's moc cannot parse <compare>, <concepts> or <numbers>, which the model pulls in; it needs none of
// them.
#ifndef Q_MOC_RUN
#include "gridsignals.h"
#include "householdconfig.h"
#include "simulatedhousehold.h"
#include "weather.h"
#endif

#include "domain/clock.h"
#include "simulatortesthelpers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTest>

#include <cmath>
#include <map>
#include <vector>

using namespace commonwatt;
using namespace commonwatt::simulator;
using namespace commonwatt::testing;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 slotMs = 15 * 60 * 1000;
constexpr qint64 hourMs = 3'600'000;

struct Mean
{
    double sum = 0.0;
    qint64 count = 0;
    void add(double value)
    {
        sum += value;
        ++count;
    }
    [[nodiscard]] double value() const { return count > 0 ? sum / static_cast<double>(count) : std::nan(""); }
};

[[nodiscard]] double hourOf(qint64 ms)
{
    const QTime time = local(ms).time();
    return time.hour() + time.minute() / 60.0;
}

[[nodiscard]] qint64 localDayOf(qint64 ms)
{
    return local(ms).date().toJulianDay() - 2'440'588;
}

// A year of slots for the default household, computed once for the tests that look at shapes.
struct Year
{
    std::vector<GridSignalSlot> timeline; // not `slots`: that is a Qt macro
    std::map<qint64, GridEvent> events;   // by local day
};
const Year &year2024()
{
    static const Year year = [] {
        Year result;
        GridSignalModel model{HouseholdConfig{}};
        for (qint64 t = localMs(QDate(2024, 1, 1)); t < localMs(QDate(2025, 1, 1)); t += slotMs)
            result.timeline.push_back(model.slotAt(t));
        for (qint64 day = localDayOf(localMs(QDate(2024, 1, 1)));
             day < localDayOf(localMs(QDate(2025, 1, 1))); ++day) {
            if (const auto event = model.eventOn(day))
                result.events[day] = *event;
        }
        return result;
    }();
    return year;
}

[[nodiscard]] bool sameSlot(const GridSignalSlot &a, const GridSignalSlot &b)
{
    return a.startMs == b.startMs && a.carbonIntensity == b.carbonIntensity &&
           a.renewableShare == b.renewableShare && a.gridNeed == b.gridNeed && a.eventLevel == b.eventLevel;
}

// What the `grid-signals` device says, slot by slot.
struct Heard
{
    QList<QList<DeviceReading>> readings;
    QList<std::pair<qint64, QList<DeviceReading>>> forecasts;
};
void listen(Device *device, Heard &heard)
{
    QObject::connect(device, &Device::readingsReady, device,
                     [&heard](const QList<DeviceReading> &readings) { heard.readings.append(readings); });
    QObject::connect(device, &Device::forecastReady, device,
                     [&heard](qint64 fromMs, const QList<DeviceReading> &forecast) {
                         heard.forecasts.append({fromMs, forecast});
                     });
}
} // namespace

class TestGridSignals : public QObject
{
    Q_OBJECT

private slots:
    void valuesStayInRangeOverAYear()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        const Year &year = year2024();
        qInfo("a year of slots took %.2f s", static_cast<double>(elapsed.elapsed()) / 1000.0);
        QCOMPARE(year.timeline.size(), std::size_t(366 * 96));
        Mean g, r, s;
        for (const GridSignalSlot &slot : year.timeline) {
            VERIFY_OR_SAY(slot.startMs % slotMs == 0, local(slot.startMs).toString());
            VERIFY_OR_SAY(slot.carbonIntensity >= 0.0 && slot.carbonIntensity < 800.0,
                          QString::number(slot.carbonIntensity));
            VERIFY_OR_SAY(slot.renewableShare >= 0.0 && slot.renewableShare <= 1.0,
                          QString::number(slot.renewableShare));
            VERIFY_OR_SAY(slot.gridNeed >= -1.0 && slot.gridNeed <= 1.0, QString::number(slot.gridNeed));
            VERIFY_OR_SAY(slot.eventLevel >= 0 && slot.eventLevel <= 3, QString::number(slot.eventLevel));
            g.add(slot.carbonIntensity);
            r.add(slot.renewableShare);
            s.add(slot.gridNeed);
        }
        qInfo("2024 means: g %.0f g/kWh, r %.2f, s %.2f", g.value(), r.value(), s.value());
        QVERIFY(g.value() > 200.0 && g.value() < 450.0);
        QVERIFY(r.value() > 0.3 && r.value() < 0.65);
    }

    void summerMiddaysAreCleanerThanWinterEvenings()
    {
        Mean summerG, summerR, winterG, winterR;
        for (const GridSignalSlot &slot : year2024().timeline) {
            const int month = local(slot.startMs).date().month();
            const double hour = hourOf(slot.startMs);
            if (month >= 6 && month <= 8 && hour >= 11.0 && hour < 15.0) {
                summerG.add(slot.carbonIntensity);
                summerR.add(slot.renewableShare);
            } else if ((month == 12 || month <= 2) && hour >= 17.0 && hour < 20.0) {
                winterG.add(slot.carbonIntensity);
                winterR.add(slot.renewableShare);
            }
        }
        qInfo("summer middays: g %.0f, r %.2f; winter evenings: g %.0f, r %.2f", summerG.value(),
              summerR.value(), winterG.value(), winterR.value());
        QVERIFY(summerG.value() < winterG.value() - 100.0);
        QVERIFY(summerR.value() > winterR.value() + 0.15);
    }

    void intensityFallsAsTheRenewableShareRises()
    {
        Mean g, r;
        for (const GridSignalSlot &slot : year2024().timeline) {
            g.add(slot.carbonIntensity);
            r.add(slot.renewableShare);
        }
        double covariance = 0.0, varianceG = 0.0, varianceR = 0.0;
        for (const GridSignalSlot &slot : year2024().timeline) {
            const double dg = slot.carbonIntensity - g.value();
            const double dr = slot.renewableShare - r.value();
            covariance += dg * dr;
            varianceG += dg * dg;
            varianceR += dr * dr;
        }
        const double correlation = covariance / std::sqrt(varianceG * varianceR);
        qInfo("correlation of g and r: %.3f", correlation);
        QVERIFY(correlation < -0.9);
    }

    void needPeaksInWinterEveningsAndGoesNegativeAtSunnySummerMiddays()
    {
        Mean winterEvening, winterMidday, sunnySummerMidday, summerEvening, night;
        const HouseholdConfig config;
        for (const GridSignalSlot &slot : year2024().timeline) {
            const QDate date = local(slot.startMs).date();
            const int month = date.month();
            const double hour = hourOf(slot.startMs);
            const bool winter = month == 12 || month <= 2;
            const bool summer = month >= 6 && month <= 8;
            if (winter && hour >= 17.0 && hour < 20.0)
                winterEvening.add(slot.gridNeed);
            if (winter && hour >= 11.0 && hour < 15.0)
                winterMidday.add(slot.gridNeed);
            if (summer && hour >= 17.0 && hour < 20.0)
                summerEvening.add(slot.gridNeed);
            if (hour >= 1.0 && hour < 5.0)
                night.add(slot.gridNeed);
            if (summer && hour >= 11.0 && hour < 15.0) {
                // The household's own sky: a clear day at the house is a sunny day in the region.
                const DateInfo info = DateInfo::of(localDayOf(slot.startMs));
                if (dayWeather(config.seed, info, winterness(info, config.latitudeDeg)).sky == Sky::Clear)
                    sunnySummerMidday.add(slot.gridNeed);
            }
        }
        qInfo("s: winter evening %.2f, winter midday %.2f, summer evening %.2f, sunny summer midday %.2f "
              "(%lld slots), night %.2f",
              winterEvening.value(), winterMidday.value(), summerEvening.value(), sunnySummerMidday.value(),
              static_cast<long long>(sunnySummerMidday.count), night.value());
        QVERIFY(winterEvening.value() > winterMidday.value() + 0.2);
        QVERIFY(winterEvening.value() > 0.2);
        QVERIFY(winterEvening.value() > summerEvening.value());
        QVERIFY(sunnySummerMidday.count > 100);
        QVERIFY(sunnySummerMidday.value() < -0.3);
        QVERIFY(std::abs(night.value()) < 0.5);
    }

    void windPersistsForDays()
    {
        // Daily mean renewable share in winter nights (no sun): mostly wind. Neighbouring days correlate.
        std::map<qint64, Mean> nights;
        for (const GridSignalSlot &slot : year2024().timeline) {
            const int month = local(slot.startMs).date().month();
            const double hour = hourOf(slot.startMs);
            if ((month <= 3 || month >= 10) && hour < 5.0)
                nights[localDayOf(slot.startMs)].add(slot.renewableShare);
        }
        std::vector<double> series;
        for (const auto &[day, mean] : nights)
            series.push_back(mean.value());
        double mean = 0.0;
        for (double value : series)
            mean += value / static_cast<double>(series.size());
        double lagged = 0.0, variance = 0.0;
        for (std::size_t i = 0; i < series.size(); ++i) {
            variance += (series[i] - mean) * (series[i] - mean);
            if (i > 0)
                lagged += (series[i] - mean) * (series[i - 1] - mean);
        }
        qInfo("day-to-day correlation of night wind: %.2f", lagged / variance);
        QVERIFY(lagged / variance > 0.3);
    }

    void eventsAreRareEveningWeekdayEventsThatLeaveTheNeedToTheReader()
    {
        const Year &year = year2024();
        qsizetype winterEvents = 0;
        for (const auto &[day, event] : year.events) {
            const QDate date = QDate::fromJulianDay(day + 2'440'588);
            QVERIFY2(date.dayOfWeek() <= 5, qPrintable(date.toString()));
            QVERIFY(event.level >= 1 && event.level <= 3);
            if (date.month() >= 11 || date.month() <= 2)
                ++winterEvents;
        }
        QString levels;
        for (const auto &[day, event] : year.events)
            levels += QDate::fromJulianDay(day + 2'440'588).toString(u"MM-dd"_s) + u':' +
                      QString::number(event.level) + u' ';
        qInfo("%zu events in 2024, %lld in winter: %s", year.events.size(),
              static_cast<long long>(winterEvents), qPrintable(levels));
        QVERIFY(year.events.size() >= 3 && year.events.size() <= 30); // on some days, not most
        QVERIFY(winterEvents * 2 > static_cast<qsizetype>(year.events.size()));

        qsizetype eventSlots = 0;
        qsizetype belowFloor = 0;
        for (const GridSignalSlot &slot : year.timeline) {
            const auto event = year.events.find(localDayOf(slot.startMs));
            const double hour = hourOf(slot.startMs);
            const bool inWindow = event != year.events.end() && hour >= 17.0 && hour < 19.0;
            VERIFY_OR_SAY(slot.eventLevel == (inWindow ? event->second.level : 0),
                          local(slot.startMs).toString());
            if (inWindow) {
                ++eventSlots;
                // s is the grid's own need: the event's floor is applied by the reader (settlement, the
                // planner), so that a household that declines an event plans without it.
                if (slot.gridNeed < event->second.minimumNeed())
                    ++belowFloor;
            }
        }
        QCOMPARE(eventSlots, static_cast<qsizetype>(year.events.size()) * 8);
        QVERIFY(belowFloor > 0);
    }

    void theSameSeedGivesTheSameSlotsWheneverItStarted()
    {
        const qint64 march = localMs(QDate(2024, 3, 15), QTime(7, 0));
        GridSignalModel late{HouseholdConfig{}};
        const std::vector<GridSignalSlot> fromLate = late.forecast(march);
        QVERIFY(fromLate.size() >= 96);
        const std::vector<GridSignalSlot> &early = year2024().timeline;
        const auto offset = static_cast<std::size_t>((march - early.front().startMs) / slotMs);
        for (std::size_t i = 0; i < fromLate.size(); ++i)
            QVERIFY(sameSlot(fromLate[i], early[offset + i]));
        // Asking out of order changes nothing either.
        GridSignalModel jumpy{HouseholdConfig{}};
        QVERIFY(sameSlot(jumpy.slotAt(march + 40 * slotMs + 123), early[offset + 40]));
        QVERIFY(sameSlot(jumpy.slotAt(march - 200 * slotMs), early[offset - 200]));
        QVERIFY(sameSlot(jumpy.slotAt(march + 3), early[offset]));

        HouseholdConfig other;
        other.seed = 2;
        GridSignalModel otherSeed{other};
        qsizetype differences = 0;
        for (std::size_t i = 0; i < fromLate.size(); ++i)
            differences +=
                otherSeed.slotAt(fromLate[i].startMs).carbonIntensity != fromLate[i].carbonIntensity;
        QVERIFY(differences > static_cast<qsizetype>(fromLate.size()) / 2);
    }

    void aForecastEndsAtTheNextDaysMidnightAcrossClockChanges()
    {
        GridSignalModel model{HouseholdConfig{}};
        for (const QDate &change : {QDate(2024, 3, 31), QDate(2024, 10, 27)}) {
            for (qint64 t = localMs(change.addDays(-2)); t < localMs(change.addDays(1)); t += slotMs) {
                const std::vector<GridSignalSlot> ahead = model.forecast(t + 1234);
                const QDate today = local(t).date();
                QCOMPARE(ahead.front().startMs, t);
                QCOMPARE(ahead.back().startMs + slotMs, localMs(today.addDays(2)));
                QCOMPARE(qint64(ahead.size()), (localMs(today.addDays(2)) - t) / slotMs);
                for (std::size_t i = 1; i < ahead.size(); ++i)
                    QCOMPARE(ahead[i].startMs, ahead[i - 1].startMs + slotMs);
            }
        }
    }

    void theDeviceReportsOncePerSlotAndForecastsWhatItLaterReports()
    {
        const qint64 start = localMs(QDate(2024, 1, 16), QTime(9, 7, 31)); // between slot starts
        SimulatedClock clock(start);
        SimulatedHousehold household(&clock, HouseholdConfig{});
        Device *device = household.device(u"grid-signals"_s);
        QVERIFY(device);
        QCOMPARE(device->name(), u"Grid signals"_s);
        QCOMPARE(device->kind(), DeviceKind::GridSignal);
        const QList<std::tuple<QString, Quantity, QString>> channels = {
            {u"carbon_intensity"_s, Quantity::CarbonIntensity, u"gCO2/kWh"_s},
            {u"grid_need"_s, Quantity::GridNeed, QString()},
            {u"renewable_share"_s, Quantity::RenewableShare, QString()},
            {u"event_level"_s, Quantity::EventLevel, QString()}};
        QCOMPARE(device->channels().size(), channels.size());
        for (qsizetype c = 0; c < channels.size(); ++c) {
            QCOMPARE(device->channels()[c].name, std::get<0>(channels[c]));
            QCOMPARE(device->channels()[c].quantity, std::get<1>(channels[c]));
            QCOMPARE(device->channels()[c].unit, std::get<2>(channels[c]));
        }
        Heard heard;
        listen(device, heard);
        const qint64 firstSlot = localMs(QDate(2024, 1, 16), QTime(9, 15));
        QCOMPARE(household.nextSlotMs(), firstSlot);
        clock.advanceTo(firstSlot - 1);
        QVERIFY(heard.readings.isEmpty());
        clock.advanceTo(firstSlot);
        QCOMPARE(heard.readings.size(), 1);
        for (int i = 0; i < 26 * 4 * 3; ++i)
            clock.advanceBy(slotMs / 3); // every sample in between, but a report only at slot starts
        clock.advanceBy(5 * hourMs);     // and a jump: every slot in it still gets its report
        const qint64 end = clock.nowMs();

        QCOMPARE(heard.readings.size(), (end - firstSlot) / slotMs + 1);
        QCOMPARE(heard.forecasts.size(), heard.readings.size());
        std::map<qint64, std::array<double, 4>> reported;
        for (qsizetype i = 0; i < heard.readings.size(); ++i) {
            const QList<DeviceReading> &readings = heard.readings[i];
            const qint64 slotStart = firstSlot + i * slotMs;
            QCOMPARE(readings.size(), 4);
            for (qint32 c = 0; c < 4; ++c) {
                QCOMPARE(readings[c].channel, c);
                QCOMPARE(readings[c].timestampMs, slotStart);
                reported[slotStart][static_cast<std::size_t>(c)] = readings[c].value;
            }
            // Every forecast starts with the slot just reported and runs in 15-minute steps to the end of
            // the next local day: at least 24 hours ahead.
            const auto &[fromMs, forecast] = heard.forecasts[i];
            QCOMPARE(fromMs, slotStart);
            QCOMPARE(forecast.size() % 4, 0);
            const qsizetype slotsAhead = forecast.size() / 4;
            QVERIFY(slotsAhead * slotMs >= 24 * hourMs);
            for (qsizetype k = 0; k < forecast.size(); ++k) {
                QCOMPARE(forecast[k].channel, qint32(k % 4));
                QCOMPARE(forecast[k].timestampMs, slotStart + (k / 4) * slotMs);
            }
            const qint64 lastSlot = forecast.last().timestampMs;
            QCOMPARE(localDayOf(lastSlot), localDayOf(slotStart) + 1);
            QCOMPARE(localDayOf(lastSlot + slotMs), localDayOf(slotStart) + 2);
            QCOMPARE(forecast.first().value, readings.first().value);
        }
        // The first forecast, published the day before, said what the device later reported.
        qsizetype compared = 0;
        for (const DeviceReading &expected : heard.forecasts.first().second) {
            const auto it = reported.find(expected.timestampMs);
            if (it == reported.end())
                continue;
            QCOMPARE(it->second[static_cast<std::size_t>(expected.channel)], expected.value);
            ++compared;
        }
        QVERIFY(compared >= 4 * 96);
    }

    void anEventIsInTheForecastTheDayBefore()
    {
        const auto &events = year2024().events;
        QVERIFY(!events.empty());
        const auto &[day, event] = *events.begin();
        const QDate date = QDate::fromJulianDay(day + 2'440'588);
        // Noon the day before: the forecast runs to the end of the event's day.
        SimulatedClock clock(localMs(date.addDays(-1), QTime(12, 0)));
        SimulatedHousehold household(&clock, HouseholdConfig{});
        Heard heard;
        listen(household.device(u"grid-signals"_s), heard);
        clock.advanceBy(1);
        QCOMPARE(heard.forecasts.size(), 1);
        const QList<DeviceReading> &forecast = heard.forecasts.first().second;
        qsizetype announced = 0;
        for (qsizetype k = 0; k < forecast.size(); k += 4) {
            const qint64 t = forecast[k].timestampMs;
            const bool inEvent = localDayOf(t) == day && hourOf(t) >= 17.0 && hourOf(t) < 19.0;
            QCOMPARE(forecast[k + 3].value, inEvent ? double(event.level) : 0.0);
            if (inEvent)
                ++announced;
        }
        QCOMPARE(announced, 8);
    }

    void theSettingSwitchesTheDeviceOff()
    {
        QString error;
        const auto defaults = configFromSettings({}, &error);
        QVERIFY(defaults && defaults->gridSignals);
        const auto off =
            configFromSettings(QJsonDocument::fromJson(R"({"gridSignals": false})").object(), &error);
        QVERIFY2(off, qPrintable(error));
        QVERIFY(!off->gridSignals);
        SimulatedClock clock(localMs(QDate(2024, 1, 16)));
        SimulatedHousehold household(&clock, *off);
        QVERIFY(!household.device(u"grid-signals"_s));
        QCOMPARE(household.devices().size(), 8);
        QVERIFY(household.device(u"grid"_s));
        qsizetype samples = 0;
        connect(household.device(u"grid"_s), &Device::readingsReady, this,
                [&samples](const QList<DeviceReading> &) { ++samples; });
        clock.advanceBy(hourMs);
        QCOMPARE(samples, 721); // the other devices carry on as before
    }

    void aBadSettingNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::newRow("number") << QByteArray(R"({"gridSignals": 1})");
        QTest::newRow("text") << QByteArray(R"({"gridSignals": "yes"})");
        QTest::newRow("null") << QByteArray(R"({"gridSignals": null})");
    }
    void aBadSettingNamesTheField()
    {
        QFETCH(QByteArray, settings);
        QString error;
        QVERIFY(!configFromSettings(QJsonDocument::fromJson(settings).object(), &error));
        QCOMPARE(error, uR"(simulator: "gridSignals" must be true or false)"_s);
    }
};

QTEST_GUILESS_MAIN(TestGridSignals)
#include "tst_gridsignals.moc"
