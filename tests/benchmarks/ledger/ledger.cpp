// Catching up on the community ledger: N households' chains as canonical byte strings, each entry decoded,
// its signature verified and applied to ParticipantChains (checkEntry's rules), against libsodium's raw
// crypto_sign_verify_detached over the same signatures, keys and signed messages. The signature check is the
// floor of any replica, so the ratio says what decoding, hashing and the chain rules cost on top of it.
// The entries are in the order a replica catching up receives them from the community's log: every
// household's entry 1, then every entry 2, and so on, so each chain is applied in sequence order. One pass
// over them is the catch-up; its time and its rate are both reported. Both passes run in each run,
// alternately; medians over the runs are printed.
//   bench_ledger [--households H] [--entries E] [--runs R]
#include "ledger/chain.h"
#include "ledger/encoding.h"
#include "ledger/entry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace commonwatt::ledger;
using namespace Qt::StringLiterals;

namespace {

// What libsodium needs for one signature, laid out flat so that the baseline pays for nothing else.
struct SignedMessage
{
    std::array<unsigned char, 64> signature = {};
    std::array<unsigned char, 30 + 32> message = {}; // the signature domain, its zero byte, the entry hash
    std::uint32_t household = 0;
};

struct Community
{
    std::vector<PublicKey> keys = {};
    std::vector<QByteArray> encoded = {};      // in arrival order
    std::vector<SignedMessage> signatures = {}; // the same entries, the same order
};

// A household's meter claim for consecutive 15-minute slots, with a sealed box the size of a small claim.
Community makeCommunity(int households, int entries)
{
    Community community;
    std::vector<SecretKey> secrets;
    for (int h = 0; h < households; ++h) {
        Seed seed;
        seed.bytes.fill(0x42);
        std::memcpy(seed.bytes.data(), &h, sizeof h);
        secrets.push_back(*SecretKey::fromSeed(seed));
        community.keys.push_back(secrets.back().publicKey());
    }
    const auto total = static_cast<std::size_t>(households) * static_cast<std::size_t>(entries);
    community.encoded.reserve(total);
    community.signatures.reserve(total);
    std::vector<Hash> previous(static_cast<std::size_t>(households));
    const QByteArray domain = QByteArray(kSignatureDomain) + '\0';
    for (int e = 0; e < entries; ++e) {
        for (int h = 0; h < households; ++h) {
            const std::int64_t slot = 1'767'225'600'000 + std::int64_t(e) * 900'000;
            MeterClaim claim;
            claim.slotStartMs = slot;
            claim.sealedClaim = QByteArray(96, static_cast<char>(e * 31 + h));
            claim.sealedClaimHash = sha256(claim.sealedClaim);
            Entry entry;
            entry.sequence = static_cast<std::uint64_t>(e) + 1;
            entry.previous = previous[static_cast<std::size_t>(h)];
            entry.timestampMs = slot + 900'000 + h;
            entry.payload = claim;
            entry.sign(secrets[static_cast<std::size_t>(h)]);
            const Hash hash = entry.hash();
            previous[static_cast<std::size_t>(h)] = hash;
            community.encoded.push_back(encode(entry));

            SignedMessage message;
            std::copy(entry.signature.bytes.begin(), entry.signature.bytes.end(), message.signature.begin());
            std::copy(domain.begin(), domain.end(), message.message.begin());
            std::copy(hash.bytes.begin(), hash.bytes.end(), message.message.begin() + domain.size());
            message.household = static_cast<std::uint32_t>(h);
            community.signatures.push_back(message);
        }
    }
    return community;
}

// libsodium alone: one crypto_sign_verify_detached per entry.
double verifyRaw(const Community &community)
{
    QElapsedTimer timer;
    timer.start();
    std::size_t valid = 0;
    for (const SignedMessage &m : community.signatures) {
        valid += crypto_sign_verify_detached(m.signature.data(), m.message.data(), m.message.size(),
                                             community.keys[m.household].bytes.data()) == 0
                     ? 1
                     : 0;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (valid != community.signatures.size())
        qFatal("libsodium refused %zu signatures", community.signatures.size() - valid);
    return seconds;
}

// The replica: decode, verify and apply every entry to a fresh ParticipantChains.
double catchUp(const Community &community)
{
    QElapsedTimer timer;
    timer.start();
    ParticipantChains chains;
    std::size_t accepted = 0;
    for (const QByteArray &bytes : community.encoded) {
        const DecodeResult decoded = decode(bytes);
        if (!decoded.entry)
            qFatal("refused: %s", qPrintable(decoded.error.toString()));
        const ParticipantChains::Result result = chains.submit(*decoded.entry);
        if (!result.verdict.accepted())
            qFatal("refused: %s", qPrintable(result.verdict.text));
        accepted += result.accepted.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (accepted != community.encoded.size())
        qFatal("accepted %zu of %zu entries", accepted, community.encoded.size());
    return seconds;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption householdsOption(u"households"_s, u"Households, one chain each (100)."_s, u"H"_s,
                                              u"100"_s);
    const QCommandLineOption entriesOption(u"entries"_s, u"Entries per household (10000)."_s, u"E"_s,
                                           u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each pass (3)."_s, u"R"_s, u"3"_s);
    parser.addOptions({householdsOption, entriesOption, runsOption});
    parser.process(app);
    const int households = std::max(1, parser.value(householdsOption).toInt());
    const int entries = std::max(1, parser.value(entriesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!cryptoAvailable())
        qFatal("libsodium cannot initialise");

    QElapsedTimer setup;
    setup.start();
    const Community community = makeCommunity(households, entries);
    const double total = double(community.encoded.size());
    std::printf("entries                      %.0f (%d households x %d), signed in %.1f s\n", total, households,
                entries, double(setup.nsecsElapsed()) / 1e9);

    std::vector<double> rawSeconds, ledgerSeconds;
    for (int run = 0; run < runs; ++run) {
        rawSeconds.push_back(verifyRaw(community));
        ledgerSeconds.push_back(catchUp(community));
        std::printf("run %d                        raw verify %.0f/s, ledger %.0f/s, catch-up %.2f s\n", run + 1,
                    total / rawSeconds.back(), total / ledgerSeconds.back(), ledgerSeconds.back());
        std::fflush(stdout);
    }
    const double raw = median(rawSeconds), ledger = median(ledgerSeconds);
    const double ratio = raw / ledger;
    std::printf("raw verify (median)          %.0f entries/s  (%.2f s)\n", total / raw, raw);
    std::printf("decode+verify+apply (median) %.0f entries/s  (%.2f s: the catch-up)\n", total / ledger, ledger);
    std::printf("ratio ledger / raw verify    %.2f\n", ratio);
    std::printf("target >= 0.5                %s\n", ratio >= 0.5 ? "met" : "MISSED");
    return ratio >= 0.5 ? 0 : 1;
}
