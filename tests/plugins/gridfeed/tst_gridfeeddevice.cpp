// The grid-signal device driven through an in-process broker and a simulated clock: readings at each slot
// start, forecasts from the current slot on, replays and other regions ignored, bad documents reported naming
// topic and field with the last good state kept, and availability that follows the feed's age.
#include "gridfeeddevice.h"
#include "loopbackmqttclient.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::gridfeed;
using commonwatt::testing::LoopbackMqttClient;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 noonMs = 1'748'779'200'000; // 2025-06-01T12:00:00Z
const QString topic = u"commonwatt/community/signals/NL-North"_s;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Four quarter-hour slots from 12:00, g = 100, 200, 300, 400.
QJsonObject document(qint64 issuedAtMs, double gOffset = 0.0)
{
    QJsonArray g;
    for (double v : {100.0, 200.0, 300.0, 400.0})
        g.append(v + gOffset);
    return {{u"region"_s, u"NL-North"_s},
            {u"start"_s, iso(noonMs)},
            {u"slotMinutes"_s, 15},
            {u"g"_s, g},
            {u"s"_s, QJsonArray{-0.5, 0, 0.25, 1}},
            {u"r"_s, QJsonArray{0.9, 0.5, 0.25, 0.1}},
            {u"kind"_s, u"forecast"_s},
            {u"issuedAt"_s, iso(issuedAtMs)},
            {u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"peak"_s},
                                                 {u"start"_s, iso(noonMs + 45 * minute)},
                                                 {u"end"_s, iso(noonMs + 90 * minute)},
                                                 {u"level"_s, 3}}}},
            {u"signature"_s, u"demo-distributor:sig"_s}};
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Forecast
{
    qint64 fromMs = 0;
    QList<DeviceReading> readings;
};

struct Rig
{
    explicit Rig(qint64 nowMs, qint64 maxAgeMinutes = 60, const QString &filter = topic)
        : clock(nowMs)
    {
        GridFeedConfig config;
        config.topic = filter;
        config.region = u"NL-North"_s;
        config.maxAgeMs = maxAgeMinutes * minute;
        device = new GridFeedDevice(u"signals-1"_s, config, mqtt, clock, &owner);
        QObject::connect(device, &Device::readingsReady, &owner,
                         [this](const QList<DeviceReading> &r) { batches.append(r); });
        QObject::connect(device, &Device::forecastReady, &owner,
                         [this](qint64 from, const QList<DeviceReading> &r) {
                             forecasts.append({from, r});
                         });
        QObject::connect(device, &Device::badPayload, &owner, [this](const QString &r) { bad.append(r); });
    }
    void send(const QByteArray &payload, const QString &on = topic)
    {
        mqtt.inject(on, payload);
        QCoreApplication::sendPostedEvents();
    }
    // The value of a channel in a batch, NaN when it is absent.
    static double value(const QList<DeviceReading> &batch, qint32 channel, qint64 timestampMs)
    {
        for (const DeviceReading &r : batch) {
            if (r.channel == channel && r.timestampMs == timestampMs)
                return r.value;
        }
        return qQNaN();
    }

    SimulatedClock clock;
    LoopbackMqttClient mqtt;
    QObject owner;
    GridFeedDevice *device = nullptr;
    QList<QList<DeviceReading>> batches;
    QList<Forecast> forecasts;
    QStringList bad;
};

} // namespace

