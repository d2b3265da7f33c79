// The readings store against its own database file: rollups and counter deltas are checked against
// references computed here from the raw readings, on randomised (seeded) data.
#include "storetesthelpers.h"

#include "storage/readingsstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

using namespace commonwatt::storage;
using namespace storetest;
using namespace Qt::StringLiterals;

namespace {

StoreOptions manualFlushOptions(int batchSize)
{
    StoreOptions options;
    options.batchSize = batchSize;
    options.flushInterval = std::chrono::hours(1); // only full batches and explicit flushes write
    options.retention = RetentionPolicy{0, 0, 0};
    return options;
}

} // namespace

class TestReadingsStore : public QObject
{
    Q_OBJECT

private slots:
    void rollupsMatchRawReadings();
    void counterDeltasMatchRawAnswer();
    void channelIdsStableAcrossReopen();
    void retentionRemovesExactly();
    void queriesSeePendingWritesAndDeliverOnCallersThread();
    void queryContextDeletedBeforeDelivery();
    void appendFromSeveralThreads();
    void yearOfTenSecondReadings();
};

void TestReadingsStore::rollupsMatchRawReadings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    ReadingsStore store;
    QVERIFY2(store.open(path, manualFlushOptions(700)), qPrintable(store.errorString()));

    QRandomGenerator random(20240611);
    QList<ChannelId> channels;
    for (int i = 0; i < 5; ++i)
        channels << store.channel(QStringLiteral("meter-%1").arg(i), QStringLiteral("power"),
                                  QStringLiteral("W"));
    const qint64 start = 1'700'000'123'000;
    QMap<Key, double> expected; // the last value appended for each key wins

    for (int round = 0; round < 6; ++round) {
        std::vector<Reading> readings;
        const int count = 3000 + random.bounded(2000);
        for (int i = 0; i < count; ++i) {
            Reading reading;
            if (!expected.isEmpty() && random.bounded(100) < 4) {
                // Sent again with another value: it replaces the stored one, whose rollups must follow.
                const Key key = std::next(expected.cbegin(), random.bounded(expected.size())).key();
                reading = Reading{key.first, key.second, exactValue(random)};
            } else {
                // Second resolution over three days: some keys also repeat by chance within a batch.
                reading = Reading{channels[random.bounded(channels.size())],
                                  start + static_cast<qint64>(random.bounded(3 * 86'400)) * 1000,
                                  exactValue(random)};
            }
            readings.push_back(reading);
            expected.insert({reading.channel, reading.timestampMs}, reading.value);
        }
        appendInPieces(store, readings, random);
        if (round % 2 == 1)
            QVERIFY(store.waitForFlushed());
    }
    QVERIFY(store.waitForFlushed());

    const Db db(path);
    const QMap<Key, double> stored = db.readings();
    QCOMPARE(stored.size(), expected.size());
    QVERIFY(stored == expected);
    QString difference = firstDifference(rollupTable(db, "rollup_5min"), aggregate(expected, kFiveMinutes));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const QMap<Key, Aggregate> hours = aggregate(expected, kHour);
    difference = firstDifference(rollupTable(db, "rollup_hour"), hours);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // The same buckets through the query API.
    const ChannelId channel = channels[2];
    const auto rollups = await<QList<Rollup>>([&](QObject *context, auto callback) {
        store.queryRollups(channel, Resolution::Hour, start - kDay, start + 4 * kDay, context, callback);
    });
    QVERIFY(rollups);
    QMap<Key, Aggregate> fromApi;
    for (const Rollup &r : *rollups) {
        QCOMPARE(r.channel, channel);
        fromApi.insert({r.channel, r.bucketStartMs},
                       Aggregate{r.count, r.sum, r.min, r.max, r.first, 0, r.last, 0});
    }
    QMap<Key, Aggregate> expectedForChannel;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        if (it.key().first == channel)
            expectedForChannel.insert(
                it.key(), Aggregate{it->count, it->sum, it->min, it->max, it->first, 0, it->last, 0});
    }
    difference = firstDifference(fromApi, expectedForChannel);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(std::is_sorted(rollups->cbegin(), rollups->cend(), [](const Rollup &a, const Rollup &b) {
        return a.bucketStartMs < b.bucketStartMs;
    }));
}

