// The plugin API's CommandTracker (backend/include/commonwatt/commandtracker.h) on a SimulatedClock and a
// plain Device: a command is sent at once and again at every retry interval until the device's state shows
// it, fails at the timeout or when it expires (validUntilMs), fails as superseded when a newer one replaces
// it, and fails at once with the plugin's reason when abandoned. Each command is reported exactly once.
#include <commonwatt/clock.h>
#include <commonwatt/commandtracker.h>
#include <commonwatt/device.h>

#include <QSignalSpy>
#include <QTest>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStartMs = 1'717'200'000'000; // 2024-06-01

DeviceCommand switchOn(quint64 id)
{
    DeviceCommand command;
    command.id = id;
    command.kind = CommandKind::Switch;
    command.on = true;
    command.issuedMs = kStartMs;
    return command;
}

// A tracker for a plain device, counting what it sends.
struct Rig
{
    explicit Rig(CommandTracker::Options options = {})
        : tracker(device, clock, options)
    {}

    void begin(const DeviceCommand &command)
    {
        tracker.begin(command, [this] { ++sends; });
    }
    // Advances simulated time in the steps a ticking SystemClock would take.
    void advance(qint64 ms, qint64 stepMs = 1000)
    {
        for (qint64 done = 0; done < ms; done += stepMs)
            clock.advanceBy(std::min(stepMs, ms - done));
    }

    SimulatedClock clock{kStartMs};
    Device device{u"plug-1"_s, u"Kitchen plug"_s, DeviceKind::Appliance, {}};
    CommandTracker tracker;
    int sends = 0;
    QSignalSpy confirmed{&device, &Device::commandConfirmed};
    QSignalSpy failed{&device, &Device::commandFailed};
};

quint64 idOf(const QList<QVariant> &signal)
{
    return signal.at(0).value<DeviceCommand>().id;
}

} // namespace

class TestCommandTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<DeviceCommand>(); }

    void sendsAtOnceAndIsConfirmedByTheState()
    {
        Rig rig;
        QVERIFY(!rig.tracker.pending());
        rig.begin(switchOn(1));
        QCOMPARE(rig.sends, 1);
        QCOMPARE(rig.tracker.attempts(), 1);
        QCOMPARE(rig.tracker.pending()->id, 1u);

        // A state that does not show it confirms nothing.
        rig.tracker.stateReported([](const DeviceCommand &) { return false; });
        QCOMPARE(rig.confirmed.size(), 0);
        QVERIFY(rig.tracker.pending());

        rig.tracker.stateReported([](const DeviceCommand &command) { return command.on; });
        QCOMPARE(rig.confirmed.size(), 1);
        QCOMPARE(idOf(rig.confirmed.first()), 1u);
        QVERIFY(!rig.tracker.pending());
        // Confirmed once, and never sent again.
        rig.tracker.stateReported([](const DeviceCommand &) { return true; });
        rig.advance(120'000);
        QCOMPARE(rig.confirmed.size(), 1);
        QCOMPARE(rig.failed.size(), 0);
        QCOMPARE(rig.sends, 1);
        QCOMPARE(rig.tracker.totalSends(), 1u);
    }

    void retriesAtTheInterval()
    {
        Rig rig; // a send every 3 s
        rig.begin(switchOn(1));
        rig.advance(2'000);
        QCOMPARE(rig.sends, 1); // not before the interval
        rig.advance(1'000);
        QCOMPARE(rig.sends, 2);
        rig.advance(2'000);
        QCOMPARE(rig.sends, 2);
        rig.advance(1'000);
        QCOMPARE(rig.sends, 3);
        QCOMPARE(rig.tracker.attempts(), 3);
        QCOMPARE(rig.tracker.totalSends(), 3u);
        // Time comes from the clock's ticks: one big step sends once, not once per interval it spans.
        rig.clock.advanceBy(30'000);
        QCOMPARE(rig.sends, 4);
        rig.tracker.stateReported([](const DeviceCommand &) { return true; });
        QCOMPARE(rig.confirmed.size(), 1);
        QCOMPARE(rig.failed.size(), 0);
    }

    void failsAtTheTimeout()
    {
        Rig rig({1'000, 5'000});
        rig.begin(switchOn(7));
        rig.advance(4'999, 1);
        QCOMPARE(rig.failed.size(), 0);
        QCOMPARE(rig.sends, 5); // at 0, 1, 2, 3 and 4 s
        rig.advance(1);
        QCOMPARE(rig.failed.size(), 1);
        QCOMPARE(idOf(rig.failed.first()), 7u);
        const QString reason = rig.failed.first().at(1).toString();
        QVERIFY2(reason.contains(u"Kitchen plug did not confirm the command after 5 attempt"_s),
                 qPrintable(reason));
        QVERIFY(!rig.tracker.pending());
        // Given up means given up: no more sends, and a late state confirms nothing.
        rig.advance(10'000);
        rig.tracker.stateReported([](const DeviceCommand &) { return true; });
        QCOMPARE(rig.sends, 5);
        QCOMPARE(rig.confirmed.size(), 0);
        QCOMPARE(rig.failed.size(), 1);
    }

    void failsWhenTheCommandExpires()
    {
        Rig rig; // a 60 s timeout, but the command is valid for 4.5 s only
        DeviceCommand command = switchOn(3);
        command.validUntilMs = kStartMs + 4'500;
        rig.begin(command);
        rig.advance(4'000);
        QCOMPARE(rig.failed.size(), 0);
        rig.advance(500, 100);
        QCOMPARE(rig.failed.size(), 1);
        QCOMPARE(idOf(rig.failed.first()), 3u);
        QCOMPARE(rig.clock.nowMs(), kStartMs + 4'500);
        QVERIFY(!rig.tracker.pending());
        rig.advance(10'000);
        QCOMPARE(rig.sends, 2); // at 0 and 3 s
        QCOMPARE(rig.failed.size(), 1);
    }

    void aNewerCommandSupersedesThePendingOne()
    {
        Rig rig;
        rig.begin(switchOn(1));
        rig.advance(1'000);
        DeviceCommand off = switchOn(2);
        off.on = false;
        rig.begin(off);
        QCOMPARE(rig.failed.size(), 1);
        QCOMPARE(idOf(rig.failed.first()), 1u);
        const QString reason = rig.failed.first().at(1).toString();
        QVERIFY2(reason.contains(u"Replaced by a newer command"_s) && reason.contains(u"Kitchen plug"_s),
                 qPrintable(reason));
        QCOMPARE(rig.tracker.pending()->id, 2u);
        QCOMPARE(rig.tracker.attempts(), 1); // counted afresh
        QCOMPARE(rig.sends, 2);
        // The interval starts again with the newer command.
        rig.advance(2'000);
        QCOMPARE(rig.sends, 2);
        rig.advance(1'000);
        QCOMPARE(rig.sends, 3);
        rig.tracker.stateReported([](const DeviceCommand &command) { return !command.on; });
        QCOMPARE(rig.confirmed.size(), 1);
        QCOMPARE(idOf(rig.confirmed.first()), 2u);
        QCOMPARE(rig.failed.size(), 1);
    }

    void abandonFailsAtOnceWithTheReasonAndStopsRetrying()
    {
        Rig rig;
        rig.begin(switchOn(5));
        rig.advance(3'000);
        QCOMPARE(rig.sends, 2);
        const QString refused = u"shellyplusplugs-a8032ab12345 refused Switch.Set: -103 locked"_s;
        rig.tracker.abandon(refused);
        QCOMPARE(rig.failed.size(), 1);
        QCOMPARE(idOf(rig.failed.first()), 5u);
        QCOMPARE(rig.failed.first().at(1).toString(), refused);
        QVERIFY(!rig.tracker.pending());

        // Never sent again, never reported again: not at the timeout, not by a late state, not abandoned
        // twice.
        rig.advance(120'000);
        rig.tracker.stateReported([](const DeviceCommand &) { return true; });
        rig.tracker.abandon(u"again"_s);
        QCOMPARE(rig.sends, 2);
        QCOMPARE(rig.failed.size(), 1);
        QCOMPARE(rig.confirmed.size(), 0);

        // The tracker takes the next command as usual.
        rig.begin(switchOn(6));
        QCOMPARE(rig.sends, 3);
        QCOMPARE(rig.tracker.attempts(), 1);
        rig.tracker.stateReported([](const DeviceCommand &) { return true; });
        QCOMPARE(rig.confirmed.size(), 1);
        QCOMPARE(idOf(rig.confirmed.first()), 6u);
        QCOMPARE(rig.failed.size(), 1);
    }

    void abandonWithoutAPendingCommandDoesNothing()
    {
        Rig rig;
        rig.tracker.abandon(u"nothing to abandon"_s);
        QCOMPARE(rig.failed.size(), 0);
        // Nor after a command was confirmed.
        rig.begin(switchOn(1));
        rig.tracker.stateReported([](const DeviceCommand &) { return true; });
        rig.tracker.abandon(u"too late"_s);
        QCOMPARE(rig.failed.size(), 0);
        QCOMPARE(rig.confirmed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandTracker)
#include "tst_commandtracker.moc"
