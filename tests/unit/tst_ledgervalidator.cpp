// The distributor's validator (docs/ledger-state.md, V1-V8): acceptance against the revenue meter, the
// join's limits and declared devices, and the numbers a replica recomputes.
#include "ledger/validator.h"
#include "ledgertesthelpers.h"

#include <QTest>

using namespace commonwatt;
using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kSlot = 1'790'000'100'000 - 1'790'000'100'000 % 900'000;

MembershipJoin sampleJoin()
{
    MembershipJoin join;
    join.member = fixedKey(0x21).publicKey();
    join.dwelling = u"flat-1"_s;
    join.meter = u"meter-1"_s;
    join.feeder = u"feeder-7"_s;
    join.substation = u"sub-2"_s;
    join.region = u"north"_s;
    join.importLimitW = 10'000;
    join.exportLimitW = 8'000;
    join.pvPeakW = 4'000;
    join.devicesJson = uR"([{"id":"battery","kind":"battery","powerW":5000,"capacityWh":10000},)"
                       uR"({"id":"heatpump","kind":"heatpump","powerW":3000}])"_s;
    return join;
}

const GridLevelFlows kFlows{{1'000, 500}, {20'000, 12'000}, {300'000, 310'000}};

currency::MeasuredSignals sampleSignals()
{
    return {300.0, 0.2, 0.4, std::nullopt};
}

const currency::CommunityConfig kConfig = currency::CommunityConfig::defaults(u"UTC"_s);

Validation validate(const ClaimContent &claim, RevenueMeterDelta meter,
                    const MembershipJoin &join = sampleJoin())
{
    return validateClaim(kConfig, join, sha256("claim entry"), claim, meter, kFlows, sampleSignals());
}

} // namespace

class TestLedgerValidator : public QObject
{
    Q_OBJECT
private slots:
    // V1, V5-V8: the validation carries the revenue meter's numbers, the export that may count as giving,
    // the hop split and the fee, each recomputed here independently.
    void acceptedClaimCarriesTheMeterAndTheFee()
    {
        ClaimContent claim = sampleClaim(kSlot);
        claim.pvWh = 900;
        const Validation v = validate(claim, {302, 795});
        QVERIFY2(v.accepted, qPrintable(v.reason));
        QCOMPARE(v.reason, QString());
        QCOMPARE(v.claim, sha256("claim entry"));
        QCOMPARE(v.member, sampleJoin().member);
        QCOMPARE(v.feeder, u"feeder-7"_s);
        QCOMPARE(v.slotStartMs, kSlot);
        QCOMPARE(v.importWh, 302);
        QCOMPARE(v.exportWh, 795);
        QCOMPARE(v.givingEligibleWh, 795); // min(export 795, PV 900, peak 1000 Wh per slot)
        QCOMPARE(v.fossilWh, 0);
        // Hop 0: min(1, 500 / 1000) = 1/2 of 795 = 397.5 -> 398 (half to even); the substation consumes
        // 12000/20000 of the rest: cumulative 0.5 + 0.5 * 0.6 = 0.8 -> 636; the region all: 795.
        QCOMPARE(v.exportHop0Wh, 398);
        QCOMPARE(v.exportHop1Wh, 636 - 398);
        QCOMPARE(v.exportHop2Wh, 795 - 636);
        QCOMPARE(v.exportHop3Wh, 0);
        QCOMPARE(v.exportHop4Wh, 0);
        QCOMPARE(v.intensityGramsPerKWh, 300);
        QCOMPARE(v.stressThousandths, 200);
        QCOMPARE(v.renewableThousandths, 400);
        QCOMPARE(v.eventLevel, 0);
        // The fee as settleSlot computes it from the claim's own PV and the hop split.
        currency::SlotMeterData meter;
        meter.importWh = 302;
        meter.exportWh = 795;
        meter.pvWh = 900;
        meter.pvPeakW = 4'000;
        meter.exportByHops = std::array<std::int64_t, 5>{398, 238, 159, 0, 0};
        const auto settled = currency::settleSlot(kConfig, {300, 200, 400, 0}, meter);
        QVERIFY(settled.breakdown);
        QCOMPARE(v.feeMilliCredits, settled.breakdown->fee.value());
        QVERIFY(v.feeMilliCredits > 0);
        // w = 1.1 * (0.25 + 0.75 * 0.75) = 0.89375 cr/kWh; the fee is 795 Wh * w * mean fee
        // (398 * 0.01 + 238 * 0.03 + 159 * 0.06) / 795 = 20.66 Wh * 0.89375 = 18.465 -> 18 mcr.
        QCOMPARE(v.feeMilliCredits, 18);
        QCOMPARE(settleValidation(kConfig, v, 4'000).breakdown->fee.value(), 18);
        QCOMPARE(auditValidation(kConfig, sampleJoin(), claim, v), QString());
    }

    // V5: each of import and export within max(validationTolerance * metered, 10 Wh) of the meter.
    void toleranceIsOnePercentOrTenWattHours_data()
    {
        QTest::addColumn<std::int64_t>("metered");
        QTest::addColumn<std::int64_t>("claimed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("100 +10") << std::int64_t(100) << std::int64_t(110) << true;
        QTest::newRow("100 +11") << std::int64_t(100) << std::int64_t(111) << false;
        QTest::newRow("2000 -20") << std::int64_t(2000) << std::int64_t(1980) << true;
        QTest::newRow("2000 -21") << std::int64_t(2000) << std::int64_t(1979) << false;
        QTest::newRow("0 +10") << std::int64_t(0) << std::int64_t(10) << true;
    }
    void toleranceIsOnePercentOrTenWattHours()
    {
        QFETCH(std::int64_t, metered);
        QFETCH(std::int64_t, claimed);
        QFETCH(bool, accepted);
        ClaimContent claim = sampleClaim(kSlot);
        claim.importWh = claimed;
        const Validation v = validate(claim, {metered, 800});
        QCOMPARE(v.accepted, accepted);
        if (!accepted) {
            QCOMPARE(
                v.reason,
                u"import: the claim's %1 Wh and the revenue meter's %2 Wh differ by %3 Wh, more than %4 Wh"_s
                    .arg(claimed)
                    .arg(metered)
                    .arg(std::abs(claimed - metered))
                    .arg(std::max<std::int64_t>(10, metered / 100)));
        }
        ClaimContent exportClaim = sampleClaim(kSlot);
        exportClaim.exportWh = claimed;
        exportClaim.pvWh = 0;
        QCOMPARE(validate(exportClaim, {300, metered}).accepted, accepted);
    }

    // V2-V4: beyond a device's power or capacity, the connection limits or the PV peak: refused, the reason
    // naming the device or field and both numbers; the validation keeps the meter's numbers and zero credits.
    void claimBeyondTheJoinIsRefused_data()
    {
        QTest::addColumn<ClaimContent>("claim");
        QTest::addColumn<MembershipJoin>("join");
        QTest::addColumn<QString>("reason");
        ClaimContent c = sampleClaim(kSlot);
        c.devices[0].chargeWh = 9000;
        QTest::newRow("device power")
            << c << sampleJoin()
            << u"device \"battery\": charge 9000 Wh in the slot is beyond its 5000 W "
               u"(1250 Wh per 15-minute slot)"_s;
        MembershipJoin bigBattery = sampleJoin();
        bigBattery.devicesJson = uR"([{"id":"battery","kind":"battery","powerW":60000,"capacityWh":10000},)"
                                 uR"({"id":"heatpump","kind":"heatpump","powerW":3000}])"_s;
        c = sampleClaim(kSlot);
        c.devices[0].dischargeWh = 12'000;
        QTest::newRow("device capacity")
            << c << bigBattery
            << u"device \"battery\": discharge 12000 Wh in the slot is beyond its capacity of 10000 Wh"_s;
        c = sampleClaim(kSlot);
        c.devices[1].id = u"ev"_s;
        QTest::newRow("undeclared device")
            << c << sampleJoin() << u"device \"ev\" is not declared in the membership"_s;
        c = sampleClaim(kSlot);
        c.importWh = 3000;
        QTest::newRow("import limit")
            << c << sampleJoin()
            << u"import 3000 Wh in the slot is beyond the connection's 10000 W (2500 Wh "
               u"per 15-minute slot)"_s;
        c = sampleClaim(kSlot);
        c.pvWh = 1001;
        QTest::newRow("PV peak")
            << c << sampleJoin()
            << u"PV 1001 Wh in the slot is beyond the registered peak of 4000 W (1000 Wh per "
               u"15-minute slot)"_s;
        c = sampleClaim(kSlot);
        c.fossilWh = -1;
        QTest::newRow("negative") << c << sampleJoin() << u"fossilWh must be 0 to 1000000 Wh, not -1"_s;
        c = sampleClaim(kSlot + 1000);
        QTest::newRow("unaligned") << c << sampleJoin()
                                   << u"slotStartMs %1 is not the start of a 15-minute slot"_s.arg(kSlot +
                                                                                                   1000);
        MembershipJoin badDevices = sampleJoin();
        badDevices.devicesJson = uR"([{"id":"battery","kind":"battery","powerW":-5}])"_s;
        QTest::newRow("devices json")
            << sampleClaim(kSlot) << badDevices
            << u"the membership's devicesJson[0].powerW: must be an integer from 0 to 1000000000"_s;
    }
    void claimBeyondTheJoinIsRefused()
    {
        QFETCH(ClaimContent, claim);
        QFETCH(MembershipJoin, join);
        QFETCH(QString, reason);
        const Validation v = validate(claim, {claim.importWh, claim.exportWh}, join);
        QVERIFY(!v.accepted);
        QCOMPARE(v.reason, reason);
        QCOMPARE(claimBeyondJoin(kConfig, join, claim), reason);
        QCOMPARE(v.importWh, claim.importWh);
        QCOMPARE(v.exportWh, claim.exportWh);
        QCOMPARE(v.givingEligibleWh, 0);
        QCOMPARE(v.feeMilliCredits, 0);
        QCOMPARE(v.exportHop0Wh + v.exportHop1Wh + v.exportHop2Wh + v.exportHop3Wh + v.exportHop4Wh, 0);
        QCOMPARE(v.intensityGramsPerKWh, 300);
    }

    // The revenue meter itself beyond the connection: refused, so that no replica meets an accepted
    // validation beyond the join's limits (L12).
    void meterBeyondTheConnectionIsRefused()
    {
        ClaimContent claim = sampleClaim(kSlot);
        claim.exportWh = 2000;
        claim.pvWh = 900;
        const Validation v = validate(claim, {300, 2010});
        QVERIFY(!v.accepted);
        QCOMPARE(v.reason,
                 u"the revenue meter's export 2010 Wh in the slot is beyond the connection's 8000 W (2000 Wh "
                 u"per 15-minute slot)"_s);
    }

    // A steward who opened the claim sees what the replica cannot: an accepted validation of a claim beyond
    // a device's declared capacity, or giving beyond the claimed PV.
    void stewardAuditSeesTheClaim()
    {
        ClaimContent claim = sampleClaim(kSlot);
        claim.pvWh = 900;
        Validation v = validate(claim, {300, 800});
        QVERIFY(v.accepted);
        ClaimContent beyond = claim;
        beyond.devices[0].chargeWh = 9000;
        QCOMPARE(
            auditValidation(kConfig, sampleJoin(), beyond, v),
            u"accepted although device \"battery\": charge 9000 Wh in the slot is beyond its 5000 W (1250 Wh "
            u"per 15-minute slot)"_s);
        ClaimContent lessPv = claim;
        lessPv.pvWh = 500;
        QCOMPARE(auditValidation(kConfig, sampleJoin(), lessPv, v),
                 u"givingEligibleWh 800 is beyond min(export 800, the claim's PV 500)"_s);
    }

    void declaredDevices()
    {
        const DeclaredDevicesResult ok = parseDeclaredDevices(sampleJoin().devicesJson);
        QVERIFY2(ok.devices, qPrintable(ok.error));
        QCOMPARE(*ok.devices,
                 (std::vector<DeclaredDevice>{{u"battery"_s, u"battery"_s, 5000, 10000},
                                              {u"heatpump"_s, u"heatpump"_s, 3000, std::nullopt}}));
        QCOMPARE(parseDeclaredDevices(u"{}"_s).error, u"devicesJson: not a JSON array"_s);
        QCOMPARE(
            parseDeclaredDevices(uR"([{"id":"a","kind":"x","powerW":1},{"id":"a","kind":"x","powerW":1}])"_s)
                .error,
            u"devicesJson[1].id: \"a\" is declared twice"_s);
        QCOMPARE(parseDeclaredDevices(uR"([{"id":"a","kind":"x","powerW":1,"colour":"red"}])"_s).error,
                 u"devicesJson[0]: unknown field \"colour\""_s);
        QCOMPARE(parseDeclaredDevices(uR"([{"id":"a","kind":"x","powerW":1.5}])"_s).error,
                 u"devicesJson[0].powerW: must be an integer from 0 to 1000000000"_s);
        QCOMPARE(slotLimitWh(5000, 15), 1250);
        QCOMPARE(slotLimitWh(1001, 15), 250); // 250.25 rounded down
    }
};

QTEST_GUILESS_MAIN(TestLedgerValidator)
#include "tst_ledgervalidator.moc"