void TestReadingsStore::counterDeltasMatchRawAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    ReadingsStore store;
    QVERIFY2(store.open(path, manualFlushOptions(500)), qPrintable(store.errorString()));

    QRandomGenerator random(77);
    const qint64 start = 1'710'000'000'000 + 12'345;
    QHash<ChannelId, QMap<qint64, double>> series;
    std::vector<Reading> readings;
    for (int c = 0; c < 3; ++c) {
        const ChannelId id =
            store.channel(QStringLiteral("meter"), QStringLiteral("import-%1").arg(c), QStringLiteral("kWh"));
        qint64 ts = start + random.bounded(600'000);
        double value = random.bounded(1000);
        while (ts < start + 2 * kDay) {
            series[id].insert(ts, value);
            readings.push_back({id, ts, value});
            ts += 1000 + random.bounded(119'000);
            value += static_cast<double>(random.bounded(5000)) / 1024.0;
        }
    }
    std::shuffle(readings.begin(), readings.end(), *QRandomGenerator::global());
    appendInPieces(store, readings, random);

    // Ranges aligned to the hour, to 5 minutes, and not at all; inside, across and outside the data.
    const QList<ChannelId> channels = series.keys();
    const auto checkRanges = [&](const QList<qint64> &alignments) {
        for (int i = 0; i < 120; ++i) {
            const qint64 alignment = alignments[i % alignments.size()];
            qint64 from = floorTo(start - 3 * kHour + random.bounded(2 * kDay + 6 * kHour), alignment);
            qint64 to = floorTo(start - 3 * kHour + random.bounded(2 * kDay + 6 * kHour), alignment);
            if (from == to)
                continue;
            if (from > to)
                std::swap(from, to);
            const auto deltas = await<QHash<ChannelId, double>>([&](QObject *context, auto callback) {
                store.queryCounterDeltas(channels, from, to, context, callback);
            });
            QVERIFY(deltas);
            for (const ChannelId channel : channels) {
                const std::optional<double> expected = rawDelta(series[channel], from, to);
                QVERIFY2(deltas->contains(channel) == expected.has_value(),
                         qPrintable(QStringLiteral("channel %1 [%2, %3)").arg(channel).arg(from).arg(to)));
                if (expected) {
                    QVERIFY2(deltas->value(channel) == *expected,
                             qPrintable(QStringLiteral("channel %1 [%2, %3): %4, expected %5")
                                            .arg(channel)
                                            .arg(from)
                                            .arg(to)
                                            .arg(deltas->value(channel), 0, 'g', 17)
                                            .arg(*expected, 0, 'g', 17)));
                }
            }
        }
    };
    checkRanges({kHour, kFiveMinutes, 1});
    if (QTest::currentTestFailed())
        return;

    // With the raw readings gone, the rollups alone must still be exact at their own boundaries.
    store.close();
    {
        const Db db(path, SQLITE_OPEN_READWRITE);
        QVERIFY(db.exec("DELETE FROM readings"));
    }
    QVERIFY2(store.open(path, manualFlushOptions(500)), qPrintable(store.errorString()));
    checkRanges({kHour, kFiveMinutes});
}

void TestReadingsStore::channelIdsStableAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    QHash<QString, ChannelId> ids;
    {
        ReadingsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        ids[u"a"_s] = store.channel(u"inverter"_s, u"power"_s, u"W"_s);
        ids[u"b"_s] = store.channel(u"meter"_s, u"power"_s, u"W"_s);
        ids[u"c"_s] = store.channel(u"meter"_s, u"import"_s, u"kWh"_s); // never gets a reading
        QCOMPARE(store.channel(u"inverter"_s, u"power"_s, u"W"_s), ids[u"a"_s]);
        QCOMPARE(QSet<ChannelId>(ids.cbegin(), ids.cend()).size(), 3);
        store.append(Reading{ids[u"a"_s], 1000, 1.0});
        store.append(Reading{ids[u"b"_s], 1000, 2.0});
    } // the destructor writes what is pending, including channel c
    ReadingsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.channel(u"meter"_s, u"import"_s, u"kWh"_s), ids[u"c"_s]);
    QCOMPARE(store.channel(u"meter"_s, u"power"_s, u"W"_s), ids[u"b"_s]);
    QCOMPARE(store.channel(u"inverter"_s, u"power"_s, u"W"_s), ids[u"a"_s]);
    const ChannelId fresh = store.channel(u"battery"_s, u"soc"_s, u"%"_s);
    QCOMPARE(fresh, *std::max_element(ids.cbegin(), ids.cend()) + 1);
    QVERIFY(store.waitForFlushed());

    const Db db(path);
    QCOMPARE(db.integer("SELECT count(*) FROM channels"), qint64{4});
    QCOMPARE(db.text("SELECT device || '/' || name || '/' || unit FROM channels WHERE id = 3"),
             u"meter/import/kWh"_s);
    QCOMPARE(db.integer("SELECT count(*) FROM readings"), qint64{2});
}

