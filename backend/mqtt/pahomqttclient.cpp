#include "pahomqttclient.h"

#include "logthrottle.h"
#include "messagedispatcher.h"

#include <QMetaObject>

#include <mqtt/async_client.h>

#include <array>
#include <chrono>

using namespace Qt::StringLiterals;

namespace commonwatt::mqtt {

namespace {

// Soon after a blip, then gently: a broker that is away for hours costs one attempt every 30 s.
constexpr std::array<int, 6> kBackoffMs{250, 1000, 2000, 5000, 10000, 30000};
constexpr int kConnectTimeoutSeconds = 10;

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

bool isTransientPublishError(int returnCode)
{
    return returnCode == MQTTASYNC_DISCONNECTED || returnCode == MQTTASYNC_MAX_MESSAGES_INFLIGHT ||
           returnCode == MQTTASYNC_MAX_BUFFERED_MESSAGES || returnCode == MQTTASYNC_OPERATION_INCOMPLETE;
}

} // namespace

// The only way from Paho's threads into the client: posts to the client's thread, and nothing at all once
// the client is being destroyed (detach()), so a late callback can never reach a dead object.
class PahoMqttClient::Forwarder
{
public:
    explicit Forwarder(PahoMqttClient *client)
        : m_client(client)
    {}

    template<typename F> void post(F function)
    {
        QMutexLocker lock(&m_mutex);
        if (m_client)
            QMetaObject::invokeMethod(
                m_client, [client = m_client, function = std::move(function)] { function(*client); },
                Qt::QueuedConnection);
    }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_client = nullptr;
    }

private:
    QMutex m_mutex;
    PahoMqttClient *m_client;
};

// Paho keeps a raw pointer to this for every connect token, so it lives as long as the async_client. The
// token's user context carries the attempt number, so that a late answer to an abandoned attempt is ignored.
class PahoMqttClient::ConnectListener final : public ::mqtt::iaction_listener
{
public:
    explicit ConnectListener(std::shared_ptr<Forwarder> forwarder)
        : m_forwarder(std::move(forwarder))
    {}

    void on_success(const ::mqtt::token &token) override
    {
        const auto attempt = quint64(reinterpret_cast<quintptr>(token.get_user_context()));
        m_forwarder->post([attempt](PahoMqttClient &client) { client.onConnected(attempt); });
    }
    void on_failure(const ::mqtt::token &token) override
    {
        const auto attempt = quint64(reinterpret_cast<quintptr>(token.get_user_context()));
        const int returnCode = token.get_return_code();
        m_forwarder->post(
            [attempt, returnCode](PahoMqttClient &client) { client.onConnectFailed(attempt, returnCode); });
    }

private:
    std::shared_ptr<Forwarder> m_forwarder;
};

PahoMqttClient::PahoMqttClient(MqttBrokerSettings settings, MqttClientLimits limits, QObject *parent)
    : MqttClient(parent)
    , m_settings(std::move(settings))
    , m_limits(limits)
    , m_counters(std::make_shared<Counters>())
    , m_throttle(std::make_shared<LogThrottle>())
    , m_forwarder(std::make_shared<Forwarder>(this))
{
    // A filter that lost its last subscription because its context was destroyed: unsubscribe at the
    // broker, unless someone subscribed to it again in the meantime.
    m_dispatcher = std::make_shared<MessageDispatcher>(
        m_counters, m_throttle, m_limits.subscriberQueue, m_limits.maxPayloadBytes,
        [forwarder = m_forwarder](const QString &filter) {
            forwarder->post([filter](PahoMqttClient &client) { client.unsubscribeAtBroker(filter); });
        });
    m_connectListener = std::make_unique<ConnectListener>(m_forwarder);
    // No persistence: Commonwatt's commands are retried by their CommandTracker, and state is re-published.
    m_client = std::make_unique<::mqtt::async_client>(toStd(m_settings.serverUri()),
                                                      toStd(m_settings.clientId), nullptr);
    m_client->set_message_callback([dispatcher = m_dispatcher](::mqtt::const_message_ptr message) {
        const std::string &topic = message->get_topic();
        const ::mqtt::binary &payload = message->get_payload();
        dispatcher->dispatch(topic.data(), topic.size(), payload.data(), payload.size(),
                             message->is_retained());
    });
    m_client->set_connection_lost_handler([forwarder = m_forwarder](const std::string &cause) {
        const QString reason = QString::fromStdString(cause);
        forwarder->post([reason](PahoMqttClient &client) { client.onConnectionLost(reason); });
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PahoMqttClient::connectToBroker);
}

PahoMqttClient::~PahoMqttClient()
{
    stop();
    m_forwarder->detach();
    m_client.reset();
}

void PahoMqttClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffIndex = 0;
    connectToBroker();
}

