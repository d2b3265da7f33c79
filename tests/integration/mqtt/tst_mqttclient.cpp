// PahoMqttClient (backend/mqtt) against a real mosquitto per test: delivery, reconnects, offline publishes,
// limits, authentication and TLS. See docs/mqtt.md for the behaviour under test.
#include "../../support/mosquitto.h"

#include "mqtt/mqttbrokersettings.h"
#include "mqtt/pahomqttclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using commonwatt::MqttClient;
using commonwatt::MqttMessage;
using commonwatt::mqtt::MqttBrokerSettings;
using commonwatt::mqtt::MqttClientLimits;
using commonwatt::mqtt::PahoMqttClient;
using commonwatt::testing::MosquittoBroker;

namespace {

constexpr int kTimeoutMs = 30'000;

MqttBrokerSettings settingsFor(const MosquittoBroker &broker)
{
    MqttBrokerSettings settings;
    settings.host = broker.host();
    settings.port = broker.port();
    settings.clientId = u"tst-mqttclient-%1"_s.arg(QCoreApplication::applicationPid());
    return settings;
}

// Collects what a subscription delivers, on the thread of the object it lives in.
class Sink : public QObject
{
public:
    QList<MqttMessage> messages;
    QList<qsizetype> batchSizes;
    QList<QThread *> threads;
    int delayPerBatchMs = 0;

    MqttClient::Handler handler()
    {
        return [this](const QList<MqttMessage> &batch) {
            messages.append(batch);
            batchSizes.append(batch.size());
            threads.append(QThread::currentThread());
            if (delayPerBatchMs > 0)
                QThread::msleep(ulong(delayPerBatchMs));
        };
    }
    [[nodiscard]] QStringList topics() const
    {
        QStringList result;
        for (const MqttMessage &m : messages)
            result << m.topic;
        return result;
    }
};

} // namespace

class TestMqttClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicMatches_data();
    void topicMatches();
    void brokerSettings();
    void subscribeWithWildcards();
    void publishSeenByMosquittoSub();
    void brokerKilledAndRestarted();
    void publishesWhileDownArriveOnce();
    void oversizeDropped();
    void floodDropsOldest();
    void contextDestroyedInFlight();
    void usernameAndPassword();
    void tls();
};

void TestMqttClient::topicMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("matches");
    // MQTT 3.1.1 section 4.7 and its non-normative examples.
    QTest::newRow("exact") << u"a/b/c"_s << u"a/b/c"_s << true;
    QTest::newRow("exact, other") << u"a/b/c"_s << u"a/b/d"_s << false;
    QTest::newRow("exact, shorter topic") << u"a/b/c"_s << u"a/b"_s << false;
    QTest::newRow("exact, longer topic") << u"a/b"_s << u"a/b/c"_s << false;
    QTest::newRow("case sensitive") << u"a/B"_s << u"a/b"_s << false;
    QTest::newRow("# all") << u"#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("# single level") << u"#"_s << u"sport"_s << true;
    QTest::newRow("# matches parent") << u"sport/tennis/player1/#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("# one below") << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/ranking"_s << true;
    QTest::newRow("# two below") << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/score/wimbledon"_s
                                 << true;
    QTest::newRow("# sibling") << u"sport/tennis/player1/#"_s << u"sport/tennis/player2"_s << false;
    QTest::newRow("sport/# matches sport") << u"sport/#"_s << u"sport"_s << true;
    QTest::newRow("# not a prefix match") << u"sport/#"_s << u"sports"_s << false;
    QTest::newRow("+ one level") << u"sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("+ not two levels") << u"sport/tennis/+"_s << u"sport/tennis/player1/ranking"_s << false;
    QTest::newRow("+ not parent") << u"sport/+"_s << u"sport"_s << false;
    QTest::newRow("+ empty level") << u"sport/+"_s << u"sport/"_s << true;
    QTest::newRow("+ alone") << u"+"_s << u"sport"_s << true;
    QTest::newRow("+ alone, two levels") << u"+"_s << u"sport/tennis"_s << false;
    QTest::newRow("+/+ leading slash") << u"+/+"_s << u"/finance"_s << true;
    QTest::newRow("/+ leading slash") << u"/+"_s << u"/finance"_s << true;
    QTest::newRow("+ vs leading slash") << u"+"_s << u"/finance"_s << false;
    QTest::newRow("+ middle") << u"a/+/c"_s << u"a/b/c"_s << true;
    QTest::newRow("+ middle, wrong end") << u"a/+/c"_s << u"a/b/d"_s << false;
    QTest::newRow("+ then #") << u"a/+/#"_s << u"a/b"_s << true;
    QTest::newRow("+ then #, deep") << u"a/+/#"_s << u"a/b/c/d"_s << true;
    QTest::newRow("+ then #, too short") << u"a/+/#"_s << u"a"_s << false;
    QTest::newRow("empty levels") << u"a//b"_s << u"a//b"_s << true;
    QTest::newRow("# vs $SYS") << u"#"_s << u"$SYS/broker/uptime"_s << false;
    QTest::newRow("+ vs $SYS") << u"+/monitor/Clients"_s << u"$SYS/monitor/Clients"_s << false;
    QTest::newRow("$SYS/#") << u"$SYS/#"_s << u"$SYS/broker/uptime"_s << true;
    QTest::newRow("$SYS/monitor/+") << u"$SYS/monitor/+"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("$ literal not first") << u"a/+"_s << u"a/$b"_s << true;
}

