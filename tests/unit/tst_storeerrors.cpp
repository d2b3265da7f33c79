// open() refuses what it cannot use with a message naming the file or directory, and leaves a refused file
// exactly as it was; a failed write keeps its batch and retries.
#include "storetesthelpers.h"
#include "../support/process.h"

#include "storage/readingsstore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace commonwatt::storage;
using namespace storetest;
using namespace Qt::StringLiterals;

namespace {

// A real database of a few hundred pages, closed (so without -wal or -shm files).
void makeDatabase(const QString &path)
{
    ReadingsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const ChannelId id = store.channel(u"meter"_s, u"power"_s, u"W"_s);
    std::vector<Reading> readings;
    for (qint64 i = 0; i < 20'000; ++i)
        readings.push_back({id, 1'700'000'000'000 + i * 10'000, static_cast<double>(i)});
    store.append(readings);
}

// Opens path, expects a refusal whose message names the path and says `reason`, and checks that nothing in
// the directory changed: not the file's bytes, not its time stamp, and no -wal, -shm or backup appeared.
void expectRefused(const QString &path, const QString &reason, const StoreOptions &options = {})
{
    const QDir directory = QFileInfo(path).dir();
    const QStringList filesBefore = directory.entryList(QDir::Files | QDir::Hidden);
    const FileSnapshot before = snapshot(path);
    ReadingsStore store;
    QVERIFY(!store.open(path, options));
    QVERIFY(!store.isOpen());
    const QString error = store.errorString();
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(snapshot(path) == before);
    QCOMPARE(directory.entryList(QDir::Files | QDir::Hidden), filesBefore);
}

} // namespace

class TestStoreErrors : public QObject
{
    Q_OBJECT

private slots:
    void randomBytes();
    void damagedDatabase_data();
    void damagedDatabase();
    void anotherProgramsDatabase();
    void newerSchemaVersion();
    void unwritableDirectory();
    void directoryThroughRegularFile();
    void missingDirectoryIsCreated();
    void emptyFileIsInitialised();
    void failedWriteKeepsBatchAndRetries();
    void invalidReadingsAreDroppedWithWarning();
};

void TestStoreErrors::randomBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    expectRefused(path, u"not a Commonwatt database (file is not a database)"_s);
}

void TestStoreErrors::damagedDatabase_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("shorter than the header") << u"truncate 50"_s;
    QTest::newRow("first page only") << u"truncate 4096"_s;
    QTest::newRow("half") << u"truncate half"_s;
    QTest::newRow("one byte short") << u"truncate -1"_s;
    QTest::newRow("garbage in a page") << u"overwrite"_s;
}

void TestStoreErrors::damagedDatabase()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    makeDatabase(path);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY2(size > 20 * 4096, qPrintable(QString::number(size)));
    if (damage == u"overwrite") {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        file.seek(size / 2 / 4096 * 4096);
        file.write(garbage);
        file.close();
    } else {
        const QString how = damage.section(u' ', 1);
        const qint64 newSize = how == u"half" ? size / 2 : how.toLongLong() < 0 ? size - 1 : how.toLongLong();
        QVERIFY(file.resize(newSize));
    }
    expectRefused(path, u"not a Commonwatt database"_s);
}

void TestStoreErrors::anotherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    {
        const Db db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        QVERIFY(db.exec("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada')"));
    }
    expectRefused(path, u"another program"_s);
}

void TestStoreErrors::newerSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    makeDatabase(path);
    {
        const Db db(path, SQLITE_OPEN_READWRITE);
        QVERIFY(db.exec("PRAGMA user_version = 7"));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    expectRefused(path, u"schema version 7; this build reads up to version %1"_s.arg(
                            ReadingsStore::kCurrentSchemaVersion));
}

void TestStoreErrors::unwritableDirectory()
{
    QTemporaryDir dir;
    const QString readOnly = dir.filePath(u"readonly"_s);
    QVERIFY(QDir().mkdir(readOnly));
    const QString existing = readOnly + u"/existing.db"_s;
    makeDatabase(existing);
    const auto readOnlyMode = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::ExeOther; // 0555
    QVERIFY(QFile::setPermissions(readOnly, readOnlyMode));
    const FileSnapshot before = snapshot(existing);

    if (::geteuid() != 0) {
        expectRefused(readOnly + u"/new.db"_s, u"The data directory "_s + readOnly + u" is not writable"_s);
        expectRefused(existing, u"The data directory "_s + readOnly + u" is not writable"_s);
        return;
    }
    // Root writes anywhere, so the check runs as nobody, in a child process.
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (setpriv.isEmpty())
        QSKIP("running as root without setpriv: cannot drop privileges to test an unwritable directory");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString program = commonwatt::testing::copyForAnotherUser(
        QStringLiteral(STORECRASH_CHILD), QStringLiteral(COMMONWATT_PLUGINAPI_LIBRARY), dir.path(), &environment);
    QVERIFY(!program.isEmpty());
    QVERIFY(QFile::setPermissions(dir.path(), readOnlyMode | QFile::WriteOwner)); // nobody may walk in
    for (const QString &path : QStringList{readOnly + u"/new.db"_s, existing}) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(setpriv, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, program, u"open"_s, path});
        QVERIFY(child.waitForFinished(60'000));
        const QString output = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 1,
                 qPrintable(output + QString::fromLocal8Bit(child.readAllStandardError())));
        QVERIFY2(output.contains(u"The data directory "_s + readOnly + u" is not writable"_s),
                 qPrintable(output));
    }
    QVERIFY(snapshot(existing) == before);
    QCOMPARE(QDir(readOnly).entryList(QDir::Files | QDir::Hidden), QStringList{u"existing.db"_s});
}