void PahoMqttClient::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    ++m_attempt;
    const bool wasConnected = m_connected.exchange(false);
    try {
        // A clean disconnect suppresses the will, so say it ourselves.
        if (wasConnected && !m_settings.willTopic.isEmpty()) {
            m_client
                ->publish(toStd(m_settings.willTopic), m_settings.willPayload.constData(),
                          std::size_t(m_settings.willPayload.size()), 1, m_settings.willRetain)
                ->wait_for(std::chrono::seconds(2));
        }
        if (m_client->is_connected())
            m_client->disconnect(1000)->wait_for(std::chrono::seconds(3));
    } catch (const ::mqtt::exception &e) {
        qCDebug(lcMqtt) << "Disconnecting from" << m_settings.address() << "failed:" << e.what();
    }
    setState(State::Disconnected, tr("stopped"));
}

MqttClient::State PahoMqttClient::state() const
{
    return m_state.load();
}

MqttClient::Statistics PahoMqttClient::statistics() const
{
    return m_counters->snapshot();
}

qsizetype PahoMqttClient::maxPayloadBytes() const
{
    return m_limits.maxPayloadBytes;
}

quint64 PahoMqttClient::subscribe(const QString &filter, QObject *context, Handler handler)
{
    if (!context || !handler || !isValidFilter(filter)) {
        qCWarning(lcMqtt).noquote() << u"Refused a subscription to \"%1\": %2"_s.arg(
            filter,
            !isValidFilter(filter) ? tr("not a valid MQTT topic filter") : tr("no context or handler"));
        return 0;
    }
    const MessageDispatcher::Added added = m_dispatcher->add(filter, context, std::move(handler));
    // Subscribing again to a filter already subscribed makes the broker send its retained messages, which
    // the new subscriber needs (the others may see them twice).
    m_forwarder->post([filter](PahoMqttClient &client) { client.subscribeAtBroker({filter}); });
    return added.id;
}

void PahoMqttClient::unsubscribe(quint64 subscriptionId)
{
    if (const std::optional<QString> unused = m_dispatcher->remove(subscriptionId))
        m_forwarder->post([filter = *unused](PahoMqttClient &client) { client.unsubscribeAtBroker(filter); });
}

void PahoMqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (topic.isEmpty() || topic.contains(u'+') || topic.contains(u'#')) {
        if (const auto left = m_throttle->admit(u"badtopic"_s))
            qCWarning(lcMqtt).noquote()
                << u"Refused to publish to \"%1\": not a valid topic%2"_s.arg(topic, suppressedNote(*left));
        return;
    }
    Outgoing message{toStd(topic), payload, std::clamp(qos, 0, 2), retain};
    QMutexLocker lock(&m_publishMutex);
    // Straight to Paho only when nothing queued earlier is still waiting, so that order is kept.
    if (m_connected && m_outbox.empty() && !m_flushing) {
        lock.unlock();
        int returnCode = 0;
        if (send(message, &returnCode))
            return;
        lock.relock();
    }
    enqueueLocked(std::move(message));
    if (m_connected && !m_flushing && !m_flushPosted) {
        m_flushPosted = true;
        m_forwarder->post([](PahoMqttClient &client) { client.flushOutbox(); });
    }
}

void PahoMqttClient::enqueueLocked(Outgoing message)
{
    if (qsizetype(m_outbox.size()) >= m_limits.offlinePublishes) {
        m_outbox.pop_front();
        m_counters->droppedPublishes.fetch_add(1, std::memory_order_relaxed);
        if (const auto left = m_throttle->admit(u"outbox"_s))
            qCWarning(lcMqtt).noquote() << u"Broker %1 away: dropping the oldest waiting publishes%2"_s.arg(
                m_settings.address(), suppressedNote(*left));
    }
    m_outbox.push_back(std::move(message));
}

