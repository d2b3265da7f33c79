#include "mqttapi.h"

#include "creditsservice.h"
#include "household.h"
#include "planner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcMqttApi, "commonwatt.mqttapi")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr int kStateQos = 0;   // frequent state: the next value replaces a lost one
constexpr int kControlQos = 1; // the status and the answers to commands: rare, and worth delivering
constexpr qsizetype kMaxCommandBytes = 64;
constexpr qsizetype kMaxEchoedBytes = 200;
constexpr int kMaxErrorsPerSecond = 10;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

MqttApi::MqttApi(MqttClient &client, Household &household, storage::ReadingsStore &store,
                 const CreditsService *credits, Planner *planner, MqttApiSettings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_household(household)
    , m_store(store)
    , m_credits(credits)
    , m_planner(planner)
    , m_settings(std::move(settings))
    , m_root(rootTopic(m_settings.householdId))
{
    m_realTime.start();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &MqttApi::flush);
}

MqttApi::~MqttApi() = default;

QString MqttApi::rootTopic(const QString &householdId)
{
    return u"commonwatt/"_s + householdId;
}

MqttAvailability MqttApi::availability(const QString &householdId)
{
    return {rootTopic(householdId) + u"/status"_s, "online", "offline", kControlQos, true};
}

bool MqttApi::isValidHouseholdId(QStringView householdId)
{
    return HomeAssistantDiscovery::isValidId(householdId);
}

QString MqttApi::topic(QStringView relative) const
{
    return m_root + u'/' + relative;
}

bool MqttApi::start(QString *error)
{
    if (!isValidHouseholdId(m_settings.householdId)) {
        *error = tr("The household id \"%1\" cannot be an MQTT topic level: use letters, digits, _ and -.")
                     .arg(m_settings.householdId);
        return false;
    }
    if (m_started)
        return true;
    m_started = true;
    const MqttAvailability status = availability(m_settings.householdId);
    if (m_settings.homeAssistantDiscovery) {
        const QString node = u"commonwatt_"_s + m_settings.householdId;
        m_discovery = std::make_unique<HomeAssistantDiscovery>(
            m_client,
            HaDiscoverySettings{
                .prefix = m_settings.discoveryPrefix,
                .nodeId = node,
                .deviceIdentifier = node,
                .deviceName = m_settings.householdName.isEmpty() ? u"Commonwatt "_s + m_settings.householdId
                                                                 : m_settings.householdName,
                .model = u"Household energy manager"_s,
                .softwareVersion = m_settings.softwareVersion,
                .availabilityTopic = status.topic,
                .payloadAvailable = QString::fromLatin1(status.online),
                .payloadNotAvailable = QString::fromLatin1(status.offline),
            });
    }
    m_client.publish(status.topic, status.online, status.qos, status.retained);
    connect(&m_client, &MqttClient::stateChanged, this,
            [this](MqttClient::State state) { onClientState(state); });
    connect(&m_household, &Household::powerFlowChanged, this, &MqttApi::updateFlow);
    connect(&m_household, &Household::totalsChanged, this, &MqttApi::updateTotals);
    if (m_credits)
        connect(m_credits, &CreditsService::summaryChanged, this, &MqttApi::updateCredits);
    if (m_planner) {
        connect(m_planner, &Planner::planChanged, this, &MqttApi::updatePlan);
        connect(m_planner, &Planner::errorChanged, this, &MqttApi::updatePlan);
        connect(m_planner, &Planner::requestsChanged, this, &MqttApi::updateRequests);
        m_commandSubscription =
            m_client.subscribe(topic(u"device/+/+/set"), this,
                               [this](const QList<MqttMessage> &messages) { onCommands(messages); });
    }
    rescanDevices();
    updateFlow();
    updateTotals();
    updateCredits();
    updatePlan();
    flush();
    return true;
}

