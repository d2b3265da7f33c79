#include "state.h"

#include "currency/exact.h"
#include "ledger/claim.h"
#include "ledger/validator.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <limits>
#include <queue>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
constexpr std::int64_t kClaimWindowMs = 48 * kHourMs;        // L10
constexpr std::int64_t kConfigurationDelayMs = 7 * kDayMs;   // L5
constexpr std::int64_t kGrantApprovalWindowMs = 60 * kDayMs; // L21
constexpr std::int64_t kLargeGrantDelayMs = 7 * kDayMs;      // L23
constexpr std::int64_t kMaxLimitW = 1'000'000'000;

struct HashHasher
{
    std::size_t operator()(const Hash &hash) const noexcept
    {
        std::size_t out = 0;
        std::memcpy(&out, hash.bytes.data(), sizeof(out));
        return out;
    }
};

// Why an entry has no effect; thrown inside the per-type rules, caught once per entry.
struct Refuse
{
    RefusalCode code;
    QString text;
};

[[noreturn]] void refuse(RefusalCode code, const QString &text)
{
    throw Refuse{code, text};
}

QString hex(const PublicKey &key)
{
    return key.toHex().left(16);
}

struct ParsedConfiguration
{
    std::optional<ConfigurationRecord> record;
    QString error;
};

// L4: parses, names a distributor, and every steward is a hex Ed25519 key.
ParsedConfiguration parseConfiguration(const QString &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, u"configJson is not a JSON object"_s};
    const currency::ConfigParseResult parsed = currency::parseCommunityConfig(document.object());
    if (!parsed.ok())
        return {std::nullopt, parsed.error};
    ConfigurationRecord record;
    record.config = *parsed.config;
    const auto distributor = PublicKey::fromHex(record.config.distributor.toLatin1());
    if (!distributor)
        return {std::nullopt, u"the configuration names no distributor"_s};
    record.distributor = *distributor;
    for (const QString &steward : record.config.stewards) {
        const auto key = PublicKey::fromHex(steward.toLatin1());
        if (!key)
            return {std::nullopt,
                    u"steward \"%1\" is not an Ed25519 key as 64 hex digits"_s.arg(steward.left(70))};
        record.stewards.insert(*key);
    }
    if (record.stewards.size() < std::size_t(record.config.stewardThreshold))
        return {std::nullopt, u"stewardThreshold %1 is more than the %2 distinct stewards"_s
                                  .arg(record.config.stewardThreshold)
                                  .arg(record.stewards.size())};
    return {std::move(record), {}};
}

class Deriver
{
public:
    Deriver(CommunityState &state)
        : m_state(state)
    {}

    void apply(const HashedEntry &item)
    {
        const Entry &entry = item.entry;
        Known &known = m_known[item.hash];
        known.type = entry.type();
        try {
            if (item.hash == m_state.genesis)
                known.effective = true;
            else {
                std::visit([&](const auto &payload) { rule(entry, item.hash, payload); }, entry.payload);
                known.effective = true;
            }
            ++m_state.effectiveEntries;
        } catch (const Refuse &refusal) {
            known.effective = false;
            m_state.refused.push_back(
                {item.hash, entry.participant, entry.sequence, refusal.code, refusal.text});
        }
    }

    void finish()
    {
        for (const auto &[hash, claim] : m_claims) {
            if (!claim.validated)
                m_state.totals[claim.member].pendingClaims.push_back({hash, claim.slotStartMs});
        }
        for (auto &[key, totals] : m_state.totals) {
            std::sort(totals.pendingClaims.begin(), totals.pendingClaims.end(),
                      [](const PendingClaim &a, const PendingClaim &b) {
                          return std::tie(a.slotStartMs, a.entry) < std::tie(b.slotStartMs, b.entry);
                      });
        }
    }

private:
    struct Known
    {
        EntryType type = EntryType::MeterClaim;
        bool effective = false;
    };
    struct ClaimInfo
    {
        PublicKey member = {};
        std::int64_t slotStartMs = 0;
        bool validated = false;
    };

    // --- shared checks ---

    const ConfigurationRecord &configAt(std::int64_t timeMs) const
    {
        // The genesis is in force from the beginning, so there is always one.
        return *m_state.configurationAt(timeMs);
    }

    void requireDistributor(const Entry &entry) const
    {
        if (entry.participant != configAt(entry.timestampMs).distributor)
            refuse(RefusalCode::NotAllowed, u"a %1 is published by the distributor, not by %2"_s.arg(
                                                entryTypeName(entry.type()), hex(entry.participant)));
    }

    const MemberRecord &requireMember(const Entry &entry) const
    {
        const auto it = m_state.members.find(entry.participant);
        if (it == m_state.members.end())
            refuse(RefusalCode::NotMember, u"%1 is not a member: only members publish a %2"_s.arg(
                                               hex(entry.participant), entryTypeName(entry.type())));
        if (it->second.left)
            refuse(RefusalCode::NotMember,
                   u"%1 has left the community and may no longer publish"_s.arg(hex(entry.participant)));
        return it->second;
    }

