// The commonwatt command line. Parsed before the application object exists, because --headless decides
// whether there is a GUI at all.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace commonwatt::app {

struct CommandLine
{
    bool demo = false;             // run on the built-in simulated household
    bool headless = false;         // no window: the backend only (home server)
    bool kiosk = false;            // wall panel: full screen, no window chrome, cursor hidden
    double speed = 1.0;            // simulated seconds per real second (demo)
    QString dataDir;               // empty: the platform's application data location
    std::optional<qint64> startMs; // simulated time to start from (demo); default: now
    std::optional<quint64> seed;   // demo household's seed
    // --mqtt-api HOST[:PORT]: publish the MQTT API (and Home Assistant discovery) there, unless the
    // configuration names a broker for it (site setting mqtt_api_broker).
    QString mqttApiHost;
    int mqttApiPort = 1883;
    // --community DIR --member NAME --community-broker HOST:PORT: the household is a member of the community
    // in DIR (community.json and keys/NAME.key, as commonwatt-community makes them) and keeps its ledger in
    // step on that broker (docs/ledger-app.md). Empty communityDir: no community, credits are estimates.
    QString communityDir;
    QString communityMember;
    QString communityHost;
    int communityPort = 1883;

    // One-shot configuration commands (installers, backups); the program exits after them.
    enum class ConfigCommand
    {
        None,
        Export,      // --export-config FILE: the configuration as JSON, secrets redacted
        Import,      // --import-config FILE: merged into the configuration
        ImportReplace, // --import-config FILE --replace: the configuration becomes the file's
        ListPlugins, // --list-plugins: plugins, their settings and refused plugin files, as JSON
        ResetInstallerPin, // --reset-installer-pin: forget the wall panel's installer PIN and its lockout
    };
    ConfigCommand configCommand = ConfigCommand::None;
    QString configFile; // "-": standard output or input

    enum class Outcome
    {
        Run,
        ExitOk,    // --help or --version was printed
        ExitError, // a usage error was printed
    };
    Outcome outcome = Outcome::Run;
    QString message; // text for --help, --version or the usage error
};

// Parses arguments (argv[0] first). Never exits the process: the caller prints message and decides.
[[nodiscard]] CommandLine parseCommandLine(const QStringList &arguments);

// Whether argv asks for --kiosk: the on-screen keyboard must be chosen before the application object exists.
[[nodiscard]] bool wantsKiosk(int argc, char **argv);

// False when argv asks for --headless, or only for --help or --version, which need no display; used to pick
// QCoreApplication over QApplication before the command line is parsed properly.
[[nodiscard]] bool needsWindow(int argc, char **argv);

} // namespace commonwatt::app
