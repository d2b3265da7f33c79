#include "accuracy.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace commonwatt::forecast {

namespace {

constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
// A remembered slot is compared within this long after it ended, or forgotten (a gap in the readings).
constexpr std::int64_t kKeepMs = 2 * kDayMs;

std::int64_t floorTo(std::int64_t ms, std::int64_t step)
{
    const std::int64_t remainder = ms % step;
    return remainder < 0 ? ms - remainder - step : ms - remainder;
}

} // namespace

const char *toString(Quantity quantity)
{
    return quantity == Quantity::Pv ? "pv" : "baseLoad";
}

double meanPowerOver(const PowerHistory &history, std::int64_t fromMs, std::int64_t lengthMs)
{
    if (history.stepMs <= 0 || lengthMs <= 0 || history.kw.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    std::int64_t present = 0;
    std::int64_t expected = 0;
    for (std::int64_t t = fromMs; t < fromMs + lengthMs; t += history.stepMs) {
        ++expected;
        if (t < history.startMs || t >= history.endMs())
            continue;
        const double kw = history.kw[static_cast<std::size_t>((t - history.startMs) / history.stepMs)];
        if (std::isfinite(kw)) {
            sum += kw;
            ++present;
        }
    }
    if (present == 0 || 2 * present < expected)
        return std::numeric_limits<double>::quiet_NaN();
    return sum / static_cast<double>(present);
}

void AccuracyTracker::record(Quantity quantity, const Forecast &forecast, const Horizon &horizon)
{
    if (horizon.slotMs <= 0 || forecast.values.empty())
        return;
    const std::int64_t currentSlot = floorTo(horizon.nowMs, horizon.slotMs);
    for (const int hours : kAccuracyHorizonsHours) {
        const std::int64_t slotStart = currentSlot + hours * kHourMs;
        const std::int64_t offset = slotStart - horizon.startMs;
        if (offset < 0 || offset % horizon.slotMs != 0)
            continue;
        const auto index = static_cast<std::size_t>(offset / horizon.slotMs);
        if (index >= forecast.values.size() || !std::isfinite(forecast.values[index]))
            continue;
        const bool known = std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const Pending &p) {
            return p.quantity == quantity && p.horizonHours == hours && p.slotStartMs == slotStart;
        });
        if (!known)
            m_pending.push_back({quantity, hours, slotStart, horizon.slotMs, forecast.values[index]});
    }
}

std::vector<DailyError> AccuracyTracker::resolve(Quantity quantity, const PowerHistory &measured,
                                                 const QTimeZone &zone)
{
    const std::int64_t knownUntil = measured.endMs();
    std::map<std::tuple<int, std::int64_t>, DailyError> byDay; // (horizon, julian day)
    std::vector<Pending> kept;
    kept.reserve(m_pending.size());
    for (const Pending &p : m_pending) {
        const std::int64_t endMs = p.slotStartMs + p.slotMs;
        if (p.quantity != quantity || endMs > knownUntil) {
            if (p.quantity != quantity || endMs + kKeepMs > knownUntil)
                kept.push_back(p);
            continue;
        }
        const double actual = meanPowerOver(measured, p.slotStartMs, p.slotMs);
        const double yesterday = meanPowerOver(measured, p.slotStartMs - kDayMs, p.slotMs);
        if (!std::isfinite(actual) || !std::isfinite(yesterday))
            continue; // nothing to compare with: forgotten, not counted
        const double hours = static_cast<double>(p.slotMs) / static_cast<double>(kHourMs);
        const QDate day = QDateTime::fromMSecsSinceEpoch(p.slotStartMs, zone).date();
        DailyError &row = byDay[{p.horizonHours, day.toJulianDay()}];
        row.quantity = quantity;
        row.horizonHours = p.horizonHours;
        row.day = day;
        ++row.slotCount;
        row.errorKwh += std::abs(p.forecastKw - actual) * hours;
        row.persistenceKwh += std::abs(yesterday - actual) * hours;
    }
    m_pending = std::move(kept);
    std::vector<DailyError> result;
    result.reserve(byDay.size());
    for (auto &[key, row] : byDay)
        result.push_back(row);
    return result;
}

AccuracySummary summarize(const std::vector<DailyError> &rows, Quantity quantity, int horizonHours,
                          QDate lastDay, int days, int slotsPerDay)
{
    AccuracySummary summary;
    if (!lastDay.isValid() || days <= 0 || slotsPerDay <= 0)
        return summary;
    const QDate firstDay = lastDay.addDays(1 - days);
    std::map<std::int64_t, DailyError> byDay; // rows for the same day (written in pieces) add up
    for (const DailyError &row : rows) {
        if (row.quantity != quantity || row.horizonHours != horizonHours || row.day < firstDay ||
            row.day > lastDay || row.slotCount <= 0)
            continue;
        DailyError &sum = byDay[row.day.toJulianDay()];
        sum.slotCount += row.slotCount;
        sum.errorKwh += row.errorKwh;
        sum.persistenceKwh += row.persistenceKwh;
    }
    // A day counts once half of it was compared: scaled up from a few hours (a first day, a restart), PV's
    // error would say more about the hours than about the forecast.
    std::erase_if(byDay,
                  [slotsPerDay](const auto &entry) { return 2 * entry.second.slotCount < slotsPerDay; });
    double error = 0.0;
    double persistence = 0.0;
    for (const auto &[day, row] : byDay) {
        const double scale = static_cast<double>(slotsPerDay) / static_cast<double>(row.slotCount);
        error += row.errorKwh * scale;
        persistence += row.persistenceKwh * scale;
    }
    summary.days = static_cast<int>(byDay.size());
    if (summary.days == 0)
        return summary;
    summary.errorKwhPerDay = error / summary.days;
    summary.persistenceKwhPerDay = persistence / summary.days;
    summary.skill = persistence > 0.0 ? 1.0 - error / persistence : 0.0;
    return summary;
}

} // namespace commonwatt::forecast
