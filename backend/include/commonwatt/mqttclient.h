// One connection to an MQTT broker, shared by every plugin instance configured for that broker (part of the
// public plugin API). Commonwatt's implementation runs on Paho MQTT C++ (backend/mqtt); plugins see only this.
//
// Delivery: messages matching a subscription are handed to its handler on the thread of the subscription's
// context object, in batches, in the order the broker sent them. A subscriber that falls behind has its
// oldest undelivered messages dropped and counted (Statistics::droppedFlood), so that a flooding topic can
// never grow memory without bound or starve the others. Messages larger than maxPayloadBytes() are dropped
// and counted before they reach any plugin.
//
// Subscriptions survive reconnects: the client subscribes again whenever the connection comes back.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace commonwatt {

struct MqttMessage
{
    QString topic;
    QByteArray payload;
    bool retained = false;
};

class MqttClient : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected, // not connected; reconnecting with backoff unless stopped
        Connecting,
        Connected,
    };
    Q_ENUM(State)

    struct Statistics
    {
        quint64 received = 0;        // messages that arrived from the broker
        quint64 delivered = 0;       // message deliveries to subscribers' handlers
        quint64 droppedOversize = 0; // larger than maxPayloadBytes()
        quint64 droppedFlood = 0;    // a subscriber's queue was full
        quint64 published = 0;       // publishes handed to the broker
        quint64 droppedPublishes = 0; // publishes discarded while offline because the queue was full
        quint64 reconnects = 0;
    };

    using Handler = std::function<void(const QList<commonwatt::MqttMessage> &messages)>;

    using QObject::QObject;

    // All of these are thread-safe.
    [[nodiscard]] virtual State state() const = 0;
    [[nodiscard]] virtual Statistics statistics() const = 0;
    [[nodiscard]] virtual qsizetype maxPayloadBytes() const = 0;

    // Subscribes `filter` (MQTT wildcards + and # allowed) with QoS 1. The handler runs on context's thread
    // and is dropped when context is destroyed. Returns an id for unsubscribe().
    virtual quint64 subscribe(const QString &filter, QObject *context, Handler handler) = 0;
    virtual void unsubscribe(quint64 subscriptionId) = 0;

    // Publishes now, or once connected again: while the broker is away, publishes wait in a bounded queue
    // (the oldest are dropped and counted when it is full). QoS 1 for commands, 0 for frequent state.
    virtual void publish(const QString &topic, const QByteArray &payload, int qos = 1, bool retain = false) = 0;

    // True when a topic matches a subscription filter (MQTT 3.1.1, section 4.7).
    [[nodiscard]] static bool topicMatches(QStringView filter, QStringView topic);

signals:
    // Emitted on the client's own thread; reason says why a connection failed or was lost.
    void stateChanged(commonwatt::MqttClient::State state, const QString &reason);
};

} // namespace commonwatt