    // L3: the referenced entry precedes this one in the canonical order, has the right type and an effect.
    void requireReference(const Hash &target, EntryType type, const char16_t *what) const
    {
        const auto it = m_known.find(target);
        if (it == m_known.end())
            refuse(RefusalCode::UnknownReference, u"references an unknown entry %1 as its %2"_s.arg(
                                                      target.toHex().left(16), QString::fromUtf16(what)));
        if (it->second.type != type)
            refuse(RefusalCode::WrongReference,
                   u"its %1 %2 is a %3, not a %4"_s.arg(QString::fromUtf16(what), target.toHex().left(16),
                                                        entryTypeName(it->second.type), entryTypeName(type)));
        if (!it->second.effective)
            refuse(RefusalCode::WrongReference, u"references a refused entry %1 as its %2"_s.arg(
                                                    target.toHex().left(16), QString::fromUtf16(what)));
    }

    MilliCredits &account(const PublicKey &key) { return m_state.balances[key]; }

    void requireCovered(const PublicKey &payer, MilliCredits amount, const QString &what)
    {
        const MilliCredits balance = m_state.balance(payer);
        if (amount.value() > 0 && balance < amount)
            refuse(RefusalCode::InsufficientBalance,
                   u"%1 of %2 mcr is more than the balance of %3 mcr"_s.arg(what)
                       .arg(amount.value())
                       .arg(balance.value()));
    }

    // --- the rules, one per entry type ---

    void rule(const Entry &entry, const Hash &hash, const MeterClaim &claim)
    {
        requireMember(entry);
        const ConfigurationRecord &config = configAt(claim.slotStartMs);
        const std::int64_t slotMs = config.config.slotSeconds() * 1000;
        if (claim.slotStartMs % slotMs != 0)
            refuse(RefusalCode::BadClaim,
                   u"slotStartMs %1 is not the start of a %2-minute slot"_s.arg(claim.slotStartMs)
                       .arg(config.config.slotMinutes));
        const std::int64_t slotEnd = claim.slotStartMs + slotMs;
        if (entry.timestampMs < slotEnd)
            refuse(RefusalCode::BadClaim,
                   u"published at %1, before its slot ends at %2"_s.arg(entry.timestampMs).arg(slotEnd));
        if (entry.timestampMs > slotEnd + kClaimWindowMs)
            refuse(RefusalCode::BadClaim,
                   u"published at %1, more than 48 h after its slot ended at %2"_s.arg(entry.timestampMs)
                       .arg(slotEnd));
        const SealedClaimDecodeResult sealed = decodeSealedClaim(claim.sealedClaim);
        if (!sealed.boxes)
            refuse(RefusalCode::BadClaim, u"sealedClaim: "_s + sealed.error.toString());
        const PublicKey &validator = configAt(entry.timestampMs).distributor;
        if (std::none_of(sealed.boxes->begin(), sealed.boxes->end(),
                         [&](const SealedBox &box) { return box.recipient == validator; }))
            refuse(RefusalCode::BadClaim, u"sealedClaim: not sealed to the distributor's validator"_s);
        if (!m_claimSlots[entry.participant].insert(claim.slotStartMs).second)
            refuse(RefusalCode::BadClaim, u"a second claim for slot %1"_s.arg(claim.slotStartMs));
        m_claims.emplace(hash, ClaimInfo{entry.participant, claim.slotStartMs, false});
    }

