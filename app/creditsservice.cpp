#include "creditsservice.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <memory>

namespace commonwatt::app {

namespace {

using currency::Int128;
using storage::Rollup;

constexpr qint64 kBucketMs = 5 * 60 * 1000;
constexpr qint64 kLookBackMs = 60 * 60 * 1000; // buckets before the day give the counters' start values

// A counter's value in Wh at each slot boundary, from its 5-minute buckets (sorted by start). A bucket lies
// wholly before a boundary when it starts before it, since boundaries fall on 5-minute marks.
std::vector<std::int64_t> slotDeltasWh(const QList<Rollup> &buckets, qint64 startMs, qint64 slotMs,
                                       int slotCount)
{
    std::vector<std::int64_t> deltas(std::size_t(slotCount), 0);
    qsizetype next = 0;
    std::optional<std::int64_t> previous;
    for (int k = 0; k <= slotCount; ++k) {
        const qint64 boundary = startMs + k * slotMs;
        while (next < buckets.size() && buckets[next].bucketStartMs < boundary)
            ++next;
        std::optional<std::int64_t> value;
        if (next > 0)
            value = std::llround(buckets[next - 1].last * 1000.0);
        else if (k == 0 && next < buckets.size() && buckets[next].bucketStartMs < boundary + slotMs)
            value = std::llround(buckets[next].first * 1000.0); // the counter started within the first slot
        // Rounding the boundaries, not the deltas, keeps the slotCount adding up to the counter's increase.
        if (k > 0 && previous && value)
            deltas[std::size_t(k - 1)] = std::max<std::int64_t>(0, *value - *previous); // a reset is not use
        if (value)
            previous = value;
    }
    return deltas;
}

// The first reading of each slot (grid signals are reported at slot starts), or nothing.
std::vector<std::optional<double>> slotFirstValues(const QList<Rollup> &buckets, qint64 startMs,
                                                   qint64 slotMs, int slotCount)
{
    std::vector<std::optional<double>> values(static_cast<std::size_t>(slotCount));
    for (const Rollup &bucket : buckets) {
        const qint64 offset = bucket.bucketStartMs - startMs;
        if (offset < 0 || offset >= slotCount * slotMs)
            continue;
        auto &value = values[std::size_t(offset / slotMs)];
        if (!value)
            value = bucket.first;
    }
    return values;
}

} // namespace

// One day's rollups as they come back from the store.
struct CreditsService::Load
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 untilMs = 0;
    int pending = 0;
    QHash<storage::ChannelId, QList<Rollup>> series;
};

CreditsService::CreditsService(Household &household, storage::ReadingsStore &store, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
{
    connect(&household, &Household::totalsChanged, this, &CreditsService::refresh);
}

void CreditsService::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    const Household &h = m_household;
    const qint64 now = h.clock().nowMs();
    const QDate today = h.localDate(now);
    const QDate firstDay = today.addDays(-h.communityConfig().reputationDays);
    const QList<storage::ChannelId> &imports = h.settlementChannels().gridImport;
    if (!m_firstDataMs && !imports.isEmpty()) {
        // Once: where the history starts, so that the empty days before it cost no queries.
        m_busy = true;
        m_store.queryRollups(imports.constFirst(), storage::Resolution::Hour, h.localDayStartMs(firstDay),
                             now + 1, this, [this, now](const QList<Rollup> &hours) {
                                 m_firstDataMs = hours.isEmpty() ? now : hours.constFirst().bucketStartMs;
                                 m_busy = false;
                                 refresh();
                             });
        return;
    }
    m_queue.clear();
    for (QDate day = firstDay; day < today; day = day.addDays(1)) {
        const qint64 start = h.localDayStartMs(day);
        const qint64 end = h.localDayStartMs(day.addDays(1));
        if (m_firstDataMs && end <= *m_firstDataMs)
            continue; // before the first reading: nothing to settle
        if (!m_days.contains(start))
            m_queue.append({start, end});
    }
    const qint64 todayStart = h.localDayStartMs(today);
    if (m_today && m_today->startMs != todayStart)
        m_today.reset();
    m_queue.append({todayStart, h.localDayStartMs(today.addDays(1))});
    m_busy = true;
    settleNext();
}

