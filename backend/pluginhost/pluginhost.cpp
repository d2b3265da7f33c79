#include "pluginhost.h"

#include "crashmarker.h"
#include "exceptionguard.h"
#include "readinggate.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QLoggingCategory>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("Plugins", text);
}

// Creates an instance's devices: settings checked against the plugin's schema first, every exception caught.
QList<Device *> createDevices(const PluginEntry &entry, const PluginContext &context, const QJsonObject &settings,
                              QObject *parent, QString *error)
{
    try {
        if (entry.plugin->needsMqtt() && !context.mqtt) {
            *error = tr("%1 needs an MQTT broker, and none is configured for it.").arg(context.instanceId);
            return {};
        }
        QString problem;
        const std::optional<QJsonObject> valid = validateSettings(entry.plugin->settingsSchema(), settings, &problem);
        if (!valid) {
            *error = u"%1: %2"_s.arg(context.instanceId, problem);
            return {};
        }
        QList<Device *> devices = entry.plugin->createDevices(context, *valid, parent, error);
        if (devices.isEmpty() && error->isEmpty())
            *error = tr("%1: the plugin %2 created no devices.").arg(context.instanceId, entry.id);
        return devices;
    } catch (const std::exception &exception) {
        *error = tr("%1: the plugin %2 failed while creating its devices: %3")
                     .arg(context.instanceId, entry.id, QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        *error = tr("%1: the plugin %2 failed while creating its devices.").arg(context.instanceId, entry.id);
    }
    return {};
}

} // namespace

// The worker: an event loop whose every handler is plugin code, so an exception that escapes one ends the
// loop here instead of the process.
class PluginThread final : public QThread
{
public:
    PluginThread(QString instanceId, std::function<void(const QString &)> onException)
        : m_instanceId(std::move(instanceId))
        , m_onException(std::move(onException))
    {
        setObjectName(u"plugin "_s + m_instanceId);
    }

    void reportException(const QString &what)
    {
        m_onException(what.isEmpty() ? tr("an exception of unknown type") : what);
    }

protected:
    void run() override
    {
        const crashmarker::ThreadScope scope(m_instanceId);
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
    QString m_instanceId;
    std::function<void(const QString &)> m_onException;
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

PluginHost::PluginHost(const PluginEntry &entry, QString instanceId, QJsonObject settings, PluginContext context,
                       Options options, QObject *parent)
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
    m_thread = new PluginThread(m_instanceId, [host = QPointer<PluginHost>(this)](const QString &what) {
        // Runs on the dying worker; the host learns of it on its own thread.
        QMetaObject::invokeMethod(host.data(), [host, what] {
            if (host)
                host->onWorkerException(what);
        }, Qt::QueuedConnection);
    });
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
    m_root->moveToThread(m_thread);
    m_thread->start();
    m_lastAnswerMs->store(steadyMs());
    m_elapsed.start();
    m_watchdog.start();

    QObject *root = m_root;
    ReadingGate *gate = m_gate;
    const PluginEntry entry = m_entry;
    const PluginContext context = m_context;
    const QJsonObject settings = m_settings;
    QMetaObject::invokeMethod(root, [self, root, gate, entry, context, settings] {
        QString error;
        const QList<Device *> devices = createDevices(entry, context, settings, root, &error);
        for (Device *device : devices)
            gate->attach(device);
        QMetaObject::invokeMethod(self.data(), [self, devices, error] {
            if (self)
                self->onCreated(devices, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
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
            setState(State::Failed, tr("%1 (plugin %2) has not responded for %3 s.")
                                        .arg(m_instanceId, m_entry.id,
                                             QString::number(static_cast<double>(silentMs) / 1000.0, 'f', 1)));
        }
    } else if (m_stalled) {
        m_stalled = false;
        qCInfo(lcPluginHost).noquote() << m_instanceId << "responds again";
        setState(m_devices.isEmpty() ? State::Starting : State::Running, {});
    }
    // The answer only comes once the worker's event loop gets to it: a blocked plugin never answers.
    QMetaObject::invokeMethod(m_root, [last = m_lastAnswerMs] { last->store(steadyMs()); },
                              Qt::QueuedConnection);
}

void PluginHost::onWorkerException(const QString &what)
{
    m_watchdog.stop();
    setState(State::Failed, tr("%1 (plugin %2) stopped: it threw an exception: %3").arg(m_instanceId, m_entry.id, what));
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
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        delete m_root; // never started
    } else {
        // The worker deletes its own objects (their timers belong to it), then ends its loop. A worker that
        // ended with an exception runs once more for that.
        if (m_thread->isFinished())
            m_thread->start();
        QObject *root = m_root;
        PluginThread *thread = m_thread;
        QMetaObject::invokeMethod(root, [root, thread] {
            delete root;
            thread->quit();
        }, Qt::QueuedConnection);
        if (!m_thread->wait(QDeadlineTimer(waitMs))) {
            qCCritical(lcPluginHost).noquote()
                << m_instanceId << "did not stop within" << waitMs << "ms; its thread is abandoned";
            m_thread->setParent(nullptr);
            m_thread = nullptr; // leaked on purpose: destroying a running QThread would abort the process
            m_root = nullptr;
            m_gate = nullptr;
            setState(State::Stopped, {});
            return;
        }
    }
    m_root = nullptr;
    m_gate = nullptr;
    delete m_thread;
    m_thread = nullptr;
    setState(State::Stopped, {});
}

} // namespace commonwatt::pluginhost
