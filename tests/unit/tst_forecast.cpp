// The forecasts (backend/forecast, docs/forecasts.md): fallbacks without history, gaps, faulty readings,
// the seasonal correction, the base load's day types and recent level, the signals' sources, and the
// models' skill on a simulated household against persistence and the flat mean.
// Qt 6.4's moc cannot parse the simulator's C++20 headers; it needs none of them.
#ifndef Q_MOC_RUN
#include "forecastsimulation.h"
#endif
#include "forecast/forecast.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <numeric>
#include <cstdio>

using namespace commonwatt::forecast;
using namespace commonwatt::testing;

namespace {
const QTimeZone &zone()
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return amsterdam;
}
qint64 at(QDate date, QTime time = QTime(0, 0))
{
    return QDateTime(date, time, zone()).toMSecsSinceEpoch();
}
Horizon horizonAt(qint64 nowMs, int slotTotal = 192)
{
    Horizon h;
    h.startMs = nowMs;
    h.nowMs = nowMs;
    h.slotCount = slotTotal;
    h.zone = zone();
    return h;
}
// A history of `days` days before `endMs`, each bucket given by f(utcMs).
template<typename F>
PowerHistory synthetic(qint64 endMs, int days, F &&f)
{
    PowerHistory h;
    h.startMs = endMs - qint64{days} * 86'400'000;
    h.kw.resize(static_cast<std::size_t>(days) * 288);
    for (std::size_t i = 0; i < h.kw.size(); ++i)
        h.kw[i] = f(h.startMs + static_cast<qint64>(i) * kBucketMs);
    return h;
}
double sum(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}
double localHour(qint64 ms)
{
    const QTime t = QDateTime::fromMSecsSinceEpoch(ms, zone()).time();
    return t.hour() + t.minute() / 60.0;
}
PvSite amsterdamSite(double peakKw = 6.0)
{
    PvSite site;
    site.peakKw = peakKw;
    site.locationKnown = true;
    site.latitude = 52.1;
    site.longitude = 5.1;
    return site;
}
// A simulated spring, shared by the tests that need realistic days (simulating costs about a second).
const SimulatedHistory &spring()
{
    static const SimulatedHistory history = simulateHistory(5, QDate(2024, 3, 1), 60);
    return history;
}
double maxAbsDifference(const Forecast &a, const Forecast &b)
{
    double worst = 0.0;
    for (std::size_t i = 0; i < a.values.size(); ++i)
        worst = std::max(worst, std::abs(a.values[i] - b.values[i]));
    return worst;
}
} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pvFallsBackWithoutHistory()
    {
        const Horizon h = horizonAt(at(QDate(2024, 6, 21)));
        const Forecast f = forecastPv(PowerHistory{}, amsterdamSite(0.0), h);
        QCOMPARE(f.source, Source::Fallback);
        QCOMPARE(f.historyDays, 0);
        QCOMPARE(f.values.size(), std::size_t{192});
        QVERIFY2(f.description.find("no history yet") != std::string::npos, f.description.c_str());
        QVERIFY2(f.description.find("assumed 4.0 kWp") != std::string::npos, f.description.c_str());
        double peak = 0.0;
        for (std::size_t i = 0; i < f.values.size(); ++i) {
            QVERIFY(f.values[i] >= 0.0 && f.values[i] <= 4.0);
            const double hour = localHour(h.startMs + static_cast<qint64>(i) * h.slotMs);
            if (hour < 4.0 || hour > 23.0)
                QCOMPARE(f.values[i], 0.0);
            peak = std::max(peak, f.values[i]);
        }
        // A June day near Amsterdam, typical cloudiness: some kilowatts at noon, 10-25 kWh a day.
        QVERIFY(peak > 1.0);
        const double dayKwh = sum(std::vector<double>(f.values.begin(), f.values.begin() + 96)) / 4.0;
        QVERIFY2(dayKwh > 10.0 && dayKwh < 25.0, qPrintable(QString::number(dayKwh)));

        // Less than two weeks of history: still the sun-position model, said so.
        const PowerHistory shortHistory = synthetic(h.nowMs, 10, [](qint64) { return 1.0; });
        const Forecast f10 = forecastPv(shortHistory, amsterdamSite(5.0), h);
        QCOMPARE(f10.source, Source::Fallback);
        QCOMPARE(f10.historyDays, 10);
        QVERIFY2(f10.description.find("only 10 days of history") != std::string::npos, f10.description.c_str());
    }

    void baseLoadAndSignalsFallBackWithoutHistory()
    {
        const Horizon h = horizonAt(at(QDate(2024, 6, 21)));
        const Forecast base = forecastBaseLoad(PowerHistory{}, h);
        QCOMPARE(base.source, Source::Fallback);
        QCOMPARE(base.description, std::string("typical household (no history yet)"));
        // Evening above night, a plausible household.
        QVERIFY(base.values[76] > base.values[12]); // 19:00 against 03:00
        const double dayKwh = sum(std::vector<double>(base.values.begin(), base.values.begin() + 96)) / 4.0;
        QVERIFY(dayKwh > 4.0 && dayKwh < 10.0);

        const Forecast carbon = forecastSignal({}, PowerHistory{}, 300.0, h);
        QCOMPARE(carbon.source, Source::Default);
        QCOMPARE(carbon.description, std::string("community default (no feed or history)"));
        for (double v : carbon.values)
            QCOMPARE(v, 300.0);
    }

    void signalsFromFeedProfileAndDefault()
    {
        const Horizon h = horizonAt(at(QDate(2024, 6, 17)));
        // The feed sent a daily shape before: 200 by night, 100 at midday, for 14 days.
        const PowerHistory past = synthetic(h.nowMs, 14, [](qint64 ms) {
            const double hour = localHour(ms);
            return hour >= 10.0 && hour < 16.0 ? 100.0 : 200.0;
        });
        std::vector<double> feed(192, 150.0);
        const Forecast full = forecastSignal(feed, past, 300.0, h);
        QCOMPARE(full.source, Source::Feed);
        QCOMPARE(full.description, std::string("feed"));
        QCOMPARE(full.values[100], 150.0);

        // The feed for 36 h, then the learned profile.
        std::fill(feed.begin() + 144, feed.end(), std::nan(""));
        const Forecast partial = forecastSignal(feed, past, 300.0, h);
        QCOMPARE(partial.source, Source::Profile);
        QCOMPARE(partial.description, std::string("feed for 36 h, learned profile after"));
        QCOMPARE(partial.values[143], 150.0);
        QCOMPARE(partial.values[144 + 4 * 0 + 2], 100.0); // Tuesday 12:30 local
        QCOMPARE(partial.values[144 + 4 * 8], 200.0);     // Tuesday 20:00 local

        // Without a past, the default after the feed; the worst part names the source.
        const Forecast noPast = forecastSignal(feed, PowerHistory{}, 300.0, h);
        QCOMPARE(noPast.source, Source::Default);
        QCOMPARE(noPast.description, std::string("feed for 36 h, community default after"));
        QCOMPARE(noPast.values[150], 300.0);

        // No feed at all: the profile, by weekday and weekend when the past shows both.
        const PowerHistory weekly = synthetic(h.nowMs, 21, [](qint64 ms) {
            const int dow = QDateTime::fromMSecsSinceEpoch(ms, zone()).date().dayOfWeek();
            return dow >= 6 ? 50.0 : 250.0;
        });
        const Forecast profile = forecastSignal({}, weekly, 300.0, horizonAt(at(QDate(2024, 6, 21)), 192));
        QCOMPARE(profile.source, Source::Profile);
        QCOMPARE(profile.description, std::string("learned profile from 21 days (weekday/weekend)"));
        QCOMPARE(profile.values[40], 250.0); // Friday
        QCOMPARE(profile.values[96 + 40], 50.0); // Saturday
    }

    void pvRejectsFaultyReadings()
    {
        const SimulatedHistory &sim = spring();
        const Horizon h = horizonAt(at(QDate(2024, 4, 20)));
        PowerHistory clean = sim.pv;
        PowerHistory faulty = sim.pv;
        // Every 97th bucket negative, every 89th a spike of 100x the peak; the clean history lacks them.
        for (std::size_t i = 0; i < faulty.kw.size(); ++i) {
            if (i % 97 == 0) {
                faulty.kw[i] = -3.0;
                clean.kw[i] = std::nan("");
            } else if (i % 89 == 0 && faulty.kw[i] > 0.0) {
                faulty.kw[i] = 100.0 * sim.peakKw;
                clean.kw[i] = std::nan("");
            }
        }
        PvSite declared = amsterdamSite(sim.peakKw);
        PvSite undeclared = amsterdamSite(0.0);
        for (const PvSite &site : {declared, undeclared}) {
            const Forecast fromClean = forecastPv(clean, site, h);
            const Forecast fromFaulty = forecastPv(faulty, site, h);
            QCOMPARE(fromFaulty.source, Source::Learned);
            const double worst = maxAbsDifference(fromClean, fromFaulty);
            QVERIFY2(worst < 0.02, qPrintable(QString::number(worst)));
            QVERIFY(*std::max_element(fromFaulty.values.begin(), fromFaulty.values.end()) <= sim.peakKw);
        }
    }

    void gapOfThreeDaysDoesNotBreakThem()
    {
        const SimulatedHistory &sim = spring();
        const qint64 now = at(QDate(2024, 4, 25));
        const Horizon h = horizonAt(now);
        // Three days missing just before now, and three in the middle.
        PowerHistory pv = sim.pv;
        PowerHistory base = sim.base;
        for (PowerHistory *history : {&pv, &base}) {
            for (qint64 t = now - 3 * 86'400'000; t < now; t += kBucketMs)
                history->kw[static_cast<std::size_t>((t - history->startMs) / kBucketMs)] = std::nan("");
            for (qint64 t = at(QDate(2024, 4, 5)); t < at(QDate(2024, 4, 8)); t += kBucketMs)
                history->kw[static_cast<std::size_t>((t - history->startMs) / kBucketMs)] = std::nan("");
        }
        const Forecast fPv = forecastPv(pv, amsterdamSite(), h);
        const Forecast fBase = forecastBaseLoad(base, h);
        QCOMPARE(fPv.source, Source::Learned);
        QCOMPARE(fBase.source, Source::Learned);
        // UTC days for PV: the local gaps leave an hour of a UTC day at each end.
        QVERIFY(fPv.historyDays >= 54 - 6 && fPv.historyDays <= 54 - 4);
        QCOMPARE(fBase.historyDays, 30 - 3); // the 30 days before the last reading, less the middle gap
        for (const Forecast *f : {&fPv, &fBase})
            for (double v : f->values)
                QVERIFY(std::isfinite(v) && v >= 0.0);
        // Close to the forecast from the whole history.
        const Forecast wholePv = forecastPv(sim.pv, amsterdamSite(), h);
        const Forecast wholeBase = forecastBaseLoad(sim.base, h);
        QVERIFY(std::abs(sum(fPv.values) - sum(wholePv.values)) < 0.3 * sum(wholePv.values));
        QVERIFY(std::abs(sum(fBase.values) - sum(wholeBase.values)) < 0.2 * sum(wholeBase.values));
    }

    void pvSeasonalCorrection()
    {
        // Thirty days of March predict a clear June day higher than a clear March day, and with output at
        // hours the March sun never reached.
        const SimulatedHistory march = simulateHistory(5, QDate(2024, 3, 1), 30);
        PvSite site = amsterdamSite();
        site.cloudiness.assign(96, 0.0);
        Horizon marchDay = dayHorizon(QDate(2024, 3, 31), zone());
        Horizon juneDay = dayHorizon(QDate(2024, 6, 21), zone());
        marchDay.nowMs = juneDay.nowMs = march.pv.endMs();
        const Forecast inMarch = forecastPv(march.pv, site, marchDay);
        const Forecast inJune = forecastPv(march.pv, site, juneDay);
        QCOMPARE(inJune.source, Source::Learned);
        QCOMPARE(inJune.description, std::string("learned from 30 days, clouds from the weather source"));
        const double marchKwh = sum(inMarch.values) / 4.0;
        const double juneKwh = sum(inJune.values) / 4.0;
        qInfo("clear day from March history: %.1f kWh on March 31, %.1f kWh on June 21", marchKwh, juneKwh);
        QVERIFY(juneKwh > 1.3 * marchKwh);
        QVERIFY(inJune.values[4 * 7] > 0.1);  // 07:00 local in June
        QCOMPARE(inMarch.values[4 * 6], 0.0); // before sunrise in March
        // The June day's clear-sky energy is physical for 6 kWp: 30-50 kWh.
        QVERIFY(juneKwh > 30.0 && juneKwh < 50.0);
    }

    void baseLoadWeekdaysAndWeekends()
    {
        const qint64 now = at(QDate(2024, 6, 17)); // a Monday
        // Weekdays 0.3 kW; weekends 1.0 kW from 10:00 to 16:00; one sauna Wednesday of 4 kW all day.
        const PowerHistory history = synthetic(now, 35, [](qint64 ms) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone());
            if (local.date() == QDate(2024, 6, 5))
                return 4.0;
            const double hour = local.time().hour();
            return local.date().dayOfWeek() >= 6 && hour >= 10 && hour < 16 ? 1.0 : 0.3;
        });
        const Forecast f = forecastBaseLoad(history, horizonAt(now, 7 * 96));
        QCOMPARE(f.source, Source::Learned);
        QCOMPARE(f.historyDays, 30);
        QCOMPARE(f.description, std::string("learned from 30 days"));
        QCOMPARE(f.values[2 * 96 + 48], 0.3);  // Wednesday noon: the sauna day does not count
        QCOMPARE(f.values[5 * 96 + 48], 1.0);  // Saturday noon
        QCOMPARE(f.values[5 * 96 + 80], 0.3);  // Saturday 20:00
        QCOMPARE(f.values[6 * 96 + 44], 1.0);  // Sunday 11:00
    }

    void baseLoadFollowsTheRecentLevel()
    {
        const qint64 now = at(QDate(2024, 6, 17), QTime(18, 0));
        // A flat 0.3 kW, then 1.3 kW for the last two hours (guests).
        const PowerHistory history = synthetic(now, 30, [now](qint64 ms) { return ms >= now - 7'200'000 ? 1.3 : 0.3; });
        const Forecast f = forecastBaseLoad(history, horizonAt(now, 96));
        QVERIFY2(f.values[0] > 1.1, qPrintable(QString::number(f.values[0]))); // the first quarter hour
        QVERIFY(f.values[4] < f.values[0] && f.values[4] > 0.6);                  // an hour on, fading
        QVERIFY(std::abs(f.values[95] - 0.3) < 0.01);                              // a day on: the profile
    }

    void pvEstimatesTheSiteFromItsHistory()
    {
        // Two simulated sites, 40 days from May 1; the site unknown to the forecast.
        struct Case
        {
            double latitude;
            double longitude;
            const char *zone;
            double guessedLongitude; // the old fallback's: the zone's standard-time meridian
        };
        for (const Case &c : {Case{52.1, 5.1, "Europe/Amsterdam", 15.0}, Case{40.4, -3.7, "Europe/Madrid", 15.0}}) {
            commonwatt::simulator::HouseholdConfig config;
            config.seed = 7;
            config.latitudeDeg = c.latitude;
            config.longitudeDeg = c.longitude;
            config.timeZone = QTimeZone(QByteArray(c.zone));
            const QDate start(2024, 5, 1);
            const SimulatedHistory sim = simulateHistory(config, start, 40);
            PvSite unknown;
            unknown.peakKw = sim.peakKw;
            PvSite known = unknown;
            known.locationKnown = true;
            known.latitude = c.latitude;
            known.longitude = c.longitude;
            PvSite guessed = known; // what the forecast assumed before it estimated
            guessed.latitude = 50.0;
            guessed.longitude = c.guessedLongitude;

            // The estimate after 40 days, read from the description.
            QElapsedTimer timer;
            timer.start();
            const Forecast after40 = forecastPv(sim.pv, unknown, dayHorizon(start.addDays(40), sim.zone));
            const qint64 elapsedMs = timer.elapsed();
            double lat = 0.0;
            double lon = 0.0;
            char ns = 0;
            char ew = 0;
            const std::size_t pos = after40.description.find("site estimated ");
            QVERIFY2(pos != std::string::npos, after40.description.c_str());
            QCOMPARE(std::sscanf(after40.description.c_str() + pos, "site estimated %lf\u00b0 %c, %lf\u00b0 %c", &lat,
                                 &ns, &lon, &ew),
                     4);
            lat = ns == 'S' ? -lat : lat;
            lon = ew == 'W' ? -lon : lon;
            qInfo("%s: %s (%lld ms); errors %.1f deg latitude, %.1f deg longitude", c.zone, after40.description.c_str(),
                  static_cast<long long>(elapsedMs), lat - c.latitude, lon - c.longitude);
            // Measured (seed 7): Amsterdam -2.4 / +0.2, Madrid -1.7 / +0.1 (docs/forecasts.md).
            QVERIFY(std::abs(lat - c.latitude) < 3.5);
            QVERIFY(std::abs(lon - c.longitude) < 1.0);

            // After 30 days, a clear day soon and one 45 days on: the estimated site's forecast is close to the
            // true site's, and closer than the old guess's.
            PvSite clearUnknown = unknown;
            PvSite clearKnown = known;
            PvSite clearGuessed = guessed;
            for (PvSite *site : {&clearUnknown, &clearKnown, &clearGuessed})
                site->cloudiness.assign(96, 0.0);
            for (const int ahead : {1, 45}) {
                Horizon h = dayHorizon(start.addDays(30 + ahead - 1), sim.zone);
                h.slotCount = 96;
                h.nowMs = dayHorizon(start.addDays(30), sim.zone).nowMs;
                const Forecast fUnknown = forecastPv(sim.pv, clearUnknown, h);
                const Forecast fKnown = forecastPv(sim.pv, clearKnown, h);
                const Forecast fGuessed = forecastPv(sim.pv, clearGuessed, h);
                const double eKnown = sum(fKnown.values) / 4.0;
                const double errUnknown = std::abs(sum(fUnknown.values) / 4.0 - eKnown) / eKnown;
                const double errGuessed = std::abs(sum(fGuessed.values) / 4.0 - eKnown) / eKnown;
                const double shapeUnknown = maxAbsDifference(fUnknown, fKnown);
                const double shapeGuessed = maxAbsDifference(fGuessed, fKnown);
                qInfo("  %d day(s) ahead: %.1f kWh with the true site; estimated site %+.1f%% (worst slot %.2f kW), "
                      "old guess %+.1f%% (worst slot %.2f kW)",
                      ahead, eKnown, 100.0 * errUnknown, shapeUnknown, 100.0 * errGuessed, shapeGuessed);
                QVERIFY(errUnknown < 0.04);
                QVERIFY(shapeUnknown < 0.5 * shapeGuessed || shapeUnknown < 0.05 * sim.peakKw);
            }
        }
    }

    void skillOnASimulatedSpringAndSummer()
    {
        // 120 days from April; from day 30 on, each day is forecast at its midnight and compared with what
        // happened, and so are persistence (the same slot the day before) and the last 30 days' mean.
        QElapsedTimer timer;
        timer.start();
        const SimulatedHistory sim = simulateHistory(2024, QDate(2024, 4, 1), 120);
        const qint64 simulatedMs = timer.restart();
        DayAheadScore pv;
        DayAheadScore base;
        const PvSite site = amsterdamSite(sim.peakKw);
        for (int day = 30; day < 120; ++day) {
            const Horizon h = dayHorizon(QDate(2024, 4, 1).addDays(day), sim.zone);
            scoreDay(pv, sim.pv, h, [&](const Horizon &hz) { return forecastPv(sim.pv, site, hz); });
            scoreDay(base, sim.base, h, [&](const Horizon &hz) { return forecastBaseLoad(sim.base, hz); });
        }
        qInfo("simulated 120 days in %lld ms, forecast 2 x 90 days in %lld ms", static_cast<long long>(simulatedMs),
              static_cast<long long>(timer.elapsed()));
        for (const auto &[name, s] : {std::pair{"PV", pv}, std::pair{"base load", base}})
            qInfo("%-9s MAE %.2f kWh/day (persistence %.2f, flat %.2f): skill %.2f / %.2f; energy error %.1f%%, bias %+.1f%%",
                  name, s.maeModel(), s.maePersistence(), s.maeFlat(), s.skillPersistence(), s.skillFlat(),
                  s.energyErrorPercent(), s.biasPercent());
        // Margins: measured figures less a safety allowance (docs/forecasts.md).
        // Measured (seed 2024): PV skill 0.16 against persistence, 0.62 against the flat mean, energy error
        // 36%; base load 0.34 and 0.51. The simulator draws each day's weather independently, so no model
        // without a weather source beats persistence by much on PV.
        QVERIFY(pv.skillPersistence() > 0.08);
        QVERIFY(pv.skillFlat() > 0.5);
        QVERIFY(base.skillPersistence() > 0.25);
        QVERIFY(base.skillFlat() > 0.4);
        QVERIFY(pv.energyErrorPercent() < 40.0);
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
