// The distributor's validator as a service's core (currency.md section 6, docs/community-cli.md): it reads
// the entries its replica accepts, opens the claims sealed to it, and once a slot's claim deadline (its end
// + 48 h) has passed, validates every claim of that slot against the revenue meters, with the hop split from
// the feeder meters; then it settles the trades whose slots are all validated. It returns the payloads to
// sign and publish; the caller owns the key's chain, the replica and the broker. Used by commonwatt-community
// validator and simulate.
#pragma once

#include "currency/communityconfig.h"
#include "currency/hopsplit.h"
#include "currency/slotsettlement.h"
#include "ledger/claim.h"
#include "ledger/validator.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace commonwatt::community {

inline constexpr qint64 kClaimDeadlineMs = 48LL * 60 * 60 * 1000;

// What the distributor measures: each revenue meter's and each feeder meter's deltas in a slot, and the
// slot's grid signals.
struct MeterSource
{
    std::function<std::optional<ledger::RevenueMeterDelta>(const QString &meter, qint64 slotStartMs)> household;
    // All customers on the feeder, members or not.
    std::function<std::optional<currency::LevelFlows>(const QString &feeder, qint64 slotStartMs)> feeder;
    std::function<currency::MeasuredSignals(qint64 slotStartMs)> gridSignals;
};

class ClaimValidator
{
public:
    ClaimValidator(currency::CommunityConfig config, const ledger::SecretKey &distributor, MeterSource meters);

    // Every entry the replica accepts, in the order it accepts them (the distributor's own included).
    void noteEntry(const ledger::Entry &entry, const ledger::Hash &hash);

    // What is due at nowMs, in the order to publish: refusals of claims that came after their slot was
    // validated, the validations of every slot whose deadline has passed, then the settlements of trades
    // whose slots are all validated.
    [[nodiscard]] std::vector<ledger::Payload> due(qint64 nowMs);

    [[nodiscard]] std::size_t openClaims() const;
    [[nodiscard]] std::size_t validatedSlots() const { return m_validatedSlots.size(); }
    // Claims it could not open or validate (not sealed to it, no revenue meter reading), with the reason.
    [[nodiscard]] const std::vector<QString> &problems() const { return m_problems; }

private:
    struct OpenedClaim
    {
        ledger::Hash hash;
        ledger::PublicKey member;
        ledger::ClaimContent content;
    };
    struct PendingTrade
    {
        ledger::Hash acceptance;
        ledger::PublicKey seller;
        ledger::PublicKey buyer;
        ledger::TradeOffer offer;
        std::int64_t acceptedWh = 0;
    };

    void validateSlot(qint64 slotStartMs, const std::vector<OpenedClaim> &claims, std::vector<ledger::Payload> &out);
    void settleTrades(qint64 nowMs, std::vector<ledger::Payload> &out);

    currency::CommunityConfig m_config;
    const ledger::SecretKey &m_key;
    MeterSource m_meters;
    qint64 m_slotMs = 0;
    std::map<ledger::PublicKey, ledger::MembershipJoin> m_joins;
    std::map<qint64, std::vector<OpenedClaim>> m_claimsBySlot;
    std::vector<OpenedClaim> m_late;
    std::set<qint64> m_validatedSlots;
    std::set<ledger::Hash> m_seenClaims;
    // Validated import and export per (member, slot) not yet used by a trade (first in, first out).
    std::map<std::pair<ledger::PublicKey, qint64>, std::pair<std::int64_t, std::int64_t>> m_unusedImportExport;
    std::map<ledger::Hash, std::pair<ledger::PublicKey, ledger::TradeOffer>> m_offers;
    struct WaitingAcceptance
    {
        ledger::Hash acceptance;
        ledger::PublicKey buyer;
        std::int64_t energyWh = 0;
    };
    std::multimap<ledger::Hash, WaitingAcceptance> m_acceptancesWaiting; // by the offer they accept
    std::vector<PendingTrade> m_trades;
    std::vector<QString> m_problems;
};

} // namespace commonwatt::community
