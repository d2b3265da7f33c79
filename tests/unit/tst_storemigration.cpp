// A database made by a version-1 store is migrated to the current schema: data kept, rollups back-filled,
// and the old file backed up first.
#include "storetesthelpers.h"

#include "storage/readingsstore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace commonwatt::storage;
using namespace storetest;
using namespace Qt::StringLiterals;

namespace {

StoreOptions optionsFor(int schemaVersion)
{
    StoreOptions options;
    options.schemaVersion = schemaVersion;
    options.retention = RetentionPolicy{0, 0, 0};
    return options;
}

std::vector<Reading> randomReadings(QRandomGenerator &random, const QList<ChannelId> &channels, int count)
{
    std::vector<Reading> readings;
    for (int i = 0; i < count; ++i) {
        readings.push_back(Reading{channels[random.bounded(channels.size())],
                                   1'700'000'000'000 + static_cast<qint64>(random.bounded(5 * 86'400)) * 1000,
                                   static_cast<double>(random.bounded(-100'000, 100'000)) / 256.0});
    }
    return readings;
}

} // namespace

class TestStoreMigration : public QObject
{
    Q_OBJECT

private slots:
    void version1IsMigratedAndBackedUp();
    void olderTargetRefusesNewerFile();
    void version2GainsForecastAccuracy();
    void version3GainsEventResponses();
};

void TestStoreMigration::version1IsMigratedAndBackedUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    const QString backup = path + u".v1.bak"_s;
    QRandomGenerator random(1);
    QMap<Key, double> expected;
    QList<ChannelId> channels;
    {
        ReadingsStore store;
        QVERIFY2(store.open(path, optionsFor(1)), qPrintable(store.errorString()));
        for (int i = 0; i < 3; ++i)
            channels << store.channel(u"device"_s, QString::number(i), u"W"_s);
        for (const Reading &r : randomReadings(random, channels, 20'000)) {
            store.append(r);
            expected.insert({r.channel, r.timestampMs}, r.value);
        }
    }
    {
        const Db db(path);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{1});
        QCOMPARE(db.integer("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'rollup%'"), qint64{0});
        QVERIFY(db.readings() == expected);
    }
    QVERIFY(!QFile::exists(backup)); // a new file is created, not migrated

    ReadingsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    {
        const Db db(path);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{ReadingsStore::kCurrentSchemaVersion});
        QVERIFY(db.readings() == expected);
        QString difference =
            firstDifference(rollupTable(db, "rollup_5min"), aggregate(expected, kFiveMinutes));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        difference = firstDifference(rollupTable(db, "rollup_hour"), aggregate(expected, kHour));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    {
        QVERIFY(QFile::exists(backup));
        const Db db(backup);
        QCOMPARE(db.text("PRAGMA integrity_check"), u"ok"_s);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{1});
        QCOMPARE(db.integer("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'rollup%'"), qint64{0});
        QCOMPARE(db.integer("SELECT count(*) FROM channels"), qint64{channels.size()});
        QVERIFY(db.readings() == expected);
    }

    // Ingest goes on over the back-filled buckets, including readings that replace migrated ones.
    QCOMPARE(store.channel(u"device"_s, u"1"_s, u"W"_s), channels[1]);
    std::vector<Reading> more = randomReadings(random, channels, 5000);
    for (int i = 0; i < 200; ++i) {
        const Key key = std::next(expected.cbegin(), random.bounded(expected.size())).key();
        more.push_back(Reading{key.first, key.second, static_cast<double>(i)});
    }
    store.append(more);
    for (const Reading &r : more)
        expected.insert({r.channel, r.timestampMs}, r.value);
    QVERIFY(store.waitForFlushed());
    {
        const Db db(path);
        QVERIFY(db.readings() == expected);
        QString difference =
            firstDifference(rollupTable(db, "rollup_5min"), aggregate(expected, kFiveMinutes));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        difference = firstDifference(rollupTable(db, "rollup_hour"), aggregate(expected, kHour));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    store.close();

    // Opening a current database neither migrates nor backs up again.
    const FileSnapshot backupBefore = snapshot(backup);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    store.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    QVERIFY(snapshot(backup) == backupBefore);
}

void TestStoreMigration::olderTargetRefusesNewerFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    {
        ReadingsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
    }
    const FileSnapshot before = snapshot(path);
    ReadingsStore store;
    QVERIFY(!store.open(path, optionsFor(1)));
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"version %1"_s.arg(ReadingsStore::kCurrentSchemaVersion)),
             qPrintable(store.errorString()));
    QVERIFY(snapshot(path) == before);
}

