// Sustained readings per second from the broker into the readings store, through everything a real
// reading passes: Commonwatt's MQTT transport (Paho), the generic MQTT plugin's devices on their worker
// thread, the plugin host's rate limit and batches, the household, and the store's SQLite writer. The
// baseline is what the same broker delivers to mosquitto_sub alone, with the same publisher, in the same
// run. Runs alternate (baseline, ours) `--runs` times; the medians and their ratio are printed.
//   bench_mqttingest [--messages N] [--devices D] [--runs R]
#include "mosquitto.h"

#include "household.h"
#include "mqtt/pahomqttclient.h"
#include "pluginhost/exceptionguard.h"
#include "pluginhost/plugincatalog.h"
#include "pluginhost/pluginhost.h"
#include "storage/readingsstore.h"

#include <commonwatt/clock.h>

#include <mqtt/async_client.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace commonwatt;

namespace {

struct Options
{
    int messages = 300'000;
    int devices = 50;
    int runs = 3;
};

QString topicOf(int device)
{
    return u"bench/dev%1/power"_s.arg(device);
}

// Publishes `count` plain-number readings round-robin over the devices' topics, as fast as Paho takes them
// (QoS 0, as meters publish), from a thread of its own.
class Publisher
{
public:
    explicit Publisher(int port)
        : m_client("tcp://127.0.0.1:" + std::to_string(port), "bench-publisher")
    {
        m_client.connect(::mqtt::connect_options_builder().clean_session(true).finalize())->wait();
    }
    ~Publisher() { m_client.disconnect()->wait(); }

    void publish(const std::string &topic, const std::string &payload) { m_client.publish(topic, payload, 0, false); }

