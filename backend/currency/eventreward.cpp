#include "currency/eventreward.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace commonwatt::currency {

namespace {

// The UTC instants at which the local wall time `time` occurs on `date`: none in a spring-forward gap, two in
// an autumn repeat. Candidate offsets are those in force half a day either side of the date.
std::vector<std::int64_t> occurrences(const QTimeZone &zone, const QDate &date, const QTime &time)
{
    const std::int64_t wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const std::int64_t midnight = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const std::array<int, 3> offsets{
        zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(midnight - 43200, Qt::UTC)),
        zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(midnight + 129600, Qt::UTC)),
        zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(wall, Qt::UTC))};
    std::vector<std::int64_t> found;
    for (const int offset : offsets) {
        const std::int64_t utc = wall - offset;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)) != offset)
            continue;
        if (std::find(found.begin(), found.end(), utc) == found.end())
            found.push_back(utc);
    }
    return found;
}

bool lessThan(const MeanWh &a, const MeanWh &b)
{
    return a.num * b.den < b.num * a.den;
}

} // namespace

bool isWeekendDay(const CommunityConfig &config, const QDate &date)
{
    return date.dayOfWeek() >= 6 || config.holidays.contains(date);
}

Baseline computeBaseline(const CommunityConfig &config, const BaselineHistory &history, std::int64_t slot)
{
    Baseline out;
    const QTimeZone zone(config.timeZone.toUtf8());
    if (!zone.isValid()) {
        out.reason = u"unknown time zone \"%1\""_s.arg(config.timeZone);
        return out;
    }
    const QDateTime start = QDateTime::fromSecsSinceEpoch(slot * config.slotSeconds(), zone);
    const QDate day = start.date();
    const QTime time = start.time();
    out.weekend = isWeekendDay(config, day);
    const BaselineWindow window = out.weekend ? config.baselineWeekend : config.baselineWeekday;

    Int128 shortSum = 0, longSum = 0;
    for (int back = 1; back <= kBaselineSearchDays && int(out.longWindow.size()) < window.longDays; ++back) {
        const QDate candidate = day.addDays(-back);
        if (isWeekendDay(config, candidate) != out.weekend || history.eventDays.contains(candidate))
            continue;
        const std::vector<std::int64_t> at = occurrences(zone, candidate, time);
        // A missing or repeated local time (clock change) makes the day ineligible, as does a zone offset
        // that does not fall on a slot boundary.
        if (at.size() != 1 || at.front() % config.slotSeconds() != 0)
            continue;
        const bool inShort = int(out.longWindow.size()) < window.shortDays;
        out.longWindow.push_back(candidate);
        const auto value = history.netWhBySlot.find(at.front() / config.slotSeconds());
        if (value == history.netWhBySlot.end())
            continue;
        longSum += value->second;
        ++out.longValues;
        if (inShort) {
            shortSum += value->second;
            ++out.shortValues;
        }
    }
    // The data rule counts against the configured window sizes, so that days lost to events or to the
    // 90-day limit count as missing too (R21).
    const auto enough = [&](int values, int needed) {
        return Int128(values) * kMillion >= Int128(config.baselineMinData) * needed && values > 0;
    };
    if (!enough(out.shortValues, window.shortDays) || !enough(out.longValues, window.longDays)) {
        out.reason = u"%1 of %2 and %3 of %4 days have validated data; at least %5 per cent are needed"_s
                         .arg(out.shortValues)
                         .arg(window.shortDays)
                         .arg(out.longValues)
                         .arg(window.longDays)
                         .arg(double(config.baselineMinData) / 10'000);
        return out;
    }
    out.shortMean = {shortSum, out.shortValues};
    out.longMean = {longSum, out.longValues};
    out.value = lessThan(out.shortMean, out.longMean) ? out.shortMean : out.longMean;
    return out;
}

EventReward computeEventReward(const CommunityConfig &config, const BaselineHistory &history,
                               const std::vector<EventSlot> &eventSlots, std::int64_t eventRate)
{
    EventReward out;
    Int128 total = 0;
    for (const EventSlot &eventSlot : eventSlots) {
        const Baseline baseline = computeBaseline(config, history, eventSlot.slot);
        if (!baseline.value) {
            out.refusal = u"no baseline for slot %1: "_s.arg(eventSlot.slot) + baseline.reason;
            break;
        }
        const auto net = history.netWhBySlot.find(eventSlot.slot);
        if (net == history.netWhBySlot.end()) {
            out.refusal = u"no validated net import for slot %1"_s.arg(eventSlot.slot);
            break;
        }
        // rate [1e-6 cr/kWh] * (baseline - net) [Wh] * overlap / slot = milli-credits * 1e-6 (R23).
        const MeanWh &b = *baseline.value;
        const Int128 num =
            Int128(eventRate) * (b.num - Int128(net->second) * b.den) * eventSlot.overlapSeconds;
        const Int128 den = b.den * kMillion * config.slotSeconds();
        const MilliCredits part(roundHalfEven(num, den));
        out.slotParts.push_back(part);
        total += part.value();
    }
    if (!out.refusal.isEmpty()) {
        out.slotParts.clear();
        return out;
    }
    out.reward = MilliCredits(static_cast<std::int64_t>(std::max<Int128>(0, total)));
    return out;
}

} // namespace commonwatt::currency
