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

// The distributor's verdict on one claim, with what any replica needs to recompute acceptance, hops and fees:
// the revenue meter's deltas and the slot's settled signals (g in g/kWh, s and r in thousandths).
struct Validation
{
    Hash claim = {};
    QString feeder = {};
    std::int64_t slotStartMs = 0;
    std::int64_t importWh = 0;
    std::int64_t exportWh = 0;
    bool accepted = false;
    std::uint8_t hops = 0;
    std::int64_t feeMilliCredits = 0;
    std::int64_t intensityGramsPerKWh = 0;
    std::int64_t stressThousandths = 0;
    std::int64_t renewableThousandths = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "claim", self.claim);
        v(2, "feeder", self.feeder);
        v(3, "slotStartMs", self.slotStartMs);
        v(4, "importWh", self.importWh);
        v(5, "exportWh", self.exportWh);
        v(6, "accepted", self.accepted);
        v(7, "hops", self.hops);
        v(8, "feeMilliCredits", self.feeMilliCredits);
        v(9, "intensityGramsPerKWh", self.intensityGramsPerKWh);
        v(10, "stressThousandths", self.stressThousandths);
        v(11, "renewableThousandths", self.renewableThousandths);
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

struct MembershipJoin
{
    QString dwelling = {};
    QString meter = {};

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "dwelling", self.dwelling);
        v(2, "meter", self.meter);
    }
    friend bool operator==(const MembershipJoin &, const MembershipJoin &) = default;
};

struct MembershipLeave
{
    QString reason = {};

    template<typename Self, typename V> static void fields(Self &self, V &v) { v(1, "reason", self.reason); }
    friend bool operator==(const MembershipLeave &, const MembershipLeave &) = default;
};

} // namespace commonwatt::ledger
