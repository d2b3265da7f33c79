// A child process for the store's tests.
//   storecrash_child ingest <path> <batch size>: ingests the pattern of storecrashpattern.h for ever,
//   printing
//       "committed <total readings> <last timestamp>" as soon as each batch is on disk.
//   storecrash_child open <path>: tries to open the store (tst_storeerrors runs it as another user) and
//   prints
//       "opened" or the error; exits with 0 or 1.
#include "storage/readingsstore.h"
#include "storecrashpattern.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <vector>

using namespace commonwatt::storage;

namespace {

int ingest(const QString &path, int batchSize)
{
    StoreOptions options;
    options.batchSize = batchSize;
    options.flushInterval = std::chrono::milliseconds(20);
    options.retention = RetentionPolicy{0, 0, 0};
    ReadingsStore store;
    if (!store.open(path, options)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    std::vector<ChannelId> channels;
    for (int i = 0; i < storecrash::kChannels; ++i)
        channels.push_back(
            store.channel(QStringLiteral("crash"), QStringLiteral("c%1").arg(i), QStringLiteral("W")));

    // Appends outpace the writer, so that the worker is always mid-batch when the kill comes.
    // Direct, on the worker thread: the line is out before the next batch can start, so that the parent
    // knows of every commit but the one the kill interrupts.
    qint64 total = 0;
    QObject::connect(
        &store, &ReadingsStore::batchCommitted, &store,
        [&total](qint64 readings, qint64 lastTimestampMs) {
            total += readings;
            std::printf("committed %lld %lld\n", static_cast<long long>(total),
                        static_cast<long long>(lastTimestampMs));
            std::fflush(stdout);
        },
        Qt::DirectConnection);

    qint64 next = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &store, [&] {
        std::vector<Reading> readings;
        for (int i = 0; i < 1000; ++i, ++next) {
            readings.push_back(Reading{channels[static_cast<std::size_t>(next % storecrash::kChannels)],
                                       storecrash::timestampOf(next), storecrash::valueOf(next)});
        }
        store.append(readings);
    });
    tick.start();
    return QCoreApplication::exec(); // until killed
}

int tryOpen(const QString &path)
{
    ReadingsStore store;
    if (!store.open(path)) {
        std::printf("%s\n", qPrintable(store.errorString()));
        return 1;
    }
    std::printf("opened\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments[1] == u"ingest")
        return ingest(arguments[2], arguments[3].toInt());
    if (arguments.size() == 3 && arguments[1] == u"open")
        return tryOpen(arguments[2]);
    std::fprintf(stderr, "usage: storecrash_child ingest <path> <batch size> | open <path>\n");
    return 64;
}