void TestStoreErrors::directoryThroughRegularFile()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain"_s);
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a directory");
    file.close();
    const QString directory = plain + u"/data"_s;
    ReadingsStore store;
    QVERIFY(!store.open(directory + u"/store.db"_s));
    QVERIFY2(store.errorString().contains(u"Cannot create the data directory "_s + directory),
             qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"Not a directory"_s), qPrintable(store.errorString()));
    QVERIFY(QFileInfo(plain).isFile());
}

void TestStoreErrors::missingDirectoryIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c/store.db"_s);
    ReadingsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.path(), path);
    QVERIFY(QFileInfo(path).isFile());
}

void TestStoreErrors::emptyFileIsInitialised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly)); // what `touch` leaves: SQLite reads it as an empty database
    file.close();
    {
        ReadingsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
    }
    const Db db(path);
    QCOMPARE(db.integer("PRAGMA user_version"), qint64{ReadingsStore::kCurrentSchemaVersion});
    QVERIFY(!QFile::exists(path + u".v0.bak"_s));
}

void TestStoreErrors::failedWriteKeepsBatchAndRetries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    StoreOptions options;
    options.flushInterval = std::chrono::milliseconds(50);
    ReadingsStore store;
    QVERIFY2(store.open(path, options), qPrintable(store.errorString()));
    QStringList failures;
    qint64 committed = 0;
    QObject receiver; // on this thread: the store's signals come from its worker
    connect(&store, &ReadingsStore::writeFailed, &receiver,
            [&](const QString &message) { failures << message; });
    connect(&store, &ReadingsStore::batchCommitted, &receiver,
            [&](qint64 readings, qint64) { committed += readings; });
    const ChannelId id = store.channel(u"meter"_s, u"power"_s, u"W"_s);
    for (int i = 0; i < 10; ++i)
        store.append(Reading{id, i * 1000, 1.0});
    QVERIFY(store.waitForFlushed());

    // Another connection holds the write lock: the store's next batch fails and stays pending.
    Db locker(path, SQLITE_OPEN_READWRITE);
    QVERIFY(locker.exec("BEGIN IMMEDIATE"));
    for (int i = 10; i < 60; ++i)
        store.append(Reading{id, i * 1000, 2.0});
    store.flush();
    QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 20'000);
    QVERIFY2(failures.first().contains(path), qPrintable(failures.first()));
    QVERIFY2(failures.first().contains(u"50 readings"_s), qPrintable(failures.first()));
    QVERIFY(!store.waitForFlushed(std::chrono::milliseconds(100)));
    QVERIFY(locker.exec("ROLLBACK"));

    QVERIFY(store.waitForFlushed());
    QTRY_COMPARE(committed, qint64{60});
    QCOMPARE(locker.integer("SELECT count(*) FROM readings"), qint64{60});
    QCOMPARE(locker.integer("SELECT sum(count) FROM rollup_hour"), qint64{60});
    QCOMPARE(locker.integer("SELECT sum(sum) FROM rollup_5min"), qint64{110});
}

void TestStoreErrors::invalidReadingsAreDroppedWithWarning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    ReadingsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const ChannelId id = store.channel(u"meter"_s, u"power"_s, u"W"_s);
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(u"dropped 3 readings with an unknown channel or a value that is not a number"_s));
    store.append(std::vector<Reading>{{id, 1000, 1.0},
                                      {id, 2000, std::numeric_limits<double>::quiet_NaN()},
                                      {id, 3000, std::numeric_limits<double>::infinity()},
                                      {id + 7, 4000, 1.0},
                                      {id, 5000, 2.0}});
    QVERIFY(store.waitForFlushed());
    const Db db(path);
    QCOMPARE(db.integer("SELECT count(*) FROM readings"), qint64{2});
    QCOMPARE(db.integer("SELECT sum(count) FROM rollup_hour"), qint64{2});
}

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_storeerrors.moc"
