// The forecasts (backend/forecast, docs/forecasts.md) on a simulated year: accuracy day ahead and at 1, 6 and
// 24 h leads against persistence (the same slot the day before) and the flat mean (the last 30 days' mean
// level), and the time to compute them from a year of 5-minute history against the naive persistence
// forecast over the same history.
//   bench_forecast [--seed S] [--repetitions R]
#include "forecastsimulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace commonwatt::forecast;
using namespace commonwatt::testing;

namespace {

constexpr int kDays = 365;
constexpr int kFirstScoredDay = 30;
const QDate kStart(2024, 1, 1);

struct LeadScore
{
    double model = 0.0;
    double persistence = 0.0;
    double flat = 0.0;
    int n = 0;
};

// The hour ending `leadH` hours after forecasts made at 00, 06, 12 and 18 local on every scored day.
template<typename ForecastFn>
LeadScore scoreLead(const PowerHistory &actual, const QTimeZone &zone, int leadH, ForecastFn &&forecastFn)
{
    LeadScore score;
    for (int day = kFirstScoredDay; day < kDays - 2; ++day) {
        for (int hour : {0, 6, 12, 18}) {
            Horizon h;
            h.nowMs = h.startMs = QDateTime(kStart.addDays(day), QTime(hour, 0), zone).toMSecsSinceEpoch();
            h.slotCount = 4 * leadH;
            h.zone = zone;
            const Forecast f = forecastFn(h);
            const qint64 from = h.startMs + h.slotMs * (h.slotCount - 4);
            double predicted = 0.0;
            for (int i = h.slotCount - 4; i < h.slotCount; ++i)
                predicted += f.values[static_cast<std::size_t>(i)] / 4.0;
            const double a = meanKw(actual, from, from + 3'600'000);
            score.model += std::abs(predicted - a);
            score.persistence += std::abs(meanKw(actual, from - 86'400'000, from - 86'400'000 + 3'600'000) - a);
            score.flat += std::abs(meanKw(actual, h.nowMs - 30 * 86'400'000LL, h.nowMs) - a);
            ++score.n;
        }
    }
    return score;
}

void printLead(const char *name, int leadH, const LeadScore &s)
{
    // kWh per day: the mean absolute error of an hour's mean power, over 24 hours.
    std::printf("| %s | %d h | %.2f | %.2f | %.2f | %.2f | %.2f |\n", name, leadH, 24.0 * s.model / s.n,
                24.0 * s.persistence / s.n, 24.0 * s.flat / s.n, 1.0 - s.model / s.persistence, 1.0 - s.model / s.flat);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Simulator seed."), QStringLiteral("S"),
                                        QStringLiteral("2024"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"), QStringLiteral("Timing repetitions."),
                                               QStringLiteral("R"), QStringLiteral("21"));
    parser.addOption(seedOption);
    parser.addOption(repetitionsOption);
    parser.process(app);
    const auto seed = parser.value(seedOption).toULongLong();
    const int repetitions = std::max(1, parser.value(repetitionsOption).toInt());

    QElapsedTimer timer;
    timer.start();
    const SimulatedHistory sim = simulateHistory(seed, kStart, kDays);
    std::printf("Simulated %d days (seed %llu) in %.1f s\n\n", kDays, static_cast<unsigned long long>(seed),
                static_cast<double>(timer.elapsed()) / 1000.0);
    PvSite site;
    site.peakKw = sim.peakKw;
    site.locationKnown = true;
    site.latitude = sim.latitude;
    site.longitude = sim.longitude;
    const auto pvFn = [&](const Horizon &h) { return forecastPv(sim.pv, site, h); };
    const auto baseFn = [&](const Horizon &h) { return forecastBaseLoad(sim.base, h); };

    // Day ahead at midnight.
    DayAheadScore pv;
    DayAheadScore base;
    for (int day = kFirstScoredDay; day < kDays; ++day) {
        const Horizon h = dayHorizon(kStart.addDays(day), sim.zone);
        scoreDay(pv, sim.pv, h, pvFn);
        scoreDay(base, sim.base, h, baseFn);
    }
    std::printf("Day ahead at midnight, days %d-%d (%d days)\n\n", kFirstScoredDay + 1, kDays, pv.days);
    std::printf("| Forecast | MAE (kWh/day) | Persistence | Flat mean | Skill vs persistence | Skill vs flat | "
                "Daily energy error | Bias |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto &[name, s] : {std::pair{"PV", pv}, std::pair{"Base load", base}})
        std::printf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f%% | %+.1f%% |\n", name, s.maeModel(),
                    s.maePersistence(), s.maeFlat(), s.skillPersistence(), s.skillFlat(), s.energyErrorPercent(),
                    s.biasPercent());

    std::printf("\nBy lead time, made at 00, 06, 12 and 18 local (the hour ending at the lead)\n\n");
    std::printf("| Forecast | Lead | MAE (kWh/day) | Persistence | Flat mean | Skill vs persistence | Skill vs flat |\n"
                "|---|---:|---:|---:|---:|---:|---:|\n");
    for (int lead : {1, 6, 24})
        printLead("PV", lead, scoreLead(sim.pv, sim.zone, lead, pvFn));
    for (int lead : {1, 6, 24})
        printLead("Base load", lead, scoreLead(sim.base, sim.zone, lead, baseFn));

    // Timing: 48 h of 15-minute slots from the year's history, the three forecasts the planner asks for
    // (PV, base load, one signal with a 24 h feed), against naive persistence (each slot the mean of the
    // same quarter hour a day earlier, the same history read).
    Horizon h;
    h.nowMs = h.startMs = sim.pv.endMs();
    h.slotCount = 192;
    h.zone = sim.zone;
    std::vector<double> feed(96, 200.0);
    const PowerHistory &signalPast = sim.base; // any year of buckets: the profile's cost is the same
    std::vector<double> ours;
    std::vector<double> naive;
    double checksum = 0.0;
    for (int r = 0; r < repetitions; ++r) {
        timer.start();
        const Forecast a = forecastPv(sim.pv, site, h);
        const Forecast b = forecastBaseLoad(sim.base, h);
        const Forecast c = forecastSignal(feed, signalPast, 300.0, h);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        checksum += a.values[100] + b.values[100] + c.values[100];

        timer.start();
        for (const PowerHistory *history : {&sim.pv, &sim.base, &signalPast}) {
            std::vector<double> values(static_cast<std::size_t>(h.slotCount));
            for (int i = 0; i < h.slotCount; ++i) {
                const qint64 s = h.startMs + h.slotMs * (i % 96) - 86'400'000;
                values[static_cast<std::size_t>(i)] = meanKw(*history, s, s + h.slotMs);
            }
            checksum += values[100];
        }
        naive.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("\nTime for PV + base load + one signal, 48 h of 15-minute slots from %d days of 5-minute history "
                "(median of %d)\n\n| Forecasts (ms) | Naive persistence (ms) | Ratio |\n|---:|---:|---:|\n"
                "| %.3f | %.3f | %.0f |\n",
                kDays, repetitions, median(ours), median(naive), median(ours) / median(naive));
    std::printf("\n(checksum %.3f)\n", checksum);
    return 0;
}
