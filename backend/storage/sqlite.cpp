#include "sqlite.h"

#include <QFile>

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace commonwatt::storage::sqlite {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

SqliteError::SqliteError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{}

// ---- Database

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database Database::open(const QString &fileName, int flags)
{
    sqlite3 *db = nullptr;
    const QByteArray name = fileName.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        // sqlite3_open_v2 allocates a handle even on failure, to carry the message.
        const QString message =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

void Database::close()
{
    if (m_db) {
        // close_v2 cannot fail on a valid handle; it defers the close if a statement was left unfinalised.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(std::string_view sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : lastError();
        sqlite3_free(error);
        throw SqliteError(rc, message);
    }
}

qint64 Database::queryInt(std::string_view sql)
{
    Statement statement(*this, sql);
    return statement.next() ? statement.int64(0) : 0;
}

QString Database::queryText(std::string_view sql)
{
    Statement statement(*this, sql);
    return statement.next() ? statement.text(0) : QString();
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

void Database::fail(int code, std::string_view what) const
{
    throw SqliteError(code, lastError() + u" (" + fromUtf8(what) + u')');
}

// ---- Statement

Statement::Statement(const Database &db, std::string_view sql)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, sql);
}

Statement::~Statement()
{
    finalize();
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView value)
{
    // A non-null pointer even for no bytes: an empty BLOB, not NULL.
    static const char kEmpty = 0;
    const int rc = sqlite3_bind_blob64(m_stmt, index, value.isEmpty() ? &kEmpty : value.data(),
                                       static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // The error is read before the reset, which would otherwise report it again and clear the message.
    fail(rc);
}

void Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(rc);
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(reinterpret_cast<const char *>(data), size);
}

QByteArrayView Statement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), size);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::fail(int code) const
{
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    QString message = QString::fromUtf8(sqlite3_errmsg(db));
    const char *sql = sqlite3_sql(m_stmt);
    sqlite3_reset(m_stmt);
    if (sql)
        message += u" (" + QString::fromUtf8(sql).simplified() + u')';
    throw SqliteError(code, message);
}

// ---- Transaction

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    // After SQLITE_FULL or an I/O error SQLite may already have rolled back on its own.
    if (!m_done && m_db.inTransaction()) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqliteError &) {
            // Nothing more to do: the connection stays usable and the next BEGIN reports the real state.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

// ---- backup

void backup(const Database &source, const QString &target)
{
    const QString temporary = target + u".tmp";
    QFile::remove(temporary);
    QFile::remove(temporary + u"-journal");
    {
        Database copy = Database::open(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
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
    if (error) {
        throw SqliteError(SQLITE_CANTOPEN, target + u": " + QString::fromLocal8Bit(error.message().c_str()));
    }
}

} // namespace commonwatt::storage::sqlite
