// A thin RAII layer over the sqlite3 C API. The hot path (bind, step, reset) stays as cheap as the C API
// itself: no QVariant, no string building per row. Failures throw SqliteError so that one try/catch around
// a transaction rolls back and reports, instead of checking every call by hand. Exceptions never leave the
// storage module.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <stdexcept>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace commonwatt::storage::sqlite {

class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message);
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] QString message() const { return m_message; }

private:
    int m_code;
    QString m_message;
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // flags are SQLITE_OPEN_*; with SQLITE_OPEN_URI the name is a file: URI. Throws on failure.
    static Database open(const QString &fileName, int flags);

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    // Closes now; statements must have been finalised first.
    void close();

    // Runs one or more statements that return no rows we need.
    void exec(std::string_view sql);
    // The first column of the first row of a query returning one integer (pragmas, counts).
    [[nodiscard]] qint64 queryInt(std::string_view sql);
    [[nodiscard]] QString queryText(std::string_view sql);

    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] QString lastError() const;
    [[noreturn]] void fail(int code, std::string_view what) const;

private:
    explicit Database(sqlite3 *db)
        : m_db(db)
    {}
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement() = default;
    // Prepared once and kept (SQLITE_PREPARE_PERSISTENT): the worker reuses its statements for every batch.
    Statement(const Database &db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    void finalize();

    // Parameters are 1-based, as in SQL (?1, ?2 ...).
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    // Bytes as a BLOB (copied by SQLite); bindNull for SQL NULL.
    Statement &bindBlob(int index, QByteArrayView value);
    Statement &bindNull(int index);

    // Steps once: true when a row is available, false when done. Throws on error.
    [[nodiscard]] bool next();
    // Steps a statement that returns no rows, then resets it for the next use.
    void run();
    // Makes the statement ready to be bound and run again (bindings are kept until rebound).
    void reset();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    // A BLOB column: blobView is valid until the next step, reset or column call on this statement.
    [[nodiscard]] QByteArrayView blobView(int column) const;
    [[nodiscard]] QByteArray blob(int column) const { return blobView(column).toByteArray(); }
    [[nodiscard]] bool isNull(int column) const;

private:
    [[noreturn]] void fail(int code) const;
    sqlite3_stmt *m_stmt = nullptr;
};

// Rolls back unless commit() was reached: an exception anywhere in a batch leaves the database as it was.
class Transaction
{
public:
    // IMMEDIATE takes the write lock up front, so a busy database fails at BEGIN rather than halfway through.
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// Copies a whole database with the online backup API into target (replaced atomically through a temporary
// file). Throws on failure.
void backup(const Database &source, const QString &target);

} // namespace commonwatt::storage::sqlite
