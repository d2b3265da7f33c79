// commonwatt::MqttClient on Paho MQTT C++: one connection to one broker, shared by every plugin configured
// for it. Reconnects with backoff, restores subscriptions, queues publishes while offline, delivers in
// batches to each subscriber's thread. Behaviour and limits: docs/mqtt.md.
#pragma once

#include "mqtt/mqttbrokersettings.h"

#include <commonwatt/mqttclient.h>

#include <QMutex>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

namespace mqtt {
class async_client;
}

namespace commonwatt::mqtt {

struct Counters;
class LogThrottle;
class MessageDispatcher;

struct MqttClientLimits
{
    qsizetype subscriberQueue = 100'000;    // undelivered messages per subscription; then the oldest go
    qsizetype maxPayloadBytes = 256 * 1024; // larger messages are dropped before any subscriber sees them
    qsizetype offlinePublishes = 10'000;    // publishes kept while disconnected; then the oldest go
};

class PahoMqttClient final : public commonwatt::MqttClient
{
    Q_OBJECT
public:
    // Lives on the creating thread: connection handling and state changes happen there. Does not connect
    // until start().
    explicit PahoMqttClient(MqttBrokerSettings settings, MqttClientLimits limits = {},
                            QObject *parent = nullptr);
    ~PahoMqttClient() override;

    // Connects, and keeps reconnecting with backoff until stop().
    void start();
    // Publishes the offline payload (when there is a will topic), disconnects and stops reconnecting.
    void stop();

    [[nodiscard]] State state() const override;
    [[nodiscard]] Statistics statistics() const override;
    [[nodiscard]] qsizetype maxPayloadBytes() const override;
    // 0 (and a warning) for a null context or a filter the broker would refuse.
    quint64 subscribe(const QString &filter, QObject *context, Handler handler) override;
    void unsubscribe(quint64 subscriptionId) override;
    void publish(const QString &topic, const QByteArray &payload, int qos = 1, bool retain = false) override;

    [[nodiscard]] const MqttBrokerSettings &settings() const { return m_settings; }

private:
    class Forwarder;
    class ConnectListener;
    struct Outgoing
    {
        std::string topic;
        QByteArray payload;
        int qos = 1;
        bool retain = false;
    };

    void connectToBroker();
    void onConnected(quint64 attempt);
    void onConnectFailed(quint64 attempt, int returnCode);
    void onConnectionLost(const QString &cause);
    void scheduleReconnect();
    void setState(State state, const QString &reason);
    void subscribeAtBroker(const QStringList &filters);
    void unsubscribeAtBroker(const QString &filter);
    void flushOutbox();
    void enqueueLocked(Outgoing message);
    [[nodiscard]] bool send(const Outgoing &message, int *returnCode = nullptr);
    [[nodiscard]] QString connectFailureReason(int returnCode) const;

    const MqttBrokerSettings m_settings;
    const MqttClientLimits m_limits;
    std::shared_ptr<Counters> m_counters;
    std::shared_ptr<LogThrottle> m_throttle;
    std::shared_ptr<Forwarder> m_forwarder;
    std::shared_ptr<MessageDispatcher> m_dispatcher;
    std::unique_ptr<ConnectListener> m_connectListener;
    std::unique_ptr<::mqtt::async_client> m_client;

    std::atomic<State> m_state{State::Disconnected};
    bool m_running = false;
    bool m_everConnected = false;
    quint64 m_attempt = 0; // identifies the connection attempt a late Paho callback belongs to
    int m_backoffIndex = 0;
    QTimer m_retryTimer;

    // Publishing, from any thread.
    QMutex m_publishMutex;
    std::atomic<bool> m_connected{false};
    std::deque<Outgoing> m_outbox;
    bool m_flushing = false;
    bool m_flushPosted = false;
};

} // namespace commonwatt::mqtt
