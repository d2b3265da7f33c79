// Hands each message from the broker to every matching subscription, on the subscription's context thread,
// in batches: the part of the transport that must keep up with a flood (docs/mqtt.md).
//
// Per subscription, a bounded queue: dispatch() appends (dropping the oldest when full) and, only when the
// queue goes from empty to non-empty, posts one invocation to the context's thread that takes the whole queue
// and calls the handler once. So a burst costs one cross-thread event, not one per message.
#pragma once

#include <commonwatt/mqttclient.h>

#include <QMutex>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>

namespace commonwatt::mqtt {

class LogThrottle;

// MqttClient::Statistics, shared by the threads that count.
struct Counters
{
    std::atomic<quint64> received{0};
    std::atomic<quint64> delivered{0};
    std::atomic<quint64> droppedOversize{0};
    std::atomic<quint64> droppedFlood{0};
    std::atomic<quint64> published{0};
    std::atomic<quint64> droppedPublishes{0};
    std::atomic<quint64> reconnects{0};

    [[nodiscard]] MqttClient::Statistics snapshot() const;
};

// Thread-safe. Owned through a shared_ptr, because context objects and posted batches may outlive the client.
class MessageDispatcher : public std::enable_shared_from_this<MessageDispatcher>
{
public:
    // Called (on the destroying thread) when a context's destruction left a filter with no subscription.
    using FilterUnused = std::function<void(const QString &filter)>;

    MessageDispatcher(std::shared_ptr<Counters> counters, std::shared_ptr<LogThrottle> throttle,
                      qsizetype queueCapacity, qsizetype maxPayloadBytes, FilterUnused filterUnused);

    struct Added
    {
        quint64 id = 0;
        bool newFilter = false; // the first subscription to this filter: subscribe at the broker
    };
    [[nodiscard]] Added add(const QString &filter, QObject *context, MqttClient::Handler handler);
    // The filter when this was its last subscription (unsubscribe at the broker).
    [[nodiscard]] std::optional<QString> remove(quint64 id);
    // Every filter with at least one subscription, each once.
    [[nodiscard]] QStringList filters() const;

    // On Paho's thread, for each message from the broker.
    void dispatch(const char *topic, std::size_t topicSize, const char *payload, std::size_t payloadSize,
                  bool retained);

    [[nodiscard]] qsizetype maxPayloadBytes() const { return m_maxPayloadBytes; }

private:
    struct Subscription;
    static void drain(const std::shared_ptr<Subscription> &subscription, Counters &counters,
                      LogThrottle &throttle);
    void contextDestroyed(quint64 id);
    std::optional<QString> removeLocked(quint64 id);

    const std::shared_ptr<Counters> m_counters;
    const std::shared_ptr<LogThrottle> m_throttle;
    const qsizetype m_queueCapacity;
    const qsizetype m_maxPayloadBytes;
    const FilterUnused m_filterUnused;

    mutable std::shared_mutex m_lock;
    std::map<quint64, std::shared_ptr<Subscription>> m_subscriptions;
    std::map<QString, int> m_filterUsers;
    quint64 m_nextId = 0;
};

// True for a filter the broker would accept: '#' only as the whole last level, '+' only as a whole level.
[[nodiscard]] bool isValidFilter(QStringView filter);

} // namespace commonwatt::mqtt
