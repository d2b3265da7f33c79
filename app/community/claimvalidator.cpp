#include "claimvalidator.h"

#include "currency/exact.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

ClaimValidator::ClaimValidator(currency::CommunityConfig config, const ledger::SecretKey &distributor,
                               MeterSource meters)
    : m_config(std::move(config))
    , m_key(distributor)
    , m_meters(std::move(meters))
    , m_slotMs(m_config.slotSeconds() * 1000)
{}

std::size_t ClaimValidator::openClaims() const
{
    std::size_t count = 0;
    for (const auto &[slot, claims] : m_claimsBySlot)
        count += claims.size();
    return count;
}

void ClaimValidator::noteEntry(const ledger::Entry &entry, const ledger::Hash &hash)
{
    const bool own = entry.participant == m_key.publicKey();
    if (const auto *join = std::get_if<ledger::MembershipJoin>(&entry.payload)) {
        if (own)
            m_joins[join->member] = *join;
    } else if (const auto *claim = std::get_if<ledger::MeterClaim>(&entry.payload)) {
        if (!m_joins.contains(entry.participant) || !m_seenClaims.insert(hash).second)
            return;
        if (m_validatedSlots.contains(claim->slotStartMs)) {
            OpenedClaim late{hash, entry.participant, {}};
            late.content.slotStartMs = claim->slotStartMs;
            m_late.push_back(std::move(late));
            return;
        }
        ledger::OpenResult opened = ledger::openMeterClaim(*claim, m_key);
        if (!opened.content) {
            m_problems.push_back(u"claim %1 of %2: %3"_s.arg(hash.toHex().left(16),
                                                            entry.participant.toHex().left(16), opened.error));
            return;
        }
        m_claimsBySlot[claim->slotStartMs].push_back({hash, entry.participant, std::move(*opened.content)});
    } else if (const auto *validation = std::get_if<ledger::Validation>(&entry.payload)) {
        if (!own)
            return;
        // Restarting on an existing replica: what this validator already did.
        m_seenClaims.insert(validation->claim);
        m_validatedSlots.insert(validation->slotStartMs);
        auto slot = m_claimsBySlot.find(validation->slotStartMs);
        if (slot != m_claimsBySlot.end()) {
            std::erase_if(slot->second, [&](const OpenedClaim &c) { return c.hash == validation->claim; });
            if (slot->second.empty())
                m_claimsBySlot.erase(slot);
        }
        // (When due() made it, it is there already, maybe partly used by a trade: keep that.)
        if (validation->accepted)
            m_unusedImportExport.try_emplace({validation->member, validation->slotStartMs}, validation->importWh,
                                             validation->exportWh);
    } else if (const auto *offer = std::get_if<ledger::TradeOffer>(&entry.payload)) {
        m_offers[hash] = {entry.participant, *offer};
        // Acceptances can arrive before their offer: entries of different participants have no order on the
        // way.
        auto waiting = m_acceptancesWaiting.equal_range(hash);
        for (auto it = waiting.first; it != waiting.second; ++it) {
            if (it->second.buyer != entry.participant)
                m_trades.push_back({it->second.acceptance, entry.participant, it->second.buyer, *offer,
                                    it->second.energyWh});
        }
        m_acceptancesWaiting.erase(waiting.first, waiting.second);
    } else if (const auto *acceptance = std::get_if<ledger::TradeAcceptance>(&entry.payload)) {
        const auto found = m_offers.find(acceptance->offer);
        if (found == m_offers.end()) {
            m_acceptancesWaiting.insert({acceptance->offer, {hash, entry.participant, acceptance->energyWh}});
            return;
        }
        if (found->second.first == entry.participant)
            return;
        m_trades.push_back({hash, found->second.first, entry.participant, found->second.second, acceptance->energyWh});
    } else if (const auto *settlement = std::get_if<ledger::TradeSettlement>(&entry.payload)) {
        if (own)
            std::erase_if(m_trades, [&](const PendingTrade &t) { return t.acceptance == settlement->acceptance; });
    }
}

