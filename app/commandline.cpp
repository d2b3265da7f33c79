#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
constexpr double kMaxSpeed = 1'000'000.0;
}

namespace {
bool isOption(const char *argument, const char *option)
{
    const size_t length = std::strlen(option);
    return std::strncmp(argument, option, length) == 0 && (argument[length] == '\0' || argument[length] == '=');
}
// HOST[:PORT] as a broker; false when the host is empty or a URL, or the port is not 1 to 65535.
bool parseBroker(const QString &value, bool portRequired, QString *host, int *port)
{
    const qsizetype colon = value.lastIndexOf(u':');
    *host = colon < 0 ? value : value.left(colon);
    bool ok = !(portRequired && colon < 0);
    if (colon >= 0)
        *port = value.mid(colon + 1).toInt(&ok);
    return ok && !host->isEmpty() && !host->contains(u'/') && *port >= 1 && *port <= 65535;
}
} // namespace

bool wantsKiosk(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (isOption(argv[i], "--kiosk"))
            return true;
    }
    return false;
}

bool needsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--") == 0)
            break;
        for (const char *windowless : {"--headless", "--help", "-h", "-?", "--help-all", "--version", "-v",
                                       "--export-config", "--import-config", "--list-plugins",
                                       "--reset-installer-pin"}) {
            if (isOption(argument, windowless))
                return false;
        }
    }
    return true;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Commonwatt: a household energy manager for communities that "
                       "treat energy as a commons."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("CommandLine", "Run on the built-in simulated household (the "
                                                              "default while no devices are configured)."));
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        QCoreApplication::translate("CommandLine", "Keep the database and settings in <dir> instead of the "
                                                   "standard application data folder."),
        u"dir"_s);
    const QCommandLineOption kioskOption(
        u"kiosk"_s, QCoreApplication::translate("CommandLine", "Wall panel: full screen, no window frame, no "
                                                               "mouse cursor."));
    const QCommandLineOption speedOption(
        u"speed"_s,
        QCoreApplication::translate("CommandLine",
                                    "Run simulated time <n> times faster than real time (demo)."),
        u"n"_s, u"1"_s);
    const QCommandLineOption headlessOption(
        u"headless"_s,
        QCoreApplication::translate("CommandLine", "Run without a window, for a home server."));
    const QCommandLineOption startOption(
        u"start"_s,
        QCoreApplication::translate("CommandLine", "Start simulated time at <time> (ISO 8601, e.g. "
                                                   "2026-06-21T08:00:00Z) instead of now (demo)."),
        u"time"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, QCoreApplication::translate("CommandLine", "Seed of the simulated household (demo)."),
        u"n"_s);
    const QCommandLineOption mqttApiOption(
        u"mqtt-api"_s,
        QCoreApplication::translate("CommandLine", "Publish the household's state and Home Assistant discovery "
                                                   "on the MQTT broker at <host[:port]> (default port 1883), "
                                                   "unless the configuration names a broker for it."),
        u"host[:port]"_s);
    const QCommandLineOption communityOption(
        u"community"_s,
        QCoreApplication::translate("CommandLine", "Take part in the community whose folder <dir> holds "
                                                   "community.json and the member's key file (with --member "
                                                   "and --community-broker)."),
        u"dir"_s);
    const QCommandLineOption memberOption(
        u"member"_s,
        QCoreApplication::translate("CommandLine", "The household's key in the community folder: "
                                                   "keys/<name>.key. Its passphrase comes from "
                                                   "COMMONWATT_KEY_PASSPHRASE or the credential "
                                                   "commonwatt-key-passphrase."),
        u"name"_s);
    const QCommandLineOption communityBrokerOption(
        u"community-broker"_s,
        QCoreApplication::translate("CommandLine", "The community's MQTT broker at <host:port>, where the "
                                                   "ledger is kept in step."),
        u"host:port"_s);
    const QCommandLineOption exportOption(
        u"export-config"_s,
        QCoreApplication::translate("CommandLine", "Write the configuration (devices, brokers, site) to <file> "
                                                   "as JSON, with passwords left out, and exit. - is standard "
                                                   "output."),
        u"file"_s);
    const QCommandLineOption importOption(
        u"import-config"_s,
        QCoreApplication::translate("CommandLine", "Check the configuration in <file> (JSON, as exported) and "
                                                   "merge it into this household's, then exit. - is standard "
                                                   "input."),
        u"file"_s);
    const QCommandLineOption replaceOption(
        u"replace"_s,
        QCoreApplication::translate("CommandLine", "With --import-config: replace the whole configuration "
                                                   "instead of merging."));
    const QCommandLineOption listPluginsOption(
        u"list-plugins"_s,
        QCoreApplication::translate("CommandLine", "Print the device plugins, their settings and any refused "
                                                   "plugin file as JSON, and exit."));
    const QCommandLineOption resetPinOption(
        u"reset-installer-pin"_s,
        QCoreApplication::translate("CommandLine", "Forget the wall panel's installer PIN and its lockout, and "
                                                   "exit; the panel then asks for a new PIN."));
    parser.addOptions({demoOption, dataDirOption, kioskOption, speedOption, headlessOption, startOption,
                       seedOption, mqttApiOption, communityOption, memberOption, communityBrokerOption,
                       exportOption, importOption, replaceOption,
                       listPluginsOption, resetPinOption});

    auto fail = [&result](const QString &message) {
        result.outcome = CommandLine::Outcome::ExitError;
        result.message = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(helpOption)) {
        result.outcome = CommandLine::Outcome::ExitOk;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = CommandLine::Outcome::ExitOk;
        result.message = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return result;
    }

    const int configCommands = (parser.isSet(exportOption) ? 1 : 0) + (parser.isSet(importOption) ? 1 : 0) +
                               (parser.isSet(listPluginsOption) ? 1 : 0) + (parser.isSet(resetPinOption) ? 1 : 0);
    if (configCommands > 1) {
        return fail(QCoreApplication::translate("CommandLine", "--export-config, --import-config, "
                                                               "--list-plugins and --reset-installer-pin "
                                                               "exclude each other."));
    }
    if (parser.isSet(replaceOption) && !parser.isSet(importOption))
        return fail(QCoreApplication::translate("CommandLine", "--replace goes with --import-config."));
    if (parser.isSet(exportOption)) {
        result.configCommand = CommandLine::ConfigCommand::Export;
        result.configFile = parser.value(exportOption);
    } else if (parser.isSet(importOption)) {
        result.configCommand = parser.isSet(replaceOption) ? CommandLine::ConfigCommand::ImportReplace
                                                           : CommandLine::ConfigCommand::Import;
        result.configFile = parser.value(importOption);
    } else if (parser.isSet(listPluginsOption)) {
        result.configCommand = CommandLine::ConfigCommand::ListPlugins;
    } else if (parser.isSet(resetPinOption)) {
        result.configCommand = CommandLine::ConfigCommand::ResetInstallerPin;
    }
    if ((parser.isSet(exportOption) || parser.isSet(importOption)) && result.configFile.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "The configuration command needs a file (- for "
                                                               "standard input or output)."));

    if (parser.isSet(mqttApiOption)) {
        const QString value = parser.value(mqttApiOption).trimmed();
        if (!parseBroker(value, false, &result.mqttApiHost, &result.mqttApiPort)) {
            return fail(QCoreApplication::translate("CommandLine", "--mqtt-api needs a broker as host or "
                                                                   "host:port (e.g. localhost:1883), not \"%1\".")
                            .arg(value));
        }
    }

    if (parser.isSet(communityOption) || parser.isSet(memberOption) || parser.isSet(communityBrokerOption)) {
        result.communityDir = parser.value(communityOption);
        result.communityMember = parser.value(memberOption);
        if (result.communityDir.isEmpty() || result.communityMember.isEmpty() ||
            !parser.isSet(communityBrokerOption)) {
            return fail(QCoreApplication::translate("CommandLine", "--community, --member and --community-broker "
                                                                   "go together: the community folder, the "
                                                                   "household's key name and the broker."));
        }
        if (result.communityMember.contains(u'/') || result.communityMember.startsWith(u'.')) {
            return fail(QCoreApplication::translate("CommandLine", "--member needs the name of a key file in "
                                                                   "the folder's keys/, not \"%1\".")
                            .arg(result.communityMember));
        }
        const QString value = parser.value(communityBrokerOption).trimmed();
        if (!parseBroker(value, true, &result.communityHost, &result.communityPort)) {
            return fail(QCoreApplication::translate("CommandLine", "--community-broker needs a broker as "
                                                                   "host:port (e.g. broker.example.org:1883), "
                                                                   "not \"%1\".")
                            .arg(value));
        }
    }

    result.demo = parser.isSet(demoOption);
    result.headless = parser.isSet(headlessOption);
    result.kiosk = parser.isSet(kioskOption);
    if (result.headless && result.kiosk)
        return fail(QCoreApplication::translate("CommandLine", "--kiosk and --headless exclude each other."));
    result.dataDir = parser.value(dataDirOption);
    if (parser.isSet(dataDirOption) && result.dataDir.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "--data-dir needs a folder."));

    bool ok = false;
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || !std::isfinite(speed) || speed <= 0.0 || speed > kMaxSpeed) {
        return fail(QCoreApplication::translate("CommandLine", "--speed must be a number above 0 and at most "
                                                               "%1, not \"%2\".")
                        .arg(kMaxSpeed, 0, 'f', 0)
                        .arg(parser.value(speedOption)));
    }
    result.speed = speed;

    if (parser.isSet(startOption)) {
        const QDateTime start = QDateTime::fromString(parser.value(startOption), Qt::ISODate);
        if (!start.isValid()) {
            return fail(QCoreApplication::translate("CommandLine", "--start must be an ISO 8601 time such as "
                                                                   "2026-06-21T08:00:00Z, not \"%1\".")
                            .arg(parser.value(startOption)));
        }
        result.startMs = start.toMSecsSinceEpoch();
    }
    if (parser.isSet(seedOption)) {
        const qlonglong seed = parser.value(seedOption).toLongLong(&ok);
        if (!ok || seed < 0) {
            return fail(QCoreApplication::translate("CommandLine", "--seed must be a whole number of 0 or "
                                                                   "more, not \"%1\".")
                            .arg(parser.value(seedOption)));
        }
        result.seed = static_cast<quint64>(seed);
    }
    return result;
}

} // namespace commonwatt::app
