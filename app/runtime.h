// The composition root of a running household: data folder, readings store, clock and devices, built from
// the command line. main() adds a window (or not, headless) on top of it; tests build it the same way.
#pragma once

#include "commandline.h"
#include "creditsservice.h"
#include "datadirectory.h"
#include "devicesetup.h"
#include "gridevents.h"
#include "household.h"
#include "ledgerservice.h"
#include "mqttapi.h"
#include "planner.h"

#include "config/configstore.h"

#include "domain/clock.h"
#include "storage/readingsstore.h"

#include <QObject>

#include <memory>

namespace commonwatt::app {

class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(QObject *parent = nullptr);
    ~Runtime() override;

    // Prepares the data folder, opens the store and the configuration, loads the plugins and starts the
    // configured devices (or the simulated household when none are configured, or with --demo); positions
    // the simulated clock (catching the demo household up to now when no --start is given) without starting
    // it; publishes the MQTT API when configured. On failure *error says what and where.
    [[nodiscard]] bool start(const CommandLine &commandLine, QString *error);
    // Lets simulated time run against real time at the command line's speed.
    void run();
    // Stops time and writes everything pending. Idempotent.
    void shutdown();

    [[nodiscard]] Household &household() const { return *m_household; }
    [[nodiscard]] storage::ReadingsStore &store() { return m_store; }
    [[nodiscard]] Clock &clock() const { return *m_clock; }
    // Real time, whatever the household runs on: for what people wait for (idle screens, lockouts).
    [[nodiscard]] const Clock &wallClock() const { return m_wallClock; }
    // The simulated clock of the demo household; null when real devices run on the system clock.
    [[nodiscard]] SimulatedClock *simulatedClock() const { return m_simulatedClock; }
    [[nodiscard]] bool isDemo() const { return m_simulatedClock != nullptr; }
    [[nodiscard]] DeviceSetup &devices() const { return *m_devices; }
    [[nodiscard]] config::ConfigStore &configuration() const { return *m_config; }
    [[nodiscard]] MqttApi *mqttApi() const { return m_mqttApi.get(); }
    [[nodiscard]] CreditsService &credits() const { return *m_credits; }
    // The community ledger, with --community; null without a community (credits are estimates then).
    [[nodiscard]] LedgerService *ledger() const { return m_ledger.get(); }
    [[nodiscard]] Planner &planner() const { return *m_planner; }
    [[nodiscard]] GridEvents &gridEvents() const { return *m_gridEvents; }
    [[nodiscard]] QString sourceText() const { return m_sourceText; }
    [[nodiscard]] const DataDirectory &dataDirectory() const { return m_dataDirectory; }

    // Joins a community while the app runs (the installer's Community card): opens and starts the ledger with
    // `options` (its replica in this data folder) and the member key's passphrase, which is not kept.
    // Refused while the household is in a community already. Returns the error, naming the file or field.
    [[nodiscard]] std::optional<QString> joinCommunity(LedgerOptions options, QByteArrayView passphrase);

signals:
    // The ledger started after start() (a join from the installer): views attach to ledger() now.
    void ledgerStarted();

private:
    [[nodiscard]] qint64 latestStoredTimestamp();
    [[nodiscard]] QJsonObject demoSettings(const CommandLine &commandLine) const;
    [[nodiscard]] qint64 demoStartMs();
    void startMqttApi(const CommandLine &commandLine);
    [[nodiscard]] bool startLedger(const CommandLine &commandLine, QString *error);
    [[nodiscard]] std::optional<QString> openLedger(LedgerOptions options, QByteArrayView passphrase);
    // A membership the installer joined on an earlier run (site settings community_*), with the passphrase
    // from the environment or a credential; without one the household runs on outside the community.
    void resumeCommunity();

    DataDirectory m_dataDirectory;
    storage::ReadingsStore m_store;
    SystemClock m_wallClock; // configuration timestamps
    std::unique_ptr<config::ConfigStore> m_config;
    std::unique_ptr<DeviceSetup> m_devices;
    std::unique_ptr<Clock> m_clock;
    SimulatedClock *m_simulatedClock = nullptr; // m_clock, in the demo
    std::unique_ptr<Household> m_household;
    std::unique_ptr<CreditsService> m_credits;
    std::unique_ptr<LedgerService> m_ledger;
    std::unique_ptr<Planner> m_planner;
    std::unique_ptr<GridEvents> m_gridEvents;
    std::unique_ptr<MqttApi> m_mqttApi;
    QTimeZone m_timeZone;
    QString m_sourceText;
};

} // namespace commonwatt::app
