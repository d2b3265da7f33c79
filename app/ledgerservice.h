// The household's side of the community ledger (docs/ledger-app.md): a replica of the ledger in the data
// folder, kept in step on the community's broker; the household's meter claims, sealed to the distributor
// and the stewards, signed with the member's key and published slot by slot; and the summary the Dashboard
// shows, derived from the replica.
//
// LedgerService is the UI thread's face of it. A worker on its own thread owns the replica (SQLite), the
// MQTT connection and the LedgerSync; the UI thread never waits on them after open().
#pragma once

#include "creditsservice.h"
#include "ledgersummary.h"

#include <commonwatt/clock.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>
#include <QThread>

#include <chrono>
#include <optional>

namespace commonwatt::app {

class LedgerWorker;

struct LedgerOptions
{
    QString communityDirectory = {}; // community.json and keys/MEMBER.key
    QString member = {};             // the key file's name, without .key
    QString host = {};               // the community's broker
    int port = 1883;
    bool tls = false; // TLS to the broker, checked against caFile (empty: the system's authorities)
    QString caFile = {};
    QString ledgerFile = {}; // the replica: ledger.sqlite in the app's data folder
    // Entries arriving in a burst are summarised once, this long after the first of them.
    std::chrono::milliseconds debounce{2000};
};

class LedgerService : public QObject
{
    Q_OBJECT
public:
    // clock: the household's; read from the worker thread (nowMs() must be thread-safe, as both clocks are).
    explicit LedgerService(const Clock &clock, QObject *parent = nullptr);
    ~LedgerService() override;

    // The key file's passphrase: $COMMONWATT_KEY_PASSPHRASE, else the file commonwatt-key-passphrase in
    // $CREDENTIALS_DIRECTORY (systemd's LoadCredential), without a trailing newline. Never asked for.
    // nullopt with *error set (naming the variable or file) when there is none.
    [[nodiscard]] static std::optional<QByteArray> passphraseFromEnvironment(QString *error);

    // Reads community.json and the member's key file, opens (or creates) the replica and adds the genesis
    // to it, and finds the last slot the household claimed. The error names the file and what is wrong.
    [[nodiscard]] std::optional<QString> open(const LedgerOptions &options, QByteArrayView passphrase);
    // Connects to the broker and starts syncing and claiming.
    void start();
    // Disconnects and closes the replica; the worker thread ends. Idempotent.
    void stop();

    // Completed slots the household measured (CreditsService::meterSlotsSettled); each is claimed once.
    void addMeterSlots(const QList<MeterSlot> &settled);
    // The household's clean share over the reputation window, millionths (CreditsSummary::cleanShareWindow).
    void setCleanShare(std::int64_t millionths);
    // Signs payload as the next entry of the household's chain, stores it in the replica and publishes it
    // (docs/community-app.md): the Community page's actions. publishFinished(request, ...) follows, with
    // the entry's hash (hex) or why it could not be stored; whether the ledger gives it effect shows in the
    // next summary's snapshot (CommunitySnapshot::ownEntries).
    void publishEntry(quint64 request, const commonwatt::ledger::Payload &payload);
    // The household's name on the reputation board, published signed and retained on the community's
    // broker; empty takes it back (anonymous).
    void setDisplayName(const QString &name);
    // The first 16 hex digits of the community id, as topics carry it.
    [[nodiscard]] QString communityTopicId() const { return m_topicId; }

    // Writes the replica's accepted entries with fromMs <= timestamp < toMs to a CSV file (docs/history.md),
    // streamed on the worker; entriesExported says how it went.
    void exportEntries(const QString &path, qint64 fromMs, qint64 toMs);

    [[nodiscard]] const LedgerSummary &summary() const { return m_summary; }
    [[nodiscard]] QString communityName() const { return m_communityName; }

signals:
    void summaryChanged();
    // A claim for the slot was signed, stored and published.
    void claimPublished(qint64 slotStartMs);
    // publishEntry's outcome: the entry's hash in hex, or an empty hash and why it was not stored.
    void publishFinished(quint64 request, const QString &entryHash, const QString &error);
    // ok: the file is complete with count entries; otherwise message names the file or the replica's error.
    void entriesExported(bool ok, qint64 count, const QString &message);

private:
    void onSummary(const commonwatt::app::LedgerSummary &summary);

    const Clock &m_clock;
    QThread m_thread;
    LedgerWorker *m_worker = nullptr; // lives on m_thread
    LedgerSummary m_summary;
    QString m_communityName;
    QString m_topicId;
};

} // namespace commonwatt::app