bool PahoMqttClient::send(const Outgoing &message, int *returnCode)
{
    try {
        m_client->publish(message.topic, message.payload.constData(), std::size_t(message.payload.size()),
                          message.qos, message.retain);
        m_counters->published.fetch_add(1, std::memory_order_relaxed);
        return true;
    } catch (const ::mqtt::exception &e) {
        if (returnCode)
            *returnCode = e.get_return_code();
        return false;
    }
}

void PahoMqttClient::flushOutbox()
{
    QMutexLocker lock(&m_publishMutex);
    m_flushPosted = false;
    if (m_flushing)
        return;
    m_flushing = true;
    while (m_connected && !m_outbox.empty()) {
        Outgoing next = std::move(m_outbox.front());
        m_outbox.pop_front();
        lock.unlock();
        int returnCode = 0;
        const bool sent = send(next, &returnCode);
        lock.relock();
        if (sent)
            continue;
        if (isTransientPublishError(returnCode)) {
            m_outbox.push_front(std::move(next));
            if (m_connected)
                QTimer::singleShot(100, this, &PahoMqttClient::flushOutbox);
            break;
        }
        m_counters->droppedPublishes.fetch_add(1, std::memory_order_relaxed);
        if (const auto left = m_throttle->admit(u"publishfailed"_s))
            qCWarning(lcMqtt).noquote()
                << u"Publishing to %1 failed (Paho error %2)%3"_s.arg(QString::fromStdString(next.topic))
                       .arg(returnCode)
                       .arg(suppressedNote(*left));
    }
    m_flushing = false;
}

void PahoMqttClient::connectToBroker()
{
    if (!m_running)
        return;
    const quint64 attempt = ++m_attempt;
    setState(State::Connecting, {});
    ::mqtt::connect_options options;
    options.set_mqtt_version(MQTTVERSION_3_1_1);
    options.set_clean_session(true);
    options.set_automatic_reconnect(false); // our own backoff, with states the UI can show
    options.set_keep_alive_interval(m_settings.keepAliveSeconds);
    options.set_connect_timeout(kConnectTimeoutSeconds);
    if (!m_settings.username.isEmpty()) {
        options.set_user_name(toStd(m_settings.username));
        options.set_password(toStd(m_settings.password));
    }
    if (!m_settings.willTopic.isEmpty())
        options.set_will(::mqtt::will_options(toStd(m_settings.willTopic), m_settings.willPayload.constData(),
                                              std::size_t(m_settings.willPayload.size()), 1,
                                              m_settings.willRetain));
    if (m_settings.tls) {
        ::mqtt::ssl_options ssl;
        if (!m_settings.caFile.isEmpty())
            ssl.set_trust_store(toStd(m_settings.caFile));
        if (!m_settings.certFile.isEmpty()) {
            ssl.set_key_store(toStd(m_settings.certFile));
            ssl.set_private_key(toStd(m_settings.keyFile));
        }
        ssl.set_enable_server_cert_auth(m_settings.verifyPeer);
        ssl.set_verify(m_settings.verifyPeer);
        options.set_ssl(std::move(ssl));
    }
    try {
        m_client->connect(options, reinterpret_cast<void *>(quintptr(attempt)), *m_connectListener);
    } catch (const ::mqtt::exception &e) {
        onConnectFailed(attempt, e.get_return_code());
    }
}

void PahoMqttClient::onConnected(quint64 attempt)
{
    if (attempt != m_attempt || !m_running) {
        // An attempt given up on (stop()) that connected after all.
        if (!m_running) {
            try {
                m_client->disconnect(0);
            } catch (const ::mqtt::exception &) {
            }
        }
        return;
    }
    m_backoffIndex = 0;
    if (m_everConnected)
        m_counters->reconnects.fetch_add(1, std::memory_order_relaxed);
    m_everConnected = true;
    // Subscriptions and the online payload go out before anything queued, so that answers to the queued
    // commands find their subscriptions in place.
    subscribeAtBroker(m_dispatcher->filters());
    if (!m_settings.willTopic.isEmpty()) {
        const Outgoing online{toStd(m_settings.willTopic), m_settings.onlinePayload, 1,
                              m_settings.willRetain};
        if (!send(online))
            qCWarning(lcMqtt) << "Could not publish the online payload to" << m_settings.willTopic;
    }
    m_connected = true;
    setState(State::Connected, {});
    flushOutbox();
}

