// What the MQTT API's tests share: a broker connection that records every publish with its QoS and the real
// time it was made (over the in-process LoopbackMqttClient), a plugin whose devices have every energy
// register the Energy dashboard needs, and a household with a store, a simulated clock and the API on top.
#pragma once

#include "creditsservice.h"
#include "household.h"
#include "mqttapi.h"
#include "planner.h"

#include "../support/loopbackmqttclient.h"
#include "../support/plannerplugin.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace commonwatt::testing {

using namespace Qt::StringLiterals;

// Forwards to a LoopbackMqttClient (which delivers to subscriptions like a broker) and records what the
// loopback does not: each publish's QoS and when it was made.
class RecordingMqttClient final : public MqttClient
{
    Q_OBJECT
public:
    struct Publish
    {
        QString topic;
        QByteArray payload;
        int qos = 0;
        bool retained = false;
        qint64 atMs = 0; // real time since the client was made
    };

    RecordingMqttClient() { m_time.start(); }

    [[nodiscard]] State state() const override { return m_broker.state(); }
    [[nodiscard]] Statistics statistics() const override { return m_broker.statistics(); }
    [[nodiscard]] qsizetype maxPayloadBytes() const override { return m_broker.maxPayloadBytes(); }
    quint64 subscribe(const QString &filter, QObject *context, Handler handler) override
    {
        return m_broker.subscribe(filter, context, std::move(handler));
    }
    void unsubscribe(quint64 id) override { m_broker.unsubscribe(id); }
    void publish(const QString &topic, const QByteArray &payload, int qos, bool retain) override
    {
        m_publishes.append({topic, payload, qos, retain, m_time.elapsed()});
        m_broker.publish(topic, payload, qos, retain);
    }

    // The device's or Home Assistant's side.
    void inject(const QString &topic, const QByteArray &payload, bool retained = false)
    {
        m_broker.inject(topic, payload, retained);
    }
    void setState(State state)
    {
        m_broker.setState(state);
        emit stateChanged(state, {});
    }

    [[nodiscard]] const QList<Publish> &publishes() const { return m_publishes; }
    void clear() { m_publishes.clear(); }
    [[nodiscard]] QList<Publish> on(const QString &topic) const
    {
        QList<Publish> found;
        for (const Publish &p : m_publishes) {
            if (p.topic == topic)
                found.append(p);
        }
        return found;
    }
    // The value a subscriber arriving now would get: the last retained publish, if any.
    [[nodiscard]] QByteArray retained(const QString &topic) const
    {
        for (auto it = m_publishes.crbegin(); it != m_publishes.crend(); ++it) {
            if (it->topic == topic && it->retained)
                return it->payload;
        }
        return {};
    }

private:
    LoopbackMqttClient m_broker;
    QList<Publish> m_publishes;
    QElapsedTimer m_time;
};

// Every energy register of a home: a grid meter, two PV inverters (one role, two devices), a battery and a
// car charger with their counters and states of charge, and an appliance with only its power.
class CountersPlugin : public DevicePlugin
{
public:
    [[nodiscard]] QString pluginId() const override { return u"counters"_s; }
    [[nodiscard]] QString displayName() const override { return u"Counters"_s; }
    [[nodiscard]] QList<DeviceKind> deviceKinds() const override { return {}; }
    [[nodiscard]] SettingsSchema settingsSchema() const override { return {}; }
    [[nodiscard]] QList<Device *> createDevices(const PluginContext &, const QJsonObject &, QObject *parent,
                                                QString *) override
    {
        const ChannelSpec power{u"power"_s, Quantity::Power, u"kW"_s};
        const auto counter = [](const QString &name) {
            return ChannelSpec{name, Quantity::EnergyCounter, u"kWh"_s};
        };
        const ChannelSpec soc{u"soc"_s, Quantity::StateOfCharge, u"%"_s};
        meter = new Device(u"grid"_s, u"Meter"_s, DeviceKind::Meter,
                           {power, counter(u"import_energy"_s), counter(u"export_energy"_s)}, parent);
        roof = new Device(u"pv-roof"_s, u"Roof solar"_s, DeviceKind::PvInverter,
                          {power, counter(u"energy"_s)}, parent);
        garage = new Device(u"pv.garage"_s, u"Garage solar"_s, DeviceKind::PvInverter,
                            {power, counter(u"energy"_s)}, parent);
        battery =
            new Device(u"battery"_s, u"Home battery"_s, DeviceKind::Battery,
                       {power, soc, counter(u"charge_energy"_s), counter(u"discharge_energy"_s)}, parent);
        ev =
            new Device(u"ev"_s, u"Car"_s, DeviceKind::EvCharger,
                       {power, soc, {u"plugged"_s, Quantity::Flag, QString()}, counter(u"energy"_s)}, parent);
        washer = new Device(u"washer"_s, u"Washer"_s, DeviceKind::Appliance, {power}, parent);
        return {meter, roof, garage, battery, ev, washer};
    }
    Device *meter = nullptr;
    Device *roof = nullptr;
    Device *garage = nullptr;
    Device *battery = nullptr;
    Device *ev = nullptr;
    Device *washer = nullptr;
};

inline qint64 utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// One household with the API on top. The plugin is chosen by the test: the counters for the state tree and
// discovery, the planner's for commands.
template<typename Plugin> struct ApiHousehold
{
    QTemporaryDir dir;
    storage::ReadingsStore store;
    std::unique_ptr<SimulatedClock> clock;
    std::unique_ptr<app::Household> household;
    Plugin plugin;
    RecordingMqttClient client;
    std::unique_ptr<app::CreditsService> credits;
    std::unique_ptr<app::Planner> planner;
    std::unique_ptr<app::MqttApi> api;

    // Store, clock and devices; the API is made by makeApi() so that a test can set things up first.
    [[nodiscard]] bool open(qint64 startMs = utc(20, 8, 5))
    {
        if (!dir.isValid() || !store.open(dir.filePath(u"test.db"_s)))
            return false;
        clock = std::make_unique<SimulatedClock>(startMs);
        household = std::make_unique<app::Household>(*clock, store, QTimeZone::utc());
        QString error;
        if (!household->addDevices(plugin, {}, &error))
            return false;
        credits = std::make_unique<app::CreditsService>(*household, store);
        return true;
    }
    [[nodiscard]] static app::MqttApiSettings settings()
    {
        app::MqttApiSettings s;
        s.householdId = u"home"_s;
        s.softwareVersion = u"1.2.3"_s;
        return s;
    }
    [[nodiscard]] bool makeApi(const app::MqttApiSettings &s = settings())
    {
        api = std::make_unique<app::MqttApi>(client, *household, store, credits.get(), planner.get(), s);
        QString error;
        return api->start(&error);
    }
    ~ApiHousehold()
    {
        api.reset();
        planner.reset();
        credits.reset();
        household.reset();
        store.close();
    }
};

inline QJsonObject jsonObject(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

} // namespace commonwatt::testing
