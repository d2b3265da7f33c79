// config.sqlite as a file: private to its owner, migrated from nothing, and left untouched when it is not
// ours, is damaged or comes from a newer version.
#include "configtesthelpers.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace commonwatt;
using namespace commonwatt::config;
using namespace configtest;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 07777; // never a mode a file could have: fails any comparison
    return status.st_mode & 0777;
}

// Runs sql on a file through the plain C API, and returns the first column of the last row.
QString sqlOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) == SQLITE_OK) {
        sqlite3_exec(
            db, sql,
            [](void *out, int columns, char **values, char **) {
                if (columns > 0 && values[0])
                    *static_cast<QString *>(out) = QString::fromUtf8(values[0]);
                return 0;
            },
            &result, nullptr);
    }
    sqlite3_close(db);
    return result;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newFileIsPrivate();
    void looseModeIsTightened();
    void createsMissingDataFolder();
    void migratesEmptyFile();
    void migratesEmptyDatabase();
    void refusesFileThatIsNotOurs_data();
    void refusesFileThatIsNotOurs();
    void refusesNewerVersion();

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(u"config.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedClock> m_clock;
};

void TestConfigFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<SimulatedClock>(kStartMs);
}

void TestConfigFile::cleanup()
{
    m_clock.reset();
    m_dir.reset();
}

void TestConfigFile::newFileIsPrivate()
{
    ConfigStore store(*m_clock);
    QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
    QCOMPARE(modeOf(path()), mode_t{0600});
    QVERIFY(store.putBroker(broker(u"home"_s, u"pw"_s), brokerSchema()));
    // The log holds the same secrets until it is checkpointed.
    QVERIFY(QFileInfo::exists(path() + u"-wal"_s));
    QCOMPARE(modeOf(path() + u"-wal"_s), mode_t{0600});
    QCOMPARE(modeOf(path() + u"-shm"_s), mode_t{0600});
    QCOMPARE(sqlOn(path(), "PRAGMA journal_mode"), u"wal"_s);
}

void TestConfigFile::looseModeIsTightened()
{
    writeFile(path(), {});
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(path()), mode_t{0644});
    ConfigStore store(*m_clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable by other users"_s));
    QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
    QCOMPARE(modeOf(path()), mode_t{0600});
}

void TestConfigFile::createsMissingDataFolder()
{
    const QString folder = m_dir->filePath(u"household/data"_s);
    ConfigStore store(*m_clock);
    QVERIFY2(store.open(folder), qPrintable(store.errorString()));
    QVERIFY(QFileInfo::exists(folder + u"/config.sqlite"_s));

    // A file where the folder should be is reported by name.
    writeFile(m_dir->filePath(u"blocked"_s), "x");
    ConfigStore blocked(*m_clock);
    QVERIFY(!blocked.open(m_dir->filePath(u"blocked"_s)));
    QVERIFY2(blocked.errorString().contains(m_dir->filePath(u"blocked"_s)),
             qPrintable(blocked.errorString()));
}

void TestConfigFile::migratesEmptyFile()
{
    writeFile(path(), {});
    QCOMPARE(QFileInfo(path()).size(), 0);
    {
        ConfigStore store(*m_clock);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable by other users"_s)); // umask's 0644
        QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
        QVERIFY(store.instances().isEmpty());
        QVERIFY(store.putInstance(plug(u"p1"_s), lookup));
    }
    QCOMPARE(sqlOn(path(), "PRAGMA user_version"), u"1"_s);
    QCOMPARE(sqlOn(path(), "PRAGMA application_id"), u"1131239267"_s); // 0x436d5763, "CmWc"
    QCOMPARE(sqlOn(path(), "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = "
                           "'table' ORDER BY name)"),
             u"brokers,plugin_instances,site_settings"_s);
    QCOMPARE(sqlOn(path(), "SELECT id FROM plugin_instances"), u"p1"_s);
    // Nothing older than version 1 existed, so there was nothing to back up.
    QVERIFY(!QFileInfo::exists(path() + u".v0.bak"_s));
}

void TestConfigFile::migratesEmptyDatabase()
{
    // An SQLite file with no tables and no application id, as `sqlite3 config.sqlite` leaves it.
    QCOMPARE(sqlOn(path(), "PRAGMA page_size = 4096; VACUUM; PRAGMA user_version"), u"0"_s);
    QVERIFY(QFileInfo(path()).size() > 0);
    ConfigStore store(*m_clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable by other users"_s));
    QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
    QVERIFY(store.putSiteSetting(sitekey::gridRegion, u"NL"_s));
    store.close();
    QCOMPARE(sqlOn(path(), "PRAGMA user_version"), u"1"_s);
}

void TestConfigFile::refusesFileThatIsNotOurs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("text file") << u"text"_s << u"not a Commonwatt configuration database"_s;
    QTest::newRow("another program's database") << u"other"_s << u"another database, application id 1234"_s;
    QTest::newRow("the readings store's database")
        << u"readings"_s << u"application id 1131239284"_s; // "CmWt"
    QTest::newRow("damaged pages") << u"damaged"_s << u"not a Commonwatt configuration database"_s;
}

void TestConfigFile::refusesFileThatIsNotOurs()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    if (kind == u"text") {
        writeFile(path(), "host=mqtt.lan\npassword=hunter2\n");
    } else if (kind == u"other") {
        sqlOn(path(), "PRAGMA application_id = 1234; CREATE TABLE t(x)");
    } else if (kind == u"readings") {
        sqlOn(path(),
              "PRAGMA application_id = 1131239284; PRAGMA user_version = 3; CREATE TABLE channels(x)");
    } else {
        // A real configuration whose table pages were overwritten after it was closed cleanly.
        {
            ConfigStore store(*m_clock);
            QVERIFY(store.open(m_dir->path()));
            for (int i = 0; i < 50; ++i)
                QVERIFY(store.putInstance(plug(u"plug-%1"_s.arg(i), u"token-%1"_s.arg(i)), lookup));
        }
        QVERIFY(!QFileInfo::exists(path() + u"-wal"_s));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.seek(4096));
        QVERIFY(file.write(QByteArray(2 * 4096, '\x5a')) == 2 * 4096);
    }
    const QByteArray before = readAll(path());

    ConfigStore store(*m_clock);
    QVERIFY(!store.open(m_dir->path()));
    QVERIFY2(store.errorString().startsWith(path() + u": "_s), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(error), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    QCOMPARE(readAll(path()), before);
    QVERIFY(!QFileInfo::exists(path() + u"-wal"_s));
}

void TestConfigFile::refusesNewerVersion()
{
    {
        ConfigStore store(*m_clock);
        QVERIFY(store.open(m_dir->path()));
        QVERIFY(store.putInstance(plug(u"p1"_s), lookup));
    }
    sqlOn(path(), "PRAGMA user_version = 2");
    const QByteArray before = readAll(path());
    ConfigStore store(*m_clock);
    QVERIFY(!store.open(m_dir->path()));
    QCOMPARE(store.errorString(), path() +
                                      u": written by a newer Commonwatt (configuration version 2; this build "
                                      "reads up to version 1)"_s);
    QCOMPARE(readAll(path()), before);
}

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