void TestMqttClient::topicMatches()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, matches);
    QCOMPARE(MqttClient::topicMatches(filter, topic), matches);
}

void TestMqttClient::brokerSettings()
{
    QString error;
    QVERIFY(!MqttBrokerSettings::fromJson({{u"port"_s, 1883}}, &error));
    QVERIFY2(error.startsWith(u"host:"_s), qPrintable(error));
    QVERIFY(!MqttBrokerSettings::fromJson({{u"host"_s, u"h"_s}, {u"port"_s, 70000}}, &error));
    QVERIFY2(error.startsWith(u"port:"_s) && error.contains(u"65535"_s), qPrintable(error));
    QVERIFY(!MqttBrokerSettings::fromJson({{u"host"_s, u"mqtt://h"_s}}, &error));
    QVERIFY2(error.startsWith(u"host:"_s), qPrintable(error));
    QVERIFY(!MqttBrokerSettings::fromJson(
        {{u"host"_s, u"h"_s}, {u"tls"_s, true}, {u"caFile"_s, u"/nonexistent/ca.pem"_s}}, &error));
    QVERIFY2(error.startsWith(u"caFile:"_s) && error.contains(u"/nonexistent/ca.pem"_s), qPrintable(error));

    const auto tls =
        MqttBrokerSettings::fromJson({{u"host"_s, u"broker.example"_s}, {u"tls"_s, true}}, &error);
    QVERIFY2(tls, qPrintable(error));
    QCOMPARE(tls->port, 8883);
    QCOMPARE(tls->serverUri(), u"ssl://broker.example:8883"_s);
    QVERIFY(!tls->clientId.isEmpty());
    QCOMPARE(tls->keepAliveSeconds, 30);

    const QJsonObject json{{u"host"_s, u"h"_s},
                           {u"username"_s, u"u"_s},
                           {u"password"_s, u"hunter2"_s},
                           {u"willTopic"_s, u"commonwatt/x/status"_s}};
    const auto plain = MqttBrokerSettings::fromJson(json, &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->port, 1883);
    QCOMPARE(MqttBrokerSettings::fromJson(plain->toJson(), &error)->toJson(), plain->toJson());
    const QJsonObject redacted = commonwatt::redactSecrets(MqttBrokerSettings::schema(), plain->toJson());
    QVERIFY(!QJsonDocument(redacted).toJson().contains("hunter2"));
}