    void run(int count, int devices)
    {
        std::vector<std::string> topics;
        for (int i = 0; i < devices; ++i)
            topics.push_back(topicOf(i).toStdString());
        std::thread worker([&] {
            for (int i = 0; i < count; ++i) {
                const std::string payload = std::to_string(100 + i % 5000) + ".5";
                for (;;) {
                    try {
                        m_client.publish(topics[static_cast<size_t>(i % devices)], payload, 0, false);
                        break;
                    } catch (const ::mqtt::exception &) {
                        std::this_thread::yield(); // Paho's buffer is full: wait for the socket
                    }
                }
            }
        });
        worker.join();
    }

private:
    ::mqtt::async_client m_client;
};

// Runs this thread's event loop for `ms`, asleep between events: the benchmark's own thread must not take a
// core from the pipeline it measures.
void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double waitUntil(QElapsedTimer &timer, const std::function<bool()> &done, qint64 timeoutMs)
{
    while (!done() && timer.elapsed() < timeoutMs)
        pump(5);
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// mosquitto_sub printing every payload to a pipe that this process drains: the broker's delivery rate.
double baselineRate(testing::MosquittoBroker &broker, const Options &options, qint64 *delivered)
{
    QProcess sub;
    sub.start(u"mosquitto_sub"_s, {u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-t"_s,
                                   u"bench/#"_s, u"-q"_s, u"0"_s});
    sub.waitForStarted();
    Publisher publisher(broker.port());
    qint64 lines = 0;
    const auto drain = [&] {
        const QByteArray chunk = sub.readAllStandardOutput();
        lines += chunk.count('\n');
    };
    // Subscribed once a probe comes back.
    QElapsedTimer probe;
    probe.start();
    while (lines == 0 && probe.elapsed() < 10'000) {
        publisher.publish("bench/probe", "probe");
        sub.waitForReadyRead(50);
        drain();
    }
    pump(200);
    drain();
    lines = 0;
    QElapsedTimer timer;
    timer.start();
    std::thread publishing([&] { publisher.run(options.messages, options.devices); });
    while (lines < options.messages && timer.elapsed() < 120'000) {
        sub.waitForReadyRead(20);
        drain();
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    publishing.join();
    *delivered = lines;
    sub.kill();
    sub.waitForFinished();
    return static_cast<double>(lines) / seconds;
}

double commonwattRate(testing::MosquittoBroker &broker, const pluginhost::PluginCatalog &catalog,
                      const Options &options, qint64 *processed, qint64 *stored)
{
    QTemporaryDir dir;
    SystemClock clock;
    storage::ReadingsStore store;
    if (!store.open(dir.filePath(u"commonwatt.db"_s)))
        qFatal("cannot open the store: %s", qPrintable(store.errorString()));
    app::Household household(clock, store, QTimeZone::utc());
    qint64 committed = 0;
    QObject::connect(&store, &storage::ReadingsStore::batchCommitted, &household,
                     [&committed](qint64 readings, qint64) { committed += readings; });

    QString error;
    const auto settings = commonwatt::mqtt::MqttBrokerSettings::fromJson(
        QJsonObject{{u"host"_s, broker.host()}, {u"port"_s, broker.port()}, {u"clientId"_s, u"bench-commonwatt"_s}},
        &error);
    commonwatt::mqtt::PahoMqttClient client(*settings);
    client.start();
    const pluginhost::PluginEntry *generic = catalog.find(u"mqtt-generic"_s);
    if (!generic)
        qFatal("the generic MQTT plugin is not built");
    std::vector<std::unique_ptr<pluginhost::PluginHost>> hosts;
    int ready = 0;
    for (int i = 0; i < options.devices; ++i) {
        PluginContext context;
        context.clock = &clock;
        context.mqtt = &client;
        auto host = std::make_unique<pluginhost::PluginHost>(
            *generic, u"meter-%1"_s.arg(i),
            QJsonObject{{u"name"_s, u"Meter %1"_s.arg(i)}, {u"kind"_s, u"meter"_s}, {u"powerTopic"_s, topicOf(i)},
                        {u"powerScale"_s, 1.0}},
            context);
        pluginhost::PluginHost *raw = host.get();
        QObject::connect(raw, &pluginhost::PluginHost::devicesReady, &household,
                         [&household, raw, &ready](const QList<Device *> &devices) {
                             household.adoptDevices(devices, raw);
                             ++ready;
                         });
        raw->start();
        hosts.push_back(std::move(host));
    }
    Publisher publisher(broker.port());
    QElapsedTimer setup;
    setup.start();
    waitUntil(setup, [&] { return ready == options.devices && client.state() == MqttClient::State::Connected; }, 30'000);
    // Subscribed once a probe reading per device reaches the store.
    const auto probeAll = [&] {
        for (int i = 0; i < options.devices; ++i)
            publisher.publish(topicOf(i).toStdString(), "1.0");
    };
    while (committed < options.devices && setup.elapsed() < 30'000) {
        probeAll();
        pump(100);
        store.flush();
    }
    pump(300);
    store.flush();
    pump(300);
    const qint64 before = committed;

    const auto passedSoFar = [&hosts] {
        quint64 passed = 0;
        for (const auto &host : hosts)
            passed += host->counters().readingsPassed;
        return passed;
    };
    const quint64 passedBefore = passedSoFar();
    QElapsedTimer timer;
    qint64 lastCommitNs = 0;
    QObject::connect(&store, &storage::ReadingsStore::batchCommitted, &household,
                     [&timer, &lastCommitNs](qint64, qint64) { lastCommitNs = timer.nsecsElapsed(); });
    timer.start();
    std::thread publishing([&] { publisher.run(options.messages, options.devices); });
    // Done when every reading has reached the household and the store has written what it was handed.
    // Readings of one channel with the same millisecond are one row (the store's key), so rows can be fewer.
    waitUntil(timer, [&] { return passedSoFar() - passedBefore >= static_cast<quint64>(options.messages); },
              120'000);
    store.flush();
    qint64 settled = committed;
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 500) {
        pump(50);
        if (committed != settled) {
            settled = committed;
            quiet.restart();
        }
    }
    const double seconds = static_cast<double>(lastCommitNs) / 1e9;
    *processed = static_cast<qint64>(passedSoFar() - passedBefore);
    publishing.join();
    *stored = committed - before;
    quint64 passed = 0;
    quint64 dropped = 0;
    for (const auto &host : hosts) {
        passed += host->counters().readingsPassed;
        dropped += host->counters().readingsDropped;
    }
    const MqttClient::Statistics statistics = client.statistics();
    std::printf("\n    transport: %llu received, %llu delivered, %llu dropped (flood); plugin host: %llu passed, "
                "%llu dropped; store: %lld written\n",
                static_cast<unsigned long long>(statistics.received),
                static_cast<unsigned long long>(statistics.delivered),
                static_cast<unsigned long long>(statistics.droppedFlood), static_cast<unsigned long long>(passed),
                static_cast<unsigned long long>(dropped), static_cast<long long>(*stored));
    for (const auto &host : hosts)
        host->stop();
    client.stop();
    store.close();
    return static_cast<double>(*processed) / seconds;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    pluginhost::GuardedApplication<QCoreApplication> app(argc, argv);
    QLoggingCategory::setFilterRules(u"commonwatt.*.info=false\ncommonwatt.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(u"messages"_s, u"Readings per run."_s, u"n"_s, u"300000"_s);
    const QCommandLineOption devicesOption(u"devices"_s, u"Devices (topics) they are spread over."_s, u"n"_s, u"50"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each (baseline and ours, alternately)."_s, u"n"_s, u"3"_s);
    parser.addOptions({messagesOption, devicesOption, runsOption});
    parser.process(app);
    Options options;
    options.messages = parser.value(messagesOption).toInt();
    options.devices = std::max(1, parser.value(devicesOption).toInt());
    options.runs = std::max(1, parser.value(runsOption).toInt());

    testing::MosquittoBroker broker;
    if (!broker.start())
        qFatal("%s", qPrintable(broker.errorString()));
    pluginhost::PluginCatalog catalog;
    catalog.load({QStringLiteral(COMMONWATT_PLUGINS)});

    std::printf("bench_mqttingest: %d readings over %d devices per run, %d runs each\n", options.messages,
                options.devices, options.runs);
    std::vector<double> baseline;
    std::vector<double> ours;
    for (int run = 0; run < options.runs; ++run) {
        qint64 delivered = 0;
        qint64 stored = 0;
        qint64 processed = 0;
        baseline.push_back(baselineRate(broker, options, &delivered));
        std::printf("  run %d: mosquitto_sub %9.0f msg/s (%lld delivered)", run + 1, baseline.back(),
                    static_cast<long long>(delivered));
        ours.push_back(commonwattRate(broker, catalog, options, &processed, &stored));
        std::printf("   commonwatt %9.0f readings/s (%lld into the store, %lld rows)\n", ours.back(),
                    static_cast<long long>(processed), static_cast<long long>(stored));
        std::fflush(stdout);
    }
    const double base = median(baseline);
    const double mine = median(ours);
    std::printf("median: mosquitto_sub %.0f msg/s, commonwatt %.0f readings/s into the store, ratio %.2f\n", base, mine,
                mine / base);
    return 0;
}
