// The MQTT API end to end: over the real transport (PahoMqttClient) and a real mosquitto that the test starts
// on a free loopback port. mosquitto_sub, arriving after the values were published, reads our retained tree
// and the Home Assistant configs; mosquitto_pub sends commands; the status topic ends "offline", retained.
#include "mqttapifixture.h"

#include "mqtt/pahomqttclient.h"

#include "../support/mosquitto.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace commonwatt;
using namespace commonwatt::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kRoot = u"commonwatt/home/"_s;
constexpr int kTimeoutMs = 15'000;

// The last message on a topic that a subscriber has seen, or a null array.
QByteArray lastOn(MosquittoSubscriber &subscriber, const QString &topic)
{
    const QList<MosquittoSubscriber::Message> &messages = subscriber.messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->topic == topic)
            return it->payload.isNull() ? QByteArray("") : it->payload;
    }
    return {};
}

} // namespace

class TestMqttApiBroker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retainedTreeCommandsAndStatus()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        ApiHousehold<PlannerPlugin> home;
        QVERIFY(home.open());
        const qint64 now = home.clock->nowMs();
        home.plugin.washer->setFlexibility(
            PlannerPlugin::washerFlexibility(u"waiting"_s, now, now + 10 * 3'600'000));
        home.planner = std::make_unique<app::Planner>(*home.household, home.store, QString());

        // The will is the API's status topic, as the composition root sets it up.
        const app::MqttAvailability status = app::MqttApi::availability(u"home"_s);
        commonwatt::mqtt::MqttBrokerSettings settings;
        settings.host = broker.host();
        settings.port = broker.port();
        settings.clientId = u"commonwatt-mqttapi-test"_s;
        settings.willTopic = status.topic;
        settings.willPayload = status.offline;
        settings.onlinePayload = status.online;
        settings.willRetain = status.retained;
        commonwatt::mqtt::PahoMqttClient client(settings);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);

        // A command someone left retained on the broker: delivered as retained when we subscribe, refused,
        // since it would otherwise be applied again at every reconnect.
        QVERIFY2(broker.publish(kRoot + u"device/washer/request/set"_s, "skipToday", {u"-r"_s}),
                 qPrintable(broker.errorString()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"command on .* refused: Retained .*"_s));

        app::MqttApi api(client, *home.household, home.store, home.credits.get(), home.planner.get(),
                         ApiHousehold<PlannerPlugin>::settings());
        QString error;
        QVERIFY2(api.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(api.rejectedCommands(), quint64(1), kTimeoutMs);
        QVERIFY(!home.planner->requests().find(u"washer"_s));
        emit home.plugin.meter->readingsReady({{0, now, 1.5}, {1, now, 4321.0}, {2, now, 1234.5}});
        emit home.plugin.pv->readingsReady({{0, now, 0.25}, {1, now, 777.0}});

        // Wait until the broker has the values: a first subscriber sees them arrive.
        auto first = broker.subscribe({kRoot + u"#"_s});
        QVERIFY2(first, qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(lastOn(*first, kRoot + u"energy/pv"_s), QByteArray("777.000"), kTimeoutMs);

        // A subscriber arriving now is given the retained tree and the discovery configs at once.
        auto late = broker.subscribe({kRoot + u"#"_s, u"homeassistant/#"_s});
        QVERIFY2(late, qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(lastOn(*late, kRoot + u"power/grid"_s), QByteArray("1.500"), kTimeoutMs);
        QCOMPARE(lastOn(*late, kRoot + u"status"_s), QByteArray("online"));
        QCOMPARE(lastOn(*late, kRoot + u"energy/gridImport"_s), QByteArray("4321.000"));
        QCOMPARE(lastOn(*late, kRoot + u"energy/gridExport"_s), QByteArray("1234.500"));
        QCOMPARE(lastOn(*late, kRoot + u"device/washer/name"_s), QByteArray("Washer"));
        const QString importConfig =
            u"homeassistant/sensor/commonwatt_home/commonwatt_home_energy_grid_import/config"_s;
        QTRY_VERIFY_WITH_TIMEOUT(!lastOn(*late, importConfig).isEmpty(), kTimeoutMs);
        const QJsonObject config = jsonObject(lastOn(*late, importConfig));
        QCOMPARE(config.value(u"state_topic"_s).toString(), kRoot + u"energy/gridImport"_s);
        QCOMPARE(config.value(u"state_class"_s).toString(), u"total_increasing"_s);

        // A command from mosquitto_pub reaches the planner; a bad one is answered on the error topic.
        QVERIFY2(broker.publish(kRoot + u"device/washer/request/set"_s, "runNow"),
                 qPrintable(broker.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(home.planner->requests().find(u"washer"_s), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            jsonObject(lastOn(*late, kRoot + u"device/washer/request"_s)).value(u"kind"_s).toString(),
            u"runNow"_s, kTimeoutMs);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"command on .* refused: .*"_s));
        QVERIFY(broker.publish(kRoot + u"device/washer/request/set"_s, "toggle"));
        QTRY_VERIFY_WITH_TIMEOUT(!lastOn(*late, kRoot + u"error"_s).isEmpty(), kTimeoutMs);
        QVERIFY(
            jsonObject(lastOn(*late, kRoot + u"error"_s)).value(u"error"_s).toString().contains(u"toggle"_s));
        QCOMPARE(api.rejectedCommands(), quint64(2));

        // A clean stop leaves "offline" retained for whoever asks next.
        api.stop();
        client.stop();
        auto after = broker.subscribe({kRoot + u"status"_s});
        QVERIFY2(after, qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(lastOn(*after, kRoot + u"status"_s), QByteArray("offline"), kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestMqttApiBroker)
#include "tst_mqttapibroker.moc"
