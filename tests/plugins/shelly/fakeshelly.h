// A fake Shelly Gen2+ switch for unit tests: the device's side of the RPC channel over a LoopbackMqttClient,
// answering Switch.GetStatus and Switch.Set on <prefix>/rpc with response frames on <src>/rpc and announcing
// output changes with NotifyStatus on <prefix>/events/rpc, as the Gen2 API docs describe.
#pragma once

#include "loopbackmqttclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace commonwatt::testing {

using namespace Qt::StringLiterals;

inline const QString kShellyPrefix = QStringLiteral("shellyplus1pm-a8032ab12345");

// The device's side of the RPC channel: what a Plus 1PM with firmware 1.x does with our requests.
class FakeShelly : public QObject
{
public:
    FakeShelly(LoopbackMqttClient &mqtt, QObject *parent = nullptr)
        : QObject(parent)
        , m_mqtt(mqtt)
    {
        mqtt.subscribe(kShellyPrefix + u"/rpc"_s, this, [this](const QList<MqttMessage> &messages) {
            for (const MqttMessage &message : messages)
                onRequest(QJsonDocument::fromJson(message.payload).object());
        });
    }

    bool output = false;
    bool answer = true;    // false: requests are lost
    bool notify = true;    // rpc_ntf: NotifyStatus on a change
    int ignoreNext = 0;    // lose this many requests first
    QString refuseSetWith; // answer Switch.Set with this error message
    int switches = 1;      // a Plus 1PM has one; GetStatus for another is an error
    QList<QJsonObject> requests;

    QByteArray statusJson(int id) const { return QJsonDocument(status(id)).toJson(QJsonDocument::Compact); }

private:
    QJsonObject status(int id) const
    {
        return QJsonObject{{u"id"_s, id},
                           {u"source"_s, u"WS_in"_s},
                           {u"output"_s, output},
                           {u"apower"_s, output ? 1832.4 : 0.0},
                           {u"voltage"_s, 229.8},
                           {u"current"_s, output ? 7.974 : 0.0},
                           {u"aenergy"_s, QJsonObject{{u"total"_s, 48316.062}}},
                           {u"temperature"_s, QJsonObject{{u"tC"_s, 47.9}, {u"tF"_s, 118.2}}}};
    }

    void reply(const QJsonObject &request, const QJsonObject &body)
    {
        QJsonObject frame{{u"id"_s, request.value(u"id"_s)},
                          {u"src"_s, kShellyPrefix},
                          {u"dst"_s, request.value(u"src"_s)}};
        for (auto it = body.begin(); it != body.end(); ++it)
            frame.insert(it.key(), it.value());
        m_mqtt.inject(request.value(u"src"_s).toString() + u"/rpc"_s,
                      QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }

    void onRequest(const QJsonObject &request)
    {
        requests << request;
        if (ignoreNext > 0) {
            --ignoreNext;
            return;
        }
        if (!answer)
            return;
        const QString method = request.value(u"method"_s).toString();
        const QJsonObject params = request.value(u"params"_s).toObject();
        const int id = params.value(u"id"_s).toInt(-1);
        if (id < 0 || id >= switches) {
            reply(request, {{u"error"_s,
                             QJsonObject{{u"code"_s, -105},
                                         {u"message"_s, u"Argument 'id', value %1 not found!"_s.arg(id)}}}});
            return;
        }
        if (method == u"Switch.GetStatus"_s) {
            reply(request, {{u"result"_s, status(id)}});
        } else if (method == u"Switch.Set"_s) {
            if (!refuseSetWith.isEmpty()) {
                reply(request, {{u"error"_s, QJsonObject{{u"code"_s, -103}, {u"message"_s, refuseSetWith}}}});
                return;
            }
            const bool wasOn = output;
            output = params.value(u"on"_s).toBool();
            reply(request, {{u"result"_s, QJsonObject{{u"was_on"_s, wasOn}}}});
            if (notify && wasOn != output) {
                const QJsonObject change{{u"id"_s, id}, {u"output"_s, output}, {u"source"_s, u"MQTT"_s}};
                const QJsonObject frame{
                    {u"src"_s, kShellyPrefix},
                    {u"dst"_s, QString(kShellyPrefix + u"/events"_s)},
                    {u"method"_s, u"NotifyStatus"_s},
                    {u"params"_s, QJsonObject{{u"ts"_s, 1717200000.5}, {u"switch:%1"_s.arg(id), change}}}};
                m_mqtt.inject(kShellyPrefix + u"/events/rpc"_s,
                              QJsonDocument(frame).toJson(QJsonDocument::Compact));
            }
        }
    }

    LoopbackMqttClient &m_mqtt;
};

} // namespace commonwatt::testing
