// The persistent replica (backend/ledger/replica.*, docs/ledger-storage.md) on real SQLite files: what it
// accepts, holds, freezes and refuses survives a reopen; every kind of bad entry is refused with its reason,
// logged, and changes no accepted entry or head; a killed writer leaves a consistent file; and any arrival
// order of the same entries ends in the same state.
#include "ledgercrashpattern.h"
#include "ledgertesthelpers.h"

#include "ledger/encoding.h"
#include "ledger/replica.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <set>

using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(commonwatt::ledger::RejectReason)

namespace {

constexpr std::int64_t kNow = 1'790'000'100'000;

// Runs one statement on the file with the sqlite3 C API, as another program would; returns the first column
// of the first row as text.
QString sqlText(const QString &path, const char *sql, int flags = SQLITE_OPEN_READWRITE)
{
    sqlite3 *db = nullptr;
    QString out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
            if (sqlite3_step(statement) == SQLITE_ROW)
                out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            sqlite3_finalize(statement);
        } else {
            out = u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db));
        }
    }
    sqlite3_close_v2(db);
    return out;
}

std::vector<QByteArray> encodeAll(const std::vector<Entry> &entries)
{
    std::vector<QByteArray> out;
    for (const Entry &e : entries)
        out.push_back(encode(e));
    return out;
}

// What a refusal must leave as it was.
struct State
{
    std::map<PublicKey, ChainHead> heads;
    std::int64_t entries = 0;
    std::vector<QByteArray> all; // every accepted entry's bytes, in acceptance order

    static State of(const LedgerReplica &replica)
    {
        State state{replica.heads(), replica.entryCount(), {}};
        const auto error = replica.forEachEntry([&](const Entry &e, const Hash &) {
            state.all.push_back(encode(e));
            return true;
        });
        if (error)
            qWarning("%s", qPrintable(*error));
        return state;
    }
    friend bool operator==(const State &a, const State &b)
    {
        if (a.heads.size() != b.heads.size() || a.entries != b.entries || a.all != b.all)
            return false;
        for (const auto &[key, head] : a.heads) {
            const auto it = b.heads.find(key);
            if (it == b.heads.end() || it->second.sequence != head.sequence || it->second.hash != head.hash)
                return false;
        }
        return true;
    }
};

// The set of accepted entry hashes and the heads: what two replicas with the same entries must share.
std::pair<std::set<Hash>, std::map<PublicKey, std::pair<std::uint64_t, Hash>>>
contentOf(const LedgerReplica &r)
{
    std::set<Hash> hashes;
    const auto error = r.forEachEntry([&](const Entry &e, const Hash &h) {
        if (e.hash() != h)
            qWarning("stored hash differs from the entry's");
        hashes.insert(h);
        return true;
    });
    if (error)
        qWarning("%s", qPrintable(*error));
    std::map<PublicKey, std::pair<std::uint64_t, Hash>> heads;
    for (const auto &[key, head] : r.heads())
        heads.emplace(key, std::pair{head.sequence, head.hash});
    return {hashes, heads};
}

} // namespace

