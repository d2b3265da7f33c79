#include <commonwatt/clock.h>

#include <cmath>

namespace commonwatt {

SystemClock::SystemClock(std::chrono::milliseconds tickInterval, QObject *parent)
    : Clock(parent)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit ticked(nowMs()); });
    m_timer.start(tickInterval);
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SimulatedClock::SimulatedClock(qint64 startMs, QObject *parent)
    : Clock(parent)
    , m_nowMs(startMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedClock::onTimer);
}

void SimulatedClock::advanceTo(qint64 targetMs)
{
    if (targetMs <= m_nowMs)
        return;
    m_nowMs = targetMs;
    emit ticked(m_nowMs);
}

void SimulatedClock::setSpeed(double simulatedSecondsPerSecond)
{
    m_speed = std::isfinite(simulatedSecondsPerSecond) && simulatedSecondsPerSecond > 0.0
                  ? simulatedSecondsPerSecond
                  : 1.0;
}

void SimulatedClock::start(std::chrono::milliseconds tickInterval)
{
    m_real.start();
    m_lastRealMs = 0;
    m_carryMs = 0.0;
    m_timer.start(tickInterval);
}

void SimulatedClock::stop()
{
    m_timer.stop();
}

void SimulatedClock::onTimer()
{
    // Advance by the real time that actually passed, so that a slow tick does not slow simulated time.
    const qint64 realNow = m_real.elapsed();
    const double simulated = static_cast<double>(realNow - m_lastRealMs) * m_speed + m_carryMs;
    m_lastRealMs = realNow;
    const auto whole = static_cast<qint64>(std::floor(simulated));
    m_carryMs = simulated - static_cast<double>(whole);
    advanceBy(whole);
}

} // namespace commonwatt