void CreditsService::settleNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        summarize();
        if (std::exchange(m_again, false))
            refresh();
        return;
    }
    const auto [start, end] = m_queue.takeFirst();
    settleDay(start, end, std::min(end, m_household.clock().nowMs()));
}

void CreditsService::settleDay(qint64 startMs, qint64 endMs, qint64 untilMs)
{
    const SettlementChannels &roles = m_household.settlementChannels();
    auto load = std::make_shared<Load>();
    load->startMs = startMs;
    load->endMs = endMs;
    load->untilMs = untilMs;
    QList<storage::ChannelId> channels;
    for (const auto *role :
         {&roles.gridImport, &roles.gridExport, &roles.pv, &roles.batteryCharge, &roles.batteryDischarge,
          &roles.carbonIntensity, &roles.gridNeed, &roles.renewableShare, &roles.eventLevel}) {
        channels += *role;
    }
    if (channels.isEmpty()) {
        finishDay(*load);
        return;
    }
    load->pending = int(channels.size());
    for (const storage::ChannelId channel : channels) {
        m_store.queryRollups(channel, storage::Resolution::FiveMinutes, startMs - kLookBackMs, endMs, this,
                             [this, load, channel](QList<Rollup> buckets) {
                                 load->series.insert(channel, std::move(buckets));
                                 if (--load->pending == 0)
                                     finishDay(*load);
                             });
    }
}

