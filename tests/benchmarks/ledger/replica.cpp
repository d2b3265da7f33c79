// Catching up into the persistent replica (backend/ledger/replica.*): H households' chains of E entries each,
// as canonical bytes in the order a replica catching up receives them (every household's entry 1, then every
// entry 2, ...), submitted with submitBatch in batches of B to a new SQLite file: decode, verify, chain rules
// and the transaction. Then the file is reopened, which restores the chains' state from it.
//   bench_ledgerreplica [--households H] [--entries E] [--batch B] [--dir DIR]
#include "ledger/chain.h"
#include "ledger/replica.h"
#include "ledger/encoding.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace commonwatt::ledger;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"households"_s, u"Participants."_s, u"H"_s, u"50"_s});
    parser.addOption({u"entries"_s, u"Entries per participant."_s, u"E"_s, u"4000"_s});
    parser.addOption({u"batch"_s, u"Entries per submitBatch."_s, u"B"_s, u"5000"_s});
    parser.addOption({u"dir"_s, u"Folder for the database (default: a temporary one)."_s, u"DIR"_s});
    parser.process(application);
    const int households = parser.value(u"households"_s).toInt();
    const int entries = parser.value(u"entries"_s).toInt();
    const auto batch = static_cast<std::size_t>(parser.value(u"batch"_s).toInt());
    if (households <= 0 || entries <= 0 || batch == 0) {
        std::fprintf(stderr, "households, entries and batch must be positive\n");
        return 64;
    }

    std::vector<SecretKey> keys;
    std::vector<Hash> previous(static_cast<std::size_t>(households));
    for (int h = 0; h < households; ++h) {
        Seed seed;
        seed.bytes.fill(0x42);
        std::memcpy(seed.bytes.data(), &h, sizeof h);
        keys.push_back(*SecretKey::fromSeed(seed));
    }
    std::vector<QByteArray> encoded;
    encoded.reserve(static_cast<std::size_t>(households) * static_cast<std::size_t>(entries));
    for (int s = 1; s <= entries; ++s) {
        for (int h = 0; h < households; ++h) {
            const auto i = static_cast<std::size_t>(h);
            Entry entry;
            entry.sequence = static_cast<std::uint64_t>(s);
            entry.previous = previous[i];
            entry.timestampMs = 1'790'000'000'000 + 900'000LL * s;
            entry.payload = TradeOffer{entry.timestampMs, entry.timestampMs + 900'000, 1000 + s, 250, 2};
            entry.sign(keys[i]);
            previous[i] = entry.hash();
            encoded.push_back(encode(entry));
        }
    }

    // The baseline, in the same run: the same entries decoded, verified and applied to the chains in memory,
    // which is all a replica does but the storing.
    QElapsedTimer timer;
    timer.start();
    {
        ParticipantChains chains;
        for (const QByteArray &bytes : encoded) {
            const DecodeResult decoded = decode(bytes);
            if (!decoded.entry || !chains.submit(*decoded.entry).verdict.accepted()) {
                std::fprintf(stderr, "the baseline refused an entry\n");
                return 1;
            }
        }
    }
    const qint64 memoryNs = timer.nsecsElapsed();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const QString path = dir + u"/bench-ledger.db"_s;
    QFile::remove(path);
    LedgerReplica replica;
    if (const auto error = replica.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    timer.restart();
    for (std::size_t at = 0; at < encoded.size(); at += batch) {
        const std::size_t n = std::min(batch, encoded.size() - at);
        const auto result = replica.submitBatch(std::span<const QByteArray>(encoded.data() + at, n), 0);
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
    }
    const qint64 submitNs = timer.nsecsElapsed();
    if (replica.entryCount() != static_cast<std::int64_t>(encoded.size())) {
        std::fprintf(stderr, "accepted %lld of %zu\n", static_cast<long long>(replica.entryCount()),
                     encoded.size());
        return 1;
    }
    replica.close();
    timer.restart();
    if (const auto error = replica.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    const qint64 reopenNs = timer.nsecsElapsed();
    const double seconds = static_cast<double>(submitNs) / 1e9;
    std::printf("%zu entries from %d participants, batches of %zu: %.2f s, %.0f entries/s persisted; "
                "reopen (restore) %.0f ms; file %.1f MB\n",
                encoded.size(), households, batch, seconds, static_cast<double>(encoded.size()) / seconds,
                static_cast<double>(reopenNs) / 1e6, static_cast<double>(QFileInfo(path).size()) / 1e6);
    const double memorySeconds = static_cast<double>(memoryNs) / 1e9;
    std::printf("baseline in memory (decode, verify, chain rules): %.2f s, %.0f entries/s; ratio stored / in "
                "memory %.2f\n",
                memorySeconds, static_cast<double>(encoded.size()) / memorySeconds, memorySeconds / seconds);
    return 0;
}
