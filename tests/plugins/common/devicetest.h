// Driving a device plugin's device in a unit test: an in-process broker (LoopbackMqttClient) and a
// SimulatedClock that owns nothing but time, queued deliveries pumped, readings looked up by channel, and the
// life of a switch command (confirmed, failed at its deadline, superseded) checked the same way for every
// switching device.
#pragma once

#include "loopbackmqttclient.h"

#include <commonwatt/clock.h>
#include <commonwatt/device.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

namespace commonwatt::testing {

// The metatypes QSignalSpy needs for a Device's signals: call from initTestCase().
inline void registerDeviceMetaTypes()
{
    qRegisterMetaType<QList<DeviceReading>>();
    qRegisterMetaType<DeviceCommand>();
    qRegisterMetaType<Availability>();
}

// Delivers everything queued, including what the deliveries publish in turn.
inline void pump()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
}

// What a device under test runs on; the device itself is created by the test's own rig, owned by `owner`
// (destroyed before the broker and the clock).
struct DeviceRig
{
    explicit DeviceRig(qint64 startMs)
        : clock(startMs)
    {}

    // Advances simulated time in the steps a ticking SystemClock would take.
    void advance(qint64 ms, qint64 stepMs = 1000)
    {
        for (qint64 done = 0; done < ms; done += stepMs) {
            clock.advanceBy(std::min(stepMs, ms - done));
            pump();
        }
    }

    SimulatedClock clock;
    LoopbackMqttClient mqtt;
    QObject owner;
};

// The value of `channel` in the last readings batch that has it.
inline std::optional<DeviceReading> lastReading(const QSignalSpy &spy, qint32 channel)
{
    for (qsizetype i = spy.size() - 1; i >= 0; --i) {
        const auto readings = spy.at(i).at(0).value<QList<DeviceReading>>();
        for (const DeviceReading &reading : readings) {
            if (reading.channel == channel)
                return reading;
        }
    }
    return std::nullopt;
}

inline DeviceCommand switchCommand(bool on, CommandKind kind = CommandKind::Switch)
{
    DeviceCommand command;
    command.kind = kind;
    command.on = on;
    return command;
}

// A switching device's side of a command test: its rig, and how the fake device is told to answer or not.
struct SwitchUnderTest
{
    DeviceRig &rig;
    Device *device;
    std::function<void(bool)> setAnswering;
    std::function<qsizetype()> switchSends; // on/off requests the fake device received
};

// Unanswered, a command is sent again and again until it fails at its deadline (60 s) with a reason naming
// the device (`name`); then nothing more is sent.
inline void verifyACommandFailsAfterTheTimeout(const SwitchUnderTest &s, const QString &name)
{
    pump();
    s.setAnswering(false);
    QSignalSpy confirmed(s.device, &Device::commandConfirmed);
    QSignalSpy failed(s.device, &Device::commandFailed);
    const quint64 id = s.device->sendCommand(switchCommand(true));
    s.rig.advance(59'000);
    QCOMPARE(failed.size(), 0);
    s.rig.advance(2'000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<DeviceCommand>().id, id);
    QVERIFY(failed.first().at(1).toString().contains(name));
    QCOMPARE(confirmed.size(), 0);
    const qsizetype sends = s.switchSends();
    QVERIFY(sends >= 10);
    s.rig.advance(30'000);
    QCOMPARE(s.switchSends(), sends); // given up means given up
}

// A newer command replaces a pending unanswered one, which fails as replaced; the newer one is confirmed.
inline void verifyANewerCommandSupersedesAPendingOne(const SwitchUnderTest &s)
{
    using namespace Qt::StringLiterals;
    pump();
    s.setAnswering(false);
    QSignalSpy confirmed(s.device, &Device::commandConfirmed);
    QSignalSpy failed(s.device, &Device::commandFailed);
    const quint64 first = s.device->sendCommand(switchCommand(true));
    pump();
    s.setAnswering(true);
    const quint64 second = s.device->sendCommand(switchCommand(false));
    pump();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<DeviceCommand>().id, first);
    QVERIFY(failed.first().at(1).toString().contains(u"Replaced"_s));
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().at(0).value<DeviceCommand>().id, second);
}

// A monitor (not controllable) refuses switching at once, and nothing is sent to the device.
inline void verifyAMonitorTakesNoCommands(const SwitchUnderTest &s)
{
    pump();
    QSignalSpy failed(s.device, &Device::commandFailed);
    s.device->sendCommand(switchCommand(true));
    pump();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(s.switchSends(), 0);
    QVERIFY(!s.device->accepts(CommandKind::Switch));
    QVERIFY(!s.device->accepts(CommandKind::StartRun));
}

} // namespace commonwatt::testing
