#include "replica.h"

#include "ledger/encoding.h"

#include "storage/migrations.h"
#include "storage/sqlite.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <iterator>
#include <limits>
#include <set>
#include <string>

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace sql = storage::sqlite;

namespace {

constexpr int kCacheKiB = 32 * 1024;

// v1. entries: every accepted entry, its rowid the order of acceptance. held: entries behind a gap. forks:
// one row per frozen participant with both entries of the evidence. rejections: the bounded log;
// rejection_counts: every refusal counted by reason, replays included. Sequences are stored as SQLite's
// signed 64-bit integers; a held entry beyond 2^63 (never acceptable) keeps its bits.
void toVersion1(sql::Database &db)
{
    db.exec(R"(
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version(version) VALUES (0);
CREATE TABLE entries(
    arrival INTEGER PRIMARY KEY,
    participant BLOB NOT NULL,
    sequence INTEGER NOT NULL,
    hash BLOB NOT NULL UNIQUE,
    timestamp_ms INTEGER NOT NULL,
    type INTEGER NOT NULL,
    accepted_ms INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    UNIQUE(participant, sequence));
CREATE TABLE held(
    participant BLOB NOT NULL,
    sequence INTEGER NOT NULL,
    hash BLOB NOT NULL,
    received_ms INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY(participant, sequence));
CREATE TABLE forks(
    participant BLOB PRIMARY KEY,
    sequence INTEGER NOT NULL,
    accepted_hash BLOB NOT NULL,
    conflicting_hash BLOB NOT NULL,
    accepted_bytes BLOB NOT NULL,
    conflicting_bytes BLOB NOT NULL,
    detected_ms INTEGER NOT NULL);
CREATE TABLE rejections(
    id INTEGER PRIMARY KEY,
    received_ms INTEGER NOT NULL,
    participant BLOB,
    sequence INTEGER,
    hash BLOB,
    reason INTEGER NOT NULL,
    text TEXT NOT NULL);
CREATE TABLE rejection_counts(
    reason INTEGER PRIMARY KEY,
    count INTEGER NOT NULL);)");
    db.exec("PRAGMA application_id = " + std::to_string(LedgerReplica::kApplicationId));
}

void migrate(sql::Database &db, int from)
{
    using Step = void (*)(sql::Database &);
    static constexpr Step steps[] = {toVersion1};
    static_assert(std::size(steps) == LedgerReplica::kSchemaVersion);
    for (int version = from; version < LedgerReplica::kSchemaVersion; ++version) {
        sql::Transaction transaction(db);
        steps[version](db);
        db.exec("UPDATE schema_version SET version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

qint64 toSql(std::uint64_t sequence)
{
    return static_cast<qint64>(sequence);
}

std::uint64_t fromSql(qint64 sequence)
{
    return static_cast<std::uint64_t>(sequence);
}

template<typename Fixed> Fixed fixedFrom(const sql::Statement &statement, int column)
{
    return Fixed::fromBytes(statement.blobView(column)).value_or(Fixed{});
}

} // namespace

struct LedgerReplica::Private
{
    QString path;
    QString error;
    sql::Database db;
    ParticipantChains chains;
    std::set<PublicKey> participants; // with at least one accepted entry
    std::int64_t entryCount = 0;

    // Prepared once; used for every submission.
    sql::Statement insertEntry;
    sql::Statement insertHeld;
    sql::Statement deleteHeldRange;
    sql::Statement deleteHeldOf;
    sql::Statement heldBytes;
    sql::Statement entryBytes;
    sql::Statement insertFork;
    sql::Statement insertRejection;
    sql::Statement countRejection;

    // Within one transaction: refusals by reason, written once at its end; whether any was logged.
    std::map<RejectReason, std::int64_t> pendingCounts;
    bool logged = false;

    [[nodiscard]] QString failure(const QString &what) const { return path + u": "_s + what; }

    void prepare();
    void restore();
    SubmitResult apply(const Entry &entry, QByteArrayView bytes, std::int64_t receivedAtMs);
    void storeAccepted(const Entry &entry, const Hash &hash, QByteArrayView bytes, std::int64_t receivedAtMs);
    void logRejection(const Rejection &rejection);
    void finishTransaction();
    // Runs submit inside one transaction; on failure rolls back and reloads the chains from the file.
    BatchResult transact(const std::function<void(std::vector<SubmitResult> &)> &submit);
};

void LedgerReplica::Private::prepare()
{
    insertEntry = sql::Statement(db, "INSERT INTO entries(participant, sequence, hash, timestamp_ms, type, "
                                     "accepted_ms, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insertHeld = sql::Statement(db, "INSERT INTO held(participant, sequence, hash, received_ms, bytes) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)");
    deleteHeldRange =
        sql::Statement(db, "DELETE FROM held WHERE participant = ?1 AND sequence BETWEEN ?2 AND ?3");
    deleteHeldOf = sql::Statement(db, "DELETE FROM held WHERE participant = ?1");
    heldBytes = sql::Statement(db, "SELECT bytes FROM held WHERE hash = ?1 AND participant = ?2");
    entryBytes = sql::Statement(db, "SELECT bytes FROM entries WHERE hash = ?1");
    insertFork =
        sql::Statement(db, "INSERT INTO forks(participant, sequence, accepted_hash, conflicting_hash, "
                           "accepted_bytes, conflicting_bytes, detected_ms) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insertRejection =
        sql::Statement(db, "INSERT INTO rejections(received_ms, participant, sequence, hash, reason, "
                           "text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    countRejection = sql::Statement(db, "INSERT INTO rejection_counts(reason, count) VALUES (?1, ?2) "
                                        "ON CONFLICT(reason) DO UPDATE SET count = count + excluded.count");
}

// The chains' state as the file has it: every accepted hash (for replays and forks), the forks, then the held
// entries. Throws SqliteError, or std::runtime_error for content that cannot be the file's own.
void LedgerReplica::Private::restore()
{
    chains = ParticipantChains();
    participants.clear();
    entryCount = 0;

    sql::Statement accepted(db,
                            "SELECT participant, sequence, hash FROM entries ORDER BY participant, sequence");
    std::optional<PublicKey> current;
    std::vector<Hash> hashes;
    const auto flush = [&] {
        if (current) {
            chains.restoreChain(*current, std::move(hashes));
            participants.insert(*current);
        }
        hashes = {};
    };
    while (accepted.next()) {
        const auto participant = PublicKey::fromBytes(accepted.blobView(0));
        const auto hash = Hash::fromBytes(accepted.blobView(2));
        if (!participant || !hash)
            throw sql::SqliteError(SQLITE_CORRUPT, u"an entry with a malformed participant or hash"_s);
        if (participant != current) {
            flush();
            current = participant;
        }
        const std::uint64_t sequence = fromSql(accepted.int64(1));
        if (sequence != hashes.size() + 1) {
            throw sql::SqliteError(
                SQLITE_CORRUPT, u"participant %1's chain has sequence %2 after %3"_s.arg(participant->toHex())
                                    .arg(sequence)
                                    .arg(hashes.size()));
        }
        hashes.push_back(*hash);
        ++entryCount;
    }
    flush();

    sql::Statement forks(db,
                         "SELECT participant, sequence, accepted_hash, conflicting_hash FROM forks ORDER BY "
                         "rowid");
    while (forks.next()) {
        chains.restoreFork({fixedFrom<PublicKey>(forks, 0), fromSql(forks.int64(1)),
                            fixedFrom<Hash>(forks, 2), fixedFrom<Hash>(forks, 3)});
    }

    sql::Statement held(db, "SELECT bytes, participant, sequence FROM held ORDER BY participant, sequence");
    while (held.next()) {
        DecodeResult decoded = decode(held.blobView(0));
        if (!decoded.entry) {
            throw sql::SqliteError(SQLITE_CORRUPT,
                                   u"a held entry does not decode: "_s + decoded.error.toString());
        }
        if (!chains.restoreHeld(std::move(*decoded.entry))) {
            throw sql::SqliteError(SQLITE_CORRUPT, u"held entry %1 of participant %2 cannot be held"_s
                                                       .arg(fromSql(held.int64(2)))
                                                       .arg(fixedFrom<PublicKey>(held, 1).toHex()));
        }
    }
}

void LedgerReplica::Private::storeAccepted(const Entry &entry, const Hash &hash, QByteArrayView bytes,
                                           std::int64_t receivedAtMs)
{
    const QByteArray encoded = bytes.isNull() ? encode(entry) : QByteArray();
    insertEntry.bindBlob(1, entry.participant.view())
        .bind(2, toSql(entry.sequence))
        .bindBlob(3, hash.view())
        .bind(4, static_cast<qint64>(entry.timestampMs))
        .bind(5, static_cast<int>(entry.type()))
        .bind(6, static_cast<qint64>(receivedAtMs))
        .bindBlob(7, bytes.isNull() ? QByteArrayView(encoded) : bytes);
    insertEntry.run();
    ++entryCount;
}

void LedgerReplica::Private::logRejection(const Rejection &rejection)
{
    ++pendingCounts[rejection.reason];
    if (rejection.reason == RejectReason::Replay)
        return;
    insertRejection.bind(1, static_cast<qint64>(rejection.receivedAtMs));
    if (rejection.participant)
        insertRejection.bindBlob(2, rejection.participant->view()).bind(3, toSql(rejection.sequence));
    else
        insertRejection.bindNull(2).bindNull(3);
    if (rejection.hash)
        insertRejection.bindBlob(4, rejection.hash->view());
    else
        insertRejection.bindNull(4);
    insertRejection.bind(5, static_cast<int>(rejection.reason)).bind(6, rejection.text);
    insertRejection.run();
    logged = true;
}

void LedgerReplica::Private::finishTransaction()
{
    for (const auto &[reason, count] : pendingCounts)
        countRejection.bind(1, static_cast<int>(reason)).bind(2, static_cast<qint64>(count)).run();
    if (logged) {
        db.exec("DELETE FROM rejections WHERE id <= (SELECT max(id) FROM rejections) - " +
                std::to_string(kRejectionLogSize));
    }
}

LedgerReplica::SubmitResult LedgerReplica::Private::apply(const Entry &entry, QByteArrayView bytes,
                                                          std::int64_t receivedAtMs)
{
    const PublicKey &participant = entry.participant;
    const std::uint64_t headBefore = chains.head(participant).sequence;
    const std::size_t heldBefore = chains.heldCount(participant);

    ParticipantChains::Result outcome = chains.submit(entry);
    SubmitResult result;
    result.verdict = std::move(outcome.verdict);
    const Verdict &verdict = result.verdict;
    const auto reject = [&] {
        // Frozen is decided before the entry is hashed; the log wants the hash all the same.
        const Hash hash = verdict.reason == RejectReason::Frozen ? entry.hash() : verdict.hash;
        logRejection({receivedAtMs, participant, entry.sequence, hash, verdict.reason, verdict.text});
    };

    switch (verdict.reason) {
    case RejectReason::None: {
        for (std::size_t i = 0; i < outcome.accepted.size(); ++i) {
            const Entry &accepted = outcome.accepted[i];
            const Hash hash = i == 0 ? verdict.hash : accepted.hash();
            storeAccepted(accepted, hash, i == 0 ? bytes : QByteArrayView(), receivedAtMs);
            result.accepted.push_back(hash);
        }
        // Released entries left the held set, and so did a held entry at the new head's next sequence that
        // did not link (ParticipantChains drops it).
        const std::uint64_t headAfter = chains.head(participant).sequence;
        if (heldBefore > 0) {
            deleteHeldRange.bindBlob(1, participant.view())
                .bind(2, toSql(headBefore + 1))
                .bind(3, toSql(headAfter + 1))
                .run();
        }
        participants.insert(participant);
        break;
    }
    case RejectReason::Gap:
        if (chains.heldCount(participant) > heldBefore) {
            const QByteArray encoded = bytes.isNull() ? encode(entry) : QByteArray();
            insertHeld.bindBlob(1, participant.view())
                .bind(2, toSql(entry.sequence))
                .bindBlob(3, verdict.hash.view())
                .bind(4, static_cast<qint64>(receivedAtMs))
                .bindBlob(5, bytes.isNull() ? QByteArrayView(encoded) : bytes)
                .run();
        } else {
            reject(); // beyond what is held for one participant
        }
        break;
    case RejectReason::Fork: {
        const ForkEvidence &evidence = chains.forks().back();
        // The first entry is accepted, or held (a fork among held entries); held ones go with the freeze.
        QByteArray acceptedBytes;
        entryBytes.bindBlob(1, evidence.acceptedHash.view());
        if (entryBytes.next())
            acceptedBytes = entryBytes.blob(0);
        entryBytes.reset();
        if (acceptedBytes.isEmpty()) {
            heldBytes.bindBlob(1, evidence.acceptedHash.view()).bindBlob(2, participant.view());
            if (heldBytes.next())
                acceptedBytes = heldBytes.blob(0);
            heldBytes.reset();
        }
        insertFork.bindBlob(1, participant.view())
            .bind(2, toSql(evidence.sequence))
            .bindBlob(3, evidence.acceptedHash.view())
            .bindBlob(4, evidence.conflictingHash.view())
            .bindBlob(5, acceptedBytes)
            .bindBlob(6, bytes.isNull() ? QByteArrayView(encode(entry)) : bytes)
            .bind(7, static_cast<qint64>(receivedAtMs))
            .run();
        deleteHeldOf.bindBlob(1, participant.view()).run();
        reject();
        break;
    }
    default:
        reject();
        break;
    }
    return result;
}

LedgerReplica::BatchResult
LedgerReplica::Private::transact(const std::function<void(std::vector<SubmitResult> &)> &submit)
{
    BatchResult batch;
    if (!db.isOpen()) {
        batch.error = path.isEmpty() ? u"the ledger replica is not open"_s : failure(u"not open"_s);
        error = batch.error;
        return batch;
    }
    pendingCounts.clear();
    logged = false;
    try {
        sql::Transaction transaction(db);
        submit(batch.results);
        finishTransaction();
        transaction.commit();
        return batch;
    } catch (const sql::SqliteError &failed) {
        batch.results.clear();
        batch.error = failure(u"not stored, nothing changed ("_s + failed.message() + u')');
    }
    error = batch.error;
    // The chains already took the entries in memory: back to what the file holds.
    try {
        restore();
    } catch (const sql::SqliteError &failed) {
        error = batch.error =
            failure(u"cannot be read back after a failed write ("_s + failed.message() + u"); closed"_s);
        db.close();
    }
    return batch;
}

// ---- LedgerReplica

LedgerReplica::LedgerReplica()
    : d(std::make_unique<Private>())
{}

LedgerReplica::~LedgerReplica()
{
    close();
}

std::optional<QString> LedgerReplica::open(const QString &file)
{
    close();
    d->path = file;
    const auto refuse = [this](const QString &why) {
        close();
        d->error = d->path + u": "_s + why;
        return d->error;
    };
    if (QFileInfo(file).isDir())
        return refuse(u"is a directory, not a ledger database"_s);
    try {
        d->db = sql::Database::open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        const std::int64_t applicationId = d->db.queryInt("PRAGMA application_id");
        const std::int64_t objects = d->db.queryInt("SELECT count(*) FROM sqlite_schema");
        int version = 0;
        if (applicationId != kApplicationId && (applicationId != 0 || objects != 0)) {
            return refuse(
                u"not a ledger database (an SQLite database with application id %1)"_s.arg(applicationId));
        }
        if (objects != 0) {
            if (d->db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_version'") == 0)
                return refuse(u"not a ledger database (no schema_version table)"_s);
            version = static_cast<int>(d->db.queryInt("SELECT version FROM schema_version"));
            if (version > kSchemaVersion) {
                return refuse(u"written by a newer Commonwatt (ledger schema version %1; this build reads up "
                              u"to version %2)"_s.arg(version)
                                  .arg(kSchemaVersion));
            }
            const QString check = d->db.queryText("PRAGMA quick_check(1)");
            if (check != u"ok")
                return refuse(u"damaged (quick_check: "_s + check.simplified() + u')');
        }
        storage::schema::configureConnection(d->db);
        // The hash index takes inserts all over; a cache that holds it keeps a catch-up from reading pages
        // back.
        d->db.exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB));
        migrate(d->db, version);
        d->prepare();
        d->restore();
    } catch (const sql::SqliteError &failed) {
        if (failed.code() == SQLITE_NOTADB)
            return refuse(u"not a ledger database (not an SQLite database)"_s);
        if ((failed.code() & 0xff) == SQLITE_CORRUPT)
            return refuse(u"damaged ("_s + failed.message() + u')');
        return refuse(failed.message());
    }
    d->error.clear();
    return std::nullopt;
}

void LedgerReplica::close()
{
    // Statements first: the connection closes only once none is left.
    for (sql::Statement *statement :
         {&d->insertEntry, &d->insertHeld, &d->deleteHeldRange, &d->deleteHeldOf, &d->heldBytes,
          &d->entryBytes, &d->insertFork, &d->insertRejection, &d->countRejection})
        statement->finalize();
    d->db.close();
    d->chains = ParticipantChains();
    d->participants.clear();
    d->entryCount = 0;
}

bool LedgerReplica::isOpen() const
{
    return d->db.isOpen();
}

QString LedgerReplica::fileName() const
{
    return d->path;
}

QString LedgerReplica::errorString() const
{
    return d->error;
}

LedgerReplica::BatchResult LedgerReplica::submit(QByteArrayView bytes, std::int64_t receivedAtMs)
{
    const QByteArray copy = bytes.toByteArray();
    return submitBatch(std::span<const QByteArray>(&copy, 1), receivedAtMs);
}

LedgerReplica::BatchResult LedgerReplica::submit(const Entry &entry, std::int64_t receivedAtMs)
{
    return d->transact([&](std::vector<SubmitResult> &results) {
        results.push_back(d->apply(entry, QByteArrayView(), receivedAtMs));
    });
}

LedgerReplica::BatchResult LedgerReplica::submitBatch(std::span<const QByteArray> entries,
                                                      std::int64_t receivedAtMs)
{
    return d->transact([&](std::vector<SubmitResult> &results) {
        results.reserve(entries.size());
        for (const QByteArray &bytes : entries) {
            DecodeResult decoded = decode(bytes);
            if (!decoded.entry) {
                const QString text = decoded.error.toString();
                d->logRejection({receivedAtMs, std::nullopt, 0, std::nullopt, RejectReason::Malformed, text});
                results.push_back({{RejectReason::Malformed, text}, {}});
                continue;
            }
            // Never null, even for no bytes: a null view stands for "encode it yourself".
            results.push_back(
                d->apply(*decoded.entry, QByteArrayView(bytes.constData(), bytes.size()), receivedAtMs));
        }
    });
}

ChainHead LedgerReplica::head(const PublicKey &participant) const
{
    return d->chains.head(participant);
}

std::map<PublicKey, ChainHead> LedgerReplica::heads() const
{
    std::map<PublicKey, ChainHead> out;
    for (const PublicKey &participant : d->participants)
        out.emplace(participant, d->chains.head(participant));
    return out;
}

std::size_t LedgerReplica::heldCount(const PublicKey &participant) const
{
    return d->chains.heldCount(participant);
}

bool LedgerReplica::isFrozen(const PublicKey &participant) const
{
    return d->chains.isFrozen(participant);
}

std::int64_t LedgerReplica::entryCount() const
{
    return d->entryCount;
}

std::vector<StoredFork> LedgerReplica::forks() const
{
    std::vector<StoredFork> out;
    if (!isOpen())
        return out;
    try {
        sql::Statement query(d->db,
                             "SELECT participant, sequence, accepted_hash, conflicting_hash, accepted_bytes, "
                             "conflicting_bytes, detected_ms FROM forks ORDER BY rowid");
        while (query.next()) {
            out.push_back({{fixedFrom<PublicKey>(query, 0), fromSql(query.int64(1)),
                            fixedFrom<Hash>(query, 2), fixedFrom<Hash>(query, 3)},
                           query.blob(4),
                           query.blob(5),
                           query.int64(6)});
        }
    } catch (const sql::SqliteError &failed) {
        d->error = d->failure(failed.message());
    }
    return out;
}

std::vector<QByteArray> LedgerReplica::entriesAfter(const PublicKey &participant, std::uint64_t afterSequence,
                                                    int limit) const
{
    std::vector<QByteArray> out;
    if (!isOpen() || limit <= 0 ||
        afterSequence >= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
        return out;
    try {
        sql::Statement query(d->db, "SELECT bytes FROM entries WHERE participant = ?1 AND sequence > ?2 "
                                    "ORDER BY sequence LIMIT ?3");
        query.bindBlob(1, participant.view()).bind(2, toSql(afterSequence)).bind(3, limit);
        while (query.next())
            out.push_back(query.blob(0));
    } catch (const sql::SqliteError &failed) {
        d->error = d->failure(failed.message());
    }
    return out;
}

std::optional<QByteArray> LedgerReplica::entry(const Hash &hash) const
{
    if (!isOpen())
        return std::nullopt;
    try {
        sql::Statement query(d->db, "SELECT bytes FROM entries WHERE hash = ?1");
        query.bindBlob(1, hash.view());
        if (query.next())
            return query.blob(0);
    } catch (const sql::SqliteError &failed) {
        d->error = d->failure(failed.message());
    }
    return std::nullopt;
}

std::optional<QString>
LedgerReplica::forEachEntry(const std::function<bool(const Entry &entry, const Hash &hash)> &visit) const
{
    if (!isOpen())
        return d->failure(u"not open"_s);
    try {
        sql::Statement query(d->db, "SELECT hash, bytes, arrival FROM entries ORDER BY arrival");
        while (query.next()) {
            const DecodeResult decoded = decode(query.blobView(1));
            if (!decoded.entry) {
                return d->failure(u"stored entry %1 does not decode (%2)"_s.arg(query.int64(2))
                                      .arg(decoded.error.toString()));
            }
            if (!visit(*decoded.entry, fixedFrom<Hash>(query, 0)))
                break;
        }
    } catch (const sql::SqliteError &failed) {
        return d->error = d->failure(failed.message());
    }
    return std::nullopt;
}

std::vector<Rejection> LedgerReplica::rejections(int limit) const
{
    std::vector<Rejection> out;
    if (!isOpen() || limit <= 0)
        return out;
    try {
        sql::Statement query(d->db,
                             "SELECT received_ms, participant, sequence, hash, reason, text FROM rejections "
                             "ORDER BY id DESC LIMIT ?1");
        query.bind(1, limit);
        while (query.next()) {
            Rejection rejection;
            rejection.receivedAtMs = query.int64(0);
            if (!query.isNull(1))
                rejection.participant = PublicKey::fromBytes(query.blobView(1));
            rejection.sequence = fromSql(query.int64(2));
            if (!query.isNull(3))
                rejection.hash = Hash::fromBytes(query.blobView(3));
            rejection.reason = static_cast<RejectReason>(query.int64(4));
            rejection.text = query.text(5);
            out.push_back(std::move(rejection));
        }
    } catch (const sql::SqliteError &failed) {
        d->error = d->failure(failed.message());
    }
    return out;
}

std::int64_t LedgerReplica::rejectionCount(RejectReason reason) const
{
    if (!isOpen())
        return 0;
    try {
        sql::Statement query(d->db, "SELECT count FROM rejection_counts WHERE reason = ?1");
        query.bind(1, static_cast<int>(reason));
        return query.next() ? query.int64(0) : 0;
    } catch (const sql::SqliteError &failed) {
        d->error = d->failure(failed.message());
    }
    return 0;
}

} // namespace commonwatt::ledger
