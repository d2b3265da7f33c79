#include "communityledger.h"

#include "currency/slotsettlement.h"
#include "ledger/encoding.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

ledger::CommunityState deriveReplicaState(const ledger::LedgerReplica &replica, const ledger::Hash &genesis)
{
    std::vector<ledger::HashedEntry> entries;
    entries.reserve(std::size_t(replica.entryCount()));
    const auto error = replica.forEachEntry([&entries](const ledger::Entry &entry, const ledger::Hash &hash) {
        entries.push_back({entry, hash});
        return true;
    });
    if (error) {
        ledger::CommunityState state;
        state.error = *error;
        return state;
    }
    return ledger::deriveState(genesis, entries);
}

ledger::ReplicaHooks replicaHooks(ledger::LedgerReplica &replica,
                                  std::function<void(const ledger::Entry &, const ledger::Hash &)> onAccepted)
{
    ledger::ReplicaHooks hooks;
    hooks.submit = [&replica, onAccepted = std::move(onAccepted)](const QByteArray &bytes, qint64 receivedAtMs) {
        const ledger::LedgerReplica::BatchResult result = replica.submit(bytes, receivedAtMs);
        ledger::SubmitOutcome outcome;
        if (!result.error.isEmpty()) {
            outcome.verdict.reason = ledger::RejectReason::Malformed;
            outcome.verdict.text = result.error;
            return outcome;
        }
        outcome.verdict = result.results.front().verdict;
        for (const ledger::Hash &hash : result.results.front().accepted) {
            const ledger::DecodeResult decoded = ledger::decode(*replica.entry(hash));
            outcome.accepted.push_back({decoded.entry->participant, decoded.entry->sequence, hash});
            if (onAccepted)
                onAccepted(*decoded.entry, hash);
        }
        return outcome;
    };
    hooks.heads = [&replica]() {
        std::vector<std::pair<ledger::PublicKey, ledger::ChainHead>> out;
        for (const auto &[participant, head] : replica.heads())
            out.emplace_back(participant, head);
        return out;
    };
    hooks.entriesAfter = [&replica](const ledger::PublicKey &participant, std::uint64_t after, int limit) {
        return replica.entriesAfter(participant, after, limit);
    };
    return hooks;
}

QString headsDigest(const ledger::LedgerReplica &replica)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[participant, head] : replica.heads()) {
        hash.addData(participant.view());
        hash.addData(QByteArray::number(qulonglong(head.sequence)));
        hash.addData(head.hash.view());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Recomputation recomputeBalances(const ledger::LedgerReplica &replica, const currency::CommunityConfig &config)
{
    // First pass: what later entries refer to.
    std::map<ledger::PublicKey, std::int64_t> pvPeak;
    std::map<ledger::Hash, ledger::PublicKey> offerSeller, requester;
    std::map<ledger::Hash, std::pair<ledger::PublicKey, ledger::Hash>> acceptance; // buyer, offer
    (void)replica.forEachEntry([&](const ledger::Entry &entry, const ledger::Hash &hash) {
        if (const auto *join = std::get_if<ledger::MembershipJoin>(&entry.payload))
            pvPeak[join->member] = join->pvPeakW;
        else if (std::holds_alternative<ledger::TradeOffer>(entry.payload))
            offerSeller[hash] = entry.participant;
        else if (const auto *a = std::get_if<ledger::TradeAcceptance>(&entry.payload))
            acceptance[hash] = {entry.participant, a->offer};
        else if (std::holds_alternative<ledger::GrantRequest>(entry.payload))
            requester[hash] = entry.participant;
        return true;
    });

    Recomputation r;
    (void)replica.forEachEntry([&](const ledger::Entry &entry, const ledger::Hash &) {
        if (const auto *v = std::get_if<ledger::Validation>(&entry.payload)) {
            if (!v->accepted)
                return true;
            currency::SlotMeterData meter;
            meter.importWh = v->importWh;
            meter.exportWh = v->exportWh;
            meter.pvWh = v->givingEligibleWh;
            meter.fossilWh = v->fossilWh;
            meter.exportByHops = std::array<std::int64_t, currency::kHopCount>{
                v->exportHop0Wh, v->exportHop1Wh, v->exportHop2Wh, v->exportHop3Wh, v->exportHop4Wh};
            if (const auto peak = pvPeak.find(v->member); peak != pvPeak.end())
                meter.pvPeakW = peak->second;
            currency::SlotSignals signal;
            signal.g = int(v->intensityGramsPerKWh);
            signal.s = int(v->stressThousandths);
            signal.r = int(v->renewableThousandths);
            signal.eventLevel = v->eventLevel;
            const currency::SlotSettlement settled = currency::settleSlot(config, signal, meter);
            if (!settled.breakdown)
                return true;
            r.balances[v->member] += settled.breakdown->net().value();
            r.balances[entry.participant] += settled.breakdown->fee.value();
            r.fees += settled.breakdown->fee.value();
        } else if (const auto *t = std::get_if<ledger::TradeSettlement>(&entry.payload)) {
            const auto found = acceptance.find(t->acceptance);
            if (found == acceptance.end())
                return true;
            r.balances[found->second.first] -= t->paymentMilliCredits;
            r.balances[offerSeller[found->second.second]] += t->paymentMilliCredits;
        } else if (const auto *c = std::get_if<ledger::Contribution>(&entry.payload)) {
            if (c->kind != ledger::Contribution::CapitalPurchase)
                r.balances[entry.participant] -= c->amountMilliCredits;
            r.pool += c->amountMilliCredits;
        } else if (const auto *g = std::get_if<ledger::GrantPayment>(&entry.payload)) {
            r.pool -= g->amountMilliCredits;
            r.balances[requester[g->request]] += g->amountMilliCredits;
        }
        return true;
    });
    return r;
}

} // namespace commonwatt::community