    void rule(const Entry &entry, const Hash &, const Validation &v)
    {
        requireDistributor(entry);
        requireReference(v.claim, EntryType::MeterClaim, u"claim");
        ClaimInfo &claim = m_claims.at(v.claim);
        if (v.member != claim.member)
            refuse(RefusalCode::InconsistentValidation,
                   u"the claim %1 is by %2, not by the member %3"_s.arg(v.claim.toHex().left(16),
                                                                        hex(claim.member), hex(v.member)));
        if (v.slotStartMs != claim.slotStartMs)
            refuse(RefusalCode::InconsistentValidation,
                   u"slotStartMs %1 is not the claim's %2"_s.arg(v.slotStartMs).arg(claim.slotStartMs));
        if (claim.validated)
            refuse(
                RefusalCode::DuplicateValidation,
                u"duplicated validation: the claim %1 is validated already"_s.arg(v.claim.toHex().left(16)));
        const MemberRecord &member = m_state.members.at(claim.member); // a claim's author joined before it
        if (v.feeder != member.join.feeder)
            refuse(RefusalCode::InconsistentValidation,
                   u"feeder \"%1\" is not the member's \"%2\""_s.arg(v.feeder, member.join.feeder));
        MemberTotals &totals = m_state.totals[claim.member];
        if (!v.accepted) {
            claim.validated = true;
            ++totals.refusedClaims;
            return;
        }
        const currency::CommunityConfig &config = configAt(v.slotStartMs).config;
        const MembershipJoin &join = member.join;
        const std::array<std::tuple<const char16_t *, std::int64_t, std::int64_t>, 2> flows{{
            {u"importWh", v.importWh, join.importLimitW},
            {u"exportWh", v.exportWh, join.exportLimitW},
        }};
        for (const auto &[name, wh, limitW] : flows) {
            if (wh < 0 || wh > slotLimitWh(limitW, config.slotMinutes))
                refuse(
                    RefusalCode::InconsistentValidation,
                    u"%1 %2 is beyond the connection's %3 W (%4 Wh per slot)"_s.arg(QString::fromUtf16(name))
                        .arg(wh)
                        .arg(limitW)
                        .arg(slotLimitWh(limitW, config.slotMinutes)));
        }
        const std::int64_t givingCap = std::min(v.exportWh, slotLimitWh(join.pvPeakW, config.slotMinutes));
        if (v.givingEligibleWh < 0 || v.givingEligibleWh > givingCap)
            refuse(RefusalCode::InconsistentValidation,
                   u"givingEligibleWh %1 is beyond min(export %2 Wh, PV peak %3 Wh per slot)"_s
                       .arg(v.givingEligibleWh)
                       .arg(v.exportWh)
                       .arg(slotLimitWh(join.pvPeakW, config.slotMinutes)));
        const std::array<std::int64_t, 5> hops{v.exportHop0Wh, v.exportHop1Wh, v.exportHop2Wh, v.exportHop3Wh,
                                               v.exportHop4Wh};
        std::int64_t hopSum = 0;
        for (const std::int64_t wh : hops) {
            if (wh < 0 || wh > currency::kMaxSlotWh)
                refuse(RefusalCode::InconsistentValidation, u"an export hop of %1 Wh"_s.arg(wh));
            hopSum += wh;
        }
        if (hopSum != v.exportWh)
            refuse(RefusalCode::InconsistentValidation,
                   u"the export by hops adds up to %1 Wh, not the export of %2 Wh"_s.arg(hopSum).arg(
                       v.exportWh));
        const currency::SlotSettlement settled = settleValidation(config, v, join.pvPeakW);
        if (!settled.breakdown)
            refuse(RefusalCode::InconsistentValidation, u"settlement: "_s + settled.error);
        const currency::SlotBreakdown &b = *settled.breakdown;
        if (b.fee.value() != v.feeMilliCredits)
            refuse(
                RefusalCode::InconsistentValidation,
                u"feeMilliCredits %1 is not the recomputed %2"_s.arg(v.feeMilliCredits).arg(b.fee.value()));

        claim.validated = true;
        account(claim.member) += b.net();
        account(configAt(entry.timestampMs).distributor) += b.fee;
        totals.taking += b.taking;
        totals.giving += b.giving;
        totals.fee += b.fee;
        totals.fossil += b.fossil;
        ++totals.validatedClaims;
        totals.validatedSlots.push_back(
            {v.slotStartMs, v.importWh, v.renewableThousandths, b.taking, b.giving, b.fee, b.fossil});
    }

    void rule(const Entry &entry, const Hash &hash, const TradeOffer &offer)
    {
        requireMember(entry);
        if (offer.energyWh <= 0 || offer.priceMilliCreditsPerKWh < 0 ||
            offer.firstSlotMs > offer.lastSlotMs || offer.maxHops > 4)
            refuse(RefusalCode::BadTrade,
                   u"an offer needs energy above 0 Wh, a price of at least 0, firstSlotMs <= lastSlotMs and "
                   u"maxHops 0 to 4"_s);
        m_offers.emplace(hash, m_state.offers.size());
        m_state.offers.push_back({hash, entry.participant, offer, 0});
    }

    void rule(const Entry &entry, const Hash &hash, const TradeAcceptance &acceptance)
    {
        requireMember(entry);
        requireReference(acceptance.offer, EntryType::TradeOffer, u"offer");
        OfferRecord &offer = m_state.offers[m_offers.at(acceptance.offer)];
        if (offer.seller == entry.participant)
            refuse(RefusalCode::BadTrade, u"a member cannot accept their own offer"_s);
        if (acceptance.energyWh <= 0)
            refuse(RefusalCode::BadTrade, u"energyWh must be above 0, not %1"_s.arg(acceptance.energyWh));
        const std::int64_t left = offer.offer.energyWh - offer.acceptedWh;
        if (acceptance.energyWh > left)
            refuse(RefusalCode::OverAccepted,
                   u"trade spent twice: %1 Wh accepted of an offer with %2 Wh left"_s.arg(acceptance.energyWh)
                       .arg(left));
        offer.acceptedWh += acceptance.energyWh;
        m_trades.emplace(hash, m_state.trades.size());
        m_state.trades.push_back({hash,
                                  acceptance.offer,
                                  offer.seller,
                                  entry.participant,
                                  acceptance.energyWh,
                                  offer.offer.firstSlotMs,
                                  false,
                                  0,
                                  {}});
    }