class TstLedgerReplica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"ledger.db"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_path + suffix);
    }

    void acceptedEntriesSurviveReopen()
    {
        const SecretKey alice = fixedKey(0x31);
        const SecretKey bob = fixedKey(0x32);
        const auto aliceChain = chainOf(alice, 4);
        const auto bobChain = chainOf(bob, 2);
        {
            LedgerReplica replica;
            const auto error = replica.open(m_path);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            for (const Entry &e : aliceChain) {
                const auto result = replica.submit(encode(e), kNow);
                QVERIFY(result.error.isEmpty());
                QCOMPARE(result.results.size(), 1u);
                QVERIFY2(result.results[0].verdict.accepted(), qPrintable(result.results[0].verdict.text));
                QCOMPARE(result.results[0].accepted, std::vector<Hash>{e.hash()});
            }
            for (const Entry &e : bobChain)
                QVERIFY(replica.submit(e, kNow + 1).results.at(0).verdict.accepted());
        }
        LedgerReplica replica;
        QVERIFY(!replica.open(m_path));
        QCOMPARE(replica.entryCount(), 6);
        QCOMPARE(replica.head(alice.publicKey()).sequence, 4u);
        QVERIFY(replica.head(alice.publicKey()).hash == aliceChain[3].hash());
        QCOMPARE(replica.head(bob.publicKey()).sequence, 2u);
        const auto heads = replica.heads();
        QCOMPARE(heads.size(), 2u);
        QVERIFY(heads.at(bob.publicKey()).hash == bobChain[1].hash());

        // Queries.
        const auto after = replica.entriesAfter(alice.publicKey(), 1, 2);
        QCOMPARE(after, (std::vector<QByteArray>{encode(aliceChain[1]), encode(aliceChain[2])}));
        QCOMPARE(replica.entriesAfter(alice.publicKey(), 4, 10).size(), 0u);
        QCOMPARE(replica.entriesAfter(bob.publicKey(), 0, 10), encodeAll(bobChain));
        QCOMPARE(replica.entry(bobChain[1].hash()), std::optional<QByteArray>(encode(bobChain[1])));
        QVERIFY(!replica.entry(chainOf(fixedKey(0x33), 1)[0].hash()));
        std::vector<Entry> visited;
        QVERIFY(!replica.forEachEntry([&](const Entry &e, const Hash &h) {
            visited.push_back(e);
            return h == e.hash();
        }));
        QCOMPARE(visited.size(), 6u);
        QVERIFY(visited[0] == aliceChain[0] && visited[3] == aliceChain[3] && visited[5] == bobChain[1]);
        int stopped = 0;
        QVERIFY(!replica.forEachEntry([&](const Entry &, const Hash &) { return ++stopped < 2; }));
        QCOMPARE(stopped, 2);

        // What the file holds, read by another program: arrival order, participant, type, canonical bytes.
        QCOMPARE(sqlText(m_path, "SELECT count(*) FROM entries"), u"6"_s);
        QCOMPARE(sqlText(m_path, "SELECT hex(bytes) FROM entries WHERE arrival = 5"),
                 QString::fromLatin1(encode(bobChain[0]).toHex().toUpper()));
        QCOMPARE(sqlText(m_path, "SELECT type FROM entries WHERE arrival = 1"),
                 QString::number(static_cast<int>(EntryType::TradeOffer)));
        QCOMPARE(sqlText(m_path, "SELECT version FROM schema_version"), u"1"_s);
        QCOMPARE(sqlText(m_path, "PRAGMA journal_mode"), u"wal"_s);
    }

    void openRefusesWhatIsNotALedger_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("text file") << QByteArray("text")
                                   << u"not a ledger database (not an SQLite database)"_s;
        QTest::newRow("another database") << QByteArray("other")
                                          << u"not a ledger database (an SQLite database with application "
                                             u"id 1131239284)"_s;
        QTest::newRow("no schema table")
            << QByteArray("noschema") << u"not a ledger database (no schema_version table)"_s;
        QTest::newRow("newer schema")
            << QByteArray("newer")
            << u"written by a newer Commonwatt (ledger schema version 2; this build "
               u"reads up to version 1)"_s;
        QTest::newRow("damaged") << QByteArray("damaged") << u"damaged ("_s;
        QTest::newRow("directory") << QByteArray("directory") << u"is a directory, not a ledger database"_s;
    }

    void openRefusesWhatIsNotALedger()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, error);
        if (kind == "text") {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else if (kind == "other") {
            sqlText(m_path, "PRAGMA application_id = 1131239284", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            sqlText(m_path, "CREATE TABLE readings(x)");
        } else if (kind == "noschema") {
            sqlText(m_path, "PRAGMA application_id = 1131236452", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            sqlText(m_path, "CREATE TABLE entries(x)");
        } else if (kind == "newer") {
            {
                LedgerReplica replica;
                QVERIFY(!replica.open(m_path));
            }
            sqlText(m_path, "UPDATE schema_version SET version = 2");
        } else if (kind == "damaged") {
            {
                LedgerReplica replica;
                QVERIFY(!replica.open(m_path));
                QVERIFY(replica.submitBatch(encodeAll(chainOf(fixedKey(0x34), 200)), kNow).error.isEmpty());
            }
            sqlText(m_path, "PRAGMA wal_checkpoint(TRUNCATE)");
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            // Garbage over the pages after the first: the B-trees no longer parse.
            for (qint64 page = 1; page * 4096 < file.size(); page += 2) {
                file.seek(page * 4096);
                file.write(QByteArray(4096, '\x5a'));
            }
        } else if (kind == "directory") {
            QVERIFY(QDir().mkpath(m_path));
        }
        const QByteArray before = [&] {
            QFile file(m_path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        LedgerReplica replica;
        const auto result = replica.open(m_path);
        QVERIFY(result);
        QVERIFY2(result->startsWith(m_path + u": "_s + error), qPrintable(*result));
        QVERIFY(!replica.isOpen());
        QCOMPARE(replica.errorString(), *result);
        QVERIFY(!replica.submit(chainOf(fixedKey(0x35), 1)[0], kNow).error.isEmpty());
        if (kind != "directory" && kind != "damaged") {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before); // refused files are left as they were
        }
        if (kind == "directory")
            QDir(m_path).removeRecursively();
    }

    // Each kind of bad entry: its reason, its line in the log (replays only counted), and no change to the
    // accepted entries or heads.
    void adversarialEntries_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<RejectReason>("reason");
        QTest::addColumn<bool>("logged");
        QTest::newRow("forged") << QByteArray("forged") << RejectReason::BadSignature << true;
        QTest::newRow("replayed") << QByteArray("replayed") << RejectReason::Replay << false;
        QTest::newRow("duplicated in one batch") << QByteArray("duplicated") << RejectReason::Replay << false;
        QTest::newRow("truncated") << QByteArray("truncated") << RejectReason::Malformed << true;
        QTest::newRow("broken chain") << QByteArray("broken") << RejectReason::BrokenChain << true;
        QTest::newRow("sequence zero") << QByteArray("zero") << RejectReason::Malformed << true;
        QTest::newRow("forked") << QByteArray("forked") << RejectReason::Fork << true;
    }

    void adversarialEntries()
    {
        QFETCH(QByteArray, kind);
        QFETCH(RejectReason, reason);
        QFETCH(bool, logged);
        const SecretKey key = fixedKey(0x41);
        const auto chain = chainOf(key, 5);
        LedgerReplica replica;
        QVERIFY(!replica.open(m_path));
        QVERIFY(replica.submitBatch(encodeAll({chain.begin(), chain.begin() + 3}), kNow).error.isEmpty());
        const State before = State::of(replica);
        QCOMPARE(before.entries, 3);

        std::vector<QByteArray> bad;
        std::optional<Hash> hash;
        std::uint64_t sequence = 0;
        QString text;
        if (kind == "forged") {
            Entry forged = chain[3];
            forged.signature.bytes[7] ^= 0x01;
            bad = {encode(forged)};
            hash = forged.hash();
            sequence = 4;
            text = u"entry 4 is not signed by participant "_s + key.publicKey().toHex();
        } else if (kind == "replayed") {
            bad = {encode(chain[1])};
        } else if (kind == "duplicated") {
            bad = {encode(chain[3]), encode(chain[3])};
        } else if (kind == "truncated") {
            const QByteArray full = encode(chain[3]);
            bad = {full.left(full.size() - 10)};
            text = decode(bad[0]).error.toString();
            QVERIFY2(text.startsWith(u"signature at byte "_s), qPrintable(text));
        } else if (kind == "broken") {
            // Sequence 4 naming entry 2 as its previous.
            const Entry broken = signedEntry(key, 4, chain[1].hash(), TradeOffer{0, 1, 2, 3, 1});
            bad = {encode(broken)};
            hash = broken.hash();
            sequence = 4;
            text = u"entry 4 names previous %1, but entry 3 is %2"_s.arg(chain[1].hash().toHex(),
                                                                         chain[2].hash().toHex());
        } else if (kind == "zero") {
            const Entry zero = signedEntry(key, 0, {}, TradeOffer{0, 1, 2, 3, 1});
            bad = {encode(zero)};
            text = decode(bad[0]).entry ? u""_s : decode(bad[0]).error.toString();
        } else if (kind == "forked") {
            Entry fork = chain[1];
            fork.timestampMs += 1;
            fork.sign(key);
            bad = {encode(fork)};
            hash = fork.hash();
            sequence = 2;
            text = u"entry 2 (%1) differs from the accepted entry 2 (%2)"_s.arg(fork.hash().toHex(),
                                                                                chain[1].hash().toHex());
        }
        const auto result = replica.submitBatch(bad, kNow + 5);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.results.size(), bad.size());
        const auto &verdict = result.results.back().verdict;
        QCOMPARE(verdict.reason, reason);
        QVERIFY(result.results.back().accepted.empty());
        if (!text.isEmpty())
            QCOMPARE(verdict.text, text);
        if (kind == "duplicated")
            QVERIFY(result.results.front().verdict.accepted());

        const auto check = [&](LedgerReplica &r) {
            const State after = State::of(r);
            if (kind == "duplicated") {
                QCOMPARE(after.entries, 4);
                QCOMPARE(r.head(key.publicKey()).sequence, 4u);
            } else {
                QVERIFY(after == before);
            }
            const auto log = r.rejections(10);
            QCOMPARE(r.rejectionCount(reason), 1);
            if (!logged) {
                QVERIFY(log.empty());
                return;
            }
            QCOMPARE(log.size(), 1u);
            QCOMPARE(log[0].reason, reason);
            QCOMPARE(log[0].receivedAtMs, kNow + 5);
            QCOMPARE(log[0].text, verdict.text);
            if (kind == "truncated") {
                QVERIFY(!log[0].participant && !log[0].hash);
                QCOMPARE(log[0].sequence, 0u);
            } else if (hash) {
                QCOMPARE(log[0].participant, std::optional<PublicKey>(key.publicKey()));
                QCOMPARE(log[0].hash, hash);
                QCOMPARE(log[0].sequence, sequence);
            }
            QCOMPARE(r.isFrozen(key.publicKey()), kind == "forked");
        };
        check(replica);
        if (QTest::currentTestFailed())
            return;
        replica.close();
        QVERIFY(!replica.open(m_path));
        check(replica);
        if (kind == "forked") {
            // The evidence survived the reopen, and the participant stays frozen.
            const auto forks = replica.forks();
            QCOMPARE(forks.size(), 1u);
            QCOMPARE(forks[0].evidence.participant, key.publicKey());
            QCOMPARE(forks[0].evidence.sequence, 2u);
            QVERIFY(forks[0].evidence.acceptedHash == chain[1].hash());
            QVERIFY(forks[0].evidence.conflictingHash == *hash);
            QCOMPARE(forks[0].acceptedBytes, encode(chain[1]));
            QCOMPARE(forks[0].conflictingBytes, bad[0]);
            QCOMPARE(forks[0].detectedAtMs, kNow + 5);
            const auto next = replica.submit(chain[3], kNow + 6);
            QCOMPARE(next.results.at(0).verdict.reason, RejectReason::Frozen);
            QCOMPARE(replica.rejections(1).at(0).hash, std::optional<Hash>(chain[3].hash()));
            QCOMPARE(replica.entryCount(), 3);
        }
    }

    // Reordered entries are held, survive a restart while held, and are released in chain order.
    void heldEntriesSurviveRestart()
    {
        const SecretKey key = fixedKey(0x51);
        const auto chain = chainOf(key, 5);
        {
            LedgerReplica replica;
            QVERIFY(!replica.open(m_path));
            QVERIFY(replica.submit(chain[0], kNow).results.at(0).verdict.accepted());
            for (const std::size_t i : {4u, 2u, 3u}) {
                const auto result = replica.submit(encode(chain[i]), kNow);
                QCOMPARE(result.results.at(0).verdict.reason, RejectReason::Gap);
            }
            QCOMPARE(replica.heldCount(key.publicKey()), 3u);
            QCOMPARE(replica.rejections(10).size(), 0u); // held, not refused
        }
        QCOMPARE(sqlText(m_path, "SELECT count(*) FROM held"), u"3"_s);
        LedgerReplica replica;
        QVERIFY(!replica.open(m_path));
        QCOMPARE(replica.heldCount(key.publicKey()), 3u);
        QCOMPARE(replica.head(key.publicKey()).sequence, 1u);
        QCOMPARE(replica.submit(chain[3], kNow).results.at(0).verdict.reason, RejectReason::Replay);
        const auto result = replica.submit(chain[1], kNow + 1);
        QVERIFY(result.results.at(0).verdict.accepted());
        QCOMPARE(result.results[0].accepted,
                 (std::vector<Hash>{chain[1].hash(), chain[2].hash(), chain[3].hash(), chain[4].hash()}));
        QCOMPARE(replica.heldCount(key.publicKey()), 0u);
        QCOMPARE(replica.head(key.publicKey()).sequence, 5u);
        QCOMPARE(sqlText(m_path, "SELECT count(*) FROM held"), u"0"_s);
        QCOMPARE(replica.entriesAfter(key.publicKey(), 0, 100), encodeAll(chain));
    }

    // A fork between two held entries: frozen, evidence from the held one, nothing held any more.
    void forkAmongHeldEntriesIsPersisted()
    {
        const SecretKey key = fixedKey(0x52);
        const auto chain = chainOf(key, 4);
        Entry other = chain[3];
        other.timestampMs += 7;
        other.sign(key);
        {
            LedgerReplica replica;
            QVERIFY(!replica.open(m_path));
            QVERIFY(replica.submit(chain[0], kNow).results.at(0).verdict.accepted());
            QCOMPARE(replica.submit(chain[2], kNow).results.at(0).verdict.reason, RejectReason::Gap);
            QCOMPARE(replica.submit(chain[3], kNow).results.at(0).verdict.reason, RejectReason::Gap);
            QCOMPARE(replica.submit(other, kNow).results.at(0).verdict.reason, RejectReason::Fork);
        }
        LedgerReplica replica;
        QVERIFY(!replica.open(m_path));
        QVERIFY(replica.isFrozen(key.publicKey()));
        QCOMPARE(replica.heldCount(key.publicKey()), 0u);
        QCOMPARE(sqlText(m_path, "SELECT count(*) FROM held"), u"0"_s);
        const auto forks = replica.forks();
        QCOMPARE(forks.size(), 1u);
        QCOMPARE(forks[0].acceptedBytes, encode(chain[3]));
        QCOMPARE(forks[0].conflictingBytes, encode(other));
        QCOMPARE(replica.submit(chain[1], kNow).results.at(0).verdict.reason, RejectReason::Frozen);
        QCOMPARE(replica.entryCount(), 1);
    }

    void rejectionLogKeepsTheNewest()
    {
        LedgerReplica replica;
        QVERIFY(!replica.open(m_path));
        std::vector<QByteArray> garbage;
        for (int i = 0; i < LedgerReplica::kRejectionLogSize + 50; ++i)
            garbage.push_back(QByteArray(1, static_cast<char>(i % 7 + 3))); // wrong format version
        QVERIFY(replica.submitBatch(garbage, kNow).error.isEmpty());
        // Replays are counted, never logged.
        const auto entry = chainOf(fixedKey(0x53), 1)[0];
        QVERIFY(replica.submit(entry, kNow).results.at(0).verdict.accepted());
        for (int i = 0; i < 30; ++i)
            QCOMPARE(replica.submit(entry, kNow + i).results.at(0).verdict.reason, RejectReason::Replay);
        QVERIFY(replica.submit(QByteArray("\x02"), kNow + 99).error.isEmpty());

        QCOMPARE(sqlText(m_path, "SELECT count(*) FROM rejections"),
                 QString::number(LedgerReplica::kRejectionLogSize));
        QCOMPARE(replica.rejectionCount(RejectReason::Malformed), LedgerReplica::kRejectionLogSize + 51);
        QCOMPARE(replica.rejectionCount(RejectReason::Replay), 30);
        const auto newest = replica.rejections(3);
        QCOMPARE(newest.size(), 3u);
        QCOMPARE(newest[0].receivedAtMs, kNow + 99);
        QCOMPARE(newest[1].text, decode(garbage.back()).error.toString());
        QCOMPARE(replica.rejections(1'000'000).size(), std::size_t(LedgerReplica::kRejectionLogSize));
    }

    // A transaction that cannot be written leaves the replica, in memory and on disk, as it was.
    void failedWriteChangesNothing()
    {
        const SecretKey key = fixedKey(0x54);
        const auto chain = chainOf(key, 3);
        LedgerReplica replica;
        QVERIFY(!replica.open(m_path));
        QVERIFY(replica.submit(chain[0], kNow).results.at(0).verdict.accepted());
        // Another connection holds the write lock for longer than the replica's busy timeout.
        sqlite3 *other = nullptr;
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(m_path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const auto failed = replica.submitBatch(encodeAll({chain[2], chain[1]}), kNow);
        QVERIFY(failed.results.empty());
        QVERIFY2(failed.error.startsWith(m_path + u": not stored, nothing changed ("_s),
                 qPrintable(failed.error));
        QCOMPARE(replica.errorString(), failed.error);
        QCOMPARE(replica.head(key.publicKey()).sequence, 1u);
        QCOMPARE(replica.heldCount(key.publicKey()), 0u);
        QCOMPARE(replica.entryCount(), 1);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(other);
        // The same entries go in once the lock is gone: the chains were restored, not left half-applied.
        const auto retried = replica.submitBatch(encodeAll({chain[2], chain[1]}), kNow);
        QVERIFY(retried.error.isEmpty());
        QCOMPARE(retried.results.at(0).verdict.reason, RejectReason::Gap);
        QCOMPARE(retried.results.at(1).accepted.size(), 2u);
        QCOMPARE(replica.head(key.publicKey()).sequence, 3u);
    }

    // The same entries in any order, with gaps filled later and a restart in between, give the same replica.
    void anyArrivalOrderRebuildsTheSameState()
    {
        std::vector<QByteArray> all;
        for (int p = 0; p < 6; ++p) {
            for (const Entry &e : chainOf(fixedKey(static_cast<std::uint8_t>(0x70 + p)), 30 + 5 * p))
                all.push_back(encode(e));
        }
        LedgerReplica inOrder;
        QVERIFY(!inOrder.open(m_dir.filePath(u"in-order.db"_s)));
        QVERIFY(inOrder.submitBatch(all, kNow).error.isEmpty());
        QCOMPARE(inOrder.entryCount(), static_cast<std::int64_t>(all.size()));

        for (const quint32 seed : {1u, 2u, 3u}) {
            const QString path = m_dir.filePath(u"shuffled-%1.db"_s.arg(seed));
            std::vector<QByteArray> shuffled = all;
            QRandomGenerator random(seed);
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            // Duplicates on top, as a network delivers them.
            for (int i = 0; i < 20; ++i)
                shuffled.insert(shuffled.begin() + random.bounded(static_cast<int>(shuffled.size())),
                                all[static_cast<std::size_t>(random.bounded(static_cast<int>(all.size())))]);
            auto replica = std::make_unique<LedgerReplica>();
            QVERIFY(!replica->open(path));
            std::size_t at = 0;
            bool restarted = false;
            while (at < shuffled.size()) {
                const std::size_t n = std::min<std::size_t>(1 + random.bounded(25), shuffled.size() - at);
                QVERIFY(replica->submitBatch(std::span<const QByteArray>(shuffled.data() + at, n), kNow)
                            .error.isEmpty());
                at += n;
                if (!restarted && at > shuffled.size() / 2) {
                    replica = std::make_unique<LedgerReplica>();
                    QVERIFY(!replica->open(path));
                    restarted = true;
                }
            }
            QCOMPARE(replica->entryCount(), inOrder.entryCount());
            QVERIFY(contentOf(*replica) == contentOf(inOrder));
            QCOMPARE(replica->rejectionCount(RejectReason::Replay), 20);
            for (const auto &[participant, head] : replica->heads())
                QCOMPARE(replica->heldCount(participant), 0u);
        }
    }

    // SIGKILL in the middle of a long run of batches: the file opens with every batch the child reported and
    // at most the one it had no time to report, with the chains' state of exactly that prefix of the stream.
    void killedMidBatchLeavesAConsistentFile_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("batchesBeforeKill");
        QTest::addColumn<int>("extraDelayMs");
        QTest::newRow("first batch") << 500 << 1 << 0;
        QTest::newRow("small batches") << 250 << 6 << 3;
        QTest::newRow("odd size, delay") << 777 << 4 << 11;
        QTest::newRow("big batches") << 2000 << 3 << 5;
    }

    void killedMidBatchLeavesAConsistentFile()
    {
        QFETCH(int, batchSize);
        QFETCH(int, batchesBeforeKill);
        QFETCH(int, extraDelayMs);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(LEDGERSTORECRASH_CHILD),
                    {u"submit"_s, m_path, QString::number(batchSize)});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray output;
        while (output.count("committed ") < batchesBeforeKill) {
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.waitForReadyRead(200);
            output += child.readAllStandardOutput();
        }
        QThread::msleep(
            static_cast<unsigned long>(extraDelayMs)); // real time on purpose: where the kill lands
        child.kill();
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        qint64 reported = 0;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("committed "))
                reported = line.mid(10).toLongLong();
        }
        QVERIFY(reported > 0);

        QCOMPARE(sqlText(m_path, "PRAGMA integrity_check", SQLITE_OPEN_READONLY), u"ok"_s);
        LedgerReplica replica;
        const auto error = replica.open(m_path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));

        // The reference: the same stream through the pure chain rules, up to the reported count, then up to
        // the end of the next batch.
        ledgercrash::Stream stream;
        ParticipantChains reference;
        std::int64_t accepted = 0;
        const auto feed = [&](qint64 count) {
            for (qint64 i = 0; i < count; ++i)
                accepted +=
                    static_cast<std::int64_t>(reference.submit(*decode(stream.next()).entry).accepted.size());
        };
        const auto matches = [&] {
            if (replica.entryCount() != accepted)
                return false;
            for (const SecretKey &key : stream.keys()) {
                const ChainHead a = replica.head(key.publicKey());
                const ChainHead b = reference.head(key.publicKey());
                if (a.sequence != b.sequence || a.hash != b.hash ||
                    replica.heldCount(key.publicKey()) != reference.heldCount(key.publicKey()))
                    return false;
            }
            return true;
        };
        feed(reported);
        bool extra = false;
        if (!matches()) {
            feed(batchSize);
            extra = true;
            QVERIFY2(matches(), qPrintable(u"%1 entries stored, %2 reported: no batch boundary matches"_s
                                               .arg(replica.entryCount())
                                               .arg(reported)));
        }
        qInfo("killed after %lld reported entries; %lld accepted, %s", static_cast<long long>(reported),
              static_cast<long long>(replica.entryCount()), extra ? "one unreported batch" : "as reported");

        // Every chain is whole: entries 1..head, each linked to the one before.
        for (const SecretKey &key : stream.keys()) {
            Hash previous;
            std::uint64_t sequence = 0;
            for (const QByteArray &bytes : replica.entriesAfter(key.publicKey(), 0, 1'000'000)) {
                const auto e = decode(bytes).entry;
                QVERIFY(e);
                QCOMPARE(e->sequence, ++sequence);
                QVERIFY(e->previous == previous);
                previous = e->hash();
            }
            QCOMPARE(sequence, replica.head(key.publicKey()).sequence);
        }

        // And it carries on where it stopped.
        std::vector<QByteArray> rest;
        for (int i = 0; i < 2 * batchSize; ++i)
            rest.push_back(stream.next());
        const auto more = replica.submitBatch(rest, kNow);
        QVERIFY(more.error.isEmpty());
        for (const QByteArray &bytes : rest)
            accepted += static_cast<std::int64_t>(reference.submit(*decode(bytes).entry).accepted.size());
        QVERIFY(matches());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TstLedgerReplica)
#include "tst_ledgerreplica.moc"
