// A member's local copy of the community ledger in an SQLite file (docs/ledger-storage.md): the accepted
// entries of every participant's chain, the entries held behind a gap, the frozen participants with their
// fork evidence, and a bounded log of what was refused. The chain rules are ParticipantChains'; this class
// keeps what they decide, each submission (or batch) in one transaction, and restores their state on open.
//
// Not thread-safe: one owner calls it. Not a QObject.
#pragma once

#include "ledger/chain.h"
#include "ledger/entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace commonwatt::ledger {

// One refusal, as the rejection log keeps it. Replays are counted (rejectionCount), not logged one by one.
struct Rejection
{
    std::int64_t receivedAtMs = 0;
    std::optional<PublicKey> participant = {}; // unknown when the bytes did not decode
    std::uint64_t sequence = 0;                // 0 when unknown
    std::optional<Hash> hash = {};             // unknown when the bytes did not decode
    RejectReason reason = RejectReason::None;
    QString text = {};
};

// A fork with both entries' canonical bytes, so that the evidence can be shown and checked on its own.
struct StoredFork
{
    ForkEvidence evidence = {};
    QByteArray acceptedBytes = {};    // the entry accepted (or held) first
    QByteArray conflictingBytes = {}; // the second one, signed by the same key with the same sequence
    std::int64_t detectedAtMs = 0;
};

class LedgerReplica
{
public:
    static constexpr int kSchemaVersion = 1;
    // PRAGMA application_id of a ledger replica ("CmLd"): a readings database or another program's file is
    // recognised as not a ledger database.
    static constexpr std::int64_t kApplicationId = 0x436d4c64;
    // The rejection log keeps the newest this many refusals.
    static constexpr std::int64_t kRejectionLogSize = 10'000;

    struct SubmitResult
    {
        Verdict verdict = {};
        std::vector<Hash> accepted = {}; // the entry and the held entries it released, in chain order
    };
    struct BatchResult
    {
        std::vector<SubmitResult> results = {}; // one per submitted entry, in order
        // Non-empty when the transaction failed: nothing of the batch is stored, and the replica's state is
        // as it was before the call. results is empty then.
        QString error = {};
    };

    LedgerReplica();
    ~LedgerReplica();
    LedgerReplica(const LedgerReplica &) = delete;
    LedgerReplica &operator=(const LedgerReplica &) = delete;

    // Creates the file or opens it, migrates its schema and restores the chains' state from it. Returns the
    // error, naming the file (not a database, not a ledger database, damaged, newer schema, unwritable).
    [[nodiscard]] std::optional<QString> open(const QString &file);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString fileName() const;
    // The last storage failure of a submission or query, naming the file; empty if none.
    [[nodiscard]] QString errorString() const;

    // Decodes (a failure is a Malformed verdict with the decoder's field and offset), applies the chain rules
    // and stores the outcome in one transaction. On a storage failure, BatchResult::error says why and the
    // state is as before the call.
    [[nodiscard]] BatchResult submit(QByteArrayView bytes, std::int64_t receivedAtMs);
    [[nodiscard]] BatchResult submit(const Entry &entry, std::int64_t receivedAtMs);
    // Many entries in one transaction (catching up).
    [[nodiscard]] BatchResult submitBatch(std::span<const QByteArray> entries, std::int64_t receivedAtMs);

    [[nodiscard]] ChainHead head(const PublicKey &participant) const;
    // Every participant with at least one accepted entry.
    [[nodiscard]] std::map<PublicKey, ChainHead> heads() const;
    [[nodiscard]] std::size_t heldCount(const PublicKey &participant) const;
    [[nodiscard]] bool isFrozen(const PublicKey &participant) const;
    [[nodiscard]] std::vector<StoredFork> forks() const;
    [[nodiscard]] std::int64_t entryCount() const;

    // Canonical bytes of participant's accepted entries after sequence afterSequence, in sequence order, at
    // most limit of them.
    [[nodiscard]] std::vector<QByteArray> entriesAfter(const PublicKey &participant,
                                                       std::uint64_t afterSequence, int limit) const;
    // The canonical bytes of the accepted entry with this hash.
    [[nodiscard]] std::optional<QByteArray> entry(const Hash &hash) const;
    // Every accepted entry, in the order they were accepted (each chain in sequence order), until visit
    // returns false. Returns the error if the file could not be read or a stored entry does not decode.
    [[nodiscard]] std::optional<QString>
    forEachEntry(const std::function<bool(const Entry &entry, const Hash &hash)> &visit) const;

    // The newest refusals first, at most limit.
    [[nodiscard]] std::vector<Rejection> rejections(int limit) const;
    // How many entries were refused for reason since the file was created (replays included).
    [[nodiscard]] std::int64_t rejectionCount(RejectReason reason) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace commonwatt::ledger
