#include "commandline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTest>

#include <vector>

using namespace commonwatt::app;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        const CommandLine cl = parseCommandLine({u"commonwatt"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QVERIFY(!cl.demo && !cl.headless && !cl.kiosk);
        QCOMPARE(cl.speed, 1.0);
        QVERIFY(cl.dataDir.isEmpty());
        QVERIFY(!cl.startMs);
    }

    void everyOption()
    {
        const CommandLine cl = parseCommandLine({u"commonwatt"_s, u"--demo"_s, u"--headless"_s, u"--speed"_s,
                                                 u"3600"_s, u"--data-dir"_s, u"/tmp/cw"_s, u"--start"_s,
                                                 u"2026-06-21T08:00:00Z"_s, u"--seed"_s, u"42"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QVERIFY(cl.demo && cl.headless && !cl.kiosk);
        QCOMPARE(cl.speed, 3600.0);
        QCOMPARE(cl.dataDir, u"/tmp/cw"_s);
        QCOMPARE(*cl.startMs, QDateTime(QDate(2026, 6, 21), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(*cl.seed, 42u);
    }

    void helpAndVersion()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        const CommandLine version = parseCommandLine({u"commonwatt"_s, u"--version"_s});
        QCOMPARE(version.outcome, CommandLine::Outcome::ExitOk);
        QVERIFY(version.message.contains(u"9.8.7"_s));
        const CommandLine help = parseCommandLine({u"commonwatt"_s, u"--help"_s});
        QCOMPARE(help.outcome, CommandLine::Outcome::ExitOk);
        for (const char *option : {"--demo", "--data-dir", "--kiosk", "--speed", "--headless", "--version"})
            QVERIFY2(help.message.contains(QLatin1StringView(option)), option);
    }

    void usageErrorsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("speed not a number") << QStringList{u"--speed"_s, u"fast"_s} << u"fast"_s;
        QTest::newRow("speed zero") << QStringList{u"--speed"_s, u"0"_s} << u"--speed"_s;
        QTest::newRow("speed negative") << QStringList{u"--speed=-3"_s} << u"--speed"_s;
        QTest::newRow("speed huge") << QStringList{u"--speed"_s, u"1e12"_s} << u"--speed"_s;
        QTest::newRow("start not a time") << QStringList{u"--start"_s, u"tomorrow"_s} << u"tomorrow"_s;
        QTest::newRow("seed negative") << QStringList{u"--seed=-1"_s} << u"--seed"_s;
        QTest::newRow("unknown option") << QStringList{u"--turbo"_s} << u"turbo"_s;
        QTest::newRow("stray argument") << QStringList{u"extra"_s} << u"extra"_s;
        QTest::newRow("kiosk and headless") << QStringList{u"--kiosk"_s, u"--headless"_s} << u"--kiosk"_s;
        QTest::newRow("empty data dir") << QStringList{u"--data-dir="_s} << u"--data-dir"_s;
        QTest::newRow("two config commands")
            << QStringList{u"--export-config=a.json"_s, u"--list-plugins"_s} << u"exclude each other"_s;
        QTest::newRow("mqtt api without host") << QStringList{u"--mqtt-api=:1883"_s} << u"--mqtt-api"_s;
        QTest::newRow("mqtt api bad port") << QStringList{u"--mqtt-api=broker:99999"_s} << u"broker:99999"_s;
        QTest::newRow("mqtt api as url") << QStringList{u"--mqtt-api=mqtt://broker"_s} << u"--mqtt-api"_s;
        QTest::newRow("community without member")
            << QStringList{u"--community=/srv/c"_s, u"--community-broker=b:1883"_s} << u"--member"_s;
        QTest::newRow("community without broker")
            << QStringList{u"--community=/srv/c"_s, u"--member=home"_s} << u"--community-broker"_s;
        QTest::newRow("member without community") << QStringList{u"--member=home"_s} << u"--community"_s;
        QTest::newRow("member as a path") << QStringList{u"--community=/srv/c"_s, u"--member=../x"_s,
                                                         u"--community-broker=b:1883"_s}
                                          << u"../x"_s;
        QTest::newRow("community broker without port")
            << QStringList{u"--community=/srv/c"_s, u"--member=home"_s, u"--community-broker=broker"_s}
            << u"\"broker\""_s;
        QTest::newRow("replace without import") << QStringList{u"--replace"_s} << u"--import-config"_s;
        QTest::newRow("export without file") << QStringList{u"--export-config="_s} << u"needs a file"_s;
    }

    void mqttApiBroker()
    {
        CommandLine cl = parseCommandLine({u"commonwatt"_s, u"--mqtt-api"_s, u"broker.lan"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.mqttApiHost, u"broker.lan"_s);
        QCOMPARE(cl.mqttApiPort, 1883);
        cl = parseCommandLine({u"commonwatt"_s, u"--mqtt-api=localhost:11883"_s});
        QCOMPARE(cl.mqttApiHost, u"localhost"_s);
        QCOMPARE(cl.mqttApiPort, 11883);
        QVERIFY(parseCommandLine({u"commonwatt"_s}).mqttApiHost.isEmpty());
    }

    void community()
    {
        CommandLine cl = parseCommandLine({u"commonwatt"_s, u"--community"_s, u"/srv/commons"_s, u"--member"_s,
                                           u"house-7"_s, u"--community-broker"_s, u"broker.lan:8883"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.communityDir, u"/srv/commons"_s);
        QCOMPARE(cl.communityMember, u"house-7"_s);
        QCOMPARE(cl.communityHost, u"broker.lan"_s);
        QCOMPARE(cl.communityPort, 8883);
        QVERIFY(parseCommandLine({u"commonwatt"_s}).communityDir.isEmpty());
    }

    void configurationCommands()
    {
        CommandLine cl = parseCommandLine({u"commonwatt"_s, u"--export-config"_s, u"backup.json"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.configCommand, CommandLine::ConfigCommand::Export);
        QCOMPARE(cl.configFile, u"backup.json"_s);
        cl = parseCommandLine({u"commonwatt"_s, u"--import-config=-"_s});
        QCOMPARE(cl.configCommand, CommandLine::ConfigCommand::Import);
        QCOMPARE(cl.configFile, u"-"_s);
        cl = parseCommandLine({u"commonwatt"_s, u"--import-config"_s, u"site.json"_s, u"--replace"_s});
        QCOMPARE(cl.configCommand, CommandLine::ConfigCommand::ImportReplace);
        cl = parseCommandLine({u"commonwatt"_s, u"--list-plugins"_s});
        QCOMPARE(cl.configCommand, CommandLine::ConfigCommand::ListPlugins);
        cl = parseCommandLine({u"commonwatt"_s, u"--reset-installer-pin"_s, u"--data-dir"_s, u"/srv/cw"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.configCommand, CommandLine::ConfigCommand::ResetInstallerPin);
        QCOMPARE(cl.dataDir, u"/srv/cw"_s);
        cl = parseCommandLine({u"commonwatt"_s, u"--reset-installer-pin"_s, u"--list-plugins"_s});
        QCOMPARE(cl.outcome, CommandLine::Outcome::ExitError);
        QVERIFY2(cl.message.contains(u"exclude each other"_s), qPrintable(cl.message));
        QCOMPARE(parseCommandLine({u"commonwatt"_s}).configCommand, CommandLine::ConfigCommand::None);
    }
    void usageErrorsNameTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.prepend(u"commonwatt"_s);
        const CommandLine cl = parseCommandLine(arguments);
        QCOMPARE(cl.outcome, CommandLine::Outcome::ExitError);
        QVERIFY2(cl.message.contains(mentions), qPrintable(cl.message));
    }

    void windowlessRunsAreSeenBeforeTheApplicationExists()
    {
        char prog[] = "commonwatt";
        char demo[] = "--demo";
        char headless[] = "--headless";
        char version[] = "--version";
        char help[] = "-h";
        char separator[] = "--";
        char *withHeadless[] = {prog, demo, headless};
        char *withVersion[] = {prog, version};
        char *withHelp[] = {prog, help};
        char *plain[] = {prog, demo};
        char *afterSeparator[] = {prog, separator, headless};
        char exportConfig[] = "--export-config=backup.json";
        char listPlugins[] = "--list-plugins";
        char *withExport[] = {prog, exportConfig};
        char *withList[] = {prog, listPlugins};
        QVERIFY(!needsWindow(2, withExport));
        QVERIFY(!needsWindow(2, withList));
        QVERIFY(!needsWindow(3, withHeadless));
        QVERIFY(!needsWindow(2, withVersion));
        QVERIFY(!needsWindow(2, withHelp));
        QVERIFY(needsWindow(2, plain));
        QVERIFY(needsWindow(3, afterSeparator));
        char resetPin[] = "--reset-installer-pin";
        char *withReset[] = {prog, resetPin};
        QVERIFY(!needsWindow(2, withReset));
    }

    void kioskIsSeenBeforeTheApplicationExists()
    {
        auto wants = [](QByteArrayList arguments) {
            arguments.prepend("commonwatt");
            std::vector<char *> argv;
            for (QByteArray &argument : arguments)
                argv.push_back(argument.data());
            return wantsKiosk(static_cast<int>(argv.size()), argv.data());
        };
        QVERIFY(wants({"--demo", "--kiosk"}));
        QVERIFY(!wants({"--kiosks"}));
        QVERIFY(!wants({"--", "--kiosk"}));
        QVERIFY(!wants({"--demo"}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
