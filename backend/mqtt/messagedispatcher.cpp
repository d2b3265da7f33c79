#include "messagedispatcher.h"

#include "logthrottle.h"

#include <QMetaObject>

#include <exception>

using namespace Qt::StringLiterals;

namespace commonwatt::mqtt {

struct MessageDispatcher::Subscription
{
    quint64 id = 0;
    QString filter;
    MqttClient::Handler handler;
    QMetaObject::Connection destroyedConnection;

    QMutex mutex;
    QObject *context = nullptr; // null once unsubscribed or destroyed: nothing more is posted to it
    std::deque<MqttMessage> queue;
    bool drainPosted = false;
};

MqttClient::Statistics Counters::snapshot() const
{
    MqttClient::Statistics s;
    s.received = received.load(std::memory_order_relaxed);
    s.delivered = delivered.load(std::memory_order_relaxed);
    s.droppedOversize = droppedOversize.load(std::memory_order_relaxed);
    s.droppedFlood = droppedFlood.load(std::memory_order_relaxed);
    s.published = published.load(std::memory_order_relaxed);
    s.droppedPublishes = droppedPublishes.load(std::memory_order_relaxed);
    s.reconnects = reconnects.load(std::memory_order_relaxed);
    return s;
}

MessageDispatcher::MessageDispatcher(std::shared_ptr<Counters> counters,
                                     std::shared_ptr<LogThrottle> throttle, qsizetype queueCapacity,
                                     qsizetype maxPayloadBytes, FilterUnused filterUnused)
    : m_counters(std::move(counters))
    , m_throttle(std::move(throttle))
    , m_queueCapacity(std::max<qsizetype>(queueCapacity, 1))
    , m_maxPayloadBytes(maxPayloadBytes)
    , m_filterUnused(std::move(filterUnused))
{}

MessageDispatcher::Added MessageDispatcher::add(const QString &filter, QObject *context,
                                                MqttClient::Handler handler)
{
    auto subscription = std::make_shared<Subscription>();
    subscription->filter = filter;
    subscription->handler = std::move(handler);
    subscription->context = context;
    Added added;
    {
        std::unique_lock lock(m_lock);
        added.id = subscription->id = ++m_nextId;
        added.newFilter = ++m_filterUsers[filter] == 1;
        m_subscriptions.emplace(added.id, subscription);
    }
    // Direct: runs on the destroying thread inside ~QObject, before the object's posted events are
    // discarded, so that nothing is posted to it afterwards.
    std::weak_ptr<MessageDispatcher> weak = weak_from_this();
    const quint64 id = added.id;
    subscription->destroyedConnection = QObject::connect(context, &QObject::destroyed, [weak, id] {
        if (const auto self = weak.lock())
            self->contextDestroyed(id);
    });
    return added;
}

std::optional<QString> MessageDispatcher::remove(quint64 id)
{
    std::optional<QString> unused;
    QMetaObject::Connection connection;
    {
        std::unique_lock lock(m_lock);
        const auto it = m_subscriptions.find(id);
        if (it == m_subscriptions.end())
            return std::nullopt;
        connection = it->second->destroyedConnection;
        unused = removeLocked(id);
    }
    QObject::disconnect(connection);
    return unused;
}

void MessageDispatcher::contextDestroyed(quint64 id)
{
    std::optional<QString> unused;
    {
        std::unique_lock lock(m_lock);
        unused = removeLocked(id);
    }
    if (unused && m_filterUnused)
        m_filterUnused(*unused);
}

std::optional<QString> MessageDispatcher::removeLocked(quint64 id)
{
    const auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end())
        return std::nullopt;
    const std::shared_ptr<Subscription> subscription = it->second;
    m_subscriptions.erase(it);
    {
        QMutexLocker lock(&subscription->mutex);
        subscription->context = nullptr;
        subscription->queue.clear();
    }
    const auto users = m_filterUsers.find(subscription->filter);
    if (users != m_filterUsers.end() && --users->second == 0) {
        m_filterUsers.erase(users);
        return subscription->filter;
    }
    return std::nullopt;
}