void TestMqttClient::subscribeWithWildcards()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    PahoMqttClient client(settingsFor(broker));
    Sink plus;
    Sink hash;
    Sink exact;
    // One subscriber on a thread of its own: its handler must run there.
    QThread worker;
    worker.start();
    hash.moveToThread(&worker);
    QVERIFY(client.subscribe(u"home/+/power"_s, &plus, plus.handler()) != 0);
    QVERIFY(client.subscribe(u"home/#"_s, &hash, hash.handler()) != 0);
    QVERIFY(client.subscribe(u"home/kitchen/power"_s, &exact, exact.handler()) != 0);
    QCOMPARE(client.subscribe(u"home/#/power"_s, &exact, exact.handler()), 0u);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);

    QVERIFY2(broker.publish(u"home/kitchen/power"_s, "1.5"), qPrintable(broker.errorString()));
    QVERIFY2(broker.publish(u"home/a/b/c"_s, "deep"), qPrintable(broker.errorString()));
    QVERIFY2(broker.publish(u"elsewhere/power"_s, "no"), qPrintable(broker.errorString()));
    QVERIFY2(broker.publish(u"home"_s, "parent"), qPrintable(broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(client.statistics().delivered, 5u, kTimeoutMs);
    worker.quit();
    worker.wait();
    QCOMPARE(plus.topics(), QStringList{u"home/kitchen/power"_s});
    QCOMPARE(plus.messages.first().payload, "1.5");
    QCOMPARE(exact.topics(), QStringList{u"home/kitchen/power"_s});
    QCOMPARE(hash.topics(), (QStringList{u"home/kitchen/power"_s, u"home/a/b/c"_s, u"home"_s}));
    QCOMPARE(client.statistics().received, 3u); // mosquitto sends one copy for overlapping filters
    for (QThread *thread : std::as_const(hash.threads))
        QCOMPARE(thread, &worker);
    for (QThread *thread : std::as_const(plus.threads))
        QCOMPARE(thread, QThread::currentThread());
}

void TestMqttClient::publishSeenByMosquittoSub()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    auto sub = broker.subscribe({u"commonwatt/#"_s});
    QVERIFY2(sub, qPrintable(broker.errorString()));
    MqttBrokerSettings settings = settingsFor(broker);
    settings.willTopic = u"commonwatt/hh/status"_s;
    PahoMqttClient client(settings);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    client.publish(u"commonwatt/hh/power"_s, "2.5", 0);
    client.publish(u"commonwatt/hh/set"_s, QByteArray("\x00\x01 binary\n", 10), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sub->messages().size(), 3, kTimeoutMs);
    QCOMPARE(sub->messages().at(0).topic, u"commonwatt/hh/status"_s);
    QCOMPARE(sub->messages().at(0).payload, "online");
    QCOMPARE(sub->messages().at(1).payload, "2.5");
    QCOMPARE(sub->messages().at(2).payload, QByteArray("\x00\x01 binary\n", 10));
    QCOMPARE(client.statistics().published, 3u);
    client.stop();
    QTRY_COMPARE_WITH_TIMEOUT(sub->messages().size(), 4, kTimeoutMs);
    QCOMPARE(sub->messages().at(3).payload, "offline");
}

void TestMqttClient::brokerKilledAndRestarted()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    PahoMqttClient client(settingsFor(broker));
    QSignalSpy states(&client, &MqttClient::stateChanged);
    Sink sink;
    client.subscribe(u"meter/+/power"_s, &sink, sink.handler());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    QVERIFY(broker.publish(u"meter/1/power"_s, "before"));
    QTRY_COMPARE_WITH_TIMEOUT(sink.messages.size(), 1, kTimeoutMs);

    states.clear();
    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Disconnected, kTimeoutMs);
    QVERIFY(!states.isEmpty());
    const QString reason = states.first().at(1).toString();
    QVERIFY2(reason.contains(u"127.0.0.1:%1"_s.arg(broker.port())), qPrintable(reason));
    QCOMPARE(states.first().at(0).value<MqttClient::State>(), MqttClient::State::Disconnected);

    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    QCOMPARE(client.statistics().reconnects, 1u);
    // The subscription is back: a message published after the restart arrives.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!broker.publish(u"meter/1/power"_s, "after"))
                return false;
            QTest::qWait(200);
            return sink.messages.size() > 1;
        }(),
        kTimeoutMs);
    QCOMPARE(sink.messages.at(1).payload, "after");
}