    void rule(const Entry &entry, const Hash &, const TradeSettlement &settlement)
    {
        requireDistributor(entry);
        requireReference(settlement.acceptance, EntryType::TradeAcceptance, u"acceptance");
        TradeRecord &trade = m_state.trades[m_trades.at(settlement.acceptance)];
        if (trade.settled)
            refuse(RefusalCode::BadTrade,
                   u"the acceptance %1 is settled already"_s.arg(trade.acceptance.toHex().left(16)));
        if (settlement.deliveredWh < 0 || settlement.deliveredWh > trade.acceptedWh)
            refuse(RefusalCode::BadTrade,
                   u"deliveredWh %1 is not 0 to the accepted %2 Wh"_s.arg(settlement.deliveredWh)
                       .arg(trade.acceptedWh));
        const OfferRecord &offer = m_state.offers[m_offers.at(trade.offer)];
        const std::int64_t payment = currency::roundHalfEven(
            currency::Int128(settlement.deliveredWh) * offer.offer.priceMilliCreditsPerKWh, 1000);
        if (settlement.paymentMilliCredits != payment)
            refuse(RefusalCode::BadTrade, u"paymentMilliCredits %1 is not %2 Wh at %3 mcr/kWh = %4"_s
                                              .arg(settlement.paymentMilliCredits)
                                              .arg(settlement.deliveredWh)
                                              .arg(offer.offer.priceMilliCreditsPerKWh)
                                              .arg(payment));
        requireCovered(trade.buyer, MilliCredits(payment), u"the buyer's payment"_s);
        account(trade.buyer) -= MilliCredits(payment);
        account(trade.seller) += MilliCredits(payment);
        trade.settled = true;
        trade.deliveredWh = settlement.deliveredWh;
        trade.payment = MilliCredits(payment);
    }

    void rule(const Entry &entry, const Hash &hash, const GridEvent &event)
    {
        requireDistributor(entry);
        if (event.firstSlotMs > event.lastSlotMs)
            refuse(RefusalCode::BadAmount, u"firstSlotMs is after lastSlotMs"_s);
        m_events.emplace(hash, m_state.gridEvents.size());
        m_state.gridEvents.push_back({hash, event, {}});
    }

    void rule(const Entry &entry, const Hash &, const GridEventResponse &response)
    {
        requireMember(entry);
        requireReference(response.event, EntryType::GridEvent, u"event");
        m_state.gridEvents[m_events.at(response.event)].responses[entry.participant] = response.accepted;
    }

    void rule(const Entry &entry, const Hash &, const Contribution &contribution)
    {
        requireMember(entry);
        const MilliCredits amount(contribution.amountMilliCredits);
        if (amount.value() <= 0)
            refuse(RefusalCode::BadAmount,
                   u"amountMilliCredits must be above 0, not %1"_s.arg(amount.value()));
        MemberTotals &totals = m_state.totals[entry.participant];
        switch (contribution.kind) {
        case Contribution::Donation:
        case Contribution::RoundUp:
            requireCovered(entry.participant, amount, u"the contribution"_s);
            account(entry.participant) -= amount;
            totals.donated += amount;
            break;
        case Contribution::CapitalPurchase:
            totals.patron += amount;
            break;
        default:
            refuse(RefusalCode::BadAmount, u"unknown contribution kind %1"_s.arg(contribution.kind));
        }
        m_state.pool.balance += amount;
        m_state.pool.inflows += amount;
    }

    void rule(const Entry &entry, const Hash &hash, const GrantRequest &request)
    {
        requireMember(entry);
        if (request.amountMilliCredits <= 0 || request.moneyMilliUnits < 0)
            refuse(RefusalCode::BadAmount, u"a grant asks for more than 0 mcr and at least 0 money"_s);
        const ConfigurationRecord &config = configAt(entry.timestampMs);
        m_grants.emplace(hash, m_state.grants.size());
        m_state.grants.push_back({hash,
                                  entry.participant,
                                  request,
                                  entry.timestampMs,
                                  config.stewards,
                                  config.config.stewardThreshold,
                                  {},
                                  false});
    }

    // L5 and L21: an approval (or its withdrawal) of a grant request or a configuration.
    void rule(const Entry &entry, const Hash &, const StewardApproval &approval)
    {
        const auto known = m_known.find(approval.subject);
        if (known == m_known.end())
            refuse(RefusalCode::UnknownReference,
                   u"references an unknown entry %1 as its subject"_s.arg(approval.subject.toHex().left(16)));
        if (known->second.type == EntryType::GrantRequest) {
            requireReference(approval.subject, EntryType::GrantRequest, u"subject");
            approveGrant(entry, m_state.grants[m_grants.at(approval.subject)], approval.approved);
        } else if (known->second.type == EntryType::CommunityConfiguration) {
            requireReference(approval.subject, EntryType::CommunityConfiguration, u"subject");
            approveConfiguration(entry, approval);
        } else {
            refuse(RefusalCode::WrongReference,
                   u"an approval's subject is a grant request or a configuration, not a %1"_s.arg(
                       entryTypeName(known->second.type)));
        }
    }

