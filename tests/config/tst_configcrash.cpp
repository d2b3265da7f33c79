// Kills a process with SIGKILL while it changes the configuration, and checks what config.sqlite kept: every
// change the child reported, at most the one it had no time to report (whole or not at all), nothing else.
#include "configcrashpattern.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace commonwatt;
using namespace commonwatt::config;

class TestConfigCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidWriteKeepsEveryReportedChange_data();
    void killedMidWriteKeepsEveryReportedChange();
};

void TestConfigCrash::killedMidWriteKeepsEveryReportedChange_data()
{
    QTest::addColumn<int>("stepsBeforeKill");
    QTest::addColumn<int>("extraDelayMs");
    QTest::newRow("first step") << 1 << 0;
    QTest::newRow("early") << 6 << 1;
    QTest::newRow("mid, some delay") << 25 << 3;
    QTest::newRow("later, odd delay") << 60 << 7;
}

void TestConfigCrash::killedMidWriteKeepsEveryReportedChange()
{
    QFETCH(int, stepsBeforeKill);
    QFETCH(int, extraDelayMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(CONFIGCRASH_CHILD), {dir.path()});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray output;
    while (output.count("committed ") < stepsBeforeKill) {
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        child.waitForReadyRead(200);
        output += child.readAllStandardOutput();
    }
    QThread::msleep(static_cast<unsigned long>(extraDelayMs)); // real time on purpose: where the kill lands
    child.kill();                                              // SIGKILL
    QVERIFY(child.waitForFinished(10'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();
    int reported = -1;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            reported = line.split(' ').at(1).toInt();
    }
    QVERIFY(reported >= stepsBeforeKill - 1);

    SimulatedClock clock(configcrash::timeOf(0));
    ConfigStore store(clock);
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    const QList<PluginInstance> instances = store.instances();
    const QList<Broker> brokers = store.brokers();
    const int stored = static_cast<int>(instances.size());
    QVERIFY2(stored == reported + 1 || stored == reported + 2,
             qPrintable(u"%1 steps stored, %2 reported"_s.arg(stored).arg(reported + 1)));
    qInfo("killed after %d reported steps; %d stored", reported + 1, stored);

    // The steps stored are exactly the first `stored` ones, each whole and as written.
    for (int step = 0; step < stored; ++step) {
        const std::optional<PluginInstance> instance = store.instance(configcrash::instanceId(step));
        QVERIFY2(instance, qPrintable(configcrash::instanceId(step)));
        QCOMPARE(instance->createdMs, configcrash::timeOf(step));
        if (step % 2 == 0) {
            QCOMPARE(instance->settings.value(u"token"_s).toString(), configcrash::secretOf(step));
            continue;
        }
        QCOMPARE(instance->brokerId, std::optional<QString>(configcrash::brokerId(step)));
        const std::optional<Broker> broker = store.broker(configcrash::brokerId(step));
        QVERIFY2(broker, qPrintable(configcrash::brokerId(step)));
        QCOMPARE(broker->settings.value(u"password"_s).toString(), configcrash::secretOf(step));
    }
    QCOMPARE(brokers.size(), stored / 2);
    const int lastImport = stored % 2 == 0 ? stored - 1 : stored - 2;
    if (lastImport >= 1)
        QCOMPARE(store.siteSetting(u"last_import"_s).toInt(), lastImport);
    else
        QVERIFY(store.siteSetting(u"last_import"_s).isUndefined());
}

QTEST_GUILESS_MAIN(TestConfigCrash)
#include "tst_configcrash.moc"
