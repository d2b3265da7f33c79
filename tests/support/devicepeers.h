// Test peers that play real devices on a broker, with the payload shapes of their public documentation:
// a Shelly Gen2 switch (Switch component, RPC over MQTT) and a Tasmota plug (tele/stat/cmnd topics). Each is a
// Paho MQTT C++ client of its own, independent of Commonwatt's transport, that reconnects by itself after a
// broker restart, publishes its status periodically and on change, applies commands and counts them.
#pragma once

#include <mqtt/async_client.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace commonwatt::testing {

class DevicePeer
{
public:
    DevicePeer(int port, std::string clientId, std::string willTopic, std::string willPayload)
        : m_client("tcp://127.0.0.1:" + std::to_string(port), std::move(clientId))
        , m_willTopic(std::move(willTopic))
    {
        m_options = mqtt::connect_options_builder()
                        .clean_session(true)
                        .keep_alive_interval(std::chrono::seconds(5))
                        .automatic_reconnect(std::chrono::seconds(1), std::chrono::seconds(2))
                        .will(mqtt::message(m_willTopic, willPayload, 1, true))
                        .finalize();
    }
    // Each final peer calls stop() in its own destructor: once a peer's destructor has run, Paho's threads
    // and the ticker must not reach its virtual functions any more.
    virtual ~DevicePeer() { stop(); }
    DevicePeer(const DevicePeer &) = delete;
    DevicePeer &operator=(const DevicePeer &) = delete;

    // Connects, subscribes (again after every reconnect) and publishes every periodMs.
    void start(std::chrono::milliseconds period = std::chrono::milliseconds(250))
    {
        m_client.set_message_callback([this](mqtt::const_message_ptr message) {
            whileRunning([&] { onMessage(message->get_topic(), message->to_string()); });
        });
        m_client.set_connected_handler([this](const std::string &) {
            whileRunning([this] {
                for (const std::string &topic : commandTopics())
                    m_client.subscribe(topic, 1);
                announce();
                publishState();
            });
        });
        {
            std::lock_guard lock(m_callbackMutex);
            m_accepting = true;
        }
        m_client.connect(m_options)->wait();
        m_running = true;
        m_ticker = std::thread([this, period] {
            std::unique_lock lock(m_tickMutex);
            while (m_running) {
                m_tick.wait_for(lock, period);
                if (m_running && m_client.is_connected()) {
                    whileRunning([this, period] {
                        advance(period);
                        publishState();
                    });
                }
            }
        });
    }

    void stop()
    {
        {
            // Waits for the callbacks in progress; none starts afterwards.
            std::unique_lock lock(m_callbackMutex);
            m_accepting = false;
            m_callbacksDone.wait(lock, [this] { return m_activeCallbacks == 0; });
        }
        {
            std::lock_guard lock(m_tickMutex);
            if (!m_running)
                return;
            m_running = false;
        }
        m_tick.notify_all();
        m_ticker.join();
        try {
            if (m_client.is_connected())
                m_client.disconnect()->wait_for(std::chrono::seconds(2));
        } catch (const mqtt::exception &) {
        }
    }

    [[nodiscard]] bool isOn() const { return m_on.load(); }
    void setLoadWatts(double watts) { m_loadWatts.store(watts); }
    // The device's own energy register, e.g. back to a small value as after a reboot.
    void setEnergyWh(double wattHours) { m_energyWh.store(wattHours); }
    [[nodiscard]] int commandsReceived() const { return m_commandsReceived.load(); }
    [[nodiscard]] int transitions() const { return m_transitions.load(); } // off→on and on→off applied

protected:
    virtual std::vector<std::string> commandTopics() const = 0;
    virtual void onMessage(const std::string &topic, const std::string &payload) = 0;
    virtual void announce() = 0;
    virtual void publishState() = 0;

    void publish(const std::string &topic, const std::string &payload, bool retained = false)
    {
        try {
            m_client.publish(topic, payload, 1, retained);
        } catch (const mqtt::exception &) {
            // Disconnected between the check and the publish: the next period publishes again.
        }
    }

    // Applies an absolute command; returns true when it changed the state.
    bool apply(bool on)
    {
        ++m_commandsReceived;
        if (m_on.exchange(on) == on)
            return false;
        ++m_transitions;
        return true;
    }

    [[nodiscard]] double powerWatts() const { return m_on ? m_loadWatts.load() : 0.0; }
    [[nodiscard]] double energyWh() const { return m_energyWh.load(); }

private:
    // Runs the peer's own code unless stop() has begun. The mutex is not held while it runs: the code calls
    // into Paho, whose threads may be waiting here.
    template<typename F> void whileRunning(F function)
    {
        {
            std::lock_guard lock(m_callbackMutex);
            if (!m_accepting)
                return;
            ++m_activeCallbacks;
        }
        function();
        std::lock_guard lock(m_callbackMutex);
        if (--m_activeCallbacks == 0)
            m_callbacksDone.notify_all();
    }

    void advance(std::chrono::milliseconds period)
    {
        const double hours = std::chrono::duration<double, std::ratio<3600>>(period).count();
        m_energyWh.store(m_energyWh.load() + powerWatts() * hours);
    }

