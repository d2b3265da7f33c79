#include "pluginhost.h"

#include "crashmarker.h"
#include "exceptionguard.h"
#include "readinggate.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <chrono>
#include <exception>

Q_LOGGING_CATEGORY(lcPluginHost, "commonwatt.plugins.host")

using namespace Qt::StringLiterals;

namespace commonwatt::pluginhost {

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Creates an instance's devices: settings checked against the plugin's schema first, every exception caught.
QList<Device *> createDevices(const PluginEntry &entry, const PluginContext &context,
                              const QJsonObject &settings, QObject *parent, QString *error)
{
    try {
        if (entry.plugin->needsMqtt() && !context.mqtt) {
            *error = QCoreApplication::translate("Plugins",
                                                 "%1 needs an MQTT broker, and none is configured for it.")
                         .arg(context.instanceId);
            return {};
        }
        QString problem;
        const std::optional<QJsonObject> valid =
            validateSettings(entry.plugin->settingsSchema(), settings, &problem);
        if (!valid) {
            *error = u"%1: %2"_s.arg(context.instanceId, problem);
            return {};
        }
        QList<Device *> devices = entry.plugin->createDevices(context, *valid, parent, error);
        if (devices.isEmpty() && error->isEmpty())
            *error = QCoreApplication::translate("Plugins", "%1: the plugin %2 created no devices.")
                         .arg(context.instanceId, entry.id);
        return devices;
    } catch (const std::exception &exception) {
        *error =
            QCoreApplication::translate("Plugins", "%1: the plugin %2 failed while creating its devices: %3")
                .arg(context.instanceId, entry.id, QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        *error =
            QCoreApplication::translate("Plugins", "%1: the plugin %2 failed while creating its devices.")
                .arg(context.instanceId, entry.id);
    }
    return {};
}

} // namespace

// A plugin's worker: one event loop for all the instances of one plugin, whose every handler is plugin code,
// so an exception that escapes one ends this loop (and fails that plugin's instances) instead of the
// process. Shared by the plugin's hosts; the last one to let go stops it.
class PluginThread final : public QThread
{
public:
    explicit PluginThread(QString pluginId)
        : m_pluginId(std::move(pluginId))
    {
        setObjectName(u"plugin "_s + m_pluginId);
    }

    // The running worker of `pluginId`, started if need be. Called on the hosts' thread.
    static std::shared_ptr<PluginThread> forPlugin(const QString &pluginId)
    {
        static QHash<QString, std::weak_ptr<PluginThread>> threads;
        std::shared_ptr<PluginThread> thread = threads.value(pluginId).lock();
        if (!thread) {
            thread = std::shared_ptr<PluginThread>(new PluginThread(pluginId), [](PluginThread *ending) {
                ending->quit();
                if (!ending->wait(QDeadlineTimer(3000))) {
                    // Destroying a running QThread would abort the process: a plugin that never returns
                    // keeps its thread until the process ends.
                    qCCritical(lcPluginHost).noquote() << ending->objectName() << "did not stop; abandoned";
                    return;
                }
                delete ending;
            });
            threads.insert(pluginId, thread);
        }
        if (!thread->isRunning())
            thread->start(); // first use, or again after an exception ended its loop
        return thread;
    }

    void addHost(PluginHost *host)
    {
        QMutexLocker lock(&m_mutex);
        m_hosts.append(host);
    }
    void removeHost(PluginHost *host)
    {
        QMutexLocker lock(&m_mutex);
        m_hosts.removeAll(host);
    }

    // On the worker: tells every host of this plugin, on the hosts' thread.
    void reportException(const QString &what)
    {
        const QString text =
            what.isEmpty() ? QCoreApplication::translate("Plugins", "an exception of unknown type") : what;
        QMutexLocker lock(&m_mutex);
        for (const QPointer<PluginHost> &host : std::as_const(m_hosts)) {
            QMetaObject::invokeMethod(
                host.data(),
                [host, text] {
                    if (host)
                        host->onWorkerException(text);
                },
                Qt::QueuedConnection);
        }
    }

protected:
    void run() override
    {
        const crashmarker::ThreadScope scope(m_pluginId);
        try {
            exec();
        } catch (const std::exception &exception) {
            // Only without a GuardedApplication: the loop was unwound, which Qt does not support.
            reportException(QString::fromLocal8Bit(exception.what()));
        } catch (...) {
            reportException({});
        }
    }

private:
    QString m_pluginId;
    QMutex m_mutex;
    QList<QPointer<PluginHost>> m_hosts;
};

bool failCurrentPluginThread(const QString &what)
{
    auto *thread = dynamic_cast<PluginThread *>(QThread::currentThread());
    if (!thread)
        return false;
    thread->reportException(what);
    thread->quit();
    return true;
}

PluginHost::PluginHost(const PluginEntry &entry, QString instanceId, QJsonObject settings,
                       PluginContext context, Options options, QObject *parent)
    : QObject(parent)
    , m_entry(entry)
    , m_instanceId(std::move(instanceId))
    , m_settings(std::move(settings))
    , m_context(std::move(context))
    , m_options(options)
    , m_lastAnswerMs(std::make_shared<std::atomic<qint64>>(steadyMs()))
{
    m_context.instanceId = m_instanceId;
    m_watchdog.setInterval(std::chrono::milliseconds(m_options.watchdogIntervalMs));
    connect(&m_watchdog, &QTimer::timeout, this, &PluginHost::onWatchdog);
    qRegisterMetaType<QList<commonwatt::DeviceReading>>();
    qRegisterMetaType<commonwatt::DeviceCommand>();
    qRegisterMetaType<commonwatt::Availability>();
}

PluginHost::~PluginHost()
{
    stop();
}

void PluginHost::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    if (state == State::Failed)
        qCWarning(lcPluginHost).noquote() << m_instanceId << "failed:" << reason;
    emit stateChanged(state, reason);
}

