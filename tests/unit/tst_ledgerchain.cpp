// The chain rules (backend/ledger/chain.*): each kind of bad entry is refused with its reason and changes
// nothing; gaps are held and released in order; a fork freezes its participant.
#include "ledger/chain.h"
#include "ledger/encoding.h"
#include "ledgertesthelpers.h"

#include <QTest>

using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(commonwatt::ledger::RejectReason)

namespace {

// What a refusal must leave as it was.
struct Snapshot
{
    ChainHead head = {};
    std::size_t held = 0;
    bool frozen = false;
    std::size_t forks = 0;

    static Snapshot of(const ParticipantChains &chains, const PublicKey &participant)
    {
        return {chains.head(participant), chains.heldCount(participant), chains.isFrozen(participant),
                chains.forks().size()};
    }
    friend bool operator==(const Snapshot &a, const Snapshot &b)
    {
        return a.head.sequence == b.head.sequence && a.head.hash == b.head.hash && a.held == b.held &&
               a.frozen == b.frozen && a.forks == b.forks;
    }
};

void acceptAll(ParticipantChains &chains, const std::vector<Entry> &entries)
{
    for (const Entry &e : entries)
        QVERIFY2(chains.submit(e).verdict.accepted(), qPrintable(chains.submit(e).verdict.text));
}

} // namespace

class TstLedgerChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAChainInOrder()
    {
        const SecretKey key = fixedKey(0x11);
        const auto entries = chainOf(key, 5);
        ParticipantChains chains;
        for (const Entry &e : entries) {
            const auto result = chains.submit(e);
            QVERIFY2(result.verdict.accepted(), qPrintable(result.verdict.text));
            QCOMPARE(result.accepted.size(), 1u);
        }
        QCOMPARE(chains.head(key.publicKey()).sequence, 5u);
        QVERIFY(chains.head(key.publicKey()).hash == entries.back().hash());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("acceptedFirst");
        QTest::addColumn<int>("which");
        QTest::addColumn<RejectReason>("reason");
        // which: the entry to submit, built in refusals() from the chain of five.
        QTest::newRow("forged signature") << 2 << 0 << RejectReason::BadSignature;
        QTest::newRow("changed after signing") << 2 << 1 << RejectReason::BadSignature;
        QTest::newRow("signed by another key") << 2 << 2 << RejectReason::BadSignature;
        QTest::newRow("replayed") << 3 << 3 << RejectReason::Replay;
        QTest::newRow("broken chain") << 2 << 4 << RejectReason::BrokenChain;
        QTest::newRow("sequence 0") << 2 << 5 << RejectReason::Malformed;
        QTest::newRow("first entry with a previous hash") << 0 << 6 << RejectReason::Malformed;
        QTest::newRow("later entry without one") << 2 << 7 << RejectReason::Malformed;
        QTest::newRow("forged fork") << 3 << 8 << RejectReason::BadSignature;
    }

    // Refused with its reason, leaving the head, the held entries and the frozen set as they were.
    void refusals()
    {
        QFETCH(int, acceptedFirst);
        QFETCH(int, which);
        QFETCH(RejectReason, reason);
        const SecretKey key = fixedKey(0x12);
        const SecretKey other = fixedKey(0x13);
        const auto entries = chainOf(key, 5);
        ParticipantChains chains;
        acceptAll(chains, {entries.begin(), entries.begin() + acceptedFirst});

        Entry entry = entries[std::size_t(acceptedFirst)];
        switch (which) {
        case 0:
            entry.signature.bytes[10] ^= 0x40;
            break;
        case 1:
            std::get<TradeOffer>(entry.payload).energyWh += 1000;
            break;
        case 2: {
            Entry byOther = entry;
            byOther.sign(other);
            entry.signature = byOther.signature;
            break;
        }
        case 3:
            entry = entries[1];
            break;
        case 4:
            entry.previous = entries[0].hash();
            entry.sign(key);
            break;
        case 5:
            entry.sequence = 0;
            entry.sign(key);
            break;
        case 6:
            entry.previous = entries[3].hash();
            entry.sign(key);
            break;
        case 7:
            entry.previous = Hash{};
            entry.sign(key);
            break;
        case 8: // another entry 2, signed by someone else in the participant's name
            entry = entries[1];
            std::get<TradeOffer>(entry.payload).energyWh = 1;
            entry.signature = [&] {
                Entry e = entry;
                e.sign(other);
                return e.signature;
            }();
            break;
        }
        const Snapshot before = Snapshot::of(chains, key.publicKey());
        const auto result = chains.submit(entry);
        QCOMPARE(result.verdict.reason, reason);
        QVERIFY(!result.verdict.text.isEmpty());
        QVERIFY(result.accepted.empty());
        QVERIFY(Snapshot::of(chains, key.publicKey()) == before);
        // The chain still takes its real next entry.
        if (acceptedFirst > 0 && reason != RejectReason::Malformed)
            QVERIFY(chains.submit(entries[std::size_t(acceptedFirst)]).verdict.accepted());
    }

    // Truncated bytes never reach the chain: the decoder refuses them.
    void truncatedBytesAreRefused()
    {
        const SecretKey key = fixedKey(0x14);
        const QByteArray bytes = encode(chainOf(key, 1).front());
        for (qsizetype cut = 0; cut < bytes.size(); ++cut)
            QVERIFY(!decode(bytes.left(cut)).entry);
    }

    // Entries 3, 5 and 4 before 2: held, then released in chain order when 2 arrives.
    void reorderedEntriesAreHeldThenReleased()
    {
        const SecretKey key = fixedKey(0x15);
        const auto entries = chainOf(key, 5);
        ParticipantChains chains;
        acceptAll(chains, {entries[0]});
        for (const std::size_t i : {2u, 4u, 3u}) {
            const auto result = chains.submit(entries[i]);
            QCOMPARE(result.verdict.reason, RejectReason::Gap);
            QVERIFY(result.accepted.empty());
        }
        QCOMPARE(chains.heldCount(key.publicKey()), 3u);
        QCOMPARE(chains.head(key.publicKey()).sequence, 1u);
        // The same held entry again is a duplicate and changes nothing.
        QCOMPARE(chains.submit(entries[3]).verdict.reason, RejectReason::Replay);
        QCOMPARE(chains.heldCount(key.publicKey()), 3u);

        const auto result = chains.submit(entries[1]);
        QVERIFY(result.verdict.accepted());
        QCOMPARE(result.accepted.size(), 4u);
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(result.accepted[i].sequence, i + 2);
        QCOMPARE(chains.heldCount(key.publicKey()), 0u);
        QVERIFY(chains.head(key.publicKey()).hash == entries[4].hash());
    }

    // A held entry that does not link is dropped on release; later ones wait for one that does.
    void heldEntryThatDoesNotLinkIsDropped()
    {
        const SecretKey key = fixedKey(0x16);
        const auto entries = chainOf(key, 3);
        Entry stray = entries[2];
        stray.previous = entries[0].hash();
        stray.sign(key);
        ParticipantChains chains;
        acceptAll(chains, {entries[0]});
        QCOMPARE(chains.submit(stray).verdict.reason, RejectReason::Gap);
        const auto result = chains.submit(entries[1]);
        QVERIFY(result.verdict.accepted());
        QCOMPARE(result.accepted.size(), 1u);
        QCOMPARE(chains.heldCount(key.publicKey()), 0u);
        QVERIFY(chains.submit(entries[2]).verdict.accepted());
    }

    void duplicatedEntriesChangeNothing()
    {
        const SecretKey key = fixedKey(0x17);
        const auto entries = chainOf(key, 3);
        ParticipantChains chains;
        acceptAll(chains, entries);
        const Snapshot before = Snapshot::of(chains, key.publicKey());
        for (const Entry &e : entries) {
            const auto result = chains.submit(e);
            QCOMPARE(result.verdict.reason, RejectReason::Replay);
            QVERIFY(result.accepted.empty());
        }
        QVERIFY(Snapshot::of(chains, key.publicKey()) == before);
    }

    // Two entries signed with one sequence number: refused, the participant frozen, the stewards' evidence
    // kept; nothing more of theirs is accepted, and other participants are untouched.
    void forkFreezesTheParticipant()
    {
        const SecretKey key = fixedKey(0x18);
        const SecretKey neighbour = fixedKey(0x19);
        const auto entries = chainOf(key, 4);
        ParticipantChains chains;
        acceptAll(chains, {entries.begin(), entries.begin() + 3});
        Entry second = entries[1];
        std::get<TradeOffer>(second.payload).energyWh = 99;
        second.sign(key);

        const ChainHead headBefore = chains.head(key.publicKey());
        const auto result = chains.submit(second);
        QCOMPARE(result.verdict.reason, RejectReason::Fork);
        QVERIFY(result.accepted.empty());
        QVERIFY(chains.isFrozen(key.publicKey()));
        QCOMPARE(chains.head(key.publicKey()).sequence, headBefore.sequence);
        QCOMPARE(chains.forks().size(), 1u);
        const ForkEvidence &evidence = chains.forks().front();
        QVERIFY(evidence.participant == key.publicKey());
        QCOMPARE(evidence.sequence, 2u);
        QVERIFY(evidence.acceptedHash == entries[1].hash());
        QVERIFY(evidence.conflictingHash == second.hash());

        QCOMPARE(chains.submit(entries[3]).verdict.reason, RejectReason::Frozen);
        QCOMPARE(chains.head(key.publicKey()).sequence, 3u);
        QVERIFY(chains.submit(chainOf(neighbour, 1).front()).verdict.accepted());
    }

    // Two different held entries with one sequence number are a fork too.
    void forkAmongHeldEntries()
    {
        const SecretKey key = fixedKey(0x1a);
        const auto entries = chainOf(key, 3);
        Entry third = entries[2];
        third.timestampMs += 1;
        third.sign(key);
        ParticipantChains chains;
        acceptAll(chains, {entries[0]});
        QCOMPARE(chains.submit(entries[2]).verdict.reason, RejectReason::Gap);
        QCOMPARE(chains.submit(third).verdict.reason, RejectReason::Fork);
        QVERIFY(chains.isFrozen(key.publicKey()));
        QCOMPARE(chains.heldCount(key.publicKey()), 0u);
        QCOMPARE(chains.submit(entries[1]).verdict.reason, RejectReason::Frozen);
    }

    // The pure check on its own, with a head and a lookup as storage will give them.
    void checkEntryIsPure()
    {
        const SecretKey key = fixedKey(0x1b);
        const auto entries = chainOf(key, 2);
        const AcceptedHashLookup none = [](std::uint64_t) { return std::optional<Hash>(); };
        QVERIFY(checkEntry({}, none, entries[0]).accepted());
        QCOMPARE(checkEntry({}, none, entries[1]).reason, RejectReason::Gap);
        QVERIFY(checkEntry({1, entries[0].hash()}, none, entries[1]).accepted());
    }

    // What a store restores behaves as what was submitted: replays, forks and held entries are recognised.
    void restoredStateBehavesAsSubmitted()
    {
        const SecretKey alice = fixedKey(0x1c);
        const SecretKey bob = fixedKey(0x1d);
        const SecretKey carol = fixedKey(0x1e);
        const auto aliceEntries = chainOf(alice, 6);
        const auto bobEntries = chainOf(bob, 3);
        const auto carolEntries = chainOf(carol, 2);
        Entry carolFork = carolEntries[1];
        carolFork.timestampMs += 1;
        carolFork.sign(carol);

        ParticipantChains restored;
        std::vector<Hash> aliceHashes;
        for (int i = 0; i < 3; ++i)
            aliceHashes.push_back(aliceEntries[static_cast<std::size_t>(i)].hash());
        restored.restoreChain(alice.publicKey(), aliceHashes);
        QVERIFY(restored.restoreHeld(aliceEntries[4]));
        QVERIFY(restored.restoreHeld(aliceEntries[5]));
        QVERIFY(!restored.restoreHeld(aliceEntries[4])); // already held
        QVERIFY(!restored.restoreHeld(aliceEntries[3])); // the next one is never held
        QVERIFY(!restored.restoreHeld(aliceEntries[1])); // accepted already
        restored.restoreChain(bob.publicKey(), {bobEntries[0].hash()});
        restored.restoreChain(carol.publicKey(), {carolEntries[0].hash(), carolEntries[1].hash()});
        restored.restoreFork({carol.publicKey(), 2, carolEntries[1].hash(), carolFork.hash()});
        QVERIFY(!restored.restoreHeld(chainOf(carol, 4)[3])); // frozen

        QCOMPARE(restored.head(alice.publicKey()).sequence, 3u);
        QVERIFY(restored.head(alice.publicKey()).hash == aliceEntries[2].hash());
        QCOMPARE(restored.heldCount(alice.publicKey()), 2u);
        QCOMPARE(restored.head(bob.publicKey()).sequence, 1u);
        QVERIFY(restored.isFrozen(carol.publicKey()));
        QVERIFY(!restored.isFrozen(alice.publicKey()));
        QCOMPARE(restored.forks().size(), 1u);
        QVERIFY(restored.forks()[0].conflictingHash == carolFork.hash());

        QCOMPARE(restored.submit(aliceEntries[1]).verdict.reason, RejectReason::Replay);
        QCOMPARE(restored.submit(aliceEntries[5]).verdict.reason, RejectReason::Replay); // held
        QCOMPARE(restored.submit(carolEntries[0]).verdict.reason, RejectReason::Frozen);
        Entry bobFork = bobEntries[0];
        bobFork.timestampMs += 1;
        bobFork.sign(bob);
        // The gap fills: the entry and both held ones, in chain order.
        const auto filled = restored.submit(aliceEntries[3]);
        QVERIFY2(filled.verdict.accepted(), qPrintable(filled.verdict.text));
        QCOMPARE(filled.accepted.size(), 3u);
        QVERIFY(filled.accepted[2] == aliceEntries[5]);
        QCOMPARE(restored.head(alice.publicKey()).sequence, 6u);
        QCOMPARE(restored.heldCount(alice.publicKey()), 0u);
        QVERIFY(restored.submit(bobEntries[1]).verdict.accepted());
        // A restored hash is evidence enough for a fork.
        QCOMPARE(restored.submit(bobFork).verdict.reason, RejectReason::Fork);
        QCOMPARE(restored.forks().size(), 2u);
        QVERIFY(restored.forks()[1].acceptedHash == bobEntries[0].hash());
    }
};

QTEST_GUILESS_MAIN(TstLedgerChain)
#include "tst_ledgerchain.moc"
