// The typed payload of each ledger entry type (docs/ledger-encoding.md, "Payloads"). Amounts are integers:
// energy in Wh, credits in milli-credits, money in milli-units (currency.md section 1); times are Unix
// milliseconds, slots named by their start. Each struct lists its fields once, in fields(), with the tag
// and name that the encoder writes, the decoder expects in that order, and errors name.
#pragma once

#include "ledger/crypto.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace commonwatt::ledger {

// A household's claim for one slot, sealed to the validator and the stewards; the public ledger carries the
// sealed box and its hash, never the readings (currency.md section 6).
struct MeterClaim
{
    std::int64_t slotStartMs = 0;
    Hash sealedClaimHash = {};
    QByteArray sealedClaim = {};

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "slotStartMs", self.slotStartMs);
        v(2, "sealedClaimHash", self.sealedClaimHash);
        v(3, "sealedClaim", self.sealedClaim);
    }
    friend bool operator==(const MeterClaim &, const MeterClaim &) = default;
};

// The distributor's verdict on one claim, with what any replica needs to recompute the claim's credits and
// fees (currency.md sections 3, 4 and 6): the revenue meter's deltas, the export that may count as giving
// (capped by the metered PV and the registered peak, read from the sealed claim), the hop split and the
// slot's settled signals (g in g/kWh, s and r in thousandths, the event LEVEL). A refused claim says why.
struct Validation
{
    Hash claim = {};
    PublicKey member = {};
    QString feeder = {};
    std::int64_t slotStartMs = 0;
    std::int64_t importWh = 0;
    std::int64_t exportWh = 0;
    bool accepted = false;
    QString reason = {}; // why the claim was refused; empty when accepted
    std::int64_t givingEligibleWh = 0;
    std::int64_t fossilWh = 0;
    std::int64_t exportHop0Wh = 0; // same feeder
    std::int64_t exportHop1Wh = 0; // same primary substation
    std::int64_t exportHop2Wh = 0; // same region
    std::int64_t exportHop3Wh = 0; // national
    std::int64_t exportHop4Wh = 0; // cross-border
    std::int64_t feeMilliCredits = 0;
    std::int64_t intensityGramsPerKWh = 0;
    std::int64_t stressThousandths = 0;
    std::int64_t renewableThousandths = 0;
    std::uint8_t eventLevel = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "claim", self.claim);
        v(2, "member", self.member);
        v(3, "feeder", self.feeder);
        v(4, "slotStartMs", self.slotStartMs);
        v(5, "importWh", self.importWh);
        v(6, "exportWh", self.exportWh);
        v(7, "accepted", self.accepted);
        v(8, "reason", self.reason);
        v(9, "givingEligibleWh", self.givingEligibleWh);
        v(10, "fossilWh", self.fossilWh);
        v(11, "exportHop0Wh", self.exportHop0Wh);
        v(12, "exportHop1Wh", self.exportHop1Wh);
        v(13, "exportHop2Wh", self.exportHop2Wh);
        v(14, "exportHop3Wh", self.exportHop3Wh);
        v(15, "exportHop4Wh", self.exportHop4Wh);
        v(16, "feeMilliCredits", self.feeMilliCredits);
        v(17, "intensityGramsPerKWh", self.intensityGramsPerKWh);
        v(18, "stressThousandths", self.stressThousandths);
        v(19, "renewableThousandths", self.renewableThousandths);
        v(20, "eventLevel", self.eventLevel);
    }
    friend bool operator==(const Validation &, const Validation &) = default;
};

struct TradeOffer
{
    std::int64_t firstSlotMs = 0;
    std::int64_t lastSlotMs = 0;
    std::int64_t energyWh = 0;
    std::int64_t priceMilliCreditsPerKWh = 0;
    std::uint8_t maxHops = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "firstSlotMs", self.firstSlotMs);
        v(2, "lastSlotMs", self.lastSlotMs);
        v(3, "energyWh", self.energyWh);
        v(4, "priceMilliCreditsPerKWh", self.priceMilliCreditsPerKWh);
        v(5, "maxHops", self.maxHops);
    }
    friend bool operator==(const TradeOffer &, const TradeOffer &) = default;
};

struct TradeAcceptance
{
    Hash offer = {};
    std::int64_t energyWh = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "offer", self.offer);
        v(2, "energyWh", self.energyWh);
    }
    friend bool operator==(const TradeAcceptance &, const TradeAcceptance &) = default;
};