QStringList MessageDispatcher::filters() const
{
    std::shared_lock lock(m_lock);
    QStringList result;
    result.reserve(qsizetype(m_filterUsers.size()));
    for (const auto &[filter, users] : m_filterUsers)
        result << filter;
    return result;
}

void MessageDispatcher::dispatch(const char *topic, std::size_t topicSize, const char *payload,
                                 std::size_t payloadSize, bool retained)
{
    m_counters->received.fetch_add(1, std::memory_order_relaxed);
    if (payloadSize > std::size_t(m_maxPayloadBytes)) {
        m_counters->droppedOversize.fetch_add(1, std::memory_order_relaxed);
        if (const auto left = m_throttle->admit(u"oversize"_s))
            qCWarning(lcMqtt).noquote()
                << u"Dropped a message of %1 bytes on %2: larger than the limit of %3 bytes%4"_s
                       .arg(payloadSize)
                       .arg(QString::fromUtf8(topic, qsizetype(topicSize)))
                       .arg(m_maxPayloadBytes)
                       .arg(suppressedNote(*left));
        return;
    }
    // Made once and shared (implicitly) by every subscription that takes the message.
    MqttMessage message{QString::fromUtf8(topic, qsizetype(topicSize)),
                        QByteArray(payload, qsizetype(payloadSize)), retained};
    std::shared_lock lock(m_lock);
    for (const auto &[id, subscription] : m_subscriptions) {
        if (!MqttClient::topicMatches(subscription->filter, message.topic))
            continue;
        QMutexLocker subscriptionLock(&subscription->mutex);
        if (!subscription->context)
            continue;
        if (qsizetype(subscription->queue.size()) >= m_queueCapacity) {
            subscription->queue.pop_front();
            m_counters->droppedFlood.fetch_add(1, std::memory_order_relaxed);
            if (const auto left = m_throttle->admit(u"flood:"_s + subscription->filter))
                qCWarning(lcMqtt).noquote()
                    << u"Subscriber to %1 falls behind: dropping its oldest messages%2"_s.arg(
                           subscription->filter, suppressedNote(*left));
        }
        subscription->queue.push_back(message);
        if (!subscription->drainPosted) {
            subscription->drainPosted = true;
            QMetaObject::invokeMethod(
                subscription->context,
                [subscription, counters = m_counters, throttle = m_throttle] {
                    drain(subscription, *counters, *throttle);
                },
                Qt::QueuedConnection);
        }
    }
}

void MessageDispatcher::drain(const std::shared_ptr<Subscription> &subscription, Counters &counters,
                              LogThrottle &throttle)
{
    std::deque<MqttMessage> taken;
    {
        QMutexLocker lock(&subscription->mutex);
        subscription->drainPosted = false;
        if (!subscription->context)
            return;
        taken.swap(subscription->queue);
    }
    if (taken.empty())
        return;
    QList<MqttMessage> batch;
    batch.reserve(qsizetype(taken.size()));
    for (MqttMessage &message : taken)
        batch.append(std::move(message));
    taken.clear();
    counters.delivered.fetch_add(quint64(batch.size()), std::memory_order_relaxed);
    // A plugin's handler that throws must not take the event loop (and every other plugin) with it.
    try {
        subscription->handler(batch);
    } catch (const std::exception &e) {
        if (const auto left = throttle.admit(u"handler:"_s + subscription->filter))
            qCWarning(lcMqtt).noquote() << u"Handler for %1 threw: %2%3"_s.arg(
                subscription->filter, QString::fromLocal8Bit(e.what()), suppressedNote(*left));
    } catch (...) {
        if (const auto left = throttle.admit(u"handler:"_s + subscription->filter))
            qCWarning(lcMqtt).noquote()
                << u"Handler for %1 threw%2"_s.arg(subscription->filter, suppressedNote(*left));
    }
}

bool isValidFilter(QStringView filter)
{
    if (filter.isEmpty() || filter.size() > 65535)
        return false;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = filter.indexOf(u'/', start);
        const QStringView level = filter.mid(start, end < 0 ? -1 : end - start);
        if (level.contains(u'#') && (level != u"#" || end >= 0))
            return false;
        if (level.contains(u'+') && level != u"+")
            return false;
        if (end < 0)
            return true;
        start = end + 1;
    }
}

} // namespace commonwatt::mqtt