std::vector<ledger::Payload> ClaimValidator::due(qint64 nowMs)
{
    std::vector<ledger::Payload> out;
    for (const OpenedClaim &late : std::exchange(m_late, {})) {
        ledger::Validation refusal;
        refusal.claim = late.hash;
        refusal.member = late.member;
        refusal.feeder = m_joins.at(late.member).feeder;
        refusal.slotStartMs = late.content.slotStartMs;
        refusal.accepted = false;
        refusal.reason = u"arrived after its slot was validated, 48 h after the slot's end"_s;
        out.emplace_back(std::move(refusal));
    }
    while (!m_claimsBySlot.empty()) {
        const auto first = m_claimsBySlot.begin();
        if (first->first + m_slotMs + kClaimDeadlineMs > nowMs)
            break;
        validateSlot(first->first, first->second, out);
        m_validatedSlots.insert(first->first);
        m_claimsBySlot.erase(first);
    }
    settleTrades(nowMs, out);
    return out;
}

void ClaimValidator::validateSlot(qint64 slotStartMs, const std::vector<OpenedClaim> &claims,
                                  std::vector<ledger::Payload> &out)
{
    // The feeders, substations and region as the distributor's own meters see them.
    std::map<QString, currency::LevelFlows> feeders;
    std::map<QString, QString> substationOf;
    for (const auto &[member, join] : m_joins) {
        substationOf[join.feeder] = join.substation;
        if (!feeders.contains(join.feeder)) {
            if (const auto flows = m_meters.feeder(join.feeder, slotStartMs))
                feeders[join.feeder] = *flows;
        }
    }
    std::map<QString, std::vector<currency::LevelFlows>> children;
    for (const auto &[feeder, flows] : feeders)
        children[substationOf[feeder]].push_back(flows);
    std::map<QString, currency::LevelFlows> substations;
    std::vector<currency::LevelFlows> substationFlows;
    for (const auto &[substation, list] : children) {
        substations[substation] = currency::crossing(list);
        substationFlows.push_back(substations[substation]);
    }
    const currency::LevelFlows region = currency::crossing(substationFlows);
    const currency::MeasuredSignals measured = m_meters.gridSignals(slotStartMs);

    for (const OpenedClaim &claim : claims) {
        const ledger::MembershipJoin &join = m_joins.at(claim.member);
        const auto meter = m_meters.household(join.meter, slotStartMs);
        ledger::Validation validation;
        if (!meter) {
            validation.claim = claim.hash;
            validation.member = claim.member;
            validation.feeder = join.feeder;
            validation.slotStartMs = slotStartMs;
            validation.reason = u"the revenue meter %1 has no reading for the slot"_s.arg(join.meter);
        } else {
            validation = ledger::validateClaim(
                m_config, join, claim.hash, claim.content, *meter,
                ledger::GridLevelFlows{feeders[join.feeder], substations[join.substation], region}, measured);
        }
        if (validation.accepted)
            m_unusedImportExport[{claim.member, slotStartMs}] = {validation.importWh, validation.exportWh};
        out.emplace_back(std::move(validation));
    }
}

void ClaimValidator::settleTrades(qint64 nowMs, std::vector<ledger::Payload> &out)
{
    // In acceptance order: the first trade over a slot takes the export and import it finds (first in,
    // first out, currency.md section 7).
    for (auto it = m_trades.begin(); it != m_trades.end();) {
        const ledger::TradeOffer &offer = it->offer;
        // Every slot of the offer is past its deadline, and so validated (a slot nobody claimed included).
        const bool ready = offer.lastSlotMs + m_slotMs + kClaimDeadlineMs <= nowMs &&
                           (m_claimsBySlot.empty() || m_claimsBySlot.begin()->first > offer.lastSlotMs);
        if (!ready) {
            ++it;
            continue;
        }
        std::int64_t left = it->acceptedWh;
        std::int64_t delivered = 0;
        for (qint64 slot = offer.firstSlotMs; slot <= offer.lastSlotMs && left > 0; slot += m_slotMs) {
            auto seller = m_unusedImportExport.find({it->seller, slot});
            auto buyer = m_unusedImportExport.find({it->buyer, slot});
            if (seller == m_unusedImportExport.end() || buyer == m_unusedImportExport.end())
                continue;
            const std::int64_t here = std::min({left, seller->second.second, buyer->second.first});
            seller->second.second -= here;
            buyer->second.first -= here;
            delivered += here;
            left -= here;
        }
        const std::int64_t payment =
            currency::roundHalfEven(currency::Int128(delivered) * offer.priceMilliCreditsPerKWh, 1000);
        out.emplace_back(ledger::TradeSettlement{it->acceptance, delivered, payment});
        it = m_trades.erase(it);
    }
}

} // namespace commonwatt::community