// v3 adds the forecast-accuracy table: a version-2 file keeps its readings and rollups byte for byte, is
// backed up first, and takes accuracy rows that add up per quantity, horizon and day.
void TestStoreMigration::version2GainsForecastAccuracy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    const QString backup = path + u".v2.bak"_s;
    QRandomGenerator random(2);
    QMap<Key, double> expected;
    {
        ReadingsStore store;
        QVERIFY2(store.open(path, optionsFor(2)), qPrintable(store.errorString()));
        const QList<ChannelId> channels{store.channel(u"grid"_s, u"power"_s, u"kW"_s),
                                        store.channel(u"pv"_s, u"power"_s, u"kW"_s)};
        for (const Reading &r : randomReadings(random, channels, 10'000)) {
            store.append(r);
            expected.insert({r.channel, r.timestampMs}, r.value);
        }
        // A version-2 store has nowhere to keep accuracy: ignored, not an error.
        store.addForecastErrors({ForecastErrorDay{u"pv"_s, 24, QDate(2026, 6, 1), 4, 1.0, 2.0}});
    }
    QMap<Key, Aggregate> fiveMinutesBefore;
    QMap<Key, Aggregate> hoursBefore;
    {
        const Db db(path);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{2});
        QCOMPARE(db.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'forecast_accuracy'"),
                 qint64{0});
        fiveMinutesBefore = rollupTable(db, "rollup_5min");
        hoursBefore = rollupTable(db, "rollup_hour");
    }

    ReadingsStore store;
    QVERIFY2(store.open(path, optionsFor(0)), qPrintable(store.errorString()));
    {
        const Db db(path);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{ReadingsStore::kCurrentSchemaVersion});
        QVERIFY(db.readings() == expected);
        QVERIFY(rollupTable(db, "rollup_5min") == fiveMinutesBefore);
        QVERIFY(rollupTable(db, "rollup_hour") == hoursBefore);
        QCOMPARE(db.integer("SELECT count(*) FROM forecast_accuracy"), qint64{0});
    }
    {
        QVERIFY(QFile::exists(backup));
        const Db db(backup);
        QCOMPARE(db.text("PRAGMA integrity_check"), u"ok"_s);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{2});
        QVERIFY(db.readings() == expected);
    }

    // Rows for the same quantity, horizon and day add up; others stay apart.
    const QDate day(2026, 6, 1);
    store.addForecastErrors({ForecastErrorDay{u"pv"_s, 24, day, 10, 1.5, 3.0},
                             ForecastErrorDay{u"pv"_s, 1, day, 10, 0.25, 3.0},
                             ForecastErrorDay{u"baseLoad"_s, 24, day.addDays(1), 96, 2.0, 2.5}});
    store.addForecastErrors({ForecastErrorDay{u"pv"_s, 24, day, 6, 0.5, 1.0}});
    const auto rows = await<QList<ForecastErrorDay>>(
        [&](QObject *context, auto callback) { store.queryForecastErrors(day, context, callback); });
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3);
    QVERIFY(rows->contains(ForecastErrorDay{u"pv"_s, 24, day, 16, 2.0, 4.0}));
    QVERIFY(rows->contains(ForecastErrorDay{u"pv"_s, 1, day, 10, 0.25, 3.0}));
    QVERIFY(rows->contains(ForecastErrorDay{u"baseLoad"_s, 24, day.addDays(1), 96, 2.0, 2.5}));
    const auto later = await<QList<ForecastErrorDay>>([&](QObject *context, auto callback) {
        store.queryForecastErrors(day.addDays(1), context, callback);
    });
    QVERIFY(later);
    QCOMPARE(later->size(), 1);
    store.close();

    // Kept across a restart, with no second migration or backup.
    const FileSnapshot backupBefore = snapshot(backup);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto reopened = await<QList<ForecastErrorDay>>(
        [&](QObject *context, auto callback) { store.queryForecastErrors(day, context, callback); });
    QVERIFY(reopened);
    QCOMPARE(reopened->size(), 3);
    store.close();
    QVERIFY(snapshot(backup) == backupBefore);
}

void TestStoreMigration::version3GainsEventResponses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    constexpr qint64 start = 1'800'000'000'000;
    constexpr qint64 hour = 3'600'000;
    {
        ReadingsStore store;
        QVERIFY2(store.open(path, optionsFor(3)), qPrintable(store.errorString()));
        // A version-3 store has nowhere to keep responses: ignored, not an error.
        store.setEventResponse(EventResponse{start, start + 2 * hour, 2, u"accepted"_s, start - hour});
    }
    {
        const Db db(path);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64{3});
        QCOMPARE(db.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'event_responses'"), qint64{0});
    }

    ReadingsStore store;
    QVERIFY2(store.open(path, optionsFor(0)), qPrintable(store.errorString()));
    QVERIFY(QFile::exists(path + u".v3.bak"_s));
    // A second answer to the same event replaces the first; another event keeps its own.
    store.setEventResponse(EventResponse{start, start + 2 * hour, 2, u"accepted"_s, start - 5 * hour});
    store.setEventResponse(EventResponse{start, start + 2 * hour, 2, u"declined"_s, start - 4 * hour});
    store.setEventResponse(EventResponse{start + 24 * hour, start + 26 * hour, 1, u"accepted"_s, start});
    store.close();

    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto all = await<QList<EventResponse>>(
        [&](QObject *context, auto callback) { store.queryEventResponses(0, context, callback); });
    QVERIFY(all);
    QCOMPARE(*all, (QList<EventResponse>{
                       EventResponse{start, start + 2 * hour, 2, u"declined"_s, start - 4 * hour},
                       EventResponse{start + 24 * hour, start + 26 * hour, 1, u"accepted"_s, start}}));
    // Only events that end after the given time.
    const auto later = await<QList<EventResponse>>([&](QObject *context, auto callback) {
        store.queryEventResponses(start + 2 * hour, context, callback);
    });
    QVERIFY(later);
    QCOMPARE(later->size(), 1);
    QCOMPARE(later->constFirst().eventStartMs, start + 24 * hour);
    store.close();
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
