// commonwatt-credits: settles one household's period from CSV files with the currency engine and prints the
// credits per slot and in total (docs/credits-cli.md, man commonwatt-credits). Exit codes: 0 success, 1 an
// unexpected failure, 2 a usage error or an input that is not valid; on any error stdout stays empty.
#include "creditsreport.h"

#include "currency/communityconfig.h"
#include "currency/periodcsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commonwatt;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitInvalid = 2;

int failWith(int code, const QString &message)
{
    std::fputs(qPrintable(u"commonwatt-credits: "_s + message + u'\n'), stderr);
    return code;
}

// Everything goes out in one write at the end, so that an error never leaves half a report on stdout.
int writeOut(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size()) ||
        std::fflush(stdout) != 0)
        return failWith(kExitFailure, u"cannot write the output"_s);
    return 0;
}

struct ConfigLoad
{
    std::optional<currency::CommunityConfig> config;
    QString error;
};

ConfigLoad loadConfig(const QString &path)
{
    if (path.isEmpty())
        return {currency::CommunityConfig::defaults(u"UTC"_s), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, path + u": cannot read the file: "_s + file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt,
                path + u": not JSON at offset %1: "_s.arg(parseError.offset) + parseError.errorString()};
    if (!document.isObject())
        return {std::nullopt, path + u": not a commonwatt-community-config/1 object"_s};
    const currency::ConfigParseResult parsed = currency::parseCommunityConfig(document.object());
    if (!parsed.ok())
        return {std::nullopt, path + u": field \""_s + parsed.field + u"\": "_s + parsed.error};
    return {parsed.config, {}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"commonwatt-credits"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONWATT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Settles one household's period from CSV files with the Commonwatt currency engine and prints the "
        "credits of every slot and their totals. See docs/credits-cli.md for the file formats."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption readingsOption(u"readings"_s, u"Meter data per slot (CSV)."_s, u"file"_s);
    const QCommandLineOption signalsOption(u"signals"_s, u"Settled signals per slot (CSV)."_s, u"file"_s);
    const QCommandLineOption configOption(
        u"config"_s, u"commonwatt-community-config/1 JSON; default: every default, time zone UTC."_s,
        u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print a JSON document instead of a table."_s);
    parser.addOptions({readingsOption, signalsOption, configOption, jsonOption});

    // parse(), not process(): process() exits with 1 on a usage error, and usage errors are 2 here.
    if (!parser.parse(QCoreApplication::arguments()))
        return failWith(kExitInvalid, parser.errorText() + u"\nTry --help."_s);
    if (parser.isSet(helpOption))
        return writeOut(parser.helpText().toUtf8());
    if (parser.isSet(versionOption))
        return writeOut((u"commonwatt-credits "_s + QCoreApplication::applicationVersion() + u'\n').toUtf8());
    if (!parser.positionalArguments().isEmpty())
        return failWith(kExitInvalid, u"unexpected argument \""_s +
                                          parser.positionalArguments().constFirst() + u"\"\nTry --help."_s);
    if (!parser.isSet(readingsOption) || !parser.isSet(signalsOption))
        return failWith(kExitInvalid, u"--readings and --signals are required\nTry --help."_s);

    const ConfigLoad config = loadConfig(parser.value(configOption));
    if (!config.config)
        return failWith(kExitInvalid, config.error);

    const currency::CsvResult<currency::Period> period =
        currency::loadPeriod(parser.value(readingsOption), parser.value(signalsOption), *config.config);
    if (!period.ok())
        return failWith(kExitInvalid, period.error.toString());

    // The reader checks every bound settlement checks (R2), so a refusal here is a bug, not bad input.
    const credits::ReportResult settled = credits::settlePeriod(*config.config, *period.value);
    if (!settled.report)
        return failWith(kExitFailure, u"settlement refused a slot: "_s + settled.error);

    return writeOut(parser.isSet(jsonOption) ? credits::formatJson(*settled.report)
                                             : credits::formatTable(*settled.report).toUtf8());
}