void TestReadingsStore::retentionRemovesExactly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    StoreOptions options = manualFlushOptions(1'000'000); // everything below is written in one batch
    options.retention = RetentionPolicy{2, 5, 10};
    ReadingsStore store;
    QVERIFY2(store.open(path, options), qPrintable(store.errorString()));
    const ChannelId power = store.channel(u"meter"_s, u"power"_s, u"W"_s);
    const ChannelId counter = store.channel(u"meter"_s, u"import"_s, u"kWh"_s);

    QRandomGenerator random(5);
    const qint64 start = 1'704'067'200'000 + 17'000; // 2024-01-01 plus 17 s: nothing on a boundary
    QMap<Key, double> all;
    QMap<qint64, double> counterSeries;
    std::vector<Reading> readings;
    double total = 0;
    for (qint64 ts = start; ts < start + 12 * kDay; ts += kMinute) {
        readings.push_back({power, ts, exactValue(random)});
        total += static_cast<double>(random.bounded(100)) / 64.0;
        readings.push_back({counter, ts, total});
        counterSeries.insert(ts, total);
    }
    for (const Reading &r : readings)
        all.insert({r.channel, r.timestampMs}, r.value);
    store.append(readings);
    QVERIFY(store.waitForFlushed());

    const auto check = [&](qint64 newest) {
        const Db db(path);
        QMap<Key, double> raw;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key().second >= newest - 2 * kDay)
                raw.insert(it.key(), it.value());
        }
        const QMap<Key, double> stored = db.readings();
        QCOMPARE(stored.size(), raw.size());
        QVERIFY(stored == raw);
        for (const auto &[table, width, days] :
             {std::tuple("rollup_5min", kFiveMinutes, 5), std::tuple("rollup_hour", kHour, 10)}) {
            QMap<Key, Aggregate> kept = aggregate(all, width);
            kept.removeIf([&](QMap<Key, Aggregate>::iterator bucket) {
                return bucket.key().second + width <= newest - days * kDay;
            });
            const QString difference = firstDifference(rollupTable(db, table), kept);
            QVERIFY2(difference.isEmpty(), qPrintable(QString::fromLatin1(table) + u": " + difference));
        }
    };
    const qint64 newest = readings.back().timestampMs;
    check(newest);
    if (QTest::currentTestFailed())
        return;

    // Less than an hour of data later, retention does not run again: nothing is deleted.
    all.insert({power, newest + 30 * kMinute}, 1.0);
    store.append(Reading{power, newest + 30 * kMinute, 1.0});
    QVERIFY(store.waitForFlushed());
    check(newest);
    if (QTest::currentTestFailed())
        return;

    // An hour on, it does.
    const qint64 later = newest + 61 * kMinute;
    all.insert({power, later}, 2.0);
    store.append(Reading{power, later, 2.0});
    QVERIFY(store.waitForFlushed());
    check(later);
    if (QTest::currentTestFailed())
        return;

    // A reading from the pruned period would be counted twice in its rollups: it is refused.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"dropped 1 readings older than the raw retention"_s));
    store.append(Reading{power, later - 3 * kDay, 3.0});
    QVERIFY(store.waitForFlushed());
    check(later);

    // Raw readings of the counter are gone for most of the period; hourly buckets still give exact deltas.
    for (int i = 0; i < 50; ++i) {
        const qint64 from = floorTo(later - 9 * kDay + random.bounded(9 * kDay), kHour);
        const qint64 to = from + (1 + random.bounded(48)) * kHour;
        const auto deltas = await<QHash<ChannelId, double>>([&](QObject *context, auto callback) {
            store.queryCounterDeltas({counter}, from, to, context, callback);
        });
        QVERIFY(deltas);
        QCOMPARE(deltas->value(counter, -1), rawDelta(counterSeries, from, to).value_or(-1));
    }
}

