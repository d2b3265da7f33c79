// The injected clock. Nothing in the backend reads the wall clock directly: a household runs on a
// SystemClock, tests and simulations on a SimulatedClock that can run a year in seconds.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>

namespace commonwatt {

class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Milliseconds since 1970-01-01T00:00Z.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

signals:
    // Emitted whenever time has moved on; devices and timers that run on clock time listen to it.
    void ticked(qint64 nowMs);
};

// Wall-clock time, ticking at a fixed real interval.
class SystemClock final : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(std::chrono::milliseconds tickInterval = std::chrono::seconds(1),
                         QObject *parent = nullptr);
    [[nodiscard]] qint64 nowMs() const override;

private:
    QTimer m_timer;
};

// Simulated time: stepped by hand (tests, fast simulations) or run against real time at a speed factor
// (--speed N: N simulated seconds per real second).
class SimulatedClock final : public Clock
{
    Q_OBJECT
public:
    explicit SimulatedClock(qint64 startMs, QObject *parent = nullptr);

    // Thread-safe: plugins on worker threads read the time while the owning thread advances it.
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs.load(std::memory_order_relaxed); }

    // Moves time forward and emits ticked(). Time never goes backwards: a target in the past is ignored.
    void advanceTo(qint64 targetMs);
    void advanceBy(qint64 deltaMs) { advanceTo(nowMs() + deltaMs); }

    [[nodiscard]] double speed() const { return m_speed; }
    void setSpeed(double simulatedSecondsPerSecond);
    // Runs against real time, ticking every tickInterval of real time.
    void start(std::chrono::milliseconds tickInterval = std::chrono::milliseconds(100));
    void stop();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }

private:
    void onTimer();

    std::atomic<qint64> m_nowMs;
    double m_speed = 1.0;
    double m_carryMs = 0.0; // fractional simulated milliseconds not yet applied
    QTimer m_timer;
    QElapsedTimer m_real;
    qint64 m_lastRealMs = 0;
};

} // namespace commonwatt