void TestMqttClient::publishesWhileDownArriveOnce()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    PahoMqttClient client(settingsFor(broker));
    Sink sink;
    client.subscribe(u"cmd/#"_s, &sink, sink.handler());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Disconnected, kTimeoutMs);
    constexpr int count = 50;
    for (int i = 0; i < count; ++i)
        client.publish(u"cmd/%1"_s.arg(i), QByteArray::number(i), 1);
    QCOMPARE(client.statistics().published, 0u);
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(sink.messages.size(), count, kTimeoutMs);
    QTest::qWait(1000); // time for any duplicate to show up
    QCOMPARE(sink.messages.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(sink.messages.at(i).payload, QByteArray::number(i)); // in order, each once
    QCOMPARE(client.statistics().published, quint64(count));
    QCOMPARE(client.statistics().droppedPublishes, 0u);
}

void TestMqttClient::oversizeDropped()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    PahoMqttClient client(settingsFor(broker));
    Sink sink;
    client.subscribe(u"big/#"_s, &sink, sink.handler());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    QVERIFY(broker.publish(u"big/one"_s, QByteArray(1024 * 1024, 'x')));
    QVERIFY(broker.publish(u"big/two"_s, QByteArray(client.maxPayloadBytes(), 'y'))); // exactly the limit
    QTRY_COMPARE_WITH_TIMEOUT(sink.messages.size(), 1, kTimeoutMs);
    QCOMPARE(sink.messages.first().topic, u"big/two"_s);
    QCOMPARE(client.statistics().droppedOversize, 1u);
    QCOMPARE(client.statistics().received, 2u);
    QCOMPARE(client.state(), MqttClient::State::Connected);
}

void TestMqttClient::floodDropsOldest()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    MqttClientLimits limits;
    limits.subscriberQueue = 1000;
    PahoMqttClient client(settingsFor(broker), limits);
    Sink sink;
    sink.delayPerBatchMs = 20; // a slow plugin
    client.subscribe(u"flood"_s, &sink, sink.handler());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);

    constexpr int count = 200'000;
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += QByteArray::number(i) + '\n';
    // The publisher runs in another process while this thread keeps delivering.
    QProcess publisher;
    QStringList arguments = broker.clientArguments();
    arguments << u"-t"_s << u"flood"_s << u"-l"_s;
    QElapsedTimer clock;
    clock.start();
    publisher.start(u"mosquitto_pub"_s, arguments);
    QVERIFY(publisher.waitForStarted());
    publisher.write(lines);
    publisher.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(client.statistics().received, quint64(count), 120'000);
    qInfo("%d messages received in %lld ms", count, qint64(clock.elapsed()));
    QTRY_COMPARE_WITH_TIMEOUT(client.statistics().delivered + client.statistics().droppedFlood,
                              quint64(count), kTimeoutMs);
    QVERIFY(publisher.state() == QProcess::NotRunning || publisher.waitForFinished(kTimeoutMs));
    QCOMPARE(publisher.exitCode(), 0);
    const auto statistics = client.statistics();
    QVERIFY(statistics.droppedFlood > 0);
    QCOMPARE(quint64(sink.messages.size()), statistics.delivered);
    // Bounded: no batch (hence no queue) ever held more than the limit.
    QVERIFY(*std::max_element(sink.batchSizes.begin(), sink.batchSizes.end()) <= limits.subscriberQueue);
    // The oldest were dropped: what arrived is in order and ends with the last message.
    int previous = -1;
    for (const MqttMessage &m : std::as_const(sink.messages)) {
        const int value = m.payload.toInt();
        QVERIFY(value > previous);
        previous = value;
    }
    QCOMPARE(previous, count - 1);
}

