// The commonwatt executable as a user or a service manager runs it: exit codes, messages that name the
// folder or file at fault, files left untouched, a headless run that fills the store and stops cleanly.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/mosquitto.h"
#include "../support/process.h"

#include <sqlite3.h>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Result = commonwatt::testing::ProcessResult;

Result run(const QStringList &arguments, const QStringList &prefix = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return commonwatt::testing::runProcess(QStringLiteral(COMMONWATT_BINARY), arguments, prefix, environment);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The first column of the first row, as text; empty when the query fails.
QString queryValue(const QString &database, const char *sql)
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(database.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        // On a server or in a package check there is no display: --version must not need one.
        QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            noDisplay.remove(name);
        const Result r = run({u"--version"_s}, {}, noDisplay);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"commonwatt "_s), qPrintable(r.out));
    }

    void usageErrorExitsTwo()
    {
        const Result r = run({u"--headless"_s, u"--speed"_s, u"warp"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"warp"_s), qPrintable(r.err));
    }

    void dataFolderThatCannotBeCreated()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-folder"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString requested = file + u"/data"_s;
        const Result r = run({u"--headless"_s, u"--data-dir"_s, requested});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(requested), qPrintable(r.err));
    }

    void dataFolderThatCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"readonly"_s);
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QStringList prefix;
        QString program = QStringLiteral(COMMONWATT_BINARY);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (::geteuid() == 0) {
            // Root writes anywhere: run as nobody, who can read and enter the folder but not write to it.
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot drop privileges");
            program = commonwatt::testing::copyForAnotherUser(program, QStringLiteral(COMMONWATT_PLUGINAPI_LIBRARY),
                                                              dir.path(), &environment);
            QVERIFY(!program.isEmpty());
            QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther |
                                                          QFile::ReadOther));
            prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        }
        const Result r =
            commonwatt::testing::runProcess(program, {u"--headless"_s, u"--data-dir"_s, data}, prefix, environment);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(data), qPrintable(r.err));
        QVERIFY(QDir(data).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void corruptDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"commonwatt.db"_s);
        QFile f(database);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        QRandomGenerator generator(7);
        for (char &c : junk)
            c = static_cast<char>(generator.bounded(256));
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(database);
        const QDateTime modified = QFileInfo(database).lastModified();

        const Result r = run({u"--headless"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(database), qPrintable(r.err));
        QCOMPARE(fileHash(database), before);
        QCOMPARE(QFileInfo(database).lastModified(), modified);
        QVERIFY(!QFile::exists(database + u"-wal"_s));
        QVERIFY(!QFile::exists(database + u"-shm"_s));
    }

    void headlessRunFillsTheStoreAndStopsCleanly()
    {
        // 36,000x for 6 s is 60 simulated hours: the issue's 60 s at 3,600x, ten times faster.
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(COMMONWATT_BINARY),
                      {u"--headless"_s, u"--demo"_s, u"--speed"_s, u"36000"_s, u"--start"_s,
                       u"2026-05-04T00:00:00Z"_s, u"--data-dir"_s, dir.path()});
        QVERIFY(process.waitForStarted());
        QTest::qWait(6000);
        QCOMPARE(process.state(), QProcess::Running);

        // A second instance on the same data folder is refused, naming it.
        const Result second = run({u"--headless"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(dir.path()), qPrintable(second.err));

        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(60'000));
        const QString log = QString::fromLocal8Bit(process.readAll());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(log));

        const QString database = dir.filePath(u"commonwatt.db"_s);
        const qint64 hours =
            queryValue(database, "SELECT count(DISTINCT bucket) FROM rollup_hour").toLongLong();
        QVERIFY2(hours >= 48, qPrintable(u"%1 hours rolled up\n%2"_s.arg(hours).arg(log)));
        const qint64 fiveMinutes =
            queryValue(database, "SELECT count(DISTINCT bucket) FROM rollup_5min").toLongLong();
        QVERIFY(fiveMinutes >= 48 * 12);
        QCOMPARE(queryValue(database, "PRAGMA quick_check"), u"ok"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"commonwatt.lock"_s)));
    }

    void theHeadlessServicePublishesItsMqttApi()
    {
        commonwatt::testing::MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        auto subscriber = broker.subscribe({u"commonwatt/#"_s, u"homeassistant/#"_s});
        QVERIFY2(subscriber, qPrintable(broker.errorString()));
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(COMMONWATT_BINARY),
                      {u"--headless"_s, u"--demo"_s, u"--speed"_s, u"60"_s, u"--start"_s, u"2026-06-20T11:00:00Z"_s,
                       u"--data-dir"_s, dir.path(), u"--mqtt-api"_s, u"127.0.0.1:%1"_s.arg(broker.port())});
        QVERIFY(process.waitForStarted());
        const auto received = [&subscriber](const QString &topic) {
            QList<QByteArray> payloads;
            for (const auto &message : subscriber->messages()) {
                if (message.topic == topic)
                    payloads << message.payload;
            }
            return payloads;
        };
        QTRY_VERIFY_WITH_TIMEOUT(received(u"commonwatt/home/status"_s).contains("online"), 30'000);
        // The Energy dashboard's grid import sensor is announced, and PV power is published.
        const auto announced = [&subscriber](const QString &ending) {
            for (const auto &message : subscriber->messages()) {
                if (message.topic.startsWith(u"homeassistant/sensor/"_s) && message.topic.endsWith(ending) &&
                    message.payload.contains("total_increasing"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(announced(u"energy_grid_import/config"_s), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!received(u"commonwatt/home/power/pv"_s).isEmpty(), 30'000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30'000));
        const QString log = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(log));
        QTRY_VERIFY_WITH_TIMEOUT(received(u"commonwatt/home/status"_s).endsWith("offline"), 10'000);
    }

    void configurationCommandsAndAConfiguredHousehold()
    {
        const Result plugins = run({u"--list-plugins"_s});
        QCOMPARE(plugins.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(plugins.out.toUtf8()).object();
        QStringList ids;
        for (const QJsonValue &plugin : list.value(u"plugins"_s).toArray())
            ids << plugin.toObject().value(u"id"_s).toString();
        for (const QString &id : {u"simulator"_s, u"shelly"_s, u"tasmota"_s, u"mqtt-generic"_s, u"gridfeed"_s})
            QVERIFY2(ids.contains(id), qPrintable(plugins.out));
        QVERIFY2(list.value(u"refused"_s).toArray().isEmpty(), qPrintable(plugins.out));

        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &json) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(json);
            return file.fileName();
        };
        // A broker with a password and a Tasmota plug. Port 9 on loopback has no broker: the app must still
        // run, showing the broker as unreachable.
        const QString site = write(u"site.json"_s, R"json({
            "format": "commonwatt-config", "version": 1,
            "site": {"household_id": "test-home"},
            "brokers": [{"id": "home", "name": "Home broker",
                         "settings": {"host": "127.0.0.1", "port": 9, "username": "installer",
                                      "password": "s3cret-pass"}}],
            "instances": [{"id": "kettle-plug", "pluginId": "tasmota", "name": "Kettle", "brokerId": "home",
                           "settings": {"topic": "tasmota_kettle"}}]})json");
        const QString data = dir.filePath(u"data"_s);
        const Result imported = run({u"--import-config"_s, site, u"--data-dir"_s, data});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const QString exported = dir.filePath(u"backup.json"_s);
        QCOMPARE(run({u"--export-config"_s, exported, u"--data-dir"_s, data}).exitCode, 0);
        QFile backup(exported);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QByteArray backupBytes = backup.readAll();
        QVERIFY(!backupBytes.contains("s3cret-pass"));
        QVERIFY(backupBytes.contains("kettle-plug"));

        // A bad document is refused, naming the field, and changes nothing.
        const QString bad = write(u"bad.json"_s, R"json({"format": "commonwatt-config", "version": 1,
            "brokers": [{"id": "home", "name": "Home broker", "settings": {"host": "127.0.0.1", "port": 70000}}]})json");
        const Result refused = run({u"--import-config"_s, bad, u"--data-dir"_s, data});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"brokers[0].settings.port"_s), qPrintable(refused.err));
        const QString again = dir.filePath(u"again.json"_s);
        QCOMPARE(run({u"--export-config"_s, again, u"--data-dir"_s, data}).exitCode, 0);
        QCOMPARE(fileHash(again), fileHash(exported));

        // With a device configured the app runs the household on the system clock, not the simulation.
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(COMMONWATT_BINARY), {u"--headless"_s, u"--data-dir"_s, data});
        QVERIFY(process.waitForStarted());
        QTest::qWait(3000);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30'000));
        const QString log = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(log));
        QVERIFY2(!log.contains(u"simulated household"_s), qPrintable(log));
        QVERIFY2(log.contains(u"127.0.0.1:9"_s), qPrintable(log)); // the unreachable broker, named
        QVERIFY2(!log.contains(u"s3cret-pass"_s), qPrintable(log));

        // A crash marker left by a plugin switches its devices off at the next start, with the reason.
        QFile marker(data + u"/plugin-crash"_s);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("tasmota");
        marker.close();
        process.start(QStringLiteral(COMMONWATT_BINARY), {u"--headless"_s, u"--data-dir"_s, data});
        QVERIFY(process.waitForStarted());
        QTest::qWait(2000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30'000));
        QVERIFY(!marker.exists());
        const QString afterCrash = dir.filePath(u"after-crash.json"_s);
        QCOMPARE(run({u"--export-config"_s, afterCrash, u"--data-dir"_s, data}).exitCode, 0);
        QFile after(afterCrash);
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QJsonObject instance = QJsonDocument::fromJson(after.readAll())
                                         .object()
                                         .value(u"instances"_s)
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(instance.value(u"enabled"_s).toBool(true), false);
        QVERIFY2(instance.value(u"disabledReason"_s).toString().contains(u"crashed"_s),
                 QJsonDocument(instance).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