void CreditsService::finishDay(Load &load)
{
    const currency::CommunityConfig &config = m_household.communityConfig();
    const SettlementChannels &roles = m_household.settlementChannels();
    const qint64 slotMs = config.slotSeconds() * 1000;
    const int slotCount = int((load.untilMs - load.startMs) / slotMs); // only slotCount that have ended
    const int allSlots = int((load.endMs - load.startMs + slotMs - 1) / slotMs);

    auto energy = [&](const QList<storage::ChannelId> &role) {
        std::vector<std::int64_t> sum(std::size_t(std::max(0, slotCount)), 0);
        for (const storage::ChannelId channel : role) {
            const auto deltas =
                slotDeltasWh(load.series.value(channel), load.startMs, slotMs, std::max(0, slotCount));
            for (std::size_t i = 0; i < sum.size(); ++i)
                sum[i] += deltas[i];
        }
        return sum;
    };
    auto signal = [&](const QList<storage::ChannelId> &role) {
        return role.isEmpty()
                   ? std::vector<std::optional<double>>(std::size_t(allSlots))
                   : slotFirstValues(load.series.value(role.constFirst()), load.startMs, slotMs, allSlots);
    };

    Day day;
    day.startMs = load.startMs;
    for (const auto &buckets : std::as_const(load.series)) {
        day.hasData = day.hasData || std::any_of(buckets.cbegin(), buckets.cend(), [&](const Rollup &b) {
                          return b.bucketStartMs >= load.startMs && b.bucketStartMs < load.endMs;
                      });
    }
    // The battery's passport carries over from the day before; a first day starts it empty (section 9).
    std::vector<currency::EnergyPassport> passports;
    const auto before = m_days.find(m_household.localDayStartMs(m_household.localDate(load.startMs - 1)));
    if (before != m_days.end() && !before->passportsAtEnd.empty())
        passports = before->passportsAtEnd;
    else if (!roles.batteryCharge.isEmpty())
        passports.emplace_back(currency::kMillion, currency::kMillion);
    currency::CleanShareTracker tracker(passports);

    std::vector<currency::EventSlot> event; // the event under way, as slots
    int eventLevel = 0;
    auto closeEvent = [&] {
        if (event.empty())
            return;
        // The demo household takes part in grid events (a standing choice, section 5); an event pays once,
        // against the baseline of the days before it, and nothing when the baseline lacks data.
        const currency::EventReward reward =
            currency::computeEventReward(config, m_history, event, config.eventRateDefault);
        day.eventRewards += reward.reward;
        day.events.append(describeEvent(event, eventLevel, reward));
        event.clear();
        eventLevel = 0;
    };
    QList<MeterSlot> meterSlots;
    if (slotCount > 0 && day.hasData) {
        const auto imports = energy(roles.gridImport);
        const auto exports = energy(roles.gridExport);
        const auto pv = energy(roles.pv);
        const auto charge = energy(roles.batteryCharge);
        const auto discharge = energy(roles.batteryDischarge);
        const auto g = signal(roles.carbonIntensity);
        const auto s = signal(roles.gridNeed);
        const auto r = signal(roles.renewableShare);
        const auto level = signal(roles.eventLevel);
        for (int i = 0; i < slotCount; ++i) {
            const std::size_t k = std::size_t(i);
            // Missing signals settle at the community defaults (currency.md, section 6).
            const currency::SlotSignals signals_ =
                currency::settledSignals(config, {g[k], s[k], r[k], level[k]});
            currency::SlotMeterData meter;
            meter.importWh = std::min(imports[k], currency::kMaxSlotWh);
            meter.exportWh = std::min(exports[k], currency::kMaxSlotWh);
            meter.pvWh = std::min(pv[k], currency::kMaxSlotWh);
            meter.storageChargeWh = std::min(charge[k], currency::kMaxSlotWh);
            meter.storageDischargeWh = std::min(discharge[k], currency::kMaxSlotWh);
            // Everything used on site that is neither storage charge nor export: home and car (a one-way
            // charger is a load, section 9).
            meter.loadWh = std::clamp<std::int64_t>(meter.importWh + meter.pvWh + meter.storageDischargeWh -
                                                        meter.exportWh - meter.storageChargeWh,
                                                    0, currency::kMaxSlotWh);
            const currency::SlotSettlement settled = currency::settleSlot(config, signals_, meter);
            if (!settled.breakdown)
                continue; // out of the engine's bounds: a broken counter, not a household's use
            meterSlots.append({load.startMs + i * slotMs, meter});
            day.totals.add(*settled.breakdown);
            tracker.addSlot(currency::PoolSlot::from(meter, signals_.r, !passports.empty()));
            day.importTimesR += Int128(meter.importWh) * signals_.r;
            day.importWh += meter.importWh;

            const std::int64_t slotIndex = (load.startMs + i * slotMs) / slotMs;
            m_history.netWhBySlot[slotIndex] = meter.importWh - meter.exportWh;
            if (signals_.eventLevel > 0) {
                m_history.eventDays.insert(
                    QDateTime::fromMSecsSinceEpoch(load.startMs + i * slotMs, m_household.timeZone()).date());
                event.push_back({slotIndex, config.slotSeconds()});
                eventLevel = std::max(eventLevel, signals_.eventLevel);
            } else {
                closeEvent();
            }
        }
        // An event still running at the end of what has been settled is paid once it is over.
        if (load.untilMs >= load.endMs)
            closeEvent();
    }
    if (!meterSlots.isEmpty())
        emit meterSlotsSettled(meterSlots);
    day.cleanShare = tracker.share();
    day.passportsAtEnd = tracker.passports();
    if (load.endMs <= m_household.clock().nowMs() || load.untilMs >= load.endMs)
        m_days.insert(day.startMs, std::move(day));
    else
        m_today = std::move(day);
    settleNext();
}

