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
    QVERIFY2(store.errorString().contains(u"version 2"_s), qPrintable(store.errorString()));
    QVERIFY(snapshot(path) == before);
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