    static void changeApproval(const Entry &entry, bool standing, bool approved)
    {
        if (approved && standing)
            refuse(RefusalCode::BadApproval, u"%1 has approved it already"_s.arg(hex(entry.participant)));
        if (!approved && !standing)
            refuse(RefusalCode::BadApproval,
                   u"%1 has no approval of it to withdraw"_s.arg(hex(entry.participant)));
    }

    void approveGrant(const Entry &entry, GrantRecord &grant, bool approved)
    {
        if (!grant.stewards.contains(entry.participant))
            refuse(RefusalCode::BadApproval,
                   u"%1 is not a steward of the configuration in force at the request"_s.arg(
                       hex(entry.participant)));
        if (grant.paid)
            refuse(RefusalCode::BadApproval, u"the grant is paid already"_s);
        if (entry.participant == grant.requester)
            refuse(RefusalCode::SelfApproval,
                   u"self-approval: a steward approving their own grant request"_s);
        const auto steward = m_state.members.find(entry.participant);
        const auto requester = m_state.members.find(grant.requester);
        if (steward != m_state.members.end() && requester != m_state.members.end() &&
            steward->second.join.dwelling == requester->second.join.dwelling)
            refuse(RefusalCode::SelfApproval,
                   u"self-approval: the steward lives in the requester's dwelling \"%1\""_s.arg(
                       requester->second.join.dwelling));
        if (entry.timestampMs > grant.requestedAtMs + kGrantApprovalWindowMs)
            refuse(RefusalCode::BadApproval, u"more than 60 days after the request"_s);
        const bool standing = grant.approvals.contains(entry.participant);
        changeApproval(entry, standing, approved);
        if (approved)
            grant.approvals[entry.participant] = entry.timestampMs;
        else
            grant.approvals.erase(entry.participant);
    }

    void approveConfiguration(const Entry &entry, const StewardApproval &approval)
    {
        const auto index = m_proposals.find(approval.subject);
        if (index == m_proposals.end())
            refuse(RefusalCode::BadApproval, u"the genesis needs no approval"_s);
        ConfigurationRecord &proposal = m_state.configurations[index->second];
        if (proposal.adopted)
            refuse(RefusalCode::BadApproval, u"the configuration is adopted already"_s);
        const std::set<PublicKey> &stewards = m_proposalStewards.at(approval.subject);
        if (!stewards.contains(entry.participant))
            refuse(RefusalCode::BadApproval,
                   u"%1 is not a steward of the configuration in force at the proposal"_s.arg(
                       hex(entry.participant)));
        changeApproval(entry, proposal.approvers.contains(entry.participant), approval.approved);
        if (!approval.approved) {
            proposal.approvers.erase(entry.participant);
            return;
        }
        proposal.approvers.insert(entry.participant);
        if (proposal.approvers.size() >= m_proposalThreshold.at(approval.subject)) {
            proposal.adopted = true;
            proposal.effectiveFromMs =
                std::max(proposal.effectiveFromMs, entry.timestampMs + kConfigurationDelayMs);
        }
    }

    void rule(const Entry &entry, const Hash &, const GrantPayment &payment)
    {
        requireMember(entry);
        requireReference(payment.request, EntryType::GrantRequest, u"request");
        GrantRecord &grant = m_state.grants[m_grants.at(payment.request)];
        if (grant.paid)
            refuse(RefusalCode::PaidTwice,
                   u"paid twice: the grant %1 is paid already"_s.arg(grant.request.toHex().left(16)));
        if (payment.amountMilliCredits != grant.details.amountMilliCredits)
            refuse(RefusalCode::BadAmount,
                   u"a grant is paid in full: %1 mcr, not %2"_s.arg(grant.details.amountMilliCredits)
                       .arg(payment.amountMilliCredits));
        const MilliCredits amount(payment.amountMilliCredits);
        const bool large =
            currency::Int128(amount.value()) * 10 > currency::Int128(m_state.pool.balance.value());
        const std::size_t needed = std::size_t(grant.threshold) + (large ? 1 : 0);
        if (grant.approvals.size() < needed)
            refuse(
                RefusalCode::GrantWithoutApprovals,
                u"grant without its approvals: %1 of the %2 stewards needed%3"_s.arg(grant.approvals.size())
                    .arg(needed)
                    .arg(large ? u" (more than 10% of the pool)"_s : QString()));
        if (large) {
            std::int64_t last = 0;
            for (const auto &[steward, at] : grant.approvals)
                last = std::max(last, at);
            if (entry.timestampMs < last + kLargeGrantDelayMs)
                refuse(
                    RefusalCode::GrantWithoutApprovals,
                    u"grant without its approvals: more than 10% of the pool waits 7 days after the last approval"_s);
        }
        if (m_state.pool.balance < amount)
            refuse(RefusalCode::PoolCannotCover,
                   u"the pool's %1 mcr do not cover the grant of %2 mcr"_s.arg(m_state.pool.balance.value())
                       .arg(amount.value()));
        m_state.pool.balance -= amount;
        m_state.pool.outflows += amount;
        account(grant.requester) += amount;
        grant.paid = true;
    }

