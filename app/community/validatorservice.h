// commonwatt-community validator (docs/community-cli.md): the distributor's validator as a service on the
// community's broker. Keeps the community folder's replica in step (it relays every head it knows), feeds
// every accepted entry to the ClaimValidator, and every interval publishes what is due, signed with the
// distributor's key. Readings come from a CSV file the metering system appends to; it is read again when it
// changes.
#pragma once

#include "claimvalidator.h"
#include "communityfile.h"

#include "ledger/replica.h"
#include "ledger/sync.h"
#include "mqtt/pahomqttclient.h"

#include <commonwatt/clock.h>

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace commonwatt::community {

struct ValidatorOptions
{
    QString directory = {};
    QString host = {};
    int port = 1883;
    QString readingsFile = {};
    QString signalsFile = {}; // empty: the community defaults for every slot (currency.md section 6)
    std::chrono::milliseconds interval{10'000};
};

class ValidatorService : public QObject
{
    Q_OBJECT
public:
    ValidatorService(const Clock &clock, QObject *parent = nullptr);
    ~ValidatorService() override;

    // Reads the community, the distributor's key, the replica and the readings; the error names the file.
    [[nodiscard]] std::optional<QString> open(const ValidatorOptions &options, QByteArrayView passphrase);
    void start();

    [[nodiscard]] qint64 published() const { return m_published; }
    [[nodiscard]] const ledger::LedgerReplica &replica() const { return *m_replica; }

signals:
    void publishedEntries(qint64 total);
    void readingsRefused(const QString &error);

private:
    bool loadReadings(QString *error);
    void tick();

    const Clock &m_clock;
    ValidatorOptions m_options;
    std::optional<CommunityFile> m_community;
    std::unique_ptr<ledger::SecretKey> m_key;
    std::unique_ptr<ledger::LedgerReplica> m_replica;
    std::unique_ptr<mqtt::PahoMqttClient> m_client;
    std::unique_ptr<ledger::LedgerSync> m_sync;
    std::unique_ptr<ClaimValidator> m_validator;
    std::map<std::pair<QString, qint64>, ledger::RevenueMeterDelta> m_households;
    std::map<std::pair<QString, qint64>, currency::LevelFlows> m_feeders;
    std::map<qint64, currency::SlotSignals> m_signals;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    qint64 m_published = 0;
    int m_slotMinutes = 15;
};

} // namespace commonwatt::community
