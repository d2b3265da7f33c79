#include "readinggate.h"

#include <algorithm>

namespace commonwatt::pluginhost {

ReadingGate::ReadingGate(double readingsPerSecond, qint64 batchIntervalMs, Deliver deliver, Flooding flooding,
                         QObject *parent)
    : QObject(parent)
    , m_rate(readingsPerSecond)
    , m_deliver(std::move(deliver))
    , m_flooding(std::move(flooding))
    , m_timer(this)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    m_timer.setInterval(std::chrono::milliseconds(batchIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &ReadingGate::flush);
}

void ReadingGate::attach(Device *device)
{
    Bucket &bucket = m_buckets[device];
    bucket.tokens = m_rate;
    bucket.refilled = std::chrono::steady_clock::now();
    // Direct: the device emits on this thread, and the gate must see each reading before anything queues.
    connect(device, &Device::readingsReady, this,
            [this, device](const QList<DeviceReading> &readings) { offer(device, readings); },
            Qt::DirectConnection);
    connect(device, &QObject::destroyed, this, [this, device] { m_buckets.remove(device); });
    if (!m_timer.isActive())
        m_timer.start();
}

void ReadingGate::offer(Device *device, const QList<DeviceReading> &readings)
{
    const auto it = m_buckets.find(device);
    if (it == m_buckets.end())
        return;
    Bucket &bucket = *it;
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - bucket.refilled).count();
    bucket.tokens = std::min(m_rate, bucket.tokens + seconds * m_rate);
    bucket.refilled = now;
    const auto admitted = static_cast<qsizetype>(std::min<double>(bucket.tokens, static_cast<double>(readings.size())));
    bucket.tokens -= static_cast<double>(admitted);
    if (admitted > 0) {
        if (admitted == readings.size())
            bucket.pending += readings;
        else
            bucket.pending += readings.mid(0, admitted);
        m_passed.fetch_add(static_cast<quint64>(admitted), std::memory_order_relaxed);
    }
    const auto refused = static_cast<quint64>(readings.size() - admitted);
    if (refused > 0) {
        bucket.dropped += refused;
        m_dropped.fetch_add(refused, std::memory_order_relaxed);
        if (now - bucket.lastFloodReport >= std::chrono::seconds(1)) {
            bucket.lastFloodReport = now;
            m_flooding(device, bucket.dropped);
        }
    }
}

void ReadingGate::flush()
{
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        if (it->pending.isEmpty())
            continue;
        QList<DeviceReading> batch;
        batch.swap(it->pending);
        m_deliver(it.key(), batch);
    }
}

} // namespace commonwatt::pluginhost