    void rule(const Entry &entry, const Hash &hash, const CommunityConfiguration &configuration)
    {
        const ConfigurationRecord &inForce = configAt(entry.timestampMs);
        if (!inForce.stewards.contains(entry.participant))
            refuse(RefusalCode::NotAllowed,
                   u"a configuration is published by a steward, not by %1"_s.arg(hex(entry.participant)));
        ParsedConfiguration parsed = parseConfiguration(configuration.configJson);
        if (!parsed.record)
            refuse(RefusalCode::BadConfiguration, parsed.error);
        ConfigurationRecord &record = *parsed.record;
        record.entry = hash;
        record.author = entry.participant;
        record.approvers = {entry.participant};
        record.effectiveFromMs = configuration.effectiveFromSlotMs;
        m_proposals.emplace(hash, m_state.configurations.size());
        m_proposalStewards.emplace(hash, inForce.stewards);
        m_proposalThreshold.emplace(hash, std::size_t(inForce.config.stewardThreshold));
        m_state.configurations.push_back(std::move(record));
    }

    void rule(const Entry &entry, const Hash &hash, const MembershipJoin &join)
    {
        requireDistributor(entry);
        if (join.member == entry.participant)
            refuse(RefusalCode::BadJoin, u"the distributor cannot be a member"_s);
        for (const std::int64_t w : {join.importLimitW, join.exportLimitW, join.pvPeakW}) {
            if (w < 0 || w > kMaxLimitW)
                refuse(RefusalCode::BadJoin,
                       u"limits and PV peak must be 0 to %1 W, not %2"_s.arg(kMaxLimitW).arg(w));
        }
        const DeclaredDevicesResult devices = parseDeclaredDevices(join.devicesJson);
        if (!devices.devices)
            refuse(RefusalCode::BadJoin, devices.error);
        m_state.members[join.member] = MemberRecord{join, hash, false};
        m_state.totals[join.member];
        account(join.member);
    }

    void rule(const Entry &entry, const Hash &, const MembershipLeave &leave)
    {
        const bool byDistributor = entry.participant == configAt(entry.timestampMs).distributor;
        if (!byDistributor && entry.participant != leave.member)
            refuse(RefusalCode::NotAllowed, u"a leave is published by the member or the distributor"_s);
        const auto it = m_state.members.find(leave.member);
        if (it == m_state.members.end() || it->second.left)
            refuse(RefusalCode::NotMember, u"%1 is not a member"_s.arg(hex(leave.member)));
        it->second.left = true;
    }

    CommunityState &m_state;
    std::unordered_map<Hash, Known, HashHasher> m_known;
    std::unordered_map<Hash, ClaimInfo, HashHasher> m_claims;
    std::map<PublicKey, std::unordered_set<std::int64_t>> m_claimSlots;
    std::unordered_map<Hash, std::size_t, HashHasher> m_offers;
    std::unordered_map<Hash, std::size_t, HashHasher> m_trades;
    std::unordered_map<Hash, std::size_t, HashHasher> m_grants;
    std::unordered_map<Hash, std::size_t, HashHasher> m_events;
    std::unordered_map<Hash, std::size_t, HashHasher> m_proposals;
    std::unordered_map<Hash, std::set<PublicKey>, HashHasher> m_proposalStewards;
    std::unordered_map<Hash, std::size_t, HashHasher> m_proposalThreshold;
};

// L2: each participant's entries, linked from sequence 1; what does not link is refused.
struct Chain
{
    std::vector<const HashedEntry *> entries;
    std::size_t next = 0;
};

void appendI64(QByteArray &out, std::int64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(static_cast<char>((static_cast<std::uint64_t>(value) >> shift) & 0xff));
}

} // namespace