    mqtt::async_client m_client;
    mqtt::connect_options m_options;
    std::string m_willTopic;
    std::atomic<bool> m_on{false};
    std::atomic<double> m_loadWatts{1000.0};
    std::atomic<double> m_energyWh{12345.0};
    std::atomic<int> m_commandsReceived{0};
    std::atomic<int> m_transitions{0};
    std::mutex m_callbackMutex;
    std::condition_variable m_callbacksDone;
    bool m_accepting = false;
    int m_activeCallbacks = 0; // callbacks and ticks running the peer's own code
    std::mutex m_tickMutex;
    std::condition_variable m_tick;
    bool m_running = false;
    std::thread m_ticker;
};

// A Shelly Plus Plug S: `<id>/status/switch:0`, `<id>/online`, `<id>/events/rpc`, RPC on `<id>/rpc` with the
// reply on `<src>/rpc`.
class ShellyPeer final : public DevicePeer
{
public:
    ShellyPeer(int port, std::string deviceId)
        : DevicePeer(port, deviceId, deviceId + "/online", "false")
        , m_id(std::move(deviceId))
    {}
    ~ShellyPeer() override { stop(); }

protected:
    std::vector<std::string> commandTopics() const override { return {m_id + "/rpc"}; }

    void announce() override { publish(m_id + "/online", "true", true); }

    void publishState() override { publish(m_id + "/status/switch:0", status().toStdString()); }

    void onMessage(const std::string &topic, const std::string &payload) override
    {
        if (topic != m_id + "/rpc")
            return;
        const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object();
        const QString method = request.value(QStringLiteral("method")).toString();
        const std::string src = request.value(QStringLiteral("src")).toString().toStdString();
        QJsonObject reply{{QStringLiteral("id"), request.value(QStringLiteral("id"))},
                          {QStringLiteral("src"), QString::fromStdString(m_id)},
                          {QStringLiteral("dst"), QString::fromStdString(src)}};
        if (method == QStringLiteral("Switch.Set")) {
            const bool wasOn = isOn();
            const bool changed = apply(request.value(QStringLiteral("params")).toObject()
                                           .value(QStringLiteral("on")).toBool());
            reply.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("was_on"), wasOn}});
            if (changed)
                publishState();
        } else if (method == QStringLiteral("Switch.GetStatus")) {
            reply.insert(QStringLiteral("result"), QJsonDocument::fromJson(status()).object());
        } else {
            reply.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), -114}, {QStringLiteral("message"), method}});
        }
        if (!src.empty())
            publish(src + "/rpc", QJsonDocument(reply).toJson(QJsonDocument::Compact).toStdString());
    }

private:
    [[nodiscard]] QByteArray status() const
    {
        const QJsonObject object{
            {QStringLiteral("id"), 0},
            {QStringLiteral("source"), QStringLiteral("MQTT")},
            {QStringLiteral("output"), isOn()},
            {QStringLiteral("apower"), powerWatts()},
            {QStringLiteral("voltage"), 231.4},
            {QStringLiteral("current"), powerWatts() / 231.4},
            {QStringLiteral("aenergy"), QJsonObject{{QStringLiteral("total"), energyWh()},
                                                    {QStringLiteral("by_minute"), QJsonArray{0.0, 0.0, 0.0}},
                                                    {QStringLiteral("minute_ts"), 1700000000}}},
            {QStringLiteral("temperature"), QJsonObject{{QStringLiteral("tC"), 41.2}, {QStringLiteral("tF"), 106.2}}}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    std::string m_id;
};

// A Tasmota plug with the default FullTopic %prefix%/%topic%/.
class TasmotaPeer final : public DevicePeer
{
public:
    TasmotaPeer(int port, std::string topic)
        : DevicePeer(port, "DVES_" + topic, "tele/" + topic + "/LWT", "Offline")
        , m_topic(std::move(topic))
    {}
    ~TasmotaPeer() override { stop(); }

protected:
    std::vector<std::string> commandTopics() const override { return {"cmnd/" + m_topic + "/#"}; }

    void announce() override { publish("tele/" + m_topic + "/LWT", "Online", true); }

    void publishState() override
    {
        publish("tele/" + m_topic + "/STATE",
                R"({"Time":"2026-11-26T04:00:00","Uptime":"0T00:10:00","POWER":")" + onOff() + R"("})");
        char sensor[512];
        std::snprintf(sensor, sizeof sensor,
                      R"({"Time":"2026-11-26T04:00:00","ENERGY":{"TotalStartTime":"2026-01-01T00:00:00",)"
                      R"("Total":%.3f,"Yesterday":1.2,"Today":0.4,"Period":0,"Power":%.0f,)"
                      R"("ApparentPower":%.0f,"ReactivePower":0,"Factor":1.00,"Voltage":230,"Current":%.3f}})",
                      energyWh() / 1000.0, powerWatts(), powerWatts(), powerWatts() / 230.0);
        publish("tele/" + m_topic + "/SENSOR", sensor);
    }

    void onMessage(const std::string &topic, const std::string &payload) override
    {
        const std::string prefix = "cmnd/" + m_topic + "/";
        if (topic.rfind(prefix, 0) != 0)
            return;
        const std::string command = topic.substr(prefix.size());
        if (command == "POWER" || command == "POWER1") {
            if (payload == "ON" || payload == "1")
                apply(true);
            else if (payload == "OFF" || payload == "0")
                apply(false);
            publish("stat/" + m_topic + "/RESULT", R"({"POWER":")" + onOff() + R"("})");
            publish("stat/" + m_topic + "/POWER", onOff());
        } else if (command == "STATE") {
            publishState();
        }
    }

private:
    [[nodiscard]] std::string onOff() const { return isOn() ? "ON" : "OFF"; }

    std::string m_topic;
};

} // namespace commonwatt::testing