void TestMqttClient::contextDestroyedInFlight()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    PahoMqttClient client(settingsFor(broker));
    QThread worker;
    worker.start();
    auto *doomed = new Sink;
    doomed->delayPerBatchMs = 5;
    doomed->moveToThread(&worker);
    Sink survivor;
    client.subscribe(u"busy/#"_s, doomed, doomed->handler());
    client.subscribe(u"busy/#"_s, &survivor, survivor.handler());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    QByteArray lines;
    for (int i = 0; i < 20'000; ++i)
        lines += QByteArray::number(i) + '\n';
    QProcess publisher;
    QStringList arguments = broker.clientArguments();
    arguments << u"-t"_s << u"busy/x"_s << u"-l"_s;
    publisher.start(u"mosquitto_pub"_s, arguments);
    QVERIFY(publisher.waitForStarted());
    publisher.write(lines);
    publisher.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(client.statistics().received > 2000, kTimeoutMs);
    doomed->deleteLater(); // on its own thread, while messages for it are arriving
    QVERIFY(publisher.state() == QProcess::NotRunning || publisher.waitForFinished(kTimeoutMs));
    QCOMPARE(publisher.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(survivor.messages.size(), 20'000, 60'000);
    worker.quit();
    worker.wait();
    // The filter still has a subscriber: it keeps receiving.
    QVERIFY(broker.publish(u"busy/y"_s, "still here"));
    QTRY_COMPARE_WITH_TIMEOUT(survivor.messages.size(), 20'001, kTimeoutMs);
}

void TestMqttClient::usernameAndPassword()
{
    MosquittoBroker::Options options;
    options.username = u"household"_s;
    options.password = u"s3cret-pw"_s;
    MosquittoBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    MqttBrokerSettings settings = settingsFor(broker);
    settings.username = u"household"_s;
    settings.password = u"s3cret-pw"_s;
    {
        PahoMqttClient client(settings);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
    }
    settings.password = u"wrong-pw"_s;
    PahoMqttClient client(settings);
    QList<qint64> failures;
    QStringList reasons;
    QElapsedTimer clock;
    clock.start();
    connect(&client, &MqttClient::stateChanged, this, [&](MqttClient::State state, const QString &reason) {
        QVERIFY(state != MqttClient::State::Connected);
        if (state == MqttClient::State::Disconnected) {
            failures << clock.elapsed();
            reasons << reason;
        }
    });
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 3, kTimeoutMs);
    QVERIFY2(reasons.first().contains(u"not authorised"_s) || reasons.first().contains(u"password"_s),
             qPrintable(reasons.first()));
    QVERIFY(!reasons.first().contains(u"wrong-pw"_s));
    // Backoff: 250 ms, then 1 s between the attempts.
    QVERIFY2(failures.at(1) - failures.at(0) >= 200,
             qPrintable(QString::number(failures.at(1) - failures.at(0))));
    QVERIFY2(failures.at(2) - failures.at(1) >= 900,
             qPrintable(QString::number(failures.at(2) - failures.at(1))));
    QVERIFY(failures.at(2) - failures.at(1) > failures.at(1) - failures.at(0));
    client.stop();
}

void TestMqttClient::tls()
{
    MosquittoBroker::Options options;
    options.tls = true;
    MosquittoBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    MqttBrokerSettings settings = settingsFor(broker);
    settings.tls = true;
    settings.port = broker.tlsPort();
    settings.caFile = broker.caFile();
    {
        PahoMqttClient client(settings);
        Sink sink;
        client.subscribe(u"secure/#"_s, &sink, sink.handler());
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, kTimeoutMs);
        client.publish(u"secure/a"_s, "over tls");
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages.size(), 1, kTimeoutMs);
    }
    settings.caFile = broker.otherCaFile();
    PahoMqttClient client(settings);
    QSignalSpy states(&client, &MqttClient::stateChanged);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().at(0).value<MqttClient::State>() ==
                                                      MqttClient::State::Disconnected,
                             kTimeoutMs);
    const QString reason = states.last().at(1).toString();
    QVERIFY2(reason.contains(u"TLS"_s) && reason.contains(u"%1"_s.arg(broker.tlsPort())), qPrintable(reason));
    QTest::qWait(1500);
    QVERIFY(client.state() != MqttClient::State::Connected);
}

QTEST_GUILESS_MAIN(TestMqttClient)
#include "tst_mqttclient.moc"
