#pragma once

// A small RAII layer over SQLite's C API: a connection, prepared statements with typed binds and
// reads, and transactions that roll back unless committed. Every SQLite result code is checked
// and mapped to a StorageError. Values only ever reach SQL through binds.

#include "storage/result.h"

#include <QString>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace jpki::storage::sqlite {

enum class OpenMode {
    ReadWrite, // creates the file when missing
    ReadOnly,  // the file must exist; nothing is ever written
};

// The StorageError for a SQLite result code, with SQLite's own message in the context.
StorageError errorFromSqlite(sqlite3* db, int resultCode, std::string_view context);

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* statement);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    // Binds are 1-based like SQLite's. A failing bind is remembered and reported by step().
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const QString& text);
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const std::optional<QString>& text);

    // True when a row is ready to read, false when the statement has run to its end.
    Result<bool> step();
    // Runs a statement that returns no rows (INSERT, UPDATE, DDL).
    Result<void> execute();

    bool isNull(int column) const;
    std::int64_t readInt(int column) const;
    std::optional<std::int64_t> readOptionalInt(int column) const;
    QString readText(int column) const;
    std::optional<QString> readOptionalText(int column) const;
    // Valid until the next step or reset.
    std::string_view readTextView(int column) const;
    std::span<const std::uint8_t> readBlob(int column) const;

    // Ready for new binds and a new run; releases the read snapshot a SELECT holds.
    void reset();

private:
    void noteBind(int resultCode);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_bindResult = 0;
};

// A cached statement on loan: reset when the loan ends, so that no SELECT keeps a read
// snapshot open (which would hold back WAL checkpoints).
class StatementLease {
public:
    explicit StatementLease(Statement& statement)
        : m_statement(&statement) {}
    ~StatementLease();
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;
    StatementLease(StatementLease&& other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr)) {}
    StatementLease& operator=(StatementLease&&) = delete;

    Statement* operator->() { return m_statement; }
    Statement& operator*() { return *m_statement; }

private:
    Statement* m_statement;
};

class Connection {
public:
    // Opens (ReadWrite: creating) the file, with extended result codes and a busy timeout.
    // A ReadWrite opening of a file the system lets us only read fails with ReadOnly. A
    // ReadOnly opening in a folder this process cannot write (a read-only file system, or a
    // folder it may only read) reads the file as immutable when no -wal holds commits and, on a
    // writable file system, no -shm shows a connection (SQLite could not read it otherwise
    // without its -shm).
    static Result<std::unique_ptr<Connection>> open(const QString& path, OpenMode mode,
                                                    std::chrono::milliseconds busyTimeout);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Result<Statement> prepare(std::string_view sql);
    // The statement for `sql`, prepared once per connection and reused.
    Result<StatementLease> cached(std::string_view sql);
    // Runs every statement of a fixed script (migrations, pragmas), each prepared and checked.
    Result<void> executeScript(std::string_view sql);
    // The first column of the first row of a query that returns one integer (PRAGMA user_version).
    Result<std::int64_t> queryInt(std::string_view sql);

    bool inTransaction() const;
    // Rows changed by the last INSERT, UPDATE or DELETE; the rowid of the last INSERT.
    std::int64_t changes() const;
    std::int64_t lastInsertId() const;
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    OpenMode mode() const { return m_mode; }

    StorageError error(int resultCode, std::string_view context) const {
        return errorFromSqlite(m_db, resultCode, context);
    }

private:
    Connection(sqlite3* db, QString path, OpenMode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
    OpenMode m_mode;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cache;
};

// BEGIN … COMMIT; rolled back when destroyed uncommitted, and when SQLite has already rolled
// back on its own (SQLITE_FULL, SQLITE_IOERR) nothing more is attempted.
class Transaction {
public:
    enum class Kind {
        Deferred,  // reads
        Immediate, // writes: takes the write lock first, so that reading the chain's head and
                   // appending after it cannot interleave with another writer
    };

    static Result<Transaction> begin(Connection& connection, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&& other) noexcept
        : m_connection(std::exchange(other.m_connection, nullptr)) {}
    Transaction& operator=(Transaction&&) = delete;

    Result<void> commit();
    void rollback();

private:
    explicit Transaction(Connection& connection)
        : m_connection(&connection) {}

    Connection* m_connection;
};

} // namespace jpki::storage::sqlite
