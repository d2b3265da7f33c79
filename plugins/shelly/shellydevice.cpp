#include "shellydevice.h"

#include <commonwatt/clock.h>
#include <commonwatt/commandtracker.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commonwatt::shelly {

namespace {

// Enough for a reply to the current send and a few retries; older ids are answers nobody waits for.
constexpr std::size_t kMaxOutstandingRequests = 16;

} // namespace

ShellyDevice::ShellyDevice(const QString &id, ShellyConfig config, MqttClient &mqtt, Clock &clock,
                           QObject *parent)
    : MqttSwitchDevice(id, config.name, config.kind, config.controllable, config.maxPowerKw, mqtt, clock,
                       parent)
    , m_config(std::move(config))
{
    const QString prefix = m_config.deviceId + u'/';
    subscribe(prefix + topicSuffix(TopicKind::SwitchStatus, m_config.switchId), TopicKind::SwitchStatus);
    subscribe(prefix + topicSuffix(TopicKind::Events, m_config.switchId), TopicKind::Events);
    subscribe(prefix + topicSuffix(TopicKind::Online, m_config.switchId), TopicKind::Online);
    subscribe(m_config.rpcSource + u'/' + topicSuffix(TopicKind::RpcReply, m_config.switchId),
              TopicKind::RpcReply);
    requestState();
}

void ShellyDevice::subscribe(const QString &topic, TopicKind kind)
{
    MqttSwitchDevice::subscribe(topic, [this, kind](const MqttMessage &message) { handle(kind, message); });
}

void ShellyDevice::handle(TopicKind kind, const MqttMessage &message)
{
    const ParseResult result =
        parse(kind, message.payload, ParseOptions{m_config.switchId, m_config.maxPowerKw * 1000.0});
    if (!result.message) {
        reportBadPayload(u"%1: %2"_s.arg(message.topic, result.error));
        return;
    }
    const Message &parsed = *result.message;
    switch (kind) {
    case TopicKind::Online:
        lastWill(*parsed.online, m_config.deviceId);
        return;
    case TopicKind::RpcReply:
        handleReply(parsed, message.topic);
        return;
    case TopicKind::SwitchStatus:
    case TopicKind::Events:
        if (parsed.status)
            applyStatus(*parsed.status, message.topic, message.retained);
        return;
    }
}

void ShellyDevice::applyStatus(const SwitchStatus &status, const QString &topic, bool retained)
{
    SwitchStatus accepted = status;
    SwitchReadings values{status.powerW, std::nullopt, status.output};
    if (status.energyWh)
        values.energyKwh = *status.energyWh / 1000.0;
    bool energyAccepted = true;
    const QList<DeviceReading> readings = readingsOf(values, topic, u"aenergy.total", &energyAccepted);
    if (!energyAccepted)
        accepted.energyWh.reset();
    m_status.merge(accepted);
    publishReadings(readings, status.output, !retained);
}

void ShellyDevice::handleReply(const Message &reply, const QString &topic)
{
    const auto found = m_requests.find(*reply.rpcId);
    if (found == m_requests.end())
        return; // an answer to a request we no longer wait for, or to another client using the same src
    const Request request = found->second;
    m_requests.erase(found);
    if (!reply.rpcError.isEmpty()) {
        if (request.isSet) {
            const std::optional<DeviceCommand> pending = tracker().pending();
            if (pending && pending->id == request.commandId) // not a late answer to a superseded command
                tracker().abandon(tr("%1 refused Switch.Set: %2").arg(m_config.deviceId, reply.rpcError));
        } else {
            // Most often a switch id the device does not have: an installer's mistake to show, not to retry.
            setAvailability(Availability::Failed, tr("%1 refused Switch.GetStatus for switch %2: %3")
                                                      .arg(m_config.deviceId)
                                                      .arg(m_config.switchId)
                                                      .arg(reply.rpcError));
        }
        return;
    }
    if (request.isSet) {
        // Switch.Set only tells what the output was; read it back, in case status notifications are off.
        requestState();
        return;
    }
    if (reply.status)
        applyStatus(*reply.status, topic, false);
}

void ShellyDevice::sendSwitch(bool on, quint64 commandId)
{
    sendRpc(Request{true, commandId}, u"Switch.Set"_s,
            QJsonObject{{u"id"_s, m_config.switchId}, {u"on"_s, on}});
}

void ShellyDevice::requestState()
{
    sendRpc(Request{false, 0}, u"Switch.GetStatus"_s, QJsonObject{{u"id"_s, m_config.switchId}});
}

void ShellyDevice::sendRpc(Request request, const QString &method, const QJsonObject &params)
{
    MqttClient *client = mqtt();
    if (!client)
        return;
    const qint64 rpcId = m_nextRpcId++;
    m_requests.emplace(rpcId, request);
    while (m_requests.size() > kMaxOutstandingRequests)
        m_requests.erase(m_requests.begin());
    const QJsonObject frame{
        {u"id"_s, rpcId}, {u"src"_s, m_config.rpcSource}, {u"method"_s, method}, {u"params"_s, params}};
    client->publish(m_config.deviceId + u"/rpc"_s, QJsonDocument(frame).toJson(QJsonDocument::Compact), 1,
                    false);
}

} // namespace commonwatt::shelly