void TestReadingsStore::queriesSeePendingWritesAndDeliverOnCallersThread()
{
    QTemporaryDir dir;
    ReadingsStore store;
    QVERIFY2(store.open(dir.filePath(u"store.db"_s), manualFlushOptions(100'000)),
             qPrintable(store.errorString()));
    const ChannelId id = store.channel(u"meter"_s, u"import"_s, u"kWh"_s);
    store.append(std::vector<Reading>{{id, 1000, 5.0}, {id, 2000, 7.5}}); // pending: no flush, no full batch

    QThread caller;
    caller.start();
    auto *context = new QObject;
    context->moveToThread(&caller);
    std::atomic<int> delivered{0};
    std::atomic<bool> rightThread{true};
    QList<Rollup> raw;
    qint64 latest = 0;
    QHash<ChannelId, double> deltas;
    const auto onCaller = [&] { rightThread = rightThread && QThread::currentThread() == &caller; };
    QMetaObject::invokeMethod(context, [&] {
        store.queryRollups(id, Resolution::Raw, 0, 10'000, context, [&](QList<Rollup> result) {
            onCaller();
            raw = result;
            ++delivered;
        });
        store.queryLatestTimestamp(context, [&](qint64 result) {
            onCaller();
            latest = result;
            ++delivered;
        });
        store.queryCounterDeltas({id}, 0, 10'000, context, [&](QHash<ChannelId, double> result) {
            onCaller();
            deltas = result;
            ++delivered;
        });
    });
    QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), 3, 30'000);
    QVERIFY(rightThread);
    QCOMPARE(raw.size(), 2);
    QCOMPARE(raw[1].last, 7.5);
    QCOMPARE(latest, qint64{2000});
    QCOMPARE(deltas.value(id), 2.5);
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    caller.quit();
    caller.wait();
}

