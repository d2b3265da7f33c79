// Ingest into the ReadingsStore (append everything, then waitForFlushed; rollups included) against the
// strongest plain alternative: a sqlite3 C API loop with one prepared statement and one transaction per
// batch, into the same raw schema with the same pragmas. Both run in the same process, alternately.
//   bench_ingest [--readings N] [--channels C] [--batch B] [--repetitions R]
#include "storage/readingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace commonwatt::storage;

namespace {

struct Options
{
    qint64 readings = 2'000'000;
    int channels = 20;
    int batch = StoreOptions().batchSize;
    int repetitions = 5;
};

// Channels report every 10 seconds, interleaved, as a household's devices do.
std::vector<Reading> makeReadings(const Options &options)
{
    std::vector<Reading> readings;
    readings.reserve(static_cast<std::size_t>(options.readings));
    QRandomGenerator random(42);
    const qint64 start = 1'700'000'000'000;
    for (qint64 i = 0; i < options.readings; ++i) {
        readings.push_back(Reading{static_cast<ChannelId>(i % options.channels + 1),
                                   start + i / options.channels * 10'000, random.bounded(5000.0)});
    }
    return readings;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Readings per second into a ReadingsStore.
double runStore(const Options &options, const std::vector<Reading> &readings)
{
    QTemporaryDir dir;
    StoreOptions storeOptions;
    storeOptions.batchSize = options.batch;
    ReadingsStore store;
    if (!store.open(dir.filePath(QStringLiteral("store.db")), storeOptions))
        qFatal("%s", qPrintable(store.errorString()));
    for (int c = 0; c < options.channels; ++c)
        (void)store.channel(QStringLiteral("device-%1").arg(c), QStringLiteral("power"), QStringLiteral("W"));
    if (!store.waitForFlushed())
        qFatal("cannot write the channels");
    QElapsedTimer timer;
    timer.start();
    store.append(readings);
    if (!store.waitForFlushed(std::chrono::minutes(30)))
        qFatal("the store did not finish writing");
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    store.close();
    return static_cast<double>(readings.size()) / seconds;
}

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("%s: %s", what, sqlite3_errmsg(db));
}

// Readings per second through the plain loop: same raw schema and pragmas as the store, no rollups.
double runPlainLoop(const Options &options, const std::vector<Reading> &readings)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    check(db, sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("plain.db"))).constData(), &db),
          "open");
    sqlite3_busy_timeout(db, 2000);
    check(db,
          sqlite3_exec(
              db,
              "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
              "CREATE TABLE channels(id INTEGER PRIMARY KEY, device TEXT NOT NULL, name TEXT NOT NULL,"
              "  unit TEXT NOT NULL, UNIQUE(device, name));"
              "CREATE TABLE readings(channel INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL NOT NULL,"
              "  PRIMARY KEY(channel, ts)) WITHOUT ROWID;",
              nullptr, nullptr, nullptr),
          "schema");
    for (int c = 0; c < options.channels; ++c) {
        const QByteArray sql = "INSERT INTO channels VALUES (" + QByteArray::number(c + 1) + ", 'device-" +
                               QByteArray::number(c) + "', 'power', 'W')";
        check(db, sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), "channels");
    }
    sqlite3_stmt *insert = nullptr;
    check(db,
          sqlite3_prepare_v2(db, "INSERT INTO readings(channel, ts, value) VALUES (?1, ?2, ?3)", -1, &insert,
                             nullptr),
          "prepare");

    QElapsedTimer timer;
    timer.start();
    const auto batch = static_cast<std::size_t>(options.batch);
    for (std::size_t at = 0; at < readings.size(); at += batch) {
        check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
        const std::size_t end = std::min(readings.size(), at + batch);
        for (std::size_t i = at; i < end; ++i) {
            sqlite3_bind_int64(insert, 1, readings[i].channel);
            sqlite3_bind_int64(insert, 2, readings[i].timestampMs);
            sqlite3_bind_double(insert, 3, readings[i].value);
            check(db, sqlite3_step(insert), "insert");
            sqlite3_reset(insert);
        }
        check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return static_cast<double>(readings.size()) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Readings per second into the ReadingsStore against a plain sqlite3 insert loop."));
    parser.addHelpOption();
    Options options;
    const QCommandLineOption readingsOption(QStringLiteral("readings"), QStringLiteral("Readings per run."),
                                            QStringLiteral("N"), QString::number(options.readings));
    const QCommandLineOption channelsOption(QStringLiteral("channels"), QStringLiteral("Channels."),
                                            QStringLiteral("C"), QString::number(options.channels));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Readings per transaction."),
                                         QStringLiteral("B"), QString::number(options.batch));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"), QStringLiteral("Runs of each."),
                                               QStringLiteral("R"), QString::number(options.repetitions));
    parser.addOptions({readingsOption, channelsOption, batchOption, repetitionsOption});
    parser.process(application);
    options.readings = parser.value(readingsOption).toLongLong();
    options.channels = parser.value(channelsOption).toInt();
    options.batch = parser.value(batchOption).toInt();
    options.repetitions = parser.value(repetitionsOption).toInt();
    if (options.readings < 1 || options.channels < 1 || options.batch < 1 || options.repetitions < 1) {
        std::fprintf(stderr, "readings, channels, batch and repetitions must be positive\n");
        return 64;
    }

    const std::vector<Reading> readings = makeReadings(options);
    std::printf("ingest: %lld readings, %d channels, batches of %d, %d repetitions\n",
                static_cast<long long>(options.readings), options.channels, options.batch,
                options.repetitions);
    std::printf("%-4s %22s %22s %8s\n", "run", "ReadingsStore (/s)", "sqlite3 loop (/s)", "ratio");
    std::vector<double> store;
    std::vector<double> plain;
    for (int run = 1; run <= options.repetitions; ++run) {
        plain.push_back(runPlainLoop(options, readings));
        store.push_back(runStore(options, readings));
        std::printf("%-4d %22.0f %22.0f %8.2f\n", run, store.back(), plain.back(),
                    store.back() / plain.back());
        std::fflush(stdout);
    }
    const double storeMedian = median(store);
    const double plainMedian = median(plain);
    std::printf("%-4s %22.0f %22.0f %8.2f\n", "med", storeMedian, plainMedian, storeMedian / plainMedian);
    return 0;
}