struct TradeSettlement
{
    Hash acceptance = {};
    std::int64_t deliveredWh = 0;
    std::int64_t paymentMilliCredits = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "acceptance", self.acceptance);
        v(2, "deliveredWh", self.deliveredWh);
        v(3, "paymentMilliCredits", self.paymentMilliCredits);
    }
    friend bool operator==(const TradeSettlement &, const TradeSettlement &) = default;
};

struct GridEvent
{
    QString eventId = {};
    QString region = {};
    std::int64_t firstSlotMs = 0;
    std::int64_t lastSlotMs = 0;
    std::int64_t rateMilliCreditsPerKWh = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "eventId", self.eventId);
        v(2, "region", self.region);
        v(3, "firstSlotMs", self.firstSlotMs);
        v(4, "lastSlotMs", self.lastSlotMs);
        v(5, "rateMilliCreditsPerKWh", self.rateMilliCreditsPerKWh);
    }
    friend bool operator==(const GridEvent &, const GridEvent &) = default;
};

struct GridEventResponse
{
    Hash event = {};
    bool accepted = false;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "event", self.event);
        v(2, "accepted", self.accepted);
    }
    friend bool operator==(const GridEventResponse &, const GridEventResponse &) = default;
};

// An inflow to the subsidy pool (currency.md section 10).
struct Contribution
{
    enum Kind : std::uint8_t
    {
        Donation = 1,
        RoundUp = 2,
        CapitalPurchase = 3
    };
    std::uint8_t kind = Donation;
    std::int64_t amountMilliCredits = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "kind", self.kind);
        v(2, "amountMilliCredits", self.amountMilliCredits);
    }
    friend bool operator==(const Contribution &, const Contribution &) = default;
};

struct GrantRequest
{
    QString purpose = {};
    std::int64_t amountMilliCredits = 0;
    std::int64_t moneyMilliUnits = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "purpose", self.purpose);
        v(2, "amountMilliCredits", self.amountMilliCredits);
        v(3, "moneyMilliUnits", self.moneyMilliUnits);
    }
    friend bool operator==(const GrantRequest &, const GrantRequest &) = default;
};

// One steward's approval of another entry (a grant request, a configuration, an "in need" flag), or its
// withdrawal: k of n of these make the subject effective.
struct StewardApproval
{
    Hash subject = {};
    bool approved = false; // false: an earlier approval withdrawn

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "subject", self.subject);
        v(2, "approved", self.approved);
    }
    friend bool operator==(const StewardApproval &, const StewardApproval &) = default;
};

struct GrantPayment
{
    Hash request = {};
    std::int64_t amountMilliCredits = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "request", self.request);
        v(2, "amountMilliCredits", self.amountMilliCredits);
    }
    friend bool operator==(const GrantPayment &, const GrantPayment &) = default;
};

// The commonwatt-community-config/1 JSON object (currency.md section 12) as its exact UTF-8 bytes: the
// signature covers those bytes, so replicas never need to agree on a JSON re-serialisation.
struct CommunityConfiguration
{
    QString configJson = {};
    std::int64_t effectiveFromSlotMs = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "configJson", self.configJson);
        v(2, "effectiveFromSlotMs", self.effectiveFromSlotMs);
    }
    friend bool operator==(const CommunityConfiguration &, const CommunityConfiguration &) = default;
};

// Published by the distributor (currency.md section 6): binds a member's key to one dwelling and its revenue
// meter, with the meter's place in the grid, the connection limits, the registered PV peak and the declared
// devices (a JSON array, its exact bytes: [{"id", "kind", "powerW", "capacityWh"}]). A claim beyond these is
// refused. A topology change is a new join for the same member.
struct MembershipJoin
{
    PublicKey member = {};
    QString dwelling = {};
    QString meter = {};
    QString feeder = {};
    QString substation = {};
    QString region = {};
    std::int64_t importLimitW = 0;
    std::int64_t exportLimitW = 0;
    std::int64_t pvPeakW = 0;
    QString devicesJson = {};

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "member", self.member);
        v(2, "dwelling", self.dwelling);
        v(3, "meter", self.meter);
        v(4, "feeder", self.feeder);
        v(5, "substation", self.substation);
        v(6, "region", self.region);
        v(7, "importLimitW", self.importLimitW);
        v(8, "exportLimitW", self.exportLimitW);
        v(9, "pvPeakW", self.pvPeakW);
        v(10, "devicesJson", self.devicesJson);
    }
    friend bool operator==(const MembershipJoin &, const MembershipJoin &) = default;
};

// By the member or the distributor.
struct MembershipLeave
{
    PublicKey member = {};
    QString reason = {};

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "member", self.member);
        v(2, "reason", self.reason);
    }
    friend bool operator==(const MembershipLeave &, const MembershipLeave &) = default;
};

} // namespace commonwatt::ledger
