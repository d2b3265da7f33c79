// commonwatt-community: found a community, add members, show a replica's state, run the distributor's
// validator, and run a simulated community on a broker (docs/community-cli.md). Exit codes: 0 success, 1 a
// failure, 2 a usage error or an input that is not valid; errors go to stderr and name the file or field.
#include "communitysetup.h"
#include "communitysim.h"
#include "communitystatus.h"
#include "unixsignals.h"
#include "validatorservice.h"

#include <commonwatt/clock.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::community;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitInvalid = 2;

int failWith(int code, const QString &message)
{
    std::fputs(qPrintable(u"commonwatt-community: "_s + message + u'\n'), stderr);
    return code;
}

int writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size()) ||
        std::fflush(stdout) != 0)
        return failWith(kExitFailure, u"cannot write the output"_s);
    return 0;
}

int finish(const SetupResult &result)
{
    if (!result.ok)
        return failWith(result.invalidInput ? kExitInvalid : kExitFailure, result.error);
    return writeOut(result.output);
}

const QString kUsage = u"Usage: commonwatt-community <command> [options]\n"
                       "Commands: create, add-member, status, validator, simulate. "
                       "commonwatt-community <command> --help shows a command's options; "
                       "docs/community-cli.md has the details.\n"_s;

struct Broker
{
    QString host = {};
    int port = 0;
};

std::optional<Broker> parseBroker(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return std::nullopt;
    return Broker{text.left(colon), port};
}

