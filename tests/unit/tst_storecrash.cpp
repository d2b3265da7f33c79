// Kills a process mid-ingest with SIGKILL and checks what the database kept: every commit the child
// reported, at most the one batch it had no time to report, nothing else, and an intact file.
#include "storecrashpattern.h"
#include "storetesthelpers.h"

#include "storage/readingsstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace commonwatt::storage;
using namespace storetest;
using namespace Qt::StringLiterals;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidIngestKeepsEveryReportedBatch_data();
    void killedMidIngestKeepsEveryReportedBatch();
};

void TestStoreCrash::killedMidIngestKeepsEveryReportedBatch_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("batchesBeforeKill");
    QTest::addColumn<int>("extraDelayMs");
    QTest::newRow("early, small batches") << 500 << 3 << 0;
    QTest::newRow("mid, some delay") << 1000 << 8 << 7;
    QTest::newRow("later, big batches") << 4000 << 12 << 3;
    QTest::newRow("later, odd delay") << 1500 << 20 << 13;
    QTest::newRow("first batch") << 700 << 1 << 1;
}

void TestStoreCrash::killedMidIngestKeepsEveryReportedBatch()
{
    QFETCH(int, batchSize);
    QFETCH(int, batchesBeforeKill);
    QFETCH(int, extraDelayMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(STORECRASH_CHILD), {u"ingest"_s, path, QString::number(batchSize)});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    QByteArray output;
    const auto reports = [&] { return output.count("committed "); };
    while (reports() < batchesBeforeKill) {
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        child.waitForReadyRead(200);
        output += child.readAllStandardOutput();
    }
    QThread::msleep(static_cast<unsigned long>(extraDelayMs)); // real time on purpose: where the kill lands
    child.kill();                                              // SIGKILL
    QVERIFY(child.waitForFinished(10'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();

    qint64 reported = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            reported = line.split(' ').at(1).toLongLong();
    }
    QVERIFY(reported > 0);

    // The file as the kill left it, read through its -wal without changing anything.
    QVERIFY(QFile::exists(path + u"-wal"_s));
    QCOMPARE(Db(path, SQLITE_OPEN_READONLY).text("PRAGMA integrity_check"), u"ok"_s);
    // The store itself reopens it, -wal and all.
    QVERIFY(QFile::exists(path + u"-wal"_s));
    {
        ReadingsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        for (int i = 0; i < storecrash::kChannels; ++i) // the same ids: none was created anew
            QCOMPARE(store.channel(u"crash"_s, u"c%1"_s.arg(i), u"W"_s), ChannelId{i + 1});
    }
    {
        const Db db(path, SQLITE_OPEN_READWRITE);
        QCOMPARE(db.text("PRAGMA integrity_check"), u"ok"_s);
        QHash<ChannelId, int> channelIndex;
        db.each("SELECT id, name FROM channels", [&](sqlite3_stmt *s) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
            channelIndex.insert(static_cast<ChannelId>(sqlite3_column_int64(s, 0)), name.mid(1).toInt());
        });
        QCOMPARE(channelIndex.size(), storecrash::kChannels);

        // Readings are committed in the order they were appended, a batch at a time: the file must hold
        // exactly the first `stored` readings of the pattern, with their values.
        const QMap<Key, double> readings = db.readings();
        const qint64 stored = readings.size();
        qint64 wrong = 0;
        qint64 beyond = 0;
        for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
            const qint64 k = storecrash::indexOf(channelIndex.value(it.key().first), it.key().second);
            if (k >= stored)
                ++beyond;
            else if (it.value() != storecrash::valueOf(k))
                ++wrong;
        }
        QCOMPARE(beyond, qint64{0});
        QCOMPARE(wrong, qint64{0});
        QVERIFY2(stored >= reported,
                 qPrintable(u"lost committed readings: %1 stored, %2 reported"_s.arg(stored).arg(reported)));
        QVERIFY2(stored <= reported + batchSize,
                 qPrintable(
                     u"more than one unreported batch: %1 stored, %2 reported"_s.arg(stored).arg(reported)));
        qInfo("killed after %lld reported readings; %lld stored", reported, stored);

        // The rollups went down in the same transactions as their readings.
        QString difference =
            firstDifference(rollupTable(db, "rollup_5min"), aggregate(readings, kFiveMinutes));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        difference = firstDifference(rollupTable(db, "rollup_hour"), aggregate(readings, kHour));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
