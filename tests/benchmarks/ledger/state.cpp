// bench_ledgerstate: deriving a community's state from its entries (backend/ledger/state.h) against the
// least any replica must do with them: settling every validation with the currency engine
// (settleValidation), in the same run. The community: H households (default 50) with a claim and its
// validation per 15-minute slot for D days (default 7), entries shuffled (arrival order must not matter).
// Figures: docs/benchmarks.md, "Ledger".
#include "../../unit/ledgertesthelpers.h"

#include "ledger/claim.h"
#include "ledger/state.h"
#include "ledger/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kT0 = 1'781'481'600'000; // 2026-06-15T00:00Z
constexpr std::int64_t kSlotMs = 900'000;
constexpr std::int64_t kDayMs = 86'400'000;

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int households = option(args, u"--households"_s, 50);
    const int days = option(args, u"--days"_s, 7);
    const int runs = option(args, u"--runs"_s, 5);

    const SecretKey steward = fixedKey(0x01), distributor = fixedKey(0x10);
    LedgerWriter w;
    const QString config = uR"({"timeZone": "UTC", "stewards": ["%1"], "stewardThreshold": 1, "distributor": "%2"})"_s
                               .arg(steward.publicKey().toHex(), distributor.publicKey().toHex());
    const Hash genesis = w.add(steward, CommunityConfiguration{config, 0}, kT0 - 10 * kDayMs);
    const commonwatt::currency::CommunityConfig settings = *commonwatt::currency::parseCommunityConfig(
                                                               QJsonDocument::fromJson(config.toUtf8()).object())
                                                               .config;
    std::vector<PublicKey> members;
    for (int h = 0; h < households; ++h) {
        Seed seed;
        seed.bytes.fill(std::uint8_t(h + 0x40));
        seed.bytes[0] = std::uint8_t(h >> 8);
        members.push_back(SecretKey::fromSeed(seed)->publicKey());
        w.addUnsigned(distributor.publicKey(),
                      MembershipJoin{members.back(), u"home-%1"_s.arg(h), u"m%1"_s.arg(h), u"feeder-1"_s, u"sub-1"_s,
                                     u"north"_s, 17'250, 10'000, 6'000, u"[]"_s},
                      kT0 - 9 * kDayMs);
    }
    const std::vector<PublicKey> to{distributor.publicKey()};
    const MeterClaim sealed = *sealMeterClaim(sampleClaim(kT0), to).claim;
    std::vector<Validation> validations;
    for (int slot = 0; slot < days * 96; ++slot) {
        const std::int64_t start = kT0 + slot * kSlotMs;
        for (int h = 0; h < households; ++h) {
            MeterClaim claim = sealed;
            claim.slotStartMs = start;
            Validation v;
            v.claim = w.addUnsigned(members[std::size_t(h)], claim, start + kSlotMs + h);
            v.member = members[std::size_t(h)];
            v.feeder = u"feeder-1"_s;
            v.slotStartMs = start;
            v.importWh = (slot * 7 + h * 13) % 900;
            v.exportWh = (slot * 11 + h * 5) % 700;
            v.accepted = true;
            v.givingEligibleWh = v.exportWh / 2;
            v.exportHop0Wh = v.exportWh;
            v.intensityGramsPerKWh = 300 + slot % 200;
            v.stressThousandths = (slot % 400) - 200;
            v.renewableThousandths = 400;
            v.feeMilliCredits = settleValidation(settings, v, 6'000).breakdown->fee.value();
            w.addUnsigned(distributor.publicKey(), v, start + 49 * 3'600'000 + h);
            validations.push_back(v);
        }
    }
    std::vector<HashedEntry> shuffled = w.entries;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(3));

    std::vector<double> deriveMs, baselineMs;
    std::int64_t check = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::int64_t sum = 0;
        for (const Validation &v : validations)
            sum += settleValidation(settings, v, 6'000).breakdown->net().value();
        baselineMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const CommunityState state = deriveState(genesis, shuffled);
        deriveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!state.refused.empty() || state.effectiveEntries != shuffled.size()) {
            std::fprintf(stderr, "the state refused entries: %s\n",
                         state.refused.empty() ? "none listed" : qPrintable(state.refused.front().text));
            return 1;
        }
        std::int64_t memberSum = 0;
        for (const auto &[key, balance] : state.balances)
            memberSum += key == distributor.publicKey() ? 0 : balance.value();
        check = sum - memberSum; // the two agree on the members' net credits
    }
    std::printf("%d households x %d days: %zu entries, %zu validations\n", households, days, shuffled.size(),
                validations.size());
    std::printf("deriveState (median of %d): %.1f ms (%.0f entries/s)\n", runs, median(deriveMs),
                double(shuffled.size()) / median(deriveMs) * 1000.0);
    std::printf("settleValidation only (median): %.1f ms\n", median(baselineMs));
    std::printf("ratio derive / settle-only: %.2f\n", median(deriveMs) / median(baselineMs));
    if (check != 0) {
        std::fprintf(stderr, "the state's member balances differ from the settled sum by %lld mcr\n",
                     static_cast<long long>(check));
        return 1;
    }
    return 0;
}
