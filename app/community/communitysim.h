// commonwatt-community simulate (docs/community-cli.md): a whole community in one process on a real broker.
// Every household, steward and the distributor's validator has its own key, its own SQLite replica and its
// own MQTT connection; simulated time runs as fast as the replicas keep in step.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace commonwatt::community {

struct SimulationOptions
{
    QString host = {};
    int port = 1883;
    int households = 50;
    int days = 7;
    std::uint64_t seed = 1;
    QString directory = {};  // the replicas' files
    qint64 startMs = 1'781'481'600'000; // 2026-06-15T00:00Z, a Monday
    int offlineMember = -1;  // none
    int offlineFromDay = 2;
    int offlineDays = 2;
    // Called once, halfway through the claims (tests restart the broker there); empty: nothing.
    std::function<void()> midway = {};
    std::function<void(const QString &line)> progress = {};
    int stallSeconds = 120; // replicas that do not agree within this long after a simulated hour: an error
};

struct MemberResult
{
    QString name = {};
    QString key = {};               // hex
    std::int64_t balance = 0;        // milli-credits, as the replicas derive it
    std::int64_t recomputed = 0;     // milli-credits, recomputed independently from the entries
    std::int64_t claims = 0;         // published
    std::int64_t validated = 0;
    std::int64_t refused = 0; // claims the validator did not accept (late, beyond a limit)
    std::int64_t pending = 0;
};

struct EntrySizes
{
    std::int64_t count = 0;
    std::int64_t bytes = 0; // canonical encodings
};

// Summed over every replica's LedgerSync and MQTT client.
struct SyncTotals
{
    std::uint64_t requestsSent = 0;
    std::uint64_t requestsAnswered = 0;
    std::uint64_t requestsStoodDown = 0;
    std::uint64_t requestsDropped = 0;
    std::uint64_t requestsNotChosen = 0;
    std::uint64_t replyEntriesSent = 0;
    std::uint64_t droppedFlood = 0;
    std::uint64_t droppedPublishes = 0;
    int nudges = 0;
    std::map<QString, std::uint64_t> rejected = {}; // entries the replicas refused, by chain reason
};

struct SimulationResult
{
    QString error = {}; // the simulation could not run (broker unreachable, disk refused a write)
    bool agreed = false; // every replica has the same heads and the same derived state
    int replicas = 0;
    std::int64_t entries = 0;
    QString headsDigest = {};
    QString stateDigest = {};
    std::int64_t distributorBalance = 0;
    std::int64_t distributorRecomputed = 0;
    std::int64_t feesRecomputed = 0;
    std::int64_t poolBalance = 0;
    std::int64_t poolRecomputed = 0;
    int tradesOffered = 0;
    int tradesSettled = 0;
    std::int64_t tradeDeliveredWh = 0;
    int grantsPaid = 0;
    std::map<QString, std::int64_t> refusedByReason = {};   // entries without effect, by the state's code
    std::map<QString, std::int64_t> validatorRefusals = {}; // claims the validator did not accept, by reason
    std::map<QString, EntrySizes> entrySizes = {};           // by entry type
    SyncTotals sync = {};
    std::vector<MemberResult> members = {};
    double wallSeconds = 0;
    std::uint64_t messagesPublished = 0;
    std::uint64_t messagesReceived = 0;
    std::uint64_t bytesPublished = 0;
    std::int64_t offlineCaughtUpEntries = 0; // entries the offline member received after coming back
    double offlineCatchupSeconds = 0;
    QStringList problems = {}; // disagreements, in words
};

[[nodiscard]] SimulationResult runSimulation(const SimulationOptions &options);
[[nodiscard]] QString formatText(const SimulationResult &result);
[[nodiscard]] QString formatJson(const SimulationResult &result);

} // namespace commonwatt::community
