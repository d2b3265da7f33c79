#include "databasefile.h"

#include "migrations.h"
#include "sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace commonwatt::storage {

namespace {

QString notOurs(const QString &path, const QString &why)
{
    return path + u": not a Commonwatt database (" + why + u')';
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Reads the 100-byte SQLite header ourselves: a file that plainly is not a database, or has been cut short,
// is refused before SQLite opens it at all. Without a -wal file the main file must hold every page its
// header counts; with one, the header may lag behind and only SQLite can judge.
std::optional<QString> checkHeader(const QString &path, qint64 size, bool hasWal)
{
    if (size == 0)
        return std::nullopt; // SQLite treats an empty file as an empty database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return path + u": cannot be read (" + file.errorString() + u')';
    const QByteArray header = file.read(100);
    static constexpr char kMagic[] = "SQLite format 3";
    if (header.size() < 100 || !header.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return notOurs(path, QStringLiteral("file is not a database"));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    // The page count is only maintained when the "version valid for" number matches the change counter.
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return notOurs(path, QStringLiteral("file is not a database"));
    if (!hasWal && countValid && pageCount > 0 && size < pageSize * pageCount) {
        return notOurs(path,
                       QStringLiteral("truncated: %1 bytes where the header counts %2 pages of %3 bytes")
                           .arg(size)
                           .arg(pageCount)
                           .arg(pageSize));
    }
    return std::nullopt;
}

// Opens an existing file strictly read-only. Without a -wal file, immutable=1 also keeps SQLite from
// creating -wal and -shm files next to a file that may turn out not to be ours; with one, the file is in
// use or was left by a crash, and SQLite must read the log to see the committed state.
sqlite::Database openForProbe(const QString &path, bool hasWal)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += hasWal ? u"?mode=ro" : u"?immutable=1";
    return sqlite::Database::open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

// An existing file: is it a Commonwatt database that this build can open? Returns its version or an error.
std::optional<QString> probeExisting(const QString &path, int targetVersion, int *version)
{
    const QFileInfo info(path);
    if (info.isDir())
        return path + u": is a directory, not a database file";
    const bool hasWal = QFileInfo::exists(path + u"-wal");
    if (auto error = checkHeader(path, info.size(), hasWal))
        return error;
    try {
        sqlite::Database db = openForProbe(path, hasWal);
        // quick_check(1) stops at the first problem: we only need to know whether there is one.
        const QString check = db.queryText("PRAGMA quick_check(1)");
        if (check != u"ok")
            return notOurs(path, u"quick_check: " + QString(check).replace(u'\n', QStringLiteral("; ")));
        const qint64 applicationId = db.queryInt("PRAGMA application_id");
        *version = static_cast<int>(db.queryInt("PRAGMA user_version"));
        const qint64 objects = db.queryInt("SELECT count(*) FROM sqlite_schema");
        if (applicationId != schema::kApplicationId &&
            (applicationId != 0 || *version != 0 || objects != 0)) {
            return notOurs(path, QStringLiteral("an SQLite database of another program, application id %1")
                                     .arg(applicationId));
        }
        if (*version > targetVersion) {
            return path +
                   QStringLiteral(": written by a newer Commonwatt (schema version %1; this build reads "
                                  "up to version %2)")
                       .arg(*version)
                       .arg(targetVersion);
        }
    } catch (const sqlite::SqliteError &error) {
        if (error.code() == SQLITE_NOTADB || (error.code() & 0xff) == SQLITE_CORRUPT)
            return notOurs(path, error.message());
        return path + u": cannot be read (" + error.message() + u')';
    }
    return std::nullopt;
}

// The directory must exist and be writable even for an existing file: WAL mode keeps its -wal and -shm
// files next to the database. Checked with the effective ids, so that it also holds for root (who may write
// anywhere) and for a service user.
std::optional<QString> ensureWritableDirectory(const QString &directory)
{
    namespace fs = std::filesystem;
    const fs::path native(QFile::encodeName(directory).toStdString());
    std::error_code error;
    if (!fs::is_directory(native, error)) {
        if (fs::exists(native, error))
            return u"The data directory " + directory + u" is not a directory";
        fs::create_directories(native, error);
        if (error) {
            return u"Cannot create the data directory " + directory + u": " +
                   QString::fromLocal8Bit(error.message().c_str());
        }
    }
#ifdef Q_OS_UNIX
    if (::faccessat(AT_FDCWD, native.c_str(), W_OK | X_OK, AT_EACCESS) != 0)
        return u"The data directory " + directory + u" is not writable: " + systemError(errno);
#else
    // Windows has no effective-id check; ACLs are what QFileInfo consults there.
    if (!QFileInfo(directory).isWritable())
        return u"The data directory " + directory + u" is not writable";
#endif
    return std::nullopt;
}

} // namespace

PrepareResult prepareDatabase(const QString &path, int targetVersion)
{
    PrepareResult result;
    const QFileInfo info(path);
    // The directory first: with an unwritable directory even reading a file left with a -wal can fail, and
    // the directory is then what the user has to fix.
    if (auto error = ensureWritableDirectory(info.absolutePath())) {
        result.error = *error;
        return result;
    }
    if (info.exists()) {
        if (auto error = probeExisting(path, targetVersion, &result.previousVersion)) {
            result.error = *error;
            return result;
        }
        if (::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), R_OK | W_OK, AT_EACCESS) != 0) {
            result.error = path + u": cannot be written (" + systemError(errno) + u')';
            return result;
        }
    }
    try {
        sqlite::Database db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        const int version = static_cast<int>(db.queryInt("PRAGMA user_version"));
        if (version >= 1 && version < targetVersion)
            sqlite::backup(db, QStringLiteral("%1.v%2.bak").arg(path).arg(version));
        schema::configureConnection(db);
        schema::migrate(db, targetVersion);
        result.previousVersion = version;
    } catch (const sqlite::SqliteError &error) {
        result.error = path + u": " + error.message();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace commonwatt::storage
