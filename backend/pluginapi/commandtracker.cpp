#include <commonwatt/clock.h>
#include <commonwatt/commandtracker.h>

#include <QCoreApplication>

#include <algorithm>

namespace commonwatt {

CommandTracker::CommandTracker(Device &device, Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_clock(clock)
    , m_options(options)
{
    connect(&clock, &Clock::ticked, this, &CommandTracker::onTick);
}

void CommandTracker::begin(const DeviceCommand &command, std::function<void()> send)
{
    if (m_pending) {
        const DeviceCommand replaced = *m_pending;
        m_pending.reset();
        m_device.reportCommandFailed(
            replaced, QCoreApplication::translate("Commands", "Replaced by a newer command before %1 confirmed it.")
                          .arg(m_device.name()));
    }
    m_pending = command;
    m_send = std::move(send);
    m_startedMs = m_clock.nowMs();
    m_attempts = 0;
    m_lastSendMs = m_startedMs;
    ++m_attempts;
    ++m_totalSends;
    m_send();
}

void CommandTracker::stateReported(const std::function<bool(const DeviceCommand &)> &satisfied)
{
    if (!m_pending || !satisfied(*m_pending))
        return;
    const DeviceCommand done = *m_pending;
    m_pending.reset();
    m_send = nullptr;
    m_device.reportCommandConfirmed(done);
}

void CommandTracker::abandon(const QString &reason)
{
    if (m_pending)
        fail(reason);
}

std::optional<DeviceCommand> CommandTracker::pending() const
{
    return m_pending;
}

void CommandTracker::onTick(qint64 nowMs)
{
    if (!m_pending)
        return;
    qint64 deadline = m_startedMs + m_options.timeoutMs;
    if (m_pending->validUntilMs > 0)
        deadline = std::min(deadline, m_pending->validUntilMs);
    if (nowMs >= deadline) {
        fail(QCoreApplication::translate("Commands", "%1 did not confirm the command after %n attempt(s).", nullptr,
                                         m_attempts)
                 .arg(m_device.name()));
        return;
    }
    if (nowMs - m_lastSendMs >= m_options.retryIntervalMs) {
        m_lastSendMs = nowMs;
        ++m_attempts;
        ++m_totalSends;
        m_send();
    }
}

void CommandTracker::fail(const QString &reason)
{
    const DeviceCommand failed = *m_pending;
    m_pending.reset();
    m_send = nullptr;
    m_device.reportCommandFailed(failed, reason);
}

} // namespace commonwatt
