// The rate limit between a plugin's devices and the rest of the application (see pluginhost.h). Lives on
// the plugin's worker thread: it takes each device's readings as they are emitted, passes at most
// `readingsPerSecond` per device (a token bucket holding one second's worth, so short bursts pass), and hands
// what passed to `deliver` in batches every `batchIntervalMs`, so that a busy plugin costs the owning thread
// one queued call per device and batch rather than one per reading.
#pragma once

#include <commonwatt/device.h>

#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>

namespace commonwatt::pluginhost {

class ReadingGate : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(Device *device, const QList<DeviceReading> &readings)>;
    using Flooding = std::function<void(Device *device, quint64 droppedSoFar)>;

    ReadingGate(double readingsPerSecond, qint64 batchIntervalMs, Deliver deliver, Flooding flooding,
                QObject *parent = nullptr);

    // Call on the gate's thread, with devices of the same thread.
    void attach(Device *device);
    // Hands on everything pending now (also done by the batch timer).
    void flush();

    [[nodiscard]] quint64 passed() const { return m_passed.load(std::memory_order_relaxed); }
    [[nodiscard]] quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    struct Bucket
    {
        double tokens = 0.0;
        std::chrono::steady_clock::time_point refilled;
        quint64 dropped = 0;
        std::chrono::steady_clock::time_point lastFloodReport;
        QList<DeviceReading> pending;
    };

    void offer(Device *device, const QList<DeviceReading> &readings);

    double m_rate;
    Deliver m_deliver;
    Flooding m_flooding;
    QHash<Device *, Bucket> m_buckets;
    QTimer m_timer;
    std::atomic<quint64> m_passed{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace commonwatt::pluginhost