EventResult CreditsService::describeEvent(const std::vector<currency::EventSlot> &slotList, int level,
                                          const currency::EventReward &reward) const
{
    const currency::CommunityConfig &config = m_household.communityConfig();
    const qint64 slotMs = config.slotSeconds() * 1000;
    EventResult result;
    result.startMs = slotList.front().slot * slotMs;
    result.endMs = (slotList.back().slot + 1) * slotMs;
    result.level = level;
    result.reward = reward.reward;
    result.refusal = reward.refusal;
    std::int64_t netWh = 0;
    std::int64_t baselineWh = 0;
    bool baselineKnown = true;
    for (const currency::EventSlot &slot : slotList) {
        const auto net = m_history.netWhBySlot.find(slot.slot);
        if (net != m_history.netWhBySlot.end())
            netWh += net->second;
        const currency::Baseline baseline = currency::computeBaseline(config, m_history, slot.slot);
        if (baseline.value)
            baselineWh += baseline.value->roundedWh();
        else
            baselineKnown = false;
    }
    result.net = KilowattHours(double(netWh) / 1000.0);
    if (baselineKnown)
        result.baseline = KilowattHours(double(baselineWh) / 1000.0);
    return result;
}

QList<DailyCredits> CreditsService::dailyCredits() const
{
    QList<DailyCredits> result;
    auto add = [&result](const Day &day) {
        if (!day.hasData)
            return;
        DailyCredits credits;
        credits.dayStartMs = day.startMs;
        credits.giving = day.totals.giving;
        credits.taking = day.totals.taking;
        credits.fossil = day.totals.fossil;
        credits.eventRewards = day.eventRewards;
        credits.slotCount = day.totals.slotCount;
        credits.cleanShare = day.cleanShare;
        result.append(credits);
    };
    for (const Day &day : m_days)
        add(day);
    if (m_today)
        add(*m_today);
    return result;
}

void CreditsService::summarize()
{
    const Household &h = m_household;
    const QDate today = h.localDate(h.clock().nowMs());
    const qint64 monthStart = h.localDayStartMs(QDate(today.year(), today.month(), 1));
    const qint64 windowStart = h.localDayStartMs(today.addDays(-h.communityConfig().reputationDays));

    CreditsSummary summary;
    QList<EventResult> events;
    currency::ReputationInputs inputs;
    currency::CleanShare windowShare;
    Int128 importTimesR = 0;
    std::int64_t importWh = 0;
    bool anyData = false;
    for (const Day &day : std::as_const(m_days)) {
        if (!day.hasData)
            continue;
        if (!anyData)
            summary.firstDayMs = day.startMs;
        anyData = true;
        summary.total += day.net();
        events += day.events;
        if (day.startMs >= monthStart) {
            summary.month += day.net();
            summary.eventRewardsMonth += day.eventRewards;
        }
        if (day.startMs >= windowStart) {
            inputs.taking += day.totals.taking + day.totals.fossil;
            inputs.giving += day.totals.giving;
            inputs.eventRewards += day.eventRewards;
            windowShare.cleanLoadWhMillionths += day.cleanShare.cleanLoadWhMillionths;
            windowShare.loadWh += day.cleanShare.loadWh;
            importTimesR += day.importTimesR;
            importWh += day.importWh;
        }
    }
    if (m_today && m_today->hasData) {
        if (!anyData)
            summary.firstDayMs = m_today->startMs;
        anyData = true;
        summary.today = m_today->net();
        events += m_today->events;
        summary.eventRewardsMonth += m_today->eventRewards;
        summary.month += summary.today;
        summary.total += summary.today;
        if (m_today->cleanShare.loadWh > 0)
            summary.cleanShareToday = m_today->cleanShare.millionths();
    }
    // Reputation counts the days before the last midnight (currency.md, section 8); no community yet, so
    // no commitments (reliability at its neutral half) and no allowance.
    inputs.cleanShare = windowShare.millionths();
    summary.cleanShareWindow = inputs.cleanShare;
    inputs.regionRenewable = importWh > 0 ? currency::roundHalfEven(importTimesR * 1000, importWh) : 0;
    summary.reputation = currency::computeReputation(inputs);
    summary.valid = anyData;
    m_summary = summary;
    m_events = std::move(events);
    emit summaryChanged();
}

} // namespace commonwatt::app
