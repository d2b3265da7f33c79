// An in-process stand-in for a broker connection, for unit tests of plugin logic (payload handling,
// commands, availability). Whatever is published is recorded and delivered to matching subscriptions, like
// a broker would; inject() plays the device's side. Integration tests use a real mosquitto instead.
#pragma once

#include <commonwatt/mqttclient.h>

#include <QMetaObject>
#include <QMutex>
#include <QPointer>

#include <map>

namespace commonwatt::testing {

class LoopbackMqttClient final : public MqttClient
{
    Q_OBJECT
public:
    using MqttClient::MqttClient;

    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] Statistics statistics() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_statistics;
    }
    [[nodiscard]] qsizetype maxPayloadBytes() const override { return 256 * 1024; }

    quint64 subscribe(const QString &filter, QObject *context, Handler handler) override
    {
        QMutexLocker lock(&m_mutex);
        const quint64 id = ++m_nextId;
        m_subscriptions.emplace(id, Subscription{filter, context, std::move(handler)});
        return id;
    }
    void unsubscribe(quint64 subscriptionId) override
    {
        QMutexLocker lock(&m_mutex);
        m_subscriptions.erase(subscriptionId);
    }

    void publish(const QString &topic, const QByteArray &payload, int qos = 1, bool retain = false) override
    {
        Q_UNUSED(qos)
        {
            QMutexLocker lock(&m_mutex);
            m_published.append({topic, payload, retain});
            ++m_statistics.published;
        }
        if (m_state == State::Connected)
            inject(topic, payload, retain);
    }

    // Delivers a message to every matching subscription, queued to the subscriber's thread as Paho's
    // callbacks would be.
    void inject(const QString &topic, const QByteArray &payload, bool retained = false)
    {
        QMutexLocker lock(&m_mutex);
        ++m_statistics.received;
        if (payload.size() > maxPayloadBytes()) {
            ++m_statistics.droppedOversize;
            return;
        }
        for (auto &[id, subscription] : m_subscriptions) {
            if (!subscription.context || !topicMatches(subscription.filter, topic))
                continue;
            ++m_statistics.delivered;
            const Handler handler = subscription.handler;
            const QList<MqttMessage> batch{MqttMessage{topic, payload, retained}};
            QMetaObject::invokeMethod(subscription.context.data(), [handler, batch] { handler(batch); },
                                      Qt::QueuedConnection);
        }
    }

    void setState(State state, const QString &reason = {})
    {
        m_state = state;
        emit stateChanged(state, reason);
    }

    [[nodiscard]] QList<MqttMessage> published() const
    {
        QMutexLocker lock(&m_mutex);
        return m_published;
    }
    void clearPublished()
    {
        QMutexLocker lock(&m_mutex);
        m_published.clear();
    }

private:
    struct Subscription
    {
        QString filter;
        QPointer<QObject> context;
        Handler handler;
    };

    mutable QMutex m_mutex;
    State m_state = State::Connected;
    Statistics m_statistics;
    quint64 m_nextId = 0;
    std::map<quint64, Subscription> m_subscriptions;
    QList<MqttMessage> m_published;
};

} // namespace commonwatt::testing