void PluginHost::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Starting, {});
    if (m_entry.clockThread) {
        // Devices that are part of simulated time run in step with the clock, on its thread.
        m_root = new QObject(this);
        m_root->setObjectName(u"devices of "_s + m_instanceId);
        QString error;
        const QList<Device *> devices = createDevices(m_entry, m_context, m_settings, m_root, &error);
        onCreated(devices, error);
        return;
    }
    m_thread = PluginThread::forPlugin(m_entry.id);
    m_thread->addHost(this);
    m_root = new QObject;
    m_root->setObjectName(u"devices of "_s + m_instanceId);
    const QPointer<PluginHost> self(this);
    m_gate = new ReadingGate(
        m_options.readingsPerSecondPerDevice, m_options.batchIntervalMs,
        [self](Device *device, const QList<DeviceReading> &readings) {
            if (self)
                emit self->readingsReady(device, readings); // queued to the host's receivers
        },
        [self](Device *device, quint64 dropped) {
            if (self)
                emit self->deviceFlooding(device, dropped);
        },
        m_root);
    m_root->moveToThread(m_thread.get());
    m_lastAnswerMs->store(steadyMs());
    m_elapsed.start();
    m_watchdog.start();

    QObject *root = m_root;
    ReadingGate *gate = m_gate;
    const PluginEntry entry = m_entry;
    const PluginContext context = m_context;
    const QJsonObject settings = m_settings;
    QMetaObject::invokeMethod(
        root,
        [self, root, gate, entry, context, settings] {
            QString error;
            const QList<Device *> devices = createDevices(entry, context, settings, root, &error);
            for (Device *device : devices)
                gate->attach(device);
            QMetaObject::invokeMethod(
                self.data(),
                [self, devices, error] {
                    if (self)
                        self->onCreated(devices, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void PluginHost::onCreated(const QList<Device *> &devices, const QString &error)
{
    if (m_state == State::Stopped)
        return;
    if (devices.isEmpty()) {
        setState(State::Failed, error);
        return;
    }
    m_devices = devices;
    setState(State::Running, {});
    emit devicesReady(m_devices);
}

void PluginHost::onWatchdog()
{
    if (!m_thread || !m_thread->isRunning())
        return;
    const qint64 now = steadyMs();
    const qint64 silentMs = now - m_lastAnswerMs->load();
    if (silentMs > m_options.stallTimeoutMs) {
        if (!m_stalled || m_state != State::Failed) {
            m_stalled = true;
            setState(State::Failed,
                     QCoreApplication::translate("Plugins", "%1 (plugin %2) has not responded for %3 s.")
                         .arg(m_instanceId, m_entry.id,
                              QString::number(static_cast<double>(silentMs) / 1000.0, 'f', 1)));
        }
    } else if (m_stalled) {
        m_stalled = false;
        qCInfo(lcPluginHost).noquote() << m_instanceId << "responds again";
        setState(m_devices.isEmpty() ? State::Starting : State::Running, {});
    }
    // The answer only comes once the worker's event loop gets to it: a blocked plugin never answers.
    QMetaObject::invokeMethod(
        m_root, [last = m_lastAnswerMs] { last->store(steadyMs()); }, Qt::QueuedConnection);
}

void PluginHost::onWorkerException(const QString &what)
{
    m_watchdog.stop();
    setState(State::Failed,
             QCoreApplication::translate("Plugins", "%1 (plugin %2) stopped: it threw an exception: %3")
                 .arg(m_instanceId, m_entry.id, what));
}

PluginHost::Counters PluginHost::counters() const
{
    Counters counters;
    if (m_gate) {
        counters.readingsPassed = m_gate->passed();
        counters.readingsDropped = m_gate->dropped();
    }
    return counters;
}

void PluginHost::stop(int waitMs)
{
    if (m_state == State::Stopped || m_state == State::Idle) {
        m_state = State::Stopped;
        return;
    }
    m_watchdog.stop();
    m_devices.clear();
    if (m_entry.clockThread) {
        delete m_root; // owns the devices and whatever else the plugin made for them
        m_root = nullptr;
        setState(State::Stopped, {});
        return;
    }
    // The worker deletes this instance's objects (their timers belong to it). A worker whose loop an
    // exception ended runs again for that.
    if (!m_thread->isRunning())
        m_thread->start();
    auto deleted = std::make_shared<QSemaphore>();
    connect(m_root, &QObject::destroyed, [deleted] { deleted->release(); }); // runs on the worker
    m_root->deleteLater();
    if (!deleted->tryAcquire(1, waitMs)) {
        // Still queued behind a plugin that does not return: deleted whenever it does, never from here.
        qCCritical(lcPluginHost).noquote()
            << m_instanceId << "did not stop within" << waitMs << "ms; its devices are left to its thread";
    }
    m_root = nullptr;
    m_gate = nullptr;
    m_thread->removeHost(this);
    m_thread.reset(); // the last instance of the plugin stops its thread
    setState(State::Stopped, {});
}

} // namespace commonwatt::pluginhost