QString refusalCodeName(RefusalCode code)
{
    switch (code) {
    case RefusalCode::NotInChain:
        return u"not-in-chain"_s;
    case RefusalCode::UnknownReference:
        return u"unknown-reference"_s;
    case RefusalCode::WrongReference:
        return u"wrong-reference"_s;
    case RefusalCode::NotAllowed:
        return u"not-allowed"_s;
    case RefusalCode::NotMember:
        return u"not-member"_s;
    case RefusalCode::BadConfiguration:
        return u"bad-configuration"_s;
    case RefusalCode::BadJoin:
        return u"bad-join"_s;
    case RefusalCode::BadClaim:
        return u"bad-claim"_s;
    case RefusalCode::DuplicateValidation:
        return u"duplicate-validation"_s;
    case RefusalCode::InconsistentValidation:
        return u"inconsistent-validation"_s;
    case RefusalCode::BadTrade:
        return u"bad-trade"_s;
    case RefusalCode::OverAccepted:
        return u"over-accepted"_s;
    case RefusalCode::InsufficientBalance:
        return u"insufficient-balance"_s;
    case RefusalCode::BadAmount:
        return u"bad-amount"_s;
    case RefusalCode::BadApproval:
        return u"bad-approval"_s;
    case RefusalCode::SelfApproval:
        return u"self-approval"_s;
    case RefusalCode::GrantWithoutApprovals:
        return u"grant-without-approvals"_s;
    case RefusalCode::PaidTwice:
        return u"paid-twice"_s;
    case RefusalCode::PoolCannotCover:
        return u"pool-cannot-cover"_s;
    }
    return u"unknown"_s;
}

const ConfigurationRecord *CommunityState::configurationAt(std::int64_t timeMs) const
{
    for (auto it = configurations.rbegin(); it != configurations.rend(); ++it) {
        if (it->adopted && it->effectiveFromMs <= timeMs)
            return &*it;
    }
    return configurations.empty() ? nullptr : &configurations.front();
}

MilliCredits CommunityState::balance(const PublicKey &account) const
{
    const auto it = balances.find(account);
    return it == balances.end() ? MilliCredits() : it->second;
}

bool CommunityState::isMember(const PublicKey &key) const
{
    const auto it = members.find(key);
    return it != members.end() && !it->second.left;
}

const Refusal *CommunityState::refusalOf(const Hash &entry) const
{
    const auto it =
        std::find_if(refused.begin(), refused.end(), [&](const Refusal &r) { return r.entry == entry; });
    return it == refused.end() ? nullptr : &*it;
}

currency::ReputationInputs CommunityState::reputationInputs(const PublicKey &member, std::int64_t fromMs,
                                                            std::int64_t toMs,
                                                            std::int64_t cleanShareMillionths) const
{
    currency::ReputationInputs in;
    in.cleanShare = cleanShareMillionths;
    const auto totalsIt = totals.find(member);
    if (totalsIt == totals.end())
        return in;
    currency::Int128 importR = 0;
    std::int64_t imported = 0;
    for (const ValidatedSlot &slot : totalsIt->second.validatedSlots) {
        if (slot.slotStartMs < fromMs || slot.slotStartMs >= toMs)
            continue;
        in.taking += slot.taking + slot.fossil;
        in.giving += slot.giving;
        importR += currency::Int128(slot.importWh) * slot.renewableThousandths;
        imported += slot.importWh;
    }
    // R: the import-weighted mean r, thousandths to millionths; 0 without import (L27).
    if (imported > 0)
        in.regionRenewable = currency::roundHalfEven(importR * 1000, imported);
    for (const TradeRecord &trade : trades) {
        if (trade.seller != member || !trade.settled || trade.firstSlotMs < fromMs ||
            trade.firstSlotMs >= toMs)
            continue;
        in.committedWh += trade.acceptedWh;
        in.deliveredCappedWh += std::min(trade.deliveredWh, trade.acceptedWh);
    }
    return in;
}

Hash CommunityState::stateDigest() const
{
    QByteArray out("commonwatt-state/1");
    out.append('\0');
    out.append(genesis.view());
    out.append(error.toUtf8());
    out.append('\0');
    appendI64(out, std::int64_t(balances.size()));
    for (const auto &[key, balance] : balances) {
        out.append(key.view());
        appendI64(out, balance.value());
    }
    appendI64(out, pool.balance.value());
    appendI64(out, pool.inflows.value());
    appendI64(out, pool.outflows.value());
    appendI64(out, std::int64_t(members.size()));
    for (const auto &[key, member] : members) {
        out.append(key.view());
        out.append(member.joinEntry.view());
        out.append(member.left ? '\1' : '\0');
    }
    appendI64(out, std::int64_t(totals.size()));
    for (const auto &[key, t] : totals) {
        out.append(key.view());
        for (const MilliCredits v : {t.taking, t.giving, t.fee, t.fossil, t.donated, t.patron})
            appendI64(out, v.value());
        appendI64(out, t.validatedClaims);
        appendI64(out, t.refusedClaims);
        appendI64(out, std::int64_t(t.pendingClaims.size()));
        for (const PendingClaim &pending : t.pendingClaims)
            out.append(pending.entry.view());
    }
    appendI64(out, std::int64_t(configurations.size()));
    for (const ConfigurationRecord &c : configurations) {
        out.append(c.entry.view());
        out.append(c.adopted ? '\1' : '\0');
        appendI64(out, c.effectiveFromMs);
    }
    appendI64(out, std::int64_t(trades.size()));
    for (const TradeRecord &t : trades) {
        out.append(t.acceptance.view());
        out.append(t.settled ? '\1' : '\0');
        appendI64(out, t.deliveredWh);
        appendI64(out, t.payment.value());
    }
    appendI64(out, std::int64_t(grants.size()));
    for (const GrantRecord &g : grants) {
        out.append(g.request.view());
        out.append(g.paid ? '\1' : '\0');
        appendI64(out, std::int64_t(g.approvals.size()));
    }
    appendI64(out, std::int64_t(refused.size()));
    for (const Refusal &r : refused) {
        out.append(r.entry.view());
        out.append(static_cast<char>(r.code));
    }
    return sha256(out);
}

