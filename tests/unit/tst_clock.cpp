#include "domain/clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace commonwatt;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void simulatedClockStartsWhereTold()
    {
        const qint64 start = QDateTime(QDate(2026, 6, 21), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        SimulatedClock clock(start);
        QCOMPARE(clock.nowMs(), start);
        QCOMPARE(clock.now(), QDateTime(QDate(2026, 6, 21), QTime(8, 0), Qt::UTC));
    }

    void advancesAndTicks()
    {
        SimulatedClock clock(1'000);
        QSignalSpy ticks(&clock, &Clock::ticked);
        clock.advanceBy(500);
        clock.advanceTo(10'000);
        QCOMPARE(clock.nowMs(), 10'000);
        QCOMPARE(ticks.size(), 2);
        QCOMPARE(ticks.at(0).at(0).toLongLong(), 1'500);
        QCOMPARE(ticks.at(1).at(0).toLongLong(), 10'000);
    }

    void neverGoesBackwards()
    {
        SimulatedClock clock(5'000);
        QSignalSpy ticks(&clock, &Clock::ticked);
        clock.advanceTo(4'000);
        clock.advanceBy(0);
        clock.advanceBy(-100);
        QCOMPARE(clock.nowMs(), 5'000);
        QCOMPARE(ticks.size(), 0);
    }

    void runsAYearInSeconds()
    {
        // A year of 10-second steps, each delivered to a listener, as the simulator would receive them.
        const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        SimulatedClock clock(start);
        qint64 ticks = 0;
        qint64 last = start;
        bool monotonic = true;
        connect(&clock, &Clock::ticked, this, [&](qint64 now) {
            ++ticks;
            monotonic = monotonic && now > last;
            last = now;
        });
        QElapsedTimer timer;
        timer.start();
        while (clock.nowMs() < end)
            clock.advanceBy(10'000);
        qInfo("a year of 10-second ticks took %lld ms", timer.elapsed());
        QCOMPARE(ticks, 365 * 24 * 360);
        QVERIFY(monotonic);
        QCOMPARE(clock.nowMs(), end);
    }

    void pacedRunFollowsRealTimeTimesSpeed()
    {
        SimulatedClock clock(0);
        clock.setSpeed(1000.0);
        QCOMPARE(clock.speed(), 1000.0);
        QElapsedTimer real;
        real.start();
        clock.start(std::chrono::milliseconds(10));
        QVERIFY(clock.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(clock.nowMs() >= 200'000, 5000);
        clock.stop();
        const qint64 realMs = real.elapsed();
        // Simulated time never runs ahead of real time times speed (plus one tick of slack).
        QVERIFY2(clock.nowMs() <= (realMs + 10) * 1000, qPrintable(QString::number(clock.nowMs())));
        const qint64 stoppedAt = clock.nowMs();
        QTest::qWait(50);
        QCOMPARE(clock.nowMs(), stoppedAt);
    }

    void rejectsNonsenseSpeeds()
    {
        SimulatedClock clock(0);
        clock.setSpeed(-5.0);
        QCOMPARE(clock.speed(), 1.0);
        clock.setSpeed(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(clock.speed(), 1.0);
    }

    void systemClockFollowsTheWallClock()
    {
        SystemClock clock(std::chrono::milliseconds(20));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(std::llabs(clock.nowMs() - before) < 1000);
        QSignalSpy ticks(&clock, &Clock::ticked);
        QVERIFY(ticks.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
