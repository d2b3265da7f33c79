// Sees a device command through: sends it, sends it again at intervals until the device's own reported state
// shows it, and gives up with a reason after a deadline (part of the public plugin API).
//
// Commands are absolute, so sending one again after a lost confirmation can never apply it twice. A newer
// command for the same device replaces a pending one, which is then reported failed as superseded. Every
// command is reported exactly once: confirmed, failed at its deadline, superseded or abandoned.
// Time is the injected clock's: retries happen on its ticks.
#pragma once

#include <commonwatt/device.h>

#include <QObject>

#include <functional>
#include <optional>

namespace commonwatt {

class Clock;

class CommandTracker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 retryIntervalMs = 3000; // between sends while unconfirmed
        qint64 timeoutMs = 60000;      // then the command fails (sooner if it expires: validUntilMs)
    };

    // Lives on the device's thread.
    CommandTracker(Device &device, Clock &clock, Options options, QObject *parent = nullptr);
    CommandTracker(Device &device, Clock &clock, QObject *parent = nullptr)
        : CommandTracker(device, clock, Options{}, parent)
    {}

    // Sends `command` through `send` now and on every retry until confirmed, failed or replaced.
    void begin(const DeviceCommand &command, std::function<void()> send);

    // Call whenever the device reports its state: if `satisfied` says the state shows the pending command,
    // the command is confirmed (Device::commandConfirmed) and no longer retried.
    void stateReported(const std::function<bool(const DeviceCommand &)> &satisfied);

    // Fails the pending command at once with `reason` (Device::commandFailed) and stops sending it: for a
    // command the device refused, which retrying would only get refused again. Does nothing without one.
    void abandon(const QString &reason);

    [[nodiscard]] std::optional<DeviceCommand> pending() const;
    [[nodiscard]] int attempts() const { return m_attempts; }
    // Sends so far over all commands (what a test compares with what the device received).
    [[nodiscard]] quint64 totalSends() const { return m_totalSends; }

private:
    void onTick(qint64 nowMs);
    void fail(const QString &reason);

    Device &m_device;
    Clock &m_clock;
    Options m_options;
    std::optional<DeviceCommand> m_pending;
    std::function<void()> m_send;
    qint64 m_startedMs = 0;
    qint64 m_lastSendMs = 0;
    int m_attempts = 0;
    quint64 m_totalSends = 0;
};

} // namespace commonwatt
