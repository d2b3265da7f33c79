#include "tasmotadevice.h"

using namespace Qt::StringLiterals;

namespace commonwatt::tasmota {

TasmotaDevice::TasmotaDevice(const QString &id, TasmotaConfig config, MqttClient &mqtt, Clock &clock,
                             QObject *parent)
    : MqttSwitchDevice(id, config.name, config.kind, config.controllable, config.maxPowerKw, mqtt, clock,
                       parent)
    , m_config(std::move(config))
{
    const QString &t = m_config.topic;
    subscribe(u"tele/%1/STATE"_s.arg(t), TopicKind::State);
    subscribe(u"tele/%1/SENSOR"_s.arg(t), TopicKind::Sensor);
    subscribe(u"tele/%1/LWT"_s.arg(t), TopicKind::Lwt);
    subscribe(u"stat/%1/RESULT"_s.arg(t), TopicKind::Result);
    subscribe(u"stat/%1/%2"_s.arg(t, powerKey(m_config.relay)), TopicKind::Power);
    if (m_config.relay == 1)
        subscribe(u"stat/%1/POWER1"_s.arg(t),
                  TopicKind::Power); // SetOption26, or a device with several relays
    requestState();
}

void TasmotaDevice::subscribe(const QString &topic, TopicKind kind)
{
    MqttSwitchDevice::subscribe(topic, [this, kind](const MqttMessage &message) { handle(kind, message); });
}

void TasmotaDevice::handle(TopicKind kind, const MqttMessage &message)
{
    const ParseResult result =
        parse(kind, message.payload, ParseOptions{m_config.relay, m_config.maxPowerKw * 1000.0});
    if (!result.message) {
        reportBadPayload(u"%1: %2"_s.arg(message.topic, result.error));
        return;
    }
    if (kind == TopicKind::Lwt) {
        // The LWT is retained by design: a retained "Online" is still the device's own word.
        lastWill(*result.message->online, m_config.topic);
        return;
    }
    const Readings &r = result.message->readings;
    const QList<DeviceReading> readings =
        readingsOf({r.powerW, r.energyKwh, r.on}, message.topic, u"ENERGY.Total");
    if (r.on)
        m_on = r.on;
    // Only a fresh message proves the device is there; a retained one may be all that is left of it.
    publishReadings(readings, r.on, !message.retained && !r.isEmpty());
}

void TasmotaDevice::sendSwitch(bool on, quint64 /*commandId*/)
{
    if (MqttClient *client = mqtt())
        client->publish(u"cmnd/%1/%2"_s.arg(m_config.topic, powerKey(m_config.relay)),
                        on ? QByteArrayLiteral("ON") : QByteArrayLiteral("OFF"), 1, false);
}

void TasmotaDevice::requestState()
{
    // An empty STATE command makes the device answer on stat/<t>/RESULT with its whole state at once, instead
    // of at its next TelePeriod (5 minutes by default).
    if (MqttClient *client = mqtt())
        client->publish(u"cmnd/%1/STATE"_s.arg(m_config.topic), QByteArray(), 1, false);
}

} // namespace commonwatt::tasmota