void TestReadingsStore::queryContextDeletedBeforeDelivery()
{
    QTemporaryDir dir;
    ReadingsStore store;
    QVERIFY2(store.open(dir.filePath(u"store.db"_s)), qPrintable(store.errorString()));
    bool called = false;
    for (int i = 0; i < 20; ++i) {
        auto *context = new QObject;
        store.queryLatestTimestamp(context, [&](qint64) { called = true; });
        if (i % 2 == 1)
            QThread::msleep(1); // let some of them finish on the worker before their context goes
        delete context;
    }
    // Queries run in order, and their results reach this thread in order: once this one is in, the others
    // have been dropped.
    const auto last = await<qint64>(
        [&](QObject *context, auto callback) { store.queryLatestTimestamp(context, callback); });
    QVERIFY(last);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestReadingsStore::appendFromSeveralThreads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    StoreOptions options;
    options.batchSize = 1000;
    options.flushInterval = std::chrono::milliseconds(20);
    ReadingsStore store;
    QVERIFY2(store.open(path, options), qPrintable(store.errorString()));
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20'000;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<ChannelId> shared(kThreads);
    std::vector<ChannelId> own(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            shared[t] = store.channel(u"meter"_s, u"power"_s, u"W"_s);
            own[t] = store.channel(u"thread"_s, QString::number(t), u"W"_s);
            for (int i = 0; i < kPerThread; i += 50) {
                std::vector<Reading> piece;
                for (int j = i; j < i + 50; ++j)
                    piece.push_back({own[t], qint64{j} * 1000, static_cast<double>(j)});
                store.append(piece);
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait());
    QVERIFY(store.waitForFlushed());
    QVERIFY(std::all_of(shared.cbegin(), shared.cend(), [&](ChannelId id) { return id == shared[0]; }));
    const Db db(path);
    QCOMPARE(db.integer("SELECT count(*) FROM channels"), qint64{kThreads + 1});
    QCOMPARE(db.integer("SELECT count(*) FROM readings"), qint64{kThreads} * kPerThread);
    const qint64 expectedSum = qint64{kPerThread} * (kPerThread - 1) / 2;
    for (const ChannelId id : own) {
        QCOMPARE(
            db.integer(QByteArray("SELECT sum(value) FROM readings WHERE channel = " + QByteArray::number(id))
                           .constData()),
            expectedSum);
        QCOMPARE(db.integer(QByteArray("SELECT sum(count) FROM rollup_hour WHERE channel = " +
                                       QByteArray::number(id))
                                .constData()),
                 qint64{kPerThread});
    }
}

void TestReadingsStore::yearOfTenSecondReadings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QElapsedTimer timer;
    timer.start();
    ReadingsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString())); // default options: 35 days of raw readings
    const ChannelId id = store.channel(u"meter"_s, u"power"_s, u"W"_s);

    const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kStep = 10'000;
    constexpr qint64 kCount = 365 * 8640;
    QRandomGenerator random(2023);
    QMap<Key, double> lastOfHour; // enough for the reference: whole-number values make sums exact
    QMap<Key, Aggregate> hours;
    QMap<Key, Aggregate> fiveMinutes;
    std::vector<Reading> day;
    for (qint64 i = 0; i < kCount; ++i) {
        const qint64 ts = start + i * kStep;
        const double value = static_cast<double>(random.bounded(8000));
        day.push_back({id, ts, value});
        for (auto [buckets, width] : {std::pair(&hours, kHour), std::pair(&fiveMinutes, kFiveMinutes)}) {
            Aggregate &a = (*buckets)[{id, floorTo(ts, width)}];
            if (a.count++ == 0) {
                a.min = a.max = a.first = value;
                a.firstTs = ts;
            }
            a.sum += value;
            a.min = std::min(a.min, value);
            a.max = std::max(a.max, value);
            a.last = value;
            a.lastTs = ts;
        }
        if (day.size() == 8640) {
            store.append(day);
            day.clear();
        }
    }
    QVERIFY(store.waitForFlushed(std::chrono::minutes(5)));
    const qint64 newest = start + (kCount - 1) * kStep;
    qInfo("a year of 10-second readings (%lld) ingested in %.1f s", kCount,
          static_cast<double>(timer.elapsed()) / 1000);

    const auto latest = await<qint64>(
        [&](QObject *context, auto callback) { store.queryLatestTimestamp(context, callback); });
    QVERIFY(latest);
    QCOMPARE(*latest, newest);

    const Db db(path);
    QCOMPARE(hours.size(), qsizetype{8760});
    QString difference = firstDifference(rollupTable(db, "rollup_hour"), hours);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    difference = firstDifference(rollupTable(db, "rollup_5min"), fiveMinutes); // 400 days: all kept
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Raw readings: an unbroken run up to the newest, pruned to 35 days (retention runs at most hourly).
    QCOMPARE(db.integer("SELECT max(ts) FROM readings"), newest);
    const qint64 oldest = db.integer("SELECT min(ts) FROM readings");
    QCOMPARE(db.integer("SELECT count(*) FROM readings"), (newest - oldest) / kStep + 1);
    QVERIFY(oldest >= newest - 35 * kDay - kHour);
    QVERIFY(oldest <= newest - 35 * kDay + kStep);
    qInfo("checked in %.1f s", static_cast<double>(timer.elapsed()) / 1000);
}

QTEST_GUILESS_MAIN(TestReadingsStore)
#include "tst_readingsstore.moc"
