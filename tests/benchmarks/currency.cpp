// Settling a year of 15-minute slots (35,040) for one household, clean share included, with the currency
// engine (exact integers, one half-to-even rounding per amount) against the same arithmetic done naively in
// double precision, as a spreadsheet would. Both run in the same process, alternately; the median of the
// runs is printed, with the number of amounts where the spreadsheet disagrees with the engine.
//   bench_currency [--repetitions R]
#include "currency/cleanshare.h"
#include "currency/slotsettlement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

using namespace commonwatt::currency;

namespace {

constexpr int kSlots = 365 * 96;

struct Slot
{
    SlotSignals signal;
    SlotMeterData meter;
};

// A household with 6 kWp of PV and a battery: seasonal sun, an evening peak, a grid that is cleaner and
// less stressed at noon, and an event afternoon every two weeks.
std::vector<Slot> makeYear()
{
    QRandomGenerator random(2024);
    std::vector<Slot> year(kSlots);
    for (int i = 0; i < kSlots; ++i) {
        const double day = i / 96;
        const double hour = (i % 96) / 4.0;
        const double season = 0.6 + 0.4 * std::cos(2 * std::numbers::pi * (day - 172) / 365);
        const double sun =
            hour > 5 && hour < 21 ? std::max(0.0, std::sin(std::numbers::pi * (hour - 5) / 16)) : 0;
        const auto pv = std::int64_t(1500 * season * sun * (0.5 + 0.5 * random.generateDouble()));
        const auto load =
            std::int64_t(60 + 200 * random.generateDouble() + (hour >= 17 && hour < 21 ? 300 : 0));
        const std::int64_t charge = hour >= 9 && hour < 15 ? std::clamp<std::int64_t>(pv - load, 0, 500) : 0;
        const std::int64_t discharge = hour >= 18 && hour < 22 ? std::min<std::int64_t>(load, 250) : 0;
        const std::int64_t balance = pv + discharge - load - charge;
        Slot &s = year[std::size_t(i)];
        s.meter.importWh = std::max<std::int64_t>(0, -balance);
        s.meter.exportWh = std::max<std::int64_t>(0, balance);
        s.meter.pvWh = pv;
        s.meter.storageChargeWh = charge;
        s.meter.storageDischargeWh = discharge;
        s.meter.loadWh = load;
        if (i % 500 == 0)
            s.meter.fossilWh = 200; // a generator's test run
        s.signal.g = int(150 + 350 * (1 - sun * season) + random.bounded(-60, 60));
        s.signal.s = std::clamp(int(600 * (hour >= 17 && hour < 21) - 500 * sun + random.bounded(-200, 200)),
                                -1000, 1000);
        s.signal.r = std::clamp(1000 - s.signal.g * 1000 / 800, 0, 1000);
        s.signal.eventLevel = int(day) % 14 == 3 && hour >= 17 && hour < 19 ? 2 : 0;
    }
    return year;
}

struct Totals
{
    std::int64_t taking = 0, giving = 0, fee = 0, fossil = 0, cleanShare = 0;
    std::vector<std::int64_t> amounts; // taking, giving, fee, fossil per slot, for the comparison
};

Totals settleExact(const CommunityConfig &config, const std::vector<Slot> &year)
{
    Totals totals;
    totals.amounts.reserve(year.size() * 4);
    PeriodTotals period;
    CleanShareTracker tracker({EnergyPassport(kMillion, kMillion)});
    PoolSlot pool;
    pool.storage.resize(1);
    for (const Slot &s : year) {
        const SlotSettlement settled = settleSlot(config, s.signal, s.meter);
        if (!settled.breakdown)
            qFatal("refused: %s", qPrintable(settled.error));
        const SlotBreakdown &b = *settled.breakdown;
        period.add(b);
        totals.amounts.insert(totals.amounts.end(),
                              {b.taking.value(), b.giving.value(), b.fee.value(), b.fossil.value()});
        pool.importWh = s.meter.importWh;
        pool.r = s.signal.r;
        pool.pvWh = s.meter.pvWh;
        pool.fossilWh = s.meter.fossilWh;
        pool.loadWh = s.meter.loadWh;
        pool.storage[0] = {s.meter.storageChargeWh, s.meter.storageDischargeWh};
        (void)tracker.addSlot(pool);
    }
    totals.taking = period.taking.value();
    totals.giving = period.giving.value();
    totals.fee = period.fee.value();
    totals.fossil = period.fossil.value();
    totals.cleanShare = tracker.share().millionths();
    return totals;
}

// The spreadsheet: the rule book's formulas in doubles, ROUND (half away from zero) per amount, clean share
// with one battery "passport" as a running mean.
Totals settleDouble(const CommunityConfig &config, const std::vector<Slot> &year)
{
    Totals totals;
    totals.amounts.reserve(year.size() * 4);
    const double kappa = double(config.kappa) / 1e6, gamma = double(config.gamma) / 1e6;
    const double ref = config.referenceIntensity, fee0 = double(config.feeByHops[0]) / 1e6;
    static constexpr double levelStress[] = {-1, 0.5, 0.75, 1};
    double content = 0, passport = 0, cleanLoad = 0, load = 0;
    for (const Slot &s : year) {
        const double stress = std::max(s.signal.s / 1000.0, levelStress[s.signal.eventLevel]);
        const double tau = 1 + gamma * stress;
        const double w = tau * (kappa + (1 - kappa) * std::min(s.signal.g / ref, 2.0));
        const double eligible = double(std::min(s.meter.exportWh, s.meter.pvWh));
        const double taking = std::round(double(s.meter.importWh) * w);
        const double giving = std::round(eligible * w * (1 - fee0));
        const double fee = std::round(eligible * w * fee0);
        const double fossil = std::round(double(s.meter.fossilWh) * tau * (kappa + 2 * (1 - kappa)));
        totals.amounts.insert(totals.amounts.end(), {std::int64_t(taking), std::int64_t(giving),
                                                     std::int64_t(fee), std::int64_t(fossil)});
        totals.taking += std::int64_t(taking);
        totals.giving += std::int64_t(giving);
        totals.fee += std::int64_t(fee);
        totals.fossil += std::int64_t(fossil);
        const double net = double(s.meter.storageDischargeWh - s.meter.storageChargeWh);
        double sources = double(s.meter.pvWh + s.meter.fossilWh + s.meter.importWh);
        double clean = double(s.meter.pvWh) + double(s.meter.importWh) * s.signal.r / 1000.0;
        if (net > 0) {
            sources += net;
            clean += net * passport * std::min(1.0, content / net);
        }
        const double m = sources > 0 ? clean / sources : 0;
        if (net < 0) {
            passport = (content * passport - net * m) / (content - net);
            content -= net;
        } else {
            content = std::max(0.0, content - net);
        }
        cleanLoad += m * double(s.meter.loadWh);
        load += double(s.meter.loadWh);
    }
    totals.cleanShare = std::int64_t(std::round(cleanLoad / load * 1e6));
    return totals;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

template<typename F> double millisecondsOf(F &&settle, Totals &out)
{
    QElapsedTimer timer;
    timer.start();
    out = settle();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("Runs of each (11)."), QStringLiteral("R"),
                                               QStringLiteral("11"));
    parser.addOption(repetitionsOption);
    parser.process(app);
    const int repetitions = std::max(1, parser.value(repetitionsOption).toInt());

    const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
    const std::vector<Slot> year = makeYear();
    std::vector<double> exactMs, doubleMs;
    Totals exact, naive;
    for (int i = 0; i < repetitions; ++i) {
        exactMs.push_back(millisecondsOf([&] { return settleExact(config, year); }, exact));
        doubleMs.push_back(millisecondsOf([&] { return settleDouble(config, year); }, naive));
    }
    std::size_t differing = 0;
    for (std::size_t i = 0; i < exact.amounts.size(); ++i)
        differing += exact.amounts[i] != naive.amounts[i] ? 1 : 0;

    const double e = median(exactMs), d = median(doubleMs);
    std::printf("slots                     %d (one household, 15-minute slots, one year)\n", kSlots);
    std::printf("exact engine (median)     %.2f ms  (%.0f ns per slot)\n", e, e * 1e6 / kSlots);
    std::printf("double baseline (median)  %.2f ms  (%.0f ns per slot)\n", d, d * 1e6 / kSlots);
    std::printf("ratio exact / double      %.1f\n", e / d);
    std::printf("target < 50 ms            %s\n", e < 50 ? "met" : "MISSED");
    std::printf("totals exact   taking %lld giving %lld fee %lld fossil %lld mcr, clean share %lld ppm\n",
                static_cast<long long>(exact.taking), static_cast<long long>(exact.giving),
                static_cast<long long>(exact.fee), static_cast<long long>(exact.fossil),
                static_cast<long long>(exact.cleanShare));
    std::printf("totals double  taking %lld giving %lld fee %lld fossil %lld mcr, clean share %lld ppm\n",
                static_cast<long long>(naive.taking), static_cast<long long>(naive.giving),
                static_cast<long long>(naive.fee), static_cast<long long>(naive.fossil),
                static_cast<long long>(naive.cleanShare));
    std::printf("slot amounts that differ  %zu of %zu\n", differing, exact.amounts.size());
    return e < 50 ? 0 : 1;
}