void PahoMqttClient::onConnectFailed(quint64 attempt, int returnCode)
{
    if (attempt != m_attempt || !m_running)
        return;
    setState(State::Disconnected, connectFailureReason(returnCode));
    scheduleReconnect();
}

void PahoMqttClient::onConnectionLost(const QString &cause)
{
    if (!m_running || m_state.load() != State::Connected)
        return;
    m_connected = false;
    QString reason = tr("connection to %1 lost").arg(m_settings.address());
    if (!cause.isEmpty())
        reason += u": "_s + cause;
    setState(State::Disconnected, reason);
    scheduleReconnect();
}

void PahoMqttClient::scheduleReconnect()
{
    const int delay = kBackoffMs[std::size_t(std::min<int>(m_backoffIndex, int(kBackoffMs.size()) - 1))];
    ++m_backoffIndex;
    m_retryTimer.start(delay);
}

QString PahoMqttClient::connectFailureReason(int returnCode) const
{
    switch (returnCode) {
    case 1:
        return tr("connection refused: the broker at %1 does not speak MQTT 3.1.1").arg(m_settings.address());
    case 2:
        return tr("connection refused: client id %1 rejected").arg(m_settings.clientId);
    case 3:
        return tr("connection refused: broker at %1 unavailable").arg(m_settings.address());
    case 4:
        return tr("connection refused: bad user name or password");
    case 5:
        return tr("connection refused: not authorised (check the user name and password)");
    default:
        break;
    }
    // Paho C++ 1.2 cannot safely report OpenSSL's own reason (its ssl_options error handler outlives its
    // context and crashes), so a refused certificate and an absent broker look alike here.
    if (m_settings.tls)
        return tr("broker unreachable at %1, or the TLS handshake failed (check the CA file and the broker's "
                  "certificate)")
            .arg(m_settings.address());
    return tr("broker unreachable at %1").arg(m_settings.address());
}

void PahoMqttClient::setState(State state, const QString &reason)
{
    const State previous = m_state.exchange(state);
    if (previous == state && state != State::Disconnected)
        return;
    if (state == State::Connected) {
        if (const auto left = m_throttle->admit(u"connected"_s))
            qCInfo(lcMqtt).noquote() << u"Connected to %1%2"_s.arg(m_settings.address(),
                                                                   suppressedNote(*left));
    } else if (state == State::Disconnected && !m_running) {
        qCInfo(lcMqtt).noquote() << u"MQTT %1: %2"_s.arg(m_settings.address(), reason);
    } else if (state == State::Disconnected) {
        if (const auto left = m_throttle->admit(u"state:"_s + reason))
            qCWarning(lcMqtt).noquote()
                << u"MQTT %1: %2%3"_s.arg(m_settings.address(), reason, suppressedNote(*left));
    }
    Q_EMIT stateChanged(state, reason);
}

void PahoMqttClient::subscribeAtBroker(const QStringList &filters)
{
    if (!m_connected && m_state.load() != State::Connecting)
        return;
    if (filters.isEmpty() || !m_client->is_connected())
        return;
    auto collection = std::make_shared<::mqtt::string_collection>();
    for (const QString &filter : filters)
        collection->push_back(toStd(filter));
    try {
        m_client->subscribe(collection, std::vector<int>(std::size_t(filters.size()), 1));
    } catch (const ::mqtt::exception &e) {
        qCWarning(lcMqtt) << "Subscribing to" << filters << "failed:" << e.what();
    }
}

void PahoMqttClient::unsubscribeAtBroker(const QString &filter)
{
    if (!m_connected || m_dispatcher->filters().contains(filter))
        return;
    try {
        m_client->unsubscribe(toStd(filter));
    } catch (const ::mqtt::exception &e) {
        qCDebug(lcMqtt) << "Unsubscribing from" << filter << "failed:" << e.what();
    }
}

} // namespace commonwatt::mqtt