void MqttApi::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_flushTimer.stop();
    if (m_commandSubscription)
        m_client.unsubscribe(std::exchange(m_commandSubscription, 0));
    if (m_discovery)
        m_discovery->stop();
    disconnect(&m_client, nullptr, this, nullptr);
    const MqttAvailability status = availability(m_settings.householdId);
    m_client.publish(status.topic, status.offline, status.qos, status.retained);
}

// ---- The coalescing retained tree ----

void MqttApi::setNumber(const QString &relative, double value, int decimals)
{
    if (!std::isfinite(value))
        return;
    // "-0.000" is a change of sign nobody made.
    value = rounded(value, decimals);
    if (value == 0.0)
        value = 0.0;
    setValue(relative, QByteArray::number(value, 'f', decimals));
}

void MqttApi::setValue(const QString &relative, const QByteArray &value)
{
    TopicState &state = m_topics[relative];
    if (state.hasPending) {
        state.pending = value;
        // Changed and changed back within the interval: nothing to tell.
        state.hasPending = !(state.hasPublished && state.published == value);
        return;
    }
    if (state.hasPublished && state.published == value)
        return;
    const qint64 interval = m_settings.minInterval.count();
    const qint64 sinceLast = m_realTime.elapsed() - state.lastPublishedMs;
    state.pending = value;
    state.hasPending = true;
    if (m_started && (!state.hasPublished || sinceLast >= interval)) {
        publishNow(relative);
        return;
    }
    if (m_started && (!m_flushTimer.isActive() || m_flushTimer.remainingTime() > interval - sinceLast))
        m_flushTimer.start(std::chrono::milliseconds(std::max<qint64>(0, interval - sinceLast)));
}

void MqttApi::publishNow(const QString &relative)
{
    TopicState &state = m_topics[relative];
    state.published = std::exchange(state.pending, {});
    state.hasPublished = true;
    state.hasPending = false;
    state.lastPublishedMs = m_realTime.elapsed();
    m_client.publish(topic(relative), state.published, kStateQos, true);
}

void MqttApi::flush()
{
    if (!m_started)
        return;
    const qint64 interval = m_settings.minInterval.count();
    const qint64 now = m_realTime.elapsed();
    qint64 nextDue = -1;
    QStringList due;
    for (auto it = m_topics.cbegin(); it != m_topics.cend(); ++it) {
        if (!it->hasPending)
            continue;
        const qint64 wait = it->hasPublished ? interval - (now - it->lastPublishedMs) : 0;
        if (wait <= 0)
            due.append(it.key());
        else if (nextDue < 0 || wait < nextDue)
            nextDue = wait;
    }
    for (const QString &relative : std::as_const(due))
        publishNow(relative);
    if (nextDue >= 0)
        m_flushTimer.start(std::chrono::milliseconds(nextDue));
}

void MqttApi::republishAll()
{
    // The broker may have restarted without its retained messages: give it the whole tree again.
    const MqttAvailability status = availability(m_settings.householdId);
    m_client.publish(status.topic, status.online, status.qos, status.retained);
    for (auto it = m_topics.cbegin(); it != m_topics.cend(); ++it) {
        if (it->hasPublished)
            m_client.publish(topic(it.key()), it->published, kStateQos, true);
    }
    if (m_discovery)
        m_discovery->publishAll();
}

void MqttApi::onClientState(MqttClient::State state)
{
    if (state == MqttClient::State::Connected && m_started)
        republishAll();
}

// ---- Commands ----

void MqttApi::onCommands(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages)
        handleCommand(message);
}

