// The MQTT API's commands (commonwatt/<household>/device/<device>/request/set) reach the planner's requests;
// they are absolute and idempotent; bad ones are refused with a reason on the error topic and in the log,
// never a crash and never a change. Also the plan and the requests as the tree publishes them.
#include "mqttapifixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace commonwatt;
using namespace commonwatt::testing;
using namespace Qt::StringLiterals;

namespace {
const QString kRoot = u"commonwatt/home/"_s;
constexpr qint64 kHourMs = 3'600'000;

QString commandTopic(const QString &device, const QString &command = u"request"_s)
{
    return kRoot + u"device/"_s + device + u'/' + command + u"/set"_s;
}
} // namespace

class TestMqttApiCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<ApiHousehold<PlannerPlugin>>();
        QVERIFY(m_home->open());
        PlannerPlugin &p = m_home->plugin;
        const qint64 now = m_home->clock->nowMs();
        p.battery->setFlexibility(PlannerPlugin::batteryFlexibility(5.0));
        p.ev->setFlexibility(PlannerPlugin::evFlexibility(true, 20.0, 45.0, utc(21, 7)));
        p.washer->setFlexibility(PlannerPlugin::washerFlexibility(u"waiting"_s, now, now + 10 * kHourMs));
        p.heater->setFlexibility(PlannerPlugin::heaterFlexibility(4.0, now, utc(20, 20)));
        m_home->planner = std::make_unique<app::Planner>(*m_home->household, m_home->store, QString());
        QVERIFY(m_home->makeApi());
    }
    void cleanup() { m_home.reset(); }

    void runNowIsIdempotent()
    {
        app::Planner &planner = *m_home->planner;
        QSignalSpy changed(&planner, &app::Planner::requestsChanged);
        m_home->client.inject(commandTopic(u"washer"_s), "runNow");
        QTRY_COMPARE(changed.size(), 1);
        const auto request = planner.requests().find(u"washer"_s);
        QVERIFY(request);
        QCOMPARE(request->kind, app::RequestKind::RunNow);
        QTRY_COMPARE(jsonObject(m_home->client.retained(kRoot + u"device/washer/request"_s))
                         .value(u"kind"_s)
                         .toString(),
                     u"runNow"_s);

        // The same command again, later: the request stands as it was, not restarted.
        m_home->clock->advanceBy(60'000);
        m_home->client.inject(commandTopic(u"washer"_s), " runNow\n");
        m_home->client.inject(commandTopic(u"washer"_s), "runNow");
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(planner.requests().find(u"washer"_s), request);
        QCOMPARE(m_home->api->rejectedCommands(), quint64(0));
    }

    void readyBySetsTimeAndTarget()
    {
        app::Planner &planner = *m_home->planner;
        QSignalSpy changed(&planner, &app::Planner::requestsChanged);
        m_home->client.inject(commandTopic(u"ev"_s), "readyBy 07:00 80");
        QTRY_COMPARE(changed.size(), 1);
        auto request = planner.requests().find(u"ev"_s);
        QVERIFY(request);
        QCOMPARE(request->kind, app::RequestKind::ReadyBy);
        QCOMPARE(request->untilMs, utc(21, 7)); // 07:00 has passed today (08:05): tomorrow's
        QCOMPARE(request->targetPercent, 80.0);
        // The state follows within the coalescing interval ("none" was published at start).
        QTRY_COMPARE(
            jsonObject(m_home->client.retained(kRoot + u"device/ev/request"_s)).value(u"kind"_s).toString(),
            u"readyBy"_s);
        const QJsonObject state = jsonObject(m_home->client.retained(kRoot + u"device/ev/request"_s));
        QCOMPARE(state.value(u"until"_s).toString(), u"2026-06-21T07:00:00Z"_s);
        QCOMPARE(state.value(u"targetPercent"_s).toDouble(), 80.0);

        m_home->client.inject(commandTopic(u"ev"_s), "readyBy 07:00 80");
        QTest::qWait(50);
        QCOMPARE(changed.size(), 1);
        // Another target replaces it.
        m_home->client.inject(commandTopic(u"ev"_s), "readyBy 06:30 90");
        QTRY_COMPARE(changed.size(), 2);
        request = planner.requests().find(u"ev"_s);
        QCOMPARE(request->untilMs, utc(21, 6, 30));
        QCOMPARE(request->targetPercent, 90.0);
    }

    void skipTodayAndCancel()
    {
        app::Planner &planner = *m_home->planner;
        m_home->client.inject(commandTopic(u"water-heater"_s), "skipToday");
        QTRY_VERIFY(planner.requests().find(u"water-heater"_s));
        QCOMPARE(planner.requests().find(u"water-heater"_s)->kind, app::RequestKind::SkipToday);
        QCOMPARE(planner.requests().find(u"water-heater"_s)->untilMs, utc(21, 0));
        m_home->client.inject(commandTopic(u"water-heater"_s), "cancel");
        QTRY_VERIFY(!planner.requests().find(u"water-heater"_s));
        QTRY_COMPARE(jsonObject(m_home->client.retained(kRoot + u"device/water-heater/request"_s))
                         .value(u"kind"_s)
                         .toString(),
                     u"none"_s);
        // Cancelling what is not there is no error: the state asked for holds.
        m_home->client.inject(commandTopic(u"water-heater"_s), "cancel");
        QTest::qWait(50);
        QCOMPARE(m_home->api->rejectedCommands(), quint64(0));
    }

    void badCommands_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("retained");
        QTest::addColumn<QString>("reason"); // a word the answer must contain

        QTest::newRow("unknown device")
            << commandTopic(u"dishwasher"_s) << QByteArray("runNow") << false << u"dishwasher"_s;
        QTest::newRow("unknown command")
            << commandTopic(u"washer"_s, u"power"_s) << QByteArray("on") << false << u"power"_s;
        QTest::newRow("unknown verb")
            << commandTopic(u"washer"_s) << QByteArray("toggle") << false << u"toggle"_s;
        QTest::newRow("empty") << commandTopic(u"washer"_s) << QByteArray() << false << u"runNow"_s;
        QTest::newRow("not UTF-8") << commandTopic(u"washer"_s) << QByteArray("\xff\xfe\x00run", 6) << false
                                   << u"runNow"_s;
        QTest::newRow("extra word") << commandTopic(u"washer"_s) << QByteArray("runNow please") << false
                                    << u"runNow"_s;
        QTest::newRow("hour 25") << commandTopic(u"ev"_s) << QByteArray("readyBy 25:00 80") << false
                                 << u"25:00"_s;
        QTest::newRow("no minutes") << commandTopic(u"ev"_s) << QByteArray("readyBy 7 80") << false
                                    << u"HH:MM"_s;
        QTest::newRow("no percent") << commandTopic(u"ev"_s) << QByteArray("readyBy 07:00") << false
                                    << u"readyBy"_s;
        QTest::newRow("percent 0") << commandTopic(u"ev"_s) << QByteArray("readyBy 07:00 0") << false
                                   << u"1 to 100"_s;
        QTest::newRow("percent 150") << commandTopic(u"ev"_s) << QByteArray("readyBy 07:00 150") << false
                                     << u"1 to 100"_s;
        QTest::newRow("percent NaN") << commandTopic(u"ev"_s) << QByteArray("readyBy 07:00 nan") << false
                                     << u"nan"_s;
        QTest::newRow("percent inf") << commandTopic(u"ev"_s) << QByteArray("readyBy 07:00 inf") << false
                                     << u"inf"_s;
        // Within what the client lets through (it drops larger messages before anyone sees them).
        QTest::newRow("128 KiB") << commandTopic(u"washer"_s) << QByteArray(1 << 17, 'x') << false
                                 << u"bytes"_s;
        QTest::newRow("retained") << commandTopic(u"washer"_s) << QByteArray("runNow") << true << u"retain"_s;
        // What the planner refuses, in its words.
        QTest::newRow("ready by on a washer")
            << commandTopic(u"washer"_s) << QByteArray("readyBy 07:00 80") << false << u"car"_s;
        QTest::newRow("skip a battery")
            << commandTopic(u"battery"_s) << QByteArray("skipToday") << false << u"appliance"_s;
    }

    void badCommands()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(bool, retained);
        QFETCH(QString, reason);
        QSignalSpy rejected(m_home->api.get(), &app::MqttApi::commandRejected);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"command on .* refused: .*"_s));
        m_home->client.inject(topic, payload, retained);
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(m_home->api->rejectedCommands(), quint64(1));
        QVERIFY(m_home->planner->requests().all().isEmpty());

        const QList<RecordingMqttClient::Publish> answers = m_home->client.on(kRoot + u"error"_s);
        QCOMPARE(answers.size(), 1);
        QVERIFY(!answers[0].retained);
        QCOMPARE(answers[0].qos, 1);
        const QJsonObject answer = jsonObject(answers[0].payload);
        QCOMPARE(answer.value(u"topic"_s).toString(), topic);
        QVERIFY(answer.value(u"payload"_s).toString().size() <= 200); // never echoes a flood back
        const QString error = answer.value(u"error"_s).toString();
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void floodOfBadCommands()
    {
        // Bad commands are counted and logged; the answers are rate-limited so that a flood in is not a
        // flood out.
        for (int i = 0; i < 500; ++i) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"command on .* refused: .*"_s));
            m_home->client.inject(commandTopic(u"washer"_s), QByteArray::number(i));
        }
        QTRY_COMPARE(m_home->api->rejectedCommands(), quint64(500));
        const qsizetype answers = m_home->client.on(kRoot + u"error"_s).size();
        QVERIFY2(answers >= 10 && answers <= 20, qPrintable(QString::number(answers)));
        // And a good command still gets through afterwards.
        m_home->client.inject(commandTopic(u"washer"_s), "runNow");
        QTRY_VERIFY(m_home->planner->requests().find(u"washer"_s));
    }

    void planWithReasons()
    {
        app::Planner &planner = *m_home->planner;
        planner.setDebounceInterval(std::chrono::milliseconds(0));
        planner.start();
        QTRY_VERIFY_WITH_TIMEOUT(planner.outcome() && !planner.isPlanning(), 60000);
        const QString topic = kRoot + u"plan"_s;
        QTRY_VERIFY(!m_home->client.retained(topic).isEmpty());
        const auto outcome = planner.outcome();
        QTRY_VERIFY(jsonObject(m_home->client.retained(topic)).value(u"plannedAt"_s).toString() ==
                    QDateTime::fromMSecsSinceEpoch(planner.plannedAtMs(), Qt::UTC).toString(Qt::ISODate));
        const QJsonObject plan = jsonObject(m_home->client.retained(topic));
        QCOMPARE(plan.value(u"slotMinutes"_s).toInt(), 15);
        QCOMPARE(plan.value(u"start"_s).toString(), u"2026-06-20T08:00:00Z"_s);
        const QJsonArray devices = plan.value(u"devices"_s).toArray();
        QCOMPARE(devices.size(), outcome->built.devices.size());
        const QStringList reasons{u"solarSurplus"_s, u"gridEvent"_s, u"gridSurplus"_s,  u"lowCarbon"_s,
                                  u"cheaper"_s,      u"requested"_s, u"noBetterTime"_s, u"idle"_s};
        int planned = 0;
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QJsonObject device = devices[i].toObject();
            const app::DeviceStatus &status = outcome->built.devices[i];
            QCOMPARE(device.value(u"id"_s).toString(), status.id);
            if (status.state != app::DeviceState::Planned)
                continue;
            ++planned;
            QVERIFY2(reasons.contains(device.value(u"reason"_s).toString()), qPrintable(status.id));
            QVERIFY(!device.value(u"decision"_s).toString().isEmpty());
            const app::DeviceExplanation &why =
                outcome->explanation.devices.at(std::size_t(status.scenarioIndex));
            QVERIFY(std::abs(device.value(u"creditDelta"_s).toDouble() - why.creditDelta) < 5e-4);
            if (why.firstActiveSlot >= 0) {
                const QDateTime from = QDateTime::fromString(device.value(u"from"_s).toString(), Qt::ISODate);
                QCOMPARE(from.toMSecsSinceEpoch(),
                         outcome->built.startMs + why.firstActiveSlot * outcome->built.slotMs);
            }
        }
        QVERIFY(planned >= 3); // battery, car, washer, heater are all plannable here
    }

private:
    std::unique_ptr<ApiHousehold<PlannerPlugin>> m_home;
};

QTEST_GUILESS_MAIN(TestMqttApiCommands)
#include "tst_mqttapicommands.moc"
