#include "currency/timeadvice.h"

#include <algorithm>

namespace commonwatt::currency {

namespace {

double weightOf(const CommunityConfig &config, const SlotSignals &signal)
{
    const Weight w = gridWeight(config, signal.g, effectiveStress(signal));
    return static_cast<double>(w.num) / static_cast<double>(w.den);
}

// Thirds of the range (R33). A range narrower than this many credits per kWh is flat: nothing is better.
constexpr double kFlatRange = 0.02;

TimeRating rate(double w, double lowest, double highest)
{
    const double span = highest - lowest;
    if (span < kFlatRange)
        return TimeRating::Fair;
    const double position = (w - lowest) / span;
    if (position <= 1.0 / 3.0)
        return TimeRating::Good;
    if (position <= 2.0 / 3.0)
        return TimeRating::Fair;
    return TimeRating::Poor;
}

} // namespace

std::optional<TimeAdvice> adviseTime(const CommunityConfig &config, const QList<SignalSlot> &forecast,
                                     qint64 nowMs)
{
    const qint64 slotMs = config.slotSeconds() * 1000;
    const SignalSlot *current = nullptr;
    for (const SignalSlot &slot : forecast) {
        if (slot.startMs <= nowMs && nowMs < slot.startMs + slotMs) {
            current = &slot;
            break;
        }
    }
    if (!current)
        return std::nullopt;

    const qint64 windowEnd = current->startMs + kAdviceWindowMs;
    QList<std::pair<qint64, double>> window;
    for (const SignalSlot &slot : forecast) {
        if (slot.startMs >= current->startMs && slot.startMs < windowEnd)
            window.append({slot.startMs, weightOf(config, slot.signal)});
    }
    std::sort(window.begin(), window.end());

    TimeAdvice advice;
    advice.weightNow = weightOf(config, current->signal);
    const auto [low, high] = std::minmax_element(
        window.cbegin(), window.cend(), [](const auto &a, const auto &b) { return a.second < b.second; });
    advice.lowest = low->second;
    advice.highest = high->second;
    advice.rating = rate(advice.weightNow, advice.lowest, advice.highest);
    if (advice.rating == TimeRating::Good)
        return advice;
    // R34: the first later slot with a better rating; the household can act on the nearest improvement.
    for (const auto &[startMs, w] : window) {
        if (startMs > current->startMs && rate(w, advice.lowest, advice.highest) < advice.rating) {
            advice.nextBetterMs = startMs;
            break;
        }
    }
    return advice;
}

} // namespace commonwatt::currency