void MqttApi::handleCommand(const MqttMessage &message)
{
    if (message.retained) {
        // A retained command would be applied again at every reconnect, days after it was meant.
        reject(message, tr("Retained commands are ignored: publish commands without the retain flag."));
        return;
    }
    const QString prefix = topic(u"device/");
    const QStringList levels = message.topic.mid(prefix.size()).split(u'/');
    if (!message.topic.startsWith(prefix) || levels.size() != 3 || levels[2] != u"set") {
        reject(message, tr("Not a command topic."));
        return;
    }
    const QString deviceId = m_deviceByLevel.value(levels[0]);
    if (deviceId.isEmpty()) {
        reject(message, tr("There is no device \"%1\".").arg(levels[0]));
        return;
    }
    if (levels[1] != u"request") {
        reject(message, tr("Unknown command \"%1\": the device commands are: request.").arg(levels[1]));
        return;
    }
    QString error;
    if (!applyRequest(deviceId, message.payload, &error)) {
        reject(message, error);
        return;
    }
    qCInfo(lcMqttApi).noquote() << "command" << message.topic << QString::fromUtf8(message.payload);
}

bool MqttApi::applyRequest(const QString &deviceId, const QByteArray &payload, QString *error)
{
    const QString usage =
        tr("Send runNow, skipToday, cancel, or readyBy HH:MM PERCENT (e.g. readyBy 07:00 80).");
    if (payload.size() > kMaxCommandBytes) {
        *error =
            tr("The command is %1 bytes long; commands are short words.").arg(payload.size()) + u' ' + usage;
        return false;
    }
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList words = QString::fromUtf8(payload).trimmed().split(whitespace, Qt::SkipEmptyParts);
    const QString verb = words.value(0);
    const std::optional<PlanRequest> existing = m_planner->requests().find(deviceId);
    // Commands are absolute: asking again for what stands already changes nothing, not even its start time.
    if (verb == u"cancel" && words.size() == 1) {
        m_planner->cancelRequest(deviceId);
        return true;
    }
    if (verb == u"runNow" && words.size() == 1) {
        if (existing && existing->kind == RequestKind::RunNow)
            return true;
        return m_planner->requestRunNow(deviceId, error);
    }
    if (verb == u"skipToday" && words.size() == 1) {
        if (existing && existing->kind == RequestKind::SkipToday)
            return true;
        return m_planner->requestSkipToday(deviceId, error);
    }
    if (verb == u"readyBy" && words.size() == 3) {
        static const QRegularExpression hhmm(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
        if (!hhmm.match(words[1]).hasMatch()) {
            *error = tr("\"%1\" is not a time: give it as HH:MM, 00:00 to 23:59.").arg(words[1]);
            return false;
        }
        bool ok = false;
        const double percent = words[2].toDouble(&ok);
        if (!ok || !std::isfinite(percent) || percent < 1.0 || percent > 100.0) {
            *error = tr("\"%1\" is not a charge target: give a percentage from 1 to 100.").arg(words[2]);
            return false;
        }
        const QTime time = QTime::fromString(words[1], u"HH:mm"_s);
        if (existing && existing->kind == RequestKind::ReadyBy && existing->targetPercent == percent &&
            QDateTime::fromMSecsSinceEpoch(existing->untilMs, m_household.timeZone()).time() == time)
            return true;
        return m_planner->requestReadyBy(deviceId, time, percent, error);
    }
    *error =
        tr("\"%1\" is not a command.").arg(QString::fromUtf8(payload.left(kMaxEchoedBytes))) + u' ' + usage;
    return false;
}

void MqttApi::reject(const MqttMessage &message, const QString &reason)
{
    ++m_rejected;
    qCWarning(lcMqttApi).noquote() << "command on" << message.topic << "refused:" << reason;
    emit commandRejected(message.topic, reason);
    // A flood of bad commands must not become a flood of answers.
    const qint64 second = m_realTime.elapsed() / 1000;
    if (second != m_errorWindowMs) {
        m_errorWindowMs = second;
        m_errorsInWindow = 0;
    }
    if (++m_errorsInWindow > kMaxErrorsPerSecond)
        return;
    const QJsonObject answer{
        {u"topic"_s, message.topic},
        {u"payload"_s, QString::fromUtf8(message.payload.left(kMaxEchoedBytes))},
        {u"error"_s, reason},
    };
    m_client.publish(topic(u"error"), QJsonDocument(answer).toJson(QJsonDocument::Compact), kControlQos,
                     false);
}

} // namespace commonwatt::app