CommunityState deriveState(const Hash &genesis, std::span<const HashedEntry> entries)
{
    CommunityState state;
    state.genesis = genesis;

    // L1: a set. The same entry twice is one entry.
    std::vector<const HashedEntry *> unique;
    unique.reserve(entries.size());
    for (const HashedEntry &item : entries)
        unique.push_back(&item);
    std::sort(unique.begin(), unique.end(), [](const HashedEntry *a, const HashedEntry *b) {
        return std::tie(a->entry.participant, a->entry.sequence, a->hash) <
               std::tie(b->entry.participant, b->entry.sequence, b->hash);
    });
    unique.erase(std::unique(unique.begin(), unique.end(),
                             [](const HashedEntry *a, const HashedEntry *b) { return a->hash == b->hash; }),
                 unique.end());

    // L4: the genesis.
    const auto genesisIt = std::find_if(unique.begin(), unique.end(),
                                        [&](const HashedEntry *item) { return item->hash == genesis; });
    if (genesisIt == unique.end()) {
        state.error = u"the genesis entry %1 is not among the entries"_s.arg(genesis.toHex());
        return state;
    }
    const Entry &genesisEntry = (*genesisIt)->entry;
    const auto *genesisPayload = std::get_if<CommunityConfiguration>(&genesisEntry.payload);
    if (!genesisPayload) {
        state.error = u"the genesis entry is a %1, not a community configuration"_s.arg(
            entryTypeName(genesisEntry.type()));
        return state;
    }
    ParsedConfiguration parsed = parseConfiguration(genesisPayload->configJson);
    if (!parsed.record) {
        state.error = u"the genesis configuration: "_s + parsed.error;
        return state;
    }
    if (!parsed.record->stewards.contains(genesisEntry.participant)) {
        state.error =
            u"the genesis is signed by %1, not by one of its stewards"_s.arg(hex(genesisEntry.participant));
        return state;
    }
    parsed.record->entry = genesis;
    parsed.record->author = genesisEntry.participant;
    parsed.record->approvers = {genesisEntry.participant};
    parsed.record->adopted = true;
    parsed.record->effectiveFromMs = std::numeric_limits<std::int64_t>::min();
    state.configurations.push_back(std::move(*parsed.record));

    // L2: chains, linked from sequence 1.
    std::vector<Chain> chains;
    std::vector<const HashedEntry *> unlinked;
    for (std::size_t i = 0; i < unique.size();) {
        std::size_t end = i;
        while (end < unique.size() && unique[end]->entry.participant == unique[i]->entry.participant)
            ++end;
        Chain chain;
        bool broken = false;
        for (std::size_t k = i; k < end; ++k) {
            const HashedEntry *item = unique[k];
            const Entry &e = item->entry;
            broken = broken || e.sequence != chain.entries.size() + 1 ||
                     e.previous != (chain.entries.empty() ? Hash() : chain.entries.back()->hash);
            if (broken)
                unlinked.push_back(item);
            else
                chain.entries.push_back(item);
        }
        if (!chain.entries.empty())
            chains.push_back(std::move(chain));
        i = end;
    }

    // L2: the canonical order, a k-way merge by (timestampMs, participant, sequence) of the chains' heads.
    const auto later = [&chains](std::size_t a, std::size_t b) {
        const Entry &x = chains[a].entries[chains[a].next]->entry;
        const Entry &y = chains[b].entries[chains[b].next]->entry;
        return std::tie(x.timestampMs, x.participant, x.sequence) >
               std::tie(y.timestampMs, y.participant, y.sequence);
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heads(later);
    for (std::size_t c = 0; c < chains.size(); ++c)
        heads.push(c);
    Deriver deriver(state);
    while (!heads.empty()) {
        const std::size_t c = heads.top();
        heads.pop();
        const HashedEntry *item = chains[c].entries[chains[c].next++];
        state.asOfMs = std::max(state.asOfMs, item->entry.timestampMs);
        deriver.apply(*item);
        if (chains[c].next < chains[c].entries.size())
            heads.push(c);
    }
    deriver.finish();
    for (const HashedEntry *item : unlinked)
        state.refused.push_back({item->hash, item->entry.participant, item->entry.sequence,
                                 RefusalCode::NotInChain,
                                 u"not linked to its participant's chain from sequence 1"_s});
    return state;
}

} // namespace commonwatt::ledger