class TestGridFeedDevice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<QList<DeviceReading>>(); }

    void channelsAreTheSimulators()
    {
        Rig rig(noonMs);
        QCOMPARE(rig.device->kind(), DeviceKind::GridSignal);
        QVERIFY(rig.device->id().startsWith(u"signals-1"_s));
        const QList<ChannelSpec> &channels = rig.device->channels();
        QCOMPARE(channels.size(), 4);
        const QList<std::tuple<QString, Quantity, QString>> expected{
            {u"carbon_intensity"_s, Quantity::CarbonIntensity, u"gCO2/kWh"_s},
            {u"grid_need"_s, Quantity::GridNeed, QString()},
            {u"renewable_share"_s, Quantity::RenewableShare, QString()},
            {u"event_level"_s, Quantity::EventLevel, QString()}};
        for (qsizetype i = 0; i < channels.size(); ++i) {
            QCOMPARE(channels[i].name, std::get<0>(expected[i]));
            QCOMPARE(channels[i].quantity, std::get<1>(expected[i]));
            QCOMPARE(channels[i].unit, std::get<2>(expected[i]));
        }
        for (CommandKind kind : {CommandKind::Automatic, CommandKind::SetPower, CommandKind::Switch})
            QVERIFY(!rig.device->accepts(kind));
        QCOMPARE(rig.device->availability(), Availability::Unknown);
    }

    void documentGivesTheSlotNowAndAForecast()
    {
        Rig rig(noonMs + 7 * minute);
        rig.send(bytes(document(noonMs + 5 * minute)));
        QVERIFY(rig.bad.isEmpty());
        QCOMPARE(rig.device->availability(), Availability::Online);
        // The slot now, stamped with its start.
        QCOMPARE(rig.batches.size(), 1);
        const QList<DeviceReading> &now = rig.batches.first();
        QCOMPARE(now.size(), 4);
        QCOMPARE(Rig::value(now, GridFeedDevice::CarbonIntensity, noonMs), 100.0);
        QCOMPARE(Rig::value(now, GridFeedDevice::GridNeed, noonMs), -0.5);
        QCOMPARE(Rig::value(now, GridFeedDevice::RenewableShare, noonMs), 0.9);
        QCOMPARE(Rig::value(now, GridFeedDevice::EventLevel, noonMs), 0.0);
        // The forecast, as the simulator gives it: from the current slot's start, every channel per slot.
        QCOMPARE(rig.forecasts.size(), 1);
        const Forecast &forecast = rig.forecasts.first();
        QCOMPARE(forecast.fromMs, noonMs);
        QCOMPARE(forecast.readings.size(), 16);
        for (int slot = 0; slot < 4; ++slot) {
            const qint64 start = noonMs + slot * 15 * minute;
            QCOMPARE(Rig::value(forecast.readings, GridFeedDevice::CarbonIntensity, start),
                     100.0 * (slot + 1));
            // The event 12:45-13:30 covers the last slot only.
            QCOMPARE(Rig::value(forecast.readings, GridFeedDevice::EventLevel, start), slot == 3 ? 3.0 : 0.0);
        }
        for (const DeviceReading &r : forecast.readings)
            QVERIFY(r.timestampMs >= forecast.fromMs && r.channel >= 0 && r.channel < 4);
    }

    void eachSlotStartIsReportedOnce()
    {
        Rig rig(noonMs + 7 * minute, 240);
        rig.send(bytes(document(noonMs)));
        QCOMPARE(rig.batches.size(), 1);
        rig.clock.advanceTo(noonMs + 14 * minute);
        QCOMPARE(rig.batches.size(), 1); // still the same slot
        rig.clock.advanceTo(noonMs + 15 * minute);
        QCOMPARE(rig.batches.size(), 2);
        QCOMPARE(Rig::value(rig.batches.last(), GridFeedDevice::CarbonIntensity, noonMs + 15 * minute),
                 200.0);
        // A clock that jumps reports every slot it passed, in order, each at its own start.
        rig.clock.advanceTo(noonMs + 70 * minute);
        QCOMPARE(rig.batches.size(), 4);
        QCOMPARE(rig.batches[2].first().timestampMs, noonMs + 30 * minute);
        QCOMPARE(rig.batches[3].first().timestampMs, noonMs + 45 * minute);
        QCOMPARE(Rig::value(rig.batches[3], GridFeedDevice::EventLevel, noonMs + 45 * minute), 3.0);
        // Past the document's end, nothing is made up.
        rig.clock.advanceTo(noonMs + 120 * minute);
        QCOMPARE(rig.batches.size(), 4);
        QCOMPARE(rig.forecasts.size(), 1); // forecasts come with documents, not with ticks
    }

    void replaysAndOtherRegionsAreIgnored()
    {
        Rig rig(noonMs + 7 * minute);
        const QByteArray first = bytes(document(noonMs + 5 * minute));
        rig.send(first);
        QCOMPARE(rig.forecasts.size(), 1);
        rig.send(first);                                      // the retained message again, after a reconnect
        rig.send(bytes(document(noonMs + 1 * minute, 1000))); // issued before the one applied
        QCOMPARE(rig.device->replaysIgnored(), 2u);
        QCOMPARE(rig.forecasts.size(), 1);
        QJsonObject belgium = document(noonMs + 6 * minute, 1000);
        belgium.insert(u"region"_s, u"BE-Flanders"_s);
        rig.send(bytes(belgium));
        QCOMPARE(rig.device->otherRegionIgnored(), 1u);
        QVERIFY(rig.bad.isEmpty()); // neither is an error
        QCOMPARE(rig.device->badPayloadCount(), 0u);

        // A newer document is applied: a new forecast, but the slot now is not reported twice.
        rig.send(bytes(document(noonMs + 6 * minute, 5)));
        QCOMPARE(rig.forecasts.size(), 2);
        QCOMPARE(
            Rig::value(rig.forecasts.last().readings, GridFeedDevice::CarbonIntensity, noonMs + 15 * minute),
            205.0);
        QCOMPARE(rig.batches.size(), 1);
        QCOMPARE(rig.device->documentsApplied(), 2u);
    }

    void wildcardTopicSeesEveryRegion()
    {
        Rig rig(noonMs + 7 * minute, 60, u"commonwatt/community/signals/+"_s);
        QJsonObject other = document(noonMs);
        other.insert(u"region"_s, u"DE-Nord"_s);
        rig.send(bytes(other), u"commonwatt/community/signals/DE-Nord"_s);
        QVERIFY(rig.batches.isEmpty());
        rig.send(bytes(document(noonMs)));
        QCOMPARE(rig.batches.size(), 1);
        QCOMPARE(rig.device->otherRegionIgnored(), 1u);
    }

    void badDocumentsKeepTheLastGoodState_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        const QJsonObject good = document(noonMs + 6 * minute, 1000);
        QTest::newRow("not JSON") << QByteArray("<signals/>") << u"not JSON"_s;
        QTest::newRow("truncated") << bytes(good).left(100) << u"not JSON"_s;
        QTest::newRow("NaN") << QByteArray("{\"region\":\"NL-North\",\"g\":[NaN]}") << u"not JSON"_s;
        QJsonObject wrongType = good;
        wrongType.insert(u"g"_s, QJsonArray{1, u"two"_s, 3, 4});
        QTest::newRow("wrong type") << bytes(wrongType) << u"g[1]: must be a number, not text"_s;
        QJsonObject outOfRange = good;
        outOfRange.insert(u"s"_s, QJsonArray{0, 0, 2, 0});
        QTest::newRow("out of range") << bytes(outOfRange) << u"s[2]: 2 is above 1"_s;
        QJsonObject unequal = good;
        unequal.insert(u"r"_s, QJsonArray{0.5});
        QTest::newRow("unequal arrays") << bytes(unequal) << u"r: 1 slots, but g has 4"_s;
        QJsonObject future = good;
        future.insert(u"issuedAt"_s, iso(noonMs + 60 * minute));
        QTest::newRow("issued in the future")
            << bytes(future) << u"issuedAt: 2025-06-01T13:00:00Z is more than 5 minutes ahead"_s;
        QJsonObject farAhead = good;
        farAhead.insert(u"start"_s, iso(noonMs + 30LL * 24 * 60 * minute));
        QTest::newRow("far ahead") << bytes(farAhead)
                                   << u"start: 2025-07-01T12:00:00Z is more than 14 days ahead"_s;
        QJsonObject padded = good;
        padded.insert(u"pad"_s, QString(200 * 1024, u'x'));
        QTest::newRow("too large") << bytes(padded) << u"the document is 2"_s;
    }
    void badDocumentsKeepTheLastGoodState()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        Rig rig(noonMs + 7 * minute);
        rig.send(bytes(document(noonMs + 5 * minute)));
        QCOMPARE(rig.forecasts.size(), 1);
        rig.send(payload);
        QCOMPARE(rig.device->badPayloadCount(), 1u);
        QCOMPARE(rig.bad.size(), 1);
        QVERIFY2(rig.bad.first().startsWith(topic + u": "_s + reason), qPrintable(rig.bad.first()));
        QCOMPARE(rig.forecasts.size(), 1);
        QCOMPARE(rig.device->availability(), Availability::Online);
        // The next slot still comes from the last good document.
        rig.clock.advanceTo(noonMs + 15 * minute);
        QCOMPARE(Rig::value(rig.batches.last(), GridFeedDevice::CarbonIntensity, noonMs + 15 * minute),
                 200.0);
    }

    void oversizedMessagesNeverArrive()
    {
        Rig rig(noonMs);
        QJsonObject huge = document(noonMs);
        huge.insert(u"pad"_s, QString(1024 * 1024, u'x'));
        rig.send(bytes(huge));
        QCOMPARE(rig.mqtt.statistics().droppedOversize, 1u);
        QVERIFY(rig.bad.isEmpty());
        QVERIFY(rig.batches.isEmpty());
    }

    void goesOfflineWhenTheFeedIsOld()
    {
        Rig rig(noonMs + 7 * minute, 60);
        rig.send(bytes(document(noonMs + 5 * minute)));
        QCOMPARE(rig.device->availability(), Availability::Online);
        rig.clock.advanceTo(noonMs + 65 * minute); // exactly maxAgeMinutes after issuedAt: still usable
        QCOMPARE(rig.device->availability(), Availability::Online);
        const qsizetype reported = rig.batches.size();
        rig.clock.advanceTo(noonMs + 65 * minute + 1);
        QCOMPARE(rig.device->availability(), Availability::Offline);
        const QString reason = rig.device->availabilityReason();
        QVERIFY2(reason.contains(u"NL-North"_s) && reason.contains(u"2025-06-01T12:05:00Z"_s) &&
                     reason.contains(u"60 minutes"_s) && reason.contains(u"maxAgeMinutes"_s),
                 qPrintable(reason));
        // Out of date: no readings from it any more.
        rig.clock.advanceTo(noonMs + 90 * minute);
        QCOMPARE(rig.batches.size(), reported);
        // A fresh document brings it back.
        QJsonObject fresh = document(noonMs + 88 * minute);
        fresh.insert(u"start"_s, iso(noonMs + 90 * minute));
        rig.send(bytes(fresh));
        QCOMPARE(rig.device->availability(), Availability::Online);
        QCOMPARE(rig.batches.last().first().timestampMs, noonMs + 90 * minute);
        QCOMPARE(rig.forecasts.last().fromMs, noonMs + 90 * minute);
    }

    void aStaleRetainedDocumentIsNoForecast()
    {
        Rig rig(noonMs + 7 * minute, 60);
        rig.send(bytes(document(noonMs - 3 * 60 * minute)));
        QCOMPARE(rig.device->staleIgnored(), 1u);
        QVERIFY(rig.batches.isEmpty());
        QVERIFY(rig.forecasts.isEmpty());
        QCOMPARE(rig.device->availability(), Availability::Offline);
        QVERIFY(rig.device->availabilityReason().contains(u"out of date"_s));
    }

    void silenceIsOfflineAfterMaxAge()
    {
        Rig rig(noonMs, 30);
        rig.clock.advanceTo(noonMs + 30 * minute);
        QCOMPARE(rig.device->availability(), Availability::Unknown);
        rig.clock.advanceTo(noonMs + 31 * minute);
        QCOMPARE(rig.device->availability(), Availability::Offline);
        QVERIFY2(rig.device->availabilityReason().contains(topic),
                 qPrintable(rig.device->availabilityReason()));
    }

    void unpublishedRenewableShareIsLeftOut()
    {
        Rig rig(noonMs + 7 * minute);
        QJsonObject noR = document(noonMs);
        noR.remove(u"r"_s);
        noR.remove(u"events"_s);
        rig.send(bytes(noR));
        QCOMPARE(rig.batches.size(), 1);
        QCOMPARE(rig.batches.first().size(), 3);
        for (const DeviceReading &r : rig.batches.first())
            QVERIFY(r.channel != GridFeedDevice::RenewableShare);
        QCOMPARE(rig.forecasts.first().readings.size(), 12);
    }

    void actualsReplaceTheForecastAhead()
    {
        Rig rig(noonMs + 7 * minute, 240);
        rig.send(bytes(document(noonMs + 5 * minute)));
        QJsonObject actual = document(noonMs + 6 * minute, 1);
        actual.insert(u"kind"_s, u"actual"_s);
        rig.send(bytes(actual));
        QCOMPARE(rig.forecasts.size(), 2);
        // A later forecast does not undo it.
        rig.send(bytes(document(noonMs + 7 * minute, 50)));
        QCOMPARE(rig.device->replaysIgnored(), 1u);
        rig.clock.advanceTo(noonMs + 15 * minute);
        QCOMPARE(Rig::value(rig.batches.last(), GridFeedDevice::CarbonIntensity, noonMs + 15 * minute),
                 201.0);
    }
};

QTEST_GUILESS_MAIN(TestGridFeedDevice)
#include "tst_gridfeeddevice.moc"
