#include <commonwatt/energycounter.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace commonwatt {

namespace {
QString kwh(double value)
{
    return QString::number(value, 'f', 3);
}
} // namespace

bool EnergyCounter::plausible(const Sample &from, double toKwh, qint64 toMs) const
{
    const double step = toKwh - from.rawKwh;
    if (step < -kToleranceKwh)
        return false;
    const double hours = static_cast<double>(std::max<qint64>(0, toMs - from.ms)) / 3'600'000.0;
    return step <= m_maxPowerKw * hours * 1.5 + kMarginKwh;
}

std::optional<double> EnergyCounter::published() const
{
    if (!m_last)
        return std::nullopt;
    return m_publishedKwh;
}

double EnergyCounter::publish()
{
    // max(): offset arithmetic must not let rounding step the published value down by a hair.
    m_publishedKwh = std::max(m_publishedKwh, m_offsetKwh + m_last->rawKwh);
    return m_publishedKwh;
}

EnergyCounter::Update EnergyCounter::update(double rawKwh, qint64 nowMs)
{
    const double before = published().value_or(0.0);
    if (!std::isfinite(rawKwh) || rawKwh < 0.0) {
        return {false, before, false,
                QCoreApplication::translate("EnergyCounter", "energy counter %1 kWh is not a count")
                    .arg(kwh(rawKwh))};
    }
    if (!m_last) {
        m_last = Sample{rawKwh, nowMs};
        return {true, publish(), false, {}};
    }
    if (plausible(*m_last, rawKwh, nowMs)) {
        m_last = Sample{std::max(rawKwh, m_last->rawKwh), nowMs};
        m_candidate.reset();
        return {true, publish(), false, {}};
    }
    if (m_candidate && plausible(*m_candidate, rawKwh, nowMs)) {
        // The jump is confirmed: carry on from the published value, counting what the device added since.
        m_offsetKwh = before - m_candidate->rawKwh;
        m_last = Sample{std::max(rawKwh, m_candidate->rawKwh), nowMs};
        m_candidate.reset();
        return {true, publish(), true, {}};
    }
    const Sample last = *m_last;
    m_candidate = Sample{rawKwh, nowMs};
    const double minutes = static_cast<double>(std::max<qint64>(0, nowMs - last.ms)) / 60'000.0;
    const QString problem =
        rawKwh < last.rawKwh
            ? QCoreApplication::translate(
                  "EnergyCounter", "energy counter went back from %1 to %2 kWh; kept at %1 until the next "
                                   "report shows whether the device's counter restarted")
                  .arg(kwh(last.rawKwh), kwh(rawKwh))
            : QCoreApplication::translate("EnergyCounter",
                                          "energy counter rose from %1 to %2 kWh in %3 min, more than the "
                                          "plausibility limit of %4 kW allows")
                  .arg(kwh(last.rawKwh), kwh(rawKwh), QString::number(minutes, 'f', 1),
                       QString::number(m_maxPowerKw, 'g', 6));
    return {false, before, false, problem};
}

} // namespace commonwatt
