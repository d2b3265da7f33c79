#include "configfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <optional>
#include <string>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace commonwatt::config {

Q_LOGGING_CATEGORY(lcConfig, "commonwatt.config")

namespace sqlite = storage::sqlite;

namespace {

QString notOurs(const QString &path, const QString &why)
{
    return QCoreApplication::translate("Config", "%1: not a Commonwatt configuration database (%2)")
        .arg(path, why);
}

// v1: brokers, plugin instances and site settings. Secret settings live in their own column, split off when
// the record was checked against its schema, so that a record can be redacted without its plugin installed.
void toVersion1(sqlite::Database &db)
{
    db.exec(R"(
CREATE TABLE brokers(
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    settings TEXT NOT NULL,
    secrets TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE plugin_instances(
    id TEXT PRIMARY KEY NOT NULL,
    plugin_id TEXT NOT NULL,
    name TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    broker_id TEXT REFERENCES brokers(id) ON DELETE RESTRICT,
    settings TEXT NOT NULL,
    secrets TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    disabled_reason TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX plugin_instances_broker ON plugin_instances(broker_id);
CREATE TABLE site_settings(
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL) WITHOUT ROWID;)");
    db.exec("PRAGMA application_id = " + std::to_string(kConfigApplicationId));
}

void migrate(sqlite::Database &db)
{
    using Step = void (*)(sqlite::Database &);
    static constexpr Step steps[] = {toVersion1};
    static_assert(std::size(steps) == kConfigSchemaVersion);
    // One transaction per version: a failure leaves the file at the last complete version.
    for (int version = static_cast<int>(db.queryInt("PRAGMA user_version")); version < kConfigSchemaVersion;
         ++version) {
        sqlite::Transaction transaction(db);
        steps[version](db);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

// Reads an existing file strictly read-only: a file we refuse is left byte for byte as it was, without -wal
// and -shm files appearing next to it.
std::optional<QString> probe(const QString &path, int *version)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QCoreApplication::translate("Config", "%1: is a folder, not a database file").arg(path);
    if (info.size() == 0)
        return std::nullopt; // SQLite treats an empty file as an empty database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Config", "%1: cannot be read (%2)").arg(path, file.errorString());
    static constexpr char kMagic[] = "SQLite format 3";
    if (!file.read(16).startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return notOurs(path, QCoreApplication::translate("Config", "the file is not a database"));
    const bool hasWal = QFileInfo::exists(path + u"-wal"_s);
    QString uri = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += hasWal ? u"?mode=ro"_s : u"?immutable=1"_s;
    try {
        sqlite::Database db = sqlite::Database::open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        const QString check = db.queryText("PRAGMA quick_check(1)");
        if (check != u"ok")
            return notOurs(path, u"quick_check: "_s + check.simplified());
        const qint64 applicationId = db.queryInt("PRAGMA application_id");
        *version = static_cast<int>(db.queryInt("PRAGMA user_version"));
        const qint64 objects = db.queryInt("SELECT count(*) FROM sqlite_schema");
        if (applicationId != kConfigApplicationId && (applicationId != 0 || *version != 0 || objects != 0))
            return notOurs(path, QCoreApplication::translate("Config", "another database, application id %1")
                                     .arg(applicationId));
        if (*version > kConfigSchemaVersion) {
            return QCoreApplication::translate(
                       "Config",
                       "%1: written by a newer Commonwatt (configuration version %2; this build reads up to "
                       "version %3)")
                .arg(path)
                .arg(*version)
                .arg(kConfigSchemaVersion);
        }
    } catch (const sqlite::SqliteError &error) {
        if (error.code() == SQLITE_NOTADB || (error.code() & 0xff) == SQLITE_CORRUPT)
            return notOurs(path, error.message());
        return QCoreApplication::translate("Config", "%1: cannot be read (%2)").arg(path, error.message());
    }
    return std::nullopt;
}

#ifdef Q_OS_UNIX
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif

// Creates an empty file readable by its owner only. SQLite gives its -wal and -shm files the database file's
// mode, so they are private too.
std::optional<QString> createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return QCoreApplication::translate("Config", "%1: cannot be created (%2)")
            .arg(path, systemError(errno));
    ::close(fd);
    return std::nullopt;
#else
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QCoreApplication::translate("Config", "%1: cannot be created (%2)")
            .arg(path, file.errorString());
    return std::nullopt;
#endif
}

// A file copied in by hand (or restored by a backup tool) may be readable by everyone: it holds passwords.
std::optional<QString> makePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        const QByteArray name = QFile::encodeName(file);
        struct stat status
        {
        };
        if (::stat(name.constData(), &status) != 0)
            continue; // -wal and -shm come and go
        if ((status.st_mode & 0077) == 0)
            continue;
        if (::chmod(name.constData(), 0600) != 0)
            return QCoreApplication::translate("Config",
                                               "%1: readable by other users and cannot be made private (%2)")
                .arg(file, systemError(errno));
        qCWarning(lcConfig, "%s was readable by other users; it is now private to its owner",
                  qUtf8Printable(file));
    }
#else
    Q_UNUSED(path);
#endif
    return std::nullopt;
}

// Like storage::sqlite::backup, but the copy is private from its first byte: it holds the same secrets.
void privateBackup(const sqlite::Database &source, const QString &target)
{
    const QString temporary = target + u".tmp"_s;
    QFile::remove(temporary);
    QFile::remove(temporary + u"-journal"_s);
    if (auto error = createPrivateFile(temporary))
        throw sqlite::SqliteError(SQLITE_CANTOPEN, *error);
    {
        sqlite::Database copy = sqlite::Database::open(temporary, SQLITE_OPEN_READWRITE);
        sqlite3_backup *job = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!job)
            copy.fail(sqlite3_errcode(copy.handle()), "backup");
        sqlite3_backup_step(job, -1);
        const int rc = sqlite3_backup_finish(job);
        if (rc != SQLITE_OK)
            copy.fail(rc, "backup");
    }
    // Renamed only once complete, so that a half-written copy never looks like a backup.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(target).toStdString(), error);
    if (error)
        throw sqlite::SqliteError(SQLITE_CANTOPEN,
                                  target + u": "_s + QString::fromLocal8Bit(error.message()));
}

void configure(sqlite::Database &db)
{
    // Another connection (the sqlite3 shell, a second ConfigStore) may hold the write lock for a moment.
    sqlite3_busy_timeout(db.handle(), 2000);
    const QString mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        throw sqlite::SqliteError(
            SQLITE_ERROR,
            QCoreApplication::translate("Config", "cannot use write-ahead logging (journal mode %1)")
                .arg(mode));
    // FULL syncs the log on every commit: an installer's change survives a power cut, and this file sees a
    // handful of commits a day, so the cost does not matter.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
}

} // namespace

OpenedFile openConfigFile(const QString &path)
{
    OpenedFile result;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = QCoreApplication::translate("Config", "Cannot create the data folder %1")
                           .arg(info.absolutePath());
        return result;
    }
    if (info.exists()) {
        if (auto error = probe(path, &result.previousVersion)) {
            result.error = *error;
            return result;
        }
    } else if (auto error = createPrivateFile(path)) {
        result.error = *error;
        return result;
    }
    if (auto error = makePrivate(path)) {
        result.error = *error;
        return result;
    }
    try {
        sqlite::Database db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE);
        const int version = static_cast<int>(db.queryInt("PRAGMA user_version"));
        if (version >= 1 && version < kConfigSchemaVersion)
            privateBackup(db, u"%1.v%2.bak"_s.arg(path).arg(version));
        configure(db);
        migrate(db);
        result.previousVersion = version;
        result.db = std::move(db);
    } catch (const sqlite::SqliteError &error) {
        result.error = path + u": "_s + error.message();
    }
    return result;
}

} // namespace commonwatt::config