// The passphrase for key files: --passphrase-file, else COMMONWATT_KEY_PASSPHRASE. Never from a terminal.
std::optional<QByteArray> passphrase(const QCommandLineParser &parser, const QCommandLineOption &fileOption,
                                     QString *error)
{
    if (parser.isSet(fileOption))
        return readPassphraseFile(parser.value(fileOption), error);
    return qgetenv("COMMONWATT_KEY_PASSPHRASE");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"commonwatt-community"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONWATT_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return failWith(kExitInvalid, kUsage);
    const QString command = arguments.takeAt(1);
    if (command == u"--help"_s || command == u"-h"_s)
        return writeOut(kUsage);
    if (command == u"--version"_s)
        return writeOut(u"commonwatt-community "_s + QCoreApplication::applicationVersion() + u'\n');

    QCommandLineParser parser;
    parser.setApplicationDescription(u"commonwatt-community "_s + command);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption dirOption(u"dir"_s, u"The community's folder."_s, u"folder"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the key files' passphrase from this file (default: $COMMONWATT_KEY_PASSPHRASE)."_s,
        u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption brokerOption(u"broker"_s, u"The MQTT broker, HOST:PORT."_s, u"broker"_s);
    QList<QCommandLineOption> options = {dirOption, passphraseOption, jsonOption, brokerOption};
    // create
    const QCommandLineOption nameOption(u"name"_s, u"A name (community, or member's key)."_s, u"name"_s);
    const QCommandLineOption zoneOption(u"time-zone"_s, u"The community's IANA time zone."_s, u"zone"_s);
    const QCommandLineOption stewardsOption(u"stewards"_s, u"Number of stewards (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption thresholdOption(u"threshold"_s, u"Approvals needed, k of n (default 2)."_s, u"k"_s,
                                             u"2"_s);
    const QCommandLineOption configOption(u"config"_s, u"A commonwatt-community-config/1 JSON file to start from."_s,
                                          u"file"_s);
    // add-member
    const QCommandLineOption dwellingOption(u"dwelling"_s, u"The member's dwelling."_s, u"text"_s);
    const QCommandLineOption meterOption(u"meter"_s, u"The revenue meter's id."_s, u"id"_s);
    const QCommandLineOption feederOption(u"feeder"_s, u"The meter's low-voltage feeder."_s, u"id"_s);
    const QCommandLineOption substationOption(u"substation"_s, u"The meter's primary substation."_s, u"id"_s);
    const QCommandLineOption regionOption(u"region"_s, u"The meter's distribution region."_s, u"id"_s);
    const QCommandLineOption importLimitOption(u"import-limit-w"_s, u"Connection import limit, W."_s, u"W"_s,
                                               u"17250"_s);
    const QCommandLineOption exportLimitOption(u"export-limit-w"_s, u"Connection export limit, W."_s, u"W"_s,
                                               u"10000"_s);
    const QCommandLineOption pvPeakOption(u"pv-peak-w"_s, u"Registered PV peak, W."_s, u"W"_s, u"0"_s);
    const QCommandLineOption devicesOption(u"devices"_s, u"Declared devices, a JSON array."_s, u"json"_s, u"[]"_s);
    const QCommandLineOption publicKeyOption(
        u"public-key"_s, u"The household's own public key (made on its panel); no key file is written."_s, u"hex"_s);
    // validator
    const QCommandLineOption readingsOption(u"meter-readings"_s, u"Revenue meter readings (CSV)."_s, u"file"_s);
    const QCommandLineOption startOption(u"start"_s, u"Run the validator on a simulated clock from this time."_s,
                                         u"time"_s);
    const QCommandLineOption signalsOption(u"signals"_s, u"Settled signals per slot (CSV, as commonwatt-credits)."_s,
                                           u"file"_s);
    // simulate
    const QCommandLineOption householdsOption(u"households"_s, u"Households (default 50)."_s, u"n"_s, u"50"_s);
    const QCommandLineOption daysOption(u"days"_s, u"Simulated days (default 7)."_s, u"d"_s, u"7"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"The community's seed (default 1)."_s, u"s"_s, u"1"_s);
    const QCommandLineOption offlineOption(u"offline"_s, u"MEMBER:FROM_DAY:DAYS offline (default none)."_s,
                                           u"spec"_s);
    options << nameOption << zoneOption << stewardsOption << thresholdOption << configOption << dwellingOption
            << meterOption << feederOption << substationOption << regionOption << importLimitOption
            << exportLimitOption << pvPeakOption << devicesOption << publicKeyOption << readingsOption << signalsOption << startOption << householdsOption
            << daysOption << seedOption << offlineOption;
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return failWith(kExitInvalid, parser.errorText() + u"\nTry --help."_s);
    if (parser.isSet(helpOption))
        return writeOut(kUsage + parser.helpText());
    if (!parser.positionalArguments().isEmpty())
        return failWith(kExitInvalid, u"unexpected argument \""_s + parser.positionalArguments().constFirst() +
                                          u"\"\nTry --help."_s);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto integer = [&parser](const QCommandLineOption &option, auto *out) {
        bool ok = false;
        *out = parser.value(option).toLongLong(&ok);
        return ok;
    };

    if (command == u"create"_s || command == u"add-member"_s || command == u"status"_s ||
        command == u"validator"_s) {
        if (!parser.isSet(dirOption))
            return failWith(kExitInvalid, u"--dir is required\nTry --help."_s);
    }
    if (command == u"create"_s || command == u"add-member"_s) {
        QString error;
        const auto secret = passphrase(parser, passphraseOption, &error);
        if (!secret)
            return failWith(kExitInvalid, error);
        const KeyProtection keys{*secret, qEnvironmentVariableIsSet("COMMONWATT_KEY_INTERACTIVE_COST")};
        if (command == u"create"_s) {
            CreateOptions o;
            o.directory = parser.value(dirOption);
            o.name = parser.value(nameOption);
            o.timeZone = parser.value(zoneOption);
            if (parser.isSet(configOption)) {
                QFile file(parser.value(configOption));
                if (!file.open(QIODevice::ReadOnly))
                    return failWith(kExitInvalid, file.fileName() + u": cannot read the file: "_s + file.errorString());
                o.configJson = QString::fromUtf8(file.readAll());
            } else if (o.timeZone.isEmpty()) {
                return failWith(kExitInvalid, u"--time-zone (or --config with a timeZone) is required"_s);
            }
            qint64 stewards = 0, threshold = 0;
            if (!integer(stewardsOption, &stewards) || !integer(thresholdOption, &threshold))
                return failWith(kExitInvalid, u"--stewards and --threshold are whole numbers"_s);
            o.stewards = int(stewards);
            o.threshold = int(threshold);
            o.nowMs = nowMs;
            return finish(createCommunity(o, keys));
        }
        MemberOptions o;
        o.directory = parser.value(dirOption);
        o.name = parser.value(nameOption);
        o.dwelling = parser.value(dwellingOption);
        o.meter = parser.value(meterOption);
        o.feeder = parser.value(feederOption);
        o.substation = parser.value(substationOption);
        o.region = parser.value(regionOption);
        if (!integer(importLimitOption, &o.importLimitW) || !integer(exportLimitOption, &o.exportLimitW) ||
            !integer(pvPeakOption, &o.pvPeakW))
            return failWith(kExitInvalid, u"--import-limit-w, --export-limit-w and --pv-peak-w are whole watts"_s);
        o.devicesJson = parser.value(devicesOption);
        o.publicKeyHex = parser.value(publicKeyOption);
        o.nowMs = nowMs;
        return finish(addMember(o, keys));
    }
    if (command == u"status"_s)
        return finish(communityStatus(parser.value(dirOption), parser.isSet(jsonOption)));
    if (command == u"simulate"_s) {
        const auto broker = parseBroker(parser.value(brokerOption));
        if (!broker)
            return failWith(kExitInvalid, u"--broker HOST:PORT is required"_s);
        SimulationOptions o;
        o.host = broker->host;
        o.port = broker->port;
        qint64 households = 0, days = 0, seed = 0;
        if (!integer(householdsOption, &households) || households < 2 || households > 2000)
            return failWith(kExitInvalid, u"--households must be from 2 to 2000"_s);
        if (!integer(daysOption, &days) || days < 1 || days > 60)
            return failWith(kExitInvalid, u"--days must be from 1 to 60"_s);
        if (!integer(seedOption, &seed))
            return failWith(kExitInvalid, u"--seed must be a whole number"_s);
        o.households = int(households);
        o.days = int(days);
        o.seed = std::uint64_t(seed);
        if (parser.isSet(offlineOption)) {
            const QStringList parts = parser.value(offlineOption).split(u':');
            bool a = false, b = false, c = false;
            if (parts.size() == 3) {
                o.offlineMember = parts[0].toInt(&a);
                o.offlineFromDay = parts[1].toInt(&b);
                o.offlineDays = parts[2].toInt(&c);
            }
            if (!a || !b || !c || o.offlineMember < 0 || o.offlineMember >= o.households || o.offlineFromDay < 0 ||
                o.offlineDays < 1)
                return failWith(kExitInvalid, u"--offline is MEMBER:FROM_DAY:DAYS, e.g. 7:2:2"_s);
        }
        QTemporaryDir temporary;
        o.directory = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
        o.progress = [](const QString &line) { std::fputs(qPrintable(line + u'\n'), stderr); };
        const SimulationResult result = runSimulation(o);
        if (!result.error.isEmpty())
            return failWith(kExitFailure, result.error);
        const int written = writeOut(parser.isSet(jsonOption) ? formatJson(result) : formatText(result));
        return written != 0 ? written : (result.agreed ? 0 : kExitFailure);
    }
    if (command == u"validator"_s) {
        const auto broker = parseBroker(parser.value(brokerOption));
        if (!broker)
            return failWith(kExitInvalid, u"--broker HOST:PORT is required"_s);
        if (!parser.isSet(readingsOption))
            return failWith(kExitInvalid, u"--meter-readings is required"_s);
        QString error;
        const auto secret = passphrase(parser, passphraseOption, &error);
        if (!secret)
            return failWith(kExitInvalid, error);
        ValidatorOptions o;
        o.directory = parser.value(dirOption);
        o.host = broker->host;
        o.port = broker->port;
        o.readingsFile = parser.value(readingsOption);
        o.signalsFile = parser.value(signalsOption);
        SystemClock systemClock;
        std::unique_ptr<SimulatedClock> simulatedClock;
        if (parser.isSet(startOption)) {
            const QDateTime start = QDateTime::fromString(parser.value(startOption), Qt::ISODate);
            if (!start.isValid() || start.timeSpec() == Qt::LocalTime)
                return failWith(kExitInvalid, u"--start: not an ISO 8601 time with a zone"_s);
            simulatedClock = std::make_unique<SimulatedClock>(start.toMSecsSinceEpoch());
            simulatedClock->start();
        }
        const Clock &clock = simulatedClock ? static_cast<const Clock &>(*simulatedClock) : systemClock;
        ValidatorService service(clock);
        if (const auto openError = service.open(o, *secret))
            return failWith(kExitInvalid, *openError);
        app::UnixSignalWatcher signalWatcher;
        QObject::connect(&signalWatcher, &app::UnixSignalWatcher::terminationRequested, &app,
                         [](int) { QCoreApplication::quit(); });
        QObject::connect(&service, &ValidatorService::readingsRefused, &app, [](const QString &message) {
            std::fputs(qPrintable(u"commonwatt-community: "_s + message + u" (the previous readings stay)\n"_s),
                       stderr);
        });
        qint64 reported = -1;
        QObject::connect(&service, &ValidatorService::publishedEntries, &app, [&reported](qint64 total) {
            if (total != reported)
                std::fputs(qPrintable(u"published %1 entries\n"_s.arg(total)), stdout);
            std::fflush(stdout);
            reported = total;
        });
        service.start();
        return QCoreApplication::exec();
    }
    return failWith(kExitInvalid, u"unknown command \""_s + command + u"\"\n"_s + kUsage);
}
