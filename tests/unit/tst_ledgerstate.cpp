// The community's derived state (docs/ledger-state.md, L1-L30): each refusal has its case and changes no
// balance; balances are checked against settleSlot called directly; the state does not depend on the order
// the entries arrive in.
#include "ledger/claim.h"
#include "ledger/state.h"
#include "ledger/validator.h"
#include "ledgertesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace commonwatt;
using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kSlotMs = 900'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kT0 = 1'790'000'000'000 - 1'790'000'000'000 % kSlotMs; // slot 0

const GridLevelFlows kFlows{{1'000, 500}, {20'000, 12'000}, {300'000, 310'000}};
const currency::MeasuredSignals kSignals{300.0, 0.2, 0.4, std::nullopt};

QString devicesJson()
{
    return uR"([{"id":"battery","kind":"battery","powerW":5000,"capacityWh":10000},)"
           uR"({"id":"heatpump","kind":"heatpump","powerW":3000}])"_s;
}

// Three stewards (k = 2), a distributor, three members; the steward s2 is also a member, in member m2's
// dwelling.
struct Community
{
    SecretKey s1 = fixedKey(0x01), s2 = fixedKey(0x02), s3 = fixedKey(0x03), d = fixedKey(0x10);
    SecretKey m1 = fixedKey(0x21), m2 = fixedKey(0x22), m3 = fixedKey(0x23), outsider = fixedKey(0x30);
    LedgerWriter w;
    Hash genesis;
    currency::CommunityConfig config;
    std::map<PublicKey, MembershipJoin> joins;
    std::map<PublicKey, MilliCredits> expected; // balances recomputed independently
    MilliCredits expectedFees;

    QString configJson(int threshold = 2, const QString &extra = {}) const
    {
        return uR"({"timeZone": "UTC", "stewards": ["%1", "%2", "%3"], "stewardThreshold": %4, "distributor": "%5"%6})"_s
            .arg(s1.publicKey().toHex(), s2.publicKey().toHex(), s3.publicKey().toHex())
            .arg(threshold)
            .arg(d.publicKey().toHex(), extra);
    }

    Community()
    {
        config = currency::CommunityConfig::defaults(u"UTC"_s);
        genesis = w.add(s1, CommunityConfiguration{configJson(), 0}, kT0 - 10 * kDayMs);
        join(m1, u"flat-1"_s);
        join(m2, u"flat-2"_s);
        join(m3, u"flat-3"_s);
        join(s2, u"flat-2"_s);
    }

    Hash join(const SecretKey &member, const QString &dwelling)
    {
        MembershipJoin j{member.publicKey(),
                         dwelling,
                         u"meter-"_s + dwelling,
                         u"feeder-7"_s,
                         u"sub-2"_s,
                         u"north"_s,
                         10'000,
                         8'000,
                         4'000,
                         devicesJson()};
        joins[member.publicKey()] = j;
        return w.add(d, j, kT0 - 9 * kDayMs);
    }

    Hash claim(const SecretKey &member, const ClaimContent &content, std::int64_t timestampMs = 0)
    {
        const std::vector<PublicKey> to{d.publicKey(), s1.publicKey(), s2.publicKey(), s3.publicKey()};
        const SealResult sealed = sealMeterClaim(content, to);
        Q_ASSERT(sealed.claim);
        return w.add(member, *sealed.claim,
                     timestampMs ? timestampMs : content.slotStartMs + kSlotMs + 60'000);
    }

    // The validator's verdict published by the distributor; the independent expectation updated when
    // accepted.
    Hash validate(const SecretKey &member, const Hash &claimEntry, const ClaimContent &content,
                  RevenueMeterDelta meter, Validation *out = nullptr)
    {
        const Validation v =
            validateClaim(config, joins[member.publicKey()], claimEntry, content, meter, kFlows, kSignals);
        if (out)
            *out = v;
        return w.add(d, v, content.slotStartMs + 49 * 3'600'000);
    }

    // settleSlot called directly on the claim's own readings.
    currency::SlotBreakdown expectedSlot(const ClaimContent &content, RevenueMeterDelta meter) const
    {
        currency::SlotMeterData data;
        data.importWh = meter.importWh;
        data.exportWh = meter.exportWh;
        data.pvWh = content.pvWh;
        data.fossilWh = content.fossilWh;
        data.pvPeakW = 4'000;
        data.exportByHops =
            currency::splitExportByHops(meter.exportWh, kFlows.feeder, kFlows.substation, kFlows.region);
        return *currency::settleSlot(config, currency::settledSignals(config, kSignals), data).breakdown;
    }

    // A claim and its accepted validation; returns the validation's entry hash.
    Hash settle(const SecretKey &member, std::int64_t slot, std::int64_t importWh, std::int64_t exportWh,
                std::int64_t pvWh)
    {
        ClaimContent c = sampleClaim(slot, std::uint8_t(slot / kSlotMs));
        c.importWh = importWh;
        c.exportWh = exportWh;
        c.pvWh = pvWh;
        const Hash claimEntry = claim(member, c);
        const currency::SlotBreakdown b = expectedSlot(c, {importWh, exportWh});
        expected[member.publicKey()] += b.net();
        expectedFees += b.fee;
        return validate(member, claimEntry, c, {importWh, exportWh});
    }

    CommunityState derive() const { return deriveState(genesis, w.entries); }
};

// The entry's refusal, with the code; and the state without the entry has the same balances, pool and
// totals, so that the refused entry changed nothing.
void checkRefusedWithoutEffect(const Community &c, const Hash &entry, RefusalCode code,
                               const QString &textStart)
{
    const CommunityState with = c.derive();
    QVERIFY(with.error.isEmpty());
    const Refusal *refusal = with.refusalOf(entry);
    QVERIFY2(refusal, "the entry is not refused");
    QCOMPARE(refusalCodeName(refusal->code), refusalCodeName(code));
    QVERIFY2(refusal->text.startsWith(textStart), qPrintable(refusal->text));
    std::vector<HashedEntry> without;
    for (const HashedEntry &item : c.w.entries) {
        if (item.hash != entry)
            without.push_back(item);
    }
    const CommunityState other = deriveState(c.genesis, without);
    QVERIFY(other.refusalOf(entry) == nullptr);
    QCOMPARE(with.balances, other.balances);
    QCOMPARE(with.pool.balance, other.pool.balance);
    QCOMPARE(with.pool.inflows, other.pool.inflows);
    for (const auto &[key, totals] : with.totals) {
        QCOMPARE(totals.taking, other.totals.at(key).taking);
        QCOMPARE(totals.giving, other.totals.at(key).giving);
        QCOMPARE(totals.validatedClaims, other.totals.at(key).validatedClaims);
    }
}

} // namespace

class TestLedgerState : public QObject
{
    Q_OBJECT
private slots:
    // L11-L13: validated claims move the member's balance by settleSlot's net and the fee to the distributor.
    void validatedClaimsSettle()
    {
        Community c;
        c.settle(c.m1, kT0, 300, 800, 900);
        c.settle(c.m1, kT0 + kSlotMs, 1200, 0, 0);
        c.settle(c.m2, kT0, 0, 950, 1000);
        const Hash pending = c.claim(c.m3, sampleClaim(kT0));
        const CommunityState s = c.derive();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY2(s.refused.empty(), s.refused.empty() ? "" : qPrintable(s.refused.front().text));
        QCOMPARE(s.balance(c.m1.publicKey()), c.expected[c.m1.publicKey()]);
        QCOMPARE(s.balance(c.m2.publicKey()), c.expected[c.m2.publicKey()]);
        QCOMPARE(s.balance(c.d.publicKey()), c.expectedFees);
        QVERIFY(c.expectedFees.value() > 0);
        QCOMPARE(s.balance(c.m3.publicKey()), MilliCredits());
        QCOMPARE(s.totals.at(c.m1.publicKey()).validatedClaims, 2);
        const MemberTotals &m1 = s.totals.at(c.m1.publicKey());
        QCOMPARE(m1.giving - m1.taking - m1.fossil, c.expected[c.m1.publicKey()]);
        // L13: a claim without its validation is pending.
        const auto &pendingClaims = s.totals.at(c.m3.publicKey()).pendingClaims;
        QCOMPARE(pendingClaims.size(), std::size_t(1));
        QCOMPARE(pendingClaims[0].entry, pending);
        QCOMPARE(pendingClaims[0].slotStartMs, kT0);
        QCOMPARE(s.effectiveEntries, c.w.entries.size());
        QVERIFY(s.isMember(c.m1.publicKey()));
        QCOMPARE(s.currentConfiguration()->entry, c.genesis);
    }

    // L1, L2: the state is a function of the set: any order of arrival, and duplicates, give the same.
    void orderDoesNotMatter()
    {
        Community c;
        for (int slot = 0; slot < 6; ++slot) {
            c.settle(c.m1, kT0 + slot * kSlotMs, 100 * slot, 50 * slot, 60 * slot);
            c.settle(c.m2, kT0 + slot * kSlotMs, 20 * slot, 300, 400);
        }
        const Hash offer = c.w.add(c.m2, TradeOffer{kT0, kT0 + kSlotMs, 1000, 250, 2}, kT0 + kDayMs);
        c.w.add(c.m1, TradeAcceptance{offer, 700}, kT0 + kDayMs + 1);
        c.w.add(c.m3, TradeAcceptance{offer, 700}, kT0 + kDayMs + 2); // over-accepted
        const CommunityState reference = c.derive();
        QCOMPARE(reference.refused.size(), std::size_t(1));
        std::mt19937 random(7);
        for (int round = 0; round < 5; ++round) {
            std::vector<HashedEntry> shuffled = c.w.entries;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            shuffled.push_back(shuffled[3]); // the same entry twice is one entry
            const CommunityState s = deriveState(c.genesis, shuffled);
            QCOMPARE(s.stateDigest(), reference.stateDigest());
            QCOMPARE(s.balances, reference.balances);
            QCOMPARE(s.refused.size(), reference.refused.size());
            QCOMPARE(s.refused[0].entry, reference.refused[0].entry);
        }
        // The digest sees a change in balances.
        Community other;
        other.settle(other.m1, kT0, 1, 0, 0);
        QVERIFY(other.derive().stateDigest() != reference.stateDigest());
    }

    // L11: one validation per claim.
    void duplicatedValidation()
    {
        Community c;
        ClaimContent content = sampleClaim(kT0);
        const Hash claimEntry = c.claim(c.m1, content);
        c.validate(c.m1, claimEntry, content, {300, 800});
        const Hash second = c.validate(c.m1, claimEntry, content, {300, 800});
        checkRefusedWithoutEffect(c, second, RefusalCode::DuplicateValidation, u"duplicated validation"_s);
    }

    // L12: the replica's own checks of an accepted validation: within the join's limits, giving within the
    // PV peak, hops adding up, the fee recomputed; and a validation the validator refused changes nothing.
    void inconsistentValidations_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("text");
        QTest::newRow("import beyond the connection")
            << 0 << u"importWh 2600 is beyond the connection's 10000 W"_s;
        QTest::newRow("giving beyond the PV peak") << 1 << u"givingEligibleWh 1001 is beyond"_s;
        QTest::newRow("hops") << 2 << u"the export by hops adds up to 1101 Wh, not the export of 1100 Wh"_s;
        QTest::newRow("fee") << 3 << u"feeMilliCredits"_s;
        QTest::newRow("another member's claim") << 4 << u"the claim"_s;
    }
    void inconsistentValidations()
    {
        QFETCH(int, change);
        QFETCH(QString, text);
        Community c;
        ClaimContent content = sampleClaim(kT0);
        content.exportWh = 1100;
        content.pvWh = 1000;
        const Hash claimEntry = c.claim(c.m1, content);
        Validation v = validateClaim(c.config, c.joins[c.m1.publicKey()], claimEntry, content, {300, 1100},
                                     kFlows, kSignals);
        QVERIFY(v.accepted);
        switch (change) {
        case 0:
            v.importWh = 2600;
            break;
        case 1:
            v.givingEligibleWh = 1001;
            break;
        case 2:
            v.exportHop3Wh += 1;
            break;
        case 3:
            v.feeMilliCredits += 1;
            break;
        default:
            v.member = c.m2.publicKey();
        }
        const Hash bad = c.w.add(c.d, v, kT0 + 2 * kDayMs);
        checkRefusedWithoutEffect(c, bad, RefusalCode::InconsistentValidation, text);
    }

    // V3 and L11: a claim beyond a device's declared capacity is refused by the validator; its refusal is
    // recorded (the claim is no longer pending) and moves nothing.
    void claimBeyondDeviceCapacity()
    {
        Community c;
        ClaimContent content = sampleClaim(kT0);
        content.devices[0].chargeWh = 9000;
        const Hash claimEntry = c.claim(c.m1, content);
        Validation v;
        c.validate(c.m1, claimEntry, content, {300, 800}, &v);
        QVERIFY(!v.accepted);
        QCOMPARE(v.reason,
                 u"device \"battery\": charge 9000 Wh in the slot is beyond its 5000 W (1250 Wh per "
                 u"15-minute slot)"_s);
        const CommunityState s = c.derive();
        QVERIFY(s.refused.empty());
        QCOMPARE(s.balance(c.m1.publicKey()), MilliCredits());
        QCOMPARE(s.balance(c.d.publicKey()), MilliCredits());
        QCOMPARE(s.totals.at(c.m1.publicKey()).refusedClaims, 1);
        QVERIFY(s.totals.at(c.m1.publicKey()).pendingClaims.empty());
    }

    // L6, L9: only joined members publish claims, offers, contributions and requests; joins and
    // validations only by the distributor; a member who left publishes nothing more.
    void nonMemberPublishing()
    {
        Community c;
        const Hash outsiderClaim = c.claim(c.outsider, sampleClaim(kT0));
        checkRefusedWithoutEffect(c, outsiderClaim, RefusalCode::NotMember,
                                  u"%1 is not a member"_s.arg(c.outsider.publicKey().toHex().left(16)));
        const Hash memberJoin = c.w.add(c.m1,
                                        MembershipJoin{c.outsider.publicKey(), u"x"_s, u"x"_s, u"feeder-7"_s,
                                                       u"s"_s, u"r"_s, 1000, 1000, 0, u"[]"_s},
                                        kT0);
        checkRefusedWithoutEffect(c, memberJoin, RefusalCode::NotAllowed,
                                  u"a membership join is published by the distributor"_s);
        c.w.add(c.m3, MembershipLeave{c.m3.publicKey(), u"moving"_s}, kT0);
        const Hash afterLeave = c.w.add(c.m3, Contribution{Contribution::CapitalPurchase, 5000}, kT0 + 1);
        checkRefusedWithoutEffect(c, afterLeave, RefusalCode::NotMember,
                                  u"%1 has left"_s.arg(c.m3.publicKey().toHex().left(16)));
        QVERIFY(!c.derive().isMember(c.m3.publicKey()));
    }

    // L10: one claim per member and slot, aligned, published after the slot and within 48 h of its end.
    void claimRules()
    {
        Community c;
        c.claim(c.m1, sampleClaim(kT0));
        const Hash second = c.claim(c.m1, sampleClaim(kT0, 0x77));
        checkRefusedWithoutEffect(c, second, RefusalCode::BadClaim, u"a second claim for slot"_s);
        const Hash late = c.claim(c.m1, sampleClaim(kT0 + kSlotMs), kT0 + 2 * kSlotMs + 48 * 3'600'000 + 1);
        checkRefusedWithoutEffect(c, late, RefusalCode::BadClaim, u"published at"_s);
        QVERIFY(c.derive().refusalOf(late)->text.contains(u"more than 48 h"_s));
        const Hash unaligned = c.claim(c.m2, sampleClaim(kT0 + 1000), kT0 + 2 * kSlotMs);
        checkRefusedWithoutEffect(c, unaligned, RefusalCode::BadClaim, u"slotStartMs"_s);
    }

    // L3: a reference to an entry not earlier in the canonical order, or unknown, is refused.
    void unknownReferences()
    {
        Community c;
        const Hash unknown = c.w.add(c.m1, TradeAcceptance{sha256("nothing"), 10}, kT0);
        checkRefusedWithoutEffect(c, unknown, RefusalCode::UnknownReference,
                                  u"references an unknown entry"_s);
        // An acceptance timestamped before the offer it names.
        const Hash offer = c.w.add(c.m2, TradeOffer{kT0, kT0, 1000, 250, 2}, kT0 + 100);
        const Hash early = c.w.add(c.m3, TradeAcceptance{offer, 10}, kT0 + 50);
        checkRefusedWithoutEffect(c, early, RefusalCode::UnknownReference, u"references an unknown entry"_s);
    }

    // L14-L17: trades.
    void trades()
    {
        Community c;
        c.settle(c.m1, kT0, 0, 1000, 1000); // m1 earns credits to pay with
        const Hash offer =
            c.w.add(c.m2, TradeOffer{kT0 + kDayMs, kT0 + kDayMs + kSlotMs, 1000, 333, 2}, kT0 + 3 * kDayMs);
        const Hash acceptance = c.w.add(c.m1, TradeAcceptance{offer, 600}, kT0 + 3 * kDayMs + 1);
        const Hash spentTwice = c.w.add(c.m3, TradeAcceptance{offer, 500}, kT0 + 3 * kDayMs + 2);
        checkRefusedWithoutEffect(c, spentTwice, RefusalCode::OverAccepted,
                                  u"trade spent twice: 500 Wh accepted of an offer with 400 Wh left"_s);
        // 501 Wh at 333 mcr/kWh = 166.833 -> 167 mcr.
        const Hash wrongPayment = c.w.add(c.d, TradeSettlement{acceptance, 501, 166}, kT0 + 4 * kDayMs);
        checkRefusedWithoutEffect(c, wrongPayment, RefusalCode::BadTrade,
                                  u"paymentMilliCredits 166 is not 501 Wh at 333 mcr/kWh = 167"_s);
        c.w.add(c.d, TradeSettlement{acceptance, 501, 167}, kT0 + 4 * kDayMs + 1);
        const Hash twice = c.w.add(c.d, TradeSettlement{acceptance, 501, 167}, kT0 + 4 * kDayMs + 2);
        checkRefusedWithoutEffect(c, twice, RefusalCode::BadTrade, u"the acceptance"_s);
        CommunityState s = c.derive();
        QCOMPARE(s.balance(c.m1.publicKey()), c.expected[c.m1.publicKey()] - MilliCredits(167));
        QCOMPARE(s.balance(c.m2.publicKey()), MilliCredits(167));
        const currency::ReputationInputs rep = s.reputationInputs(c.m2.publicKey(), kT0, kT0 + 2 * kDayMs, 0);
        QCOMPARE(rep.committedWh, 600);
        QCOMPARE(rep.deliveredCappedWh, 501);

        // The buyer's balance must cover the payment: m3 has nothing.
        const Hash offer2 = c.w.add(c.m2, TradeOffer{kT0, kT0, 100, 500, 1}, kT0 + 5 * kDayMs);
        const Hash broke = c.w.add(c.m3, TradeAcceptance{offer2, 100}, kT0 + 5 * kDayMs + 1);
        const Hash uncovered = c.w.add(c.d, TradeSettlement{broke, 100, 50}, kT0 + 5 * kDayMs + 2);
        checkRefusedWithoutEffect(c, uncovered, RefusalCode::InsufficientBalance,
                                  u"the buyer's payment of 50 mcr"_s);
    }

    // L18, L19: donations move member -> pool if covered; capital purchases mint into the pool.
    void contributions()
    {
        Community c;
        c.settle(c.m1, kT0, 0, 1000, 1000);
        const MilliCredits earned = c.expected[c.m1.publicKey()];
        c.w.add(c.m1, Contribution{Contribution::Donation, 100}, kT0 + 3 * kDayMs);
        const Hash tooMuch =
            c.w.add(c.m1, Contribution{Contribution::RoundUp, earned.value()}, kT0 + 3 * kDayMs + 1);
        checkRefusedWithoutEffect(c, tooMuch, RefusalCode::InsufficientBalance, u"the contribution"_s);
        c.w.add(c.m3, Contribution{Contribution::CapitalPurchase, 50'000}, kT0 + 3 * kDayMs + 2);
        const Hash kind = c.w.add(c.m3, Contribution{9, 1}, kT0 + 3 * kDayMs + 3);
        checkRefusedWithoutEffect(c, kind, RefusalCode::BadAmount, u"unknown contribution kind 9"_s);
        const CommunityState s = c.derive();
        QCOMPARE(s.balance(c.m1.publicKey()), earned - MilliCredits(100));
        QCOMPARE(s.pool.balance, MilliCredits(50'100));
        QCOMPARE(s.pool.inflows, MilliCredits(50'100));
        QCOMPARE(s.totals.at(c.m3.publicKey()).patron, MilliCredits(50'000));
        QCOMPARE(s.balance(c.m3.publicKey()), MilliCredits());
    }

    // L20-L24: grants need k approvals by stewards of the configuration at the request, none from the
    // requester's dwelling; are paid once, in full, from the pool.
    void grants()
    {
        Community c;
        c.w.add(c.m3, Contribution{Contribution::CapitalPurchase, 100'000}, kT0);
        const Hash request = c.w.add(c.m3, GrantRequest{u"panels"_s, 10'000, 0}, kT0 + 1);
        c.w.add(c.s1, StewardApproval{request, true}, kT0 + 2);
        const Hash early = c.w.add(c.m1, GrantPayment{request, 10'000}, kT0 + 3);
        checkRefusedWithoutEffect(c, early, RefusalCode::GrantWithoutApprovals,
                                  u"grant without its approvals: 1 of the 2"_s);
        const Hash notSteward = c.w.add(c.m1, StewardApproval{request, true}, kT0 + 4);
        checkRefusedWithoutEffect(c, notSteward, RefusalCode::BadApproval,
                                  u"%1 is not a steward"_s.arg(c.m1.publicKey().toHex().left(16)));
        c.w.add(c.s3, StewardApproval{request, true}, kT0 + 5);
        const Hash paid = c.w.add(c.m1, GrantPayment{request, 10'000}, kT0 + 6);
        const Hash again = c.w.add(c.m2, GrantPayment{request, 10'000}, kT0 + 7);
        checkRefusedWithoutEffect(c, again, RefusalCode::PaidTwice, u"paid twice"_s);
        CommunityState s = c.derive();
        QVERIFY(s.refusalOf(paid) == nullptr);
        QCOMPARE(s.pool.balance, MilliCredits(90'000));
        QCOMPARE(s.pool.outflows, MilliCredits(10'000));
        QCOMPARE(s.balance(c.m3.publicKey()), MilliCredits(10'000));

        // Self-approval: the steward s2 lives in m2's dwelling.
        const Hash own = c.w.add(c.m2, GrantRequest{u"battery"_s, 5'000, 0}, kT0 + 8);
        const Hash self = c.w.add(c.s2, StewardApproval{own, true}, kT0 + 9);
        checkRefusedWithoutEffect(c, self, RefusalCode::SelfApproval, u"self-approval"_s);
        const Hash selfRequest = c.w.add(c.s2, GrantRequest{u"heat pump"_s, 5'000, 0}, kT0 + 10);
        const Hash selfApproval = c.w.add(c.s2, StewardApproval{selfRequest, true}, kT0 + 11);
        checkRefusedWithoutEffect(c, selfApproval, RefusalCode::SelfApproval, u"self-approval"_s);

        // More than 10% of the pool (90 000): k + 1 approvals and 7 days after the last.
        const Hash large = c.w.add(c.m1, GrantRequest{u"community solar"_s, 20'000, 0}, kT0 + 20);
        c.w.add(c.s1, StewardApproval{large, true}, kT0 + 21);
        c.w.add(c.s3, StewardApproval{large, true}, kT0 + 22);
        const Hash twoOfThree = c.w.add(c.m3, GrantPayment{large, 20'000}, kT0 + 23);
        checkRefusedWithoutEffect(c, twoOfThree, RefusalCode::GrantWithoutApprovals,
                                  u"grant without its approvals: 2 of the 3"_s);
        c.w.add(c.s2, StewardApproval{large, true}, kT0 + 24);
        const Hash tooSoon = c.w.add(c.m3, GrantPayment{large, 20'000}, kT0 + 25);
        checkRefusedWithoutEffect(c, tooSoon, RefusalCode::GrantWithoutApprovals,
                                  u"grant without its approvals: more than 10%"_s);
        // A withdrawal before payment counts.
        c.w.add(c.s1, StewardApproval{large, false}, kT0 + 26);
        const Hash withdrawn = c.w.add(c.m3, GrantPayment{large, 20'000}, kT0 + 8 * kDayMs);
        checkRefusedWithoutEffect(c, withdrawn, RefusalCode::GrantWithoutApprovals,
                                  u"grant without its approvals: 2 of the 3"_s);
        c.w.add(c.s1, StewardApproval{large, true}, kT0 + 8 * kDayMs + 1);
        c.w.add(c.m3, GrantPayment{large, 20'000}, kT0 + 15 * kDayMs + 1);
        s = c.derive();
        QCOMPARE(s.pool.balance, MilliCredits(70'000));
        QCOMPARE(s.balance(c.m1.publicKey()), MilliCredits(20'000));
    }

    // L4, L5: a later configuration takes effect with k stewards, at max(effectiveFrom, last approval + 7
    // days).
    void configurationNeedsKStewards()
    {
        Community c;
        const QString changed = c.configJson(2, uR"(, "feeByHops": [0.02, 0.03, 0.06, 0.10, 0.15])"_s);
        const Hash proposal = c.w.add(c.s2, CommunityConfiguration{changed, kT0}, kT0 - 5 * kDayMs);
        CommunityState s = c.derive();
        QCOMPARE(s.configurations.size(), std::size_t(2));
        QVERIFY(!s.configurations[1].adopted);
        QCOMPARE(s.configurationAt(kT0 + 30 * kDayMs)->entry, c.genesis);
        const Hash byMember = c.w.add(c.m1, CommunityConfiguration{changed, kT0}, kT0 - 5 * kDayMs);
        checkRefusedWithoutEffect(c, byMember, RefusalCode::NotAllowed,
                                  u"a configuration is published by a steward"_s);
        const Hash bad =
            c.w.add(c.s3, CommunityConfiguration{u"{\"timeZone\": \"UTC\"}"_s, kT0}, kT0 - 5 * kDayMs);
        checkRefusedWithoutEffect(c, bad, RefusalCode::BadConfiguration,
                                  u"the configuration names no distributor"_s);
        const Hash outsider = c.w.add(c.m2, StewardApproval{proposal, true}, kT0 - 4 * kDayMs);
        checkRefusedWithoutEffect(c, outsider, RefusalCode::BadApproval,
                                  u"%1 is not a steward"_s.arg(c.m2.publicKey().toHex().left(16)));
        const std::int64_t approvedAt = kT0 - 4 * kDayMs + 1;
        c.w.add(c.s1, StewardApproval{proposal, true}, approvedAt);
        s = c.derive();
        QVERIFY(s.configurations[1].adopted);
        QCOMPARE(s.configurations[1].effectiveFromMs, approvedAt + 7 * kDayMs); // later than kT0
        QCOMPARE(s.configurationAt(approvedAt + 7 * kDayMs - 1)->entry, c.genesis);
        QCOMPARE(s.configurationAt(approvedAt + 7 * kDayMs)->entry, proposal);
        QCOMPARE(s.configurationAt(approvedAt + 7 * kDayMs)->config.feeByHops[0], 20'000);
    }

    void genesisMustBeAStewardsConfiguration()
    {
        Community c;
        QCOMPARE(deriveState(sha256("none"), c.w.entries).error.left(17), u"the genesis entry"_s);
        LedgerWriter w;
        const Hash notSteward = w.add(c.m1, CommunityConfiguration{c.configJson(), 0}, kT0);
        QCOMPARE(deriveState(notSteward, w.entries).error,
                 u"the genesis is signed by %1, not by one of its stewards"_s.arg(
                     c.m1.publicKey().toHex().left(16)));
        const Hash noDistributor = w.add(c.s1, CommunityConfiguration{u"{\"timeZone\": \"UTC\"}"_s, 0}, kT0);
        QCOMPARE(deriveState(noDistributor, w.entries).error,
                 u"the genesis configuration: the configuration names no distributor"_s);
    }

    // L27: reputation inputs over a window.
    void reputationInputs()
    {
        Community c;
        c.settle(c.m1, kT0, 400, 0, 0);
        c.settle(c.m1, kT0 + kSlotMs, 100, 500, 600);
        c.settle(c.m1, kT0 + kDayMs, 700, 0, 0); // outside the window
        const CommunityState s = c.derive();
        const currency::ReputationInputs in =
            s.reputationInputs(c.m1.publicKey(), kT0, kT0 + kDayMs, 640'000);
        ClaimContent a = sampleClaim(kT0);
        a.pvWh = 0;
        ClaimContent b = sampleClaim(kT0 + kSlotMs);
        b.pvWh = 600;
        const currency::SlotBreakdown ea = c.expectedSlot(a, {400, 0});
        const currency::SlotBreakdown eb = c.expectedSlot(b, {100, 500});
        QCOMPARE(in.taking, ea.taking + ea.fossil + eb.taking + eb.fossil);
        QCOMPARE(in.giving, eb.giving);
        QCOMPARE(in.cleanShare, 640'000);
        QCOMPARE(in.regionRenewable, 400'000); // r = 0.4 in every slot
        QCOMPARE(in.committedWh, 0);
    }

    // 50 households x 7 days x 96 slots: a claim and a validation each (67 200 entries).
    void performance()
    {
        Community c;
        LedgerWriter &w = c.w;
        std::vector<PublicKey> households;
        for (int h = 0; h < 50; ++h) {
            Seed seed;
            seed.bytes.fill(std::uint8_t(0x80 + h));
            const PublicKey key = SecretKey::fromSeed(seed)->publicKey();
            households.push_back(key);
            MembershipJoin j{key,        u"home-%1"_s.arg(h), u"m"_s, u"feeder-7"_s,
                             u"sub-2"_s, u"north"_s,          10'000, 8'000,
                             4'000,      devicesJson()};
            c.joins[key] = j;
            w.add(c.d, j, kT0 - 8 * kDayMs);
        }
        const std::vector<PublicKey> to{c.d.publicKey()};
        const MeterClaim sealed = *sealMeterClaim(sampleClaim(kT0), to).claim;
        const currency::SlotSignals settled = currency::settledSignals(c.config, kSignals);
        for (int slot = 0; slot < 7 * 96; ++slot) {
            const std::int64_t start = kT0 + slot * kSlotMs;
            for (int h = 0; h < 50; ++h) {
                MeterClaim claim = sealed;
                claim.slotStartMs = start;
                const Hash claimEntry = w.addUnsigned(households[h], claim, start + kSlotMs + h);
                Validation v;
                v.claim = claimEntry;
                v.member = households[h];
                v.feeder = u"feeder-7"_s;
                v.slotStartMs = start;
                v.importWh = (slot * 7 + h * 13) % 900;
                v.exportWh = (slot * 11 + h * 5) % 700;
                v.accepted = true;
                v.givingEligibleWh = v.exportWh / 2;
                v.exportHop0Wh = v.exportWh;
                v.intensityGramsPerKWh = settled.g;
                v.stressThousandths = settled.s;
                v.renewableThousandths = settled.r;
                v.feeMilliCredits = settleValidation(c.config, v, 4'000).breakdown->fee.value();
                w.addUnsigned(c.d.publicKey(), v, start + 49 * 3'600'000 + h);
            }
        }
        std::vector<HashedEntry> shuffled = w.entries;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(3));
        const CommunityState s = deriveState(c.genesis, shuffled);
        QVERIFY2(s.refused.empty(), s.refused.empty() ? "" : qPrintable(s.refused.front().text));
        QCOMPARE(s.effectiveEntries, w.entries.size());
        QCOMPARE(s.totals.at(households[0]).validatedClaims, 7 * 96);
    }
};

QTEST_GUILESS_MAIN(TestLedgerState)
#include "tst_ledgerstate.moc"
