// Runs one configured instance of a device plugin (one Tasmota plug, one Shelly, the simulator) and keeps
// what it does from hurting the rest of the application:
// - its devices live on its plugin's worker thread (one per plugin, shared by the plugin's instances, unless
//   the plugin runs on the clock's thread), so a plugin that blocks stops only itself;
// - a watchdog on the owning thread pings the worker every second; no answer for stallTimeout marks the
//   instance failed ("not responding for 8 s"), and an answer later marks it running again;
// - an exception escaping the plugin (when creating devices, or from any of its event handlers) stops the
//   worker and marks the instance failed with the exception's message;
// - readings pass a per-device rate limit before they reach the owning thread, in batches; readings over
//   the limit are dropped and counted, and the device is reported as flooding.
// A crash of the whole process inside a plugin's thread is recorded by crashmarker.h for the next start.
#pragma once

#include "plugincatalog.h"

#include <commonwatt/device.h>
#include <commonwatt/deviceplugin.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace commonwatt::pluginhost {

class PluginThread;
class ReadingGate;

class PluginHost : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Starting,
        Running,
        Failed,  // see reason(); devices may still exist (a stalled worker can recover)
        Stopped,
    };
    Q_ENUM(State)

    struct Options
    {
        qint64 watchdogIntervalMs = 1000;
        qint64 stallTimeoutMs = 5000;
        double readingsPerSecondPerDevice = 2000.0; // sustained; bursts up to one second's worth
        qint64 batchIntervalMs = 50;                // how often readings cross to the owning thread
    };

    struct Counters
    {
        quint64 readingsPassed = 0;
        quint64 readingsDropped = 0; // over the rate limit
    };

    PluginHost(const PluginEntry &entry, QString instanceId, QJsonObject settings, PluginContext context,
               Options options, QObject *parent = nullptr);
    PluginHost(const PluginEntry &entry, QString instanceId, QJsonObject settings, PluginContext context,
               QObject *parent = nullptr)
        : PluginHost(entry, std::move(instanceId), std::move(settings), std::move(context), Options{}, parent)
    {}
    ~PluginHost() override;

    // Validates the settings against the plugin's schema and creates the devices (on the worker thread);
    // devicesReady() or failed() follows, on this object's thread.
    void start();
    // Stops the worker and deletes the devices (on their thread). Waits at most `waitMs` for a plugin that
    // does not return; such a thread is abandoned (and reported), never killed mid-operation.
    void stop(int waitMs = 3000);

    [[nodiscard]] const QString &instanceId() const { return m_instanceId; }
    [[nodiscard]] const PluginEntry &entry() const { return m_entry; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &reason() const { return m_reason; }
    [[nodiscard]] const QList<Device *> &devices() const { return m_devices; }
    [[nodiscard]] Counters counters() const;
    // True when the devices live on this host's worker thread (and readings come through readingsReady()).
    [[nodiscard]] bool usesWorkerThread() const { return !m_entry.clockThread; }

signals:
    void devicesReady(const QList<commonwatt::Device *> &devices);
    void stateChanged(commonwatt::pluginhost::PluginHost::State state, const QString &reason);
    // Readings that passed the rate limit, in order, on this object's thread (worker-thread plugins only).
    void readingsReady(commonwatt::Device *device, const QList<commonwatt::DeviceReading> &readings);
    // A device over its reading rate: `dropped` readings so far (at most once a second per device).
    void deviceFlooding(commonwatt::Device *device, quint64 dropped);

private:
    void setState(State state, const QString &reason);
    void onCreated(const QList<Device *> &devices, const QString &error);
    void onWatchdog();
    void onWorkerException(const QString &what);
    friend class PluginThread;

    PluginEntry m_entry;
    QString m_instanceId;
    QJsonObject m_settings;
    PluginContext m_context;
    Options m_options;
    State m_state = State::Idle;
    QString m_reason;
    QList<Device *> m_devices;
    std::shared_ptr<PluginThread> m_thread; // shared by the plugin's instances
    QObject *m_root = nullptr;        // lives on the worker thread; owns the devices
    ReadingGate *m_gate = nullptr;    // lives on the worker thread
    std::shared_ptr<std::atomic<qint64>> m_lastAnswerMs; // elapsed-time stamp of the worker's last answer
    QElapsedTimer m_elapsed;
    QTimer m_watchdog;
    bool m_stalled = false;
};

} // namespace commonwatt::pluginhost
