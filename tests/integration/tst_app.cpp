// The commonwatt executable as a user or a service manager runs it: exit codes, messages that name the
// folder or file at fault, files left untouched, a headless run that fills the store and stops cleanly.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        if (::geteuid() == 0) {
            // Root writes anywhere: run as nobody, who can read and enter the folder but not write to it.
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot drop privileges");
            QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther |
                                                          QFile::ReadOther));
            prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        }
        const Result r = run({u"--headless"_s, u"--data-dir"_s, data}, prefix);
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
        // 36,000x for 6 s is 60 simulated hours: the 60 s at 3,600x, ten times faster.
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
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
