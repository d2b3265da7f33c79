// A child process for tst_ledgerreplica's crash test.
//   ledgerstorecrash_child submit <path> <batch size>: submits the stream of ledgercrashpattern.h to a
//   replica in batches, for ever (until killed), printing "committed <entries submitted>" as soon as each
//   batch's transaction is committed.
#include "ledgercrashpattern.h"

#include "ledger/replica.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <vector>

using namespace commonwatt::ledger;

namespace {

int submit(const QString &path, int batchSize)
{
    LedgerReplica replica;
    if (const auto error = replica.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 2;
    }
    ledgercrash::Stream stream;
    qint64 total = 0;
    // Bounded, in case the parent dies without killing us.
    while (total < 5'000'000) {
        std::vector<QByteArray> batch;
        for (int i = 0; i < batchSize; ++i)
            batch.push_back(stream.next());
        const LedgerReplica::BatchResult result = replica.submitBatch(batch, 1'790'000'000'000 + total);
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 3;
        }
        total += batchSize;
        std::printf("committed %lld\n", static_cast<long long>(total));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments[1] == u"submit")
        return submit(arguments[2], arguments[3].toInt());
    std::fprintf(stderr, "usage: ledgerstorecrash_child submit <path> <batch size>\n");
    return 64;
}
