#pragma once

// A small RAII layer over libpq, in the spirit of sqlite_connection.h: a connection from a
// libpq connection string, statements prepared once per connection and run with BINARY
// parameters and results (int8, bytea, text, bool), and transactions that roll back unless
// committed. Every failure is a StorageError: the SQLSTATE mapped to the closed codes, the
// server's primary message in the context (never its DETAIL, which quotes the values), and a
// connection string only ever shown without its password (pg_connection_string.h).
//
// libpq's types stay in the .cpp; this header only names its two struct tags.

#include "storage/result.h"

#include <QString>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace jpki::storage::postgres {

// The StorageError for a SQLSTATE (empty: none was given) and a connection that is, or is no
// longer, open. Exposed for the mapping's own test.
StorageErrorCode codeForSqlState(std::string_view sqlState, bool connectionOpen);

// The values of one statement's parameters ($1, $2, …), each sent in binary with its type.
class Parameters {
public:
    Parameters& add(std::int64_t value);
    Parameters& add(bool value);
    Parameters& add(std::string_view utf8);
    Parameters& add(const QString& text);
    Parameters& add(const char* utf8) { return add(std::string_view(utf8)); }
    Parameters& addBytes(std::span<const std::uint8_t> bytes);
    Parameters& add(const std::optional<std::int64_t>& value);
    Parameters& add(const std::optional<QString>& text);
    // A NULL of a type: the statement is prepared with the parameter's type either way.
    Parameters& addNullInt();
    Parameters& addNullText();
    Parameters& addNullBytes();

    std::size_t size() const { return m_types.size(); }
    // The types as libpq's OIDs; part of a prepared statement's identity.
    const std::vector<unsigned int>& types() const { return m_types; }
    const std::vector<std::string>& values() const { return m_values; }
    const std::vector<bool>& nulls() const { return m_nulls; }

private:
    Parameters& push(unsigned int type, std::string bytes);
    Parameters& pushNull(unsigned int type);

    std::vector<unsigned int> m_types;
    std::vector<std::string> m_values;
    std::vector<bool> m_nulls;
};

// The rows of one statement, in binary. Reads check the column's type: a read of the wrong
// kind of column, or of NULL where a value must be, is a programming error reported as
// InvalidData by the checked readers and as 0/empty by the plain ones.
class Rows {
public:
    explicit Rows(pg_result* result);
    ~Rows();
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&& other) noexcept;

    int count() const;
    int columns() const;
    // Rows an INSERT, UPDATE or DELETE touched (libpq's command tuples).
    std::int64_t affected() const;

    bool isNull(int row, int column) const;
    // int2, int4 or int8.
    Result<std::int64_t> readInt(int row, int column) const;
    Result<bool> readBool(int row, int column) const;
    // text or varchar, as UTF-8.
    Result<std::string_view> readTextView(int row, int column) const;
    Result<QString> readText(int row, int column) const;
    // bytea; valid as long as the Rows.
    Result<std::span<const std::uint8_t>> readBytes(int row, int column) const;

private:
    Result<std::string_view> raw(int row, int column, std::initializer_list<unsigned int> types,
                                 std::string_view what) const;

    pg_result* m_result = nullptr;
};

class Connection {
public:
    // Connects with a libpq connection string or URI (postgresql://…, host=… dbname=…,
    // service=…), in UTF-8, within `connectTimeoutSeconds` unless the string says otherwise.
    // Passwords come from the string, .pgpass or the service file, never from a log.
    static Result<std::unique_ptr<Connection>> open(std::string_view connectionString,
                                                    int connectTimeoutSeconds = 10);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Prepares `sql` once per connection for these parameter types, then runs it with binary
    // parameters and binary results.
    Result<Rows> run(std::string_view sql, const Parameters& parameters = {});
    // Runs a fixed script without parameters (several statements: DDL, migrations), as text.
    Result<void> executeScript(std::string_view sql);

    // Whether libpq still holds a working connection (false after the server ended it).
    bool isOpen() const;
    bool inTransaction() const;
    // Inside a transaction that a failed statement has aborted: only a rollback can follow.
    bool inFailedTransaction() const;
    // A new connection with the same settings after the old one broke; prepared statements
    // are prepared again on their next use.
    Result<void> reconnect();
    // The server's process id of this session (pg_terminate_backend in the tests).
    int serverProcessId() const;
    // The connection string as given, without its password: for messages and logs.
    const std::string& displayName() const { return m_displayName; }

    // The StorageError for libpq's last failure on this connection (a result or none).
    StorageError error(const pg_result* result, std::string_view context) const;

private:
    Connection(pg_conn* connection, std::string connectionString, int connectTimeoutSeconds);
    Result<std::string> preparedName(std::string_view sql, const Parameters& parameters);

    pg_conn* m_connection = nullptr;
    std::string m_connectionString; // with its password, for reconnect(); never shown
    std::string m_displayName;
    int m_connectTimeoutSeconds;
    std::map<std::string, std::string, std::less<>> m_prepared; // sql + types -> name
};

// BEGIN … COMMIT; rolled back when destroyed uncommitted. A commit that the server turns into a
// rollback (the transaction had failed) is an error, never a success. After a lost connection
// nothing more is attempted: the server has rolled back on its own.
class Transaction {
public:
    enum class Isolation {
        ReadCommitted,
        RepeatableRead,
        Serializable,
    };

    static Result<Transaction> begin(Connection& connection,
                                     Isolation isolation = Isolation::ReadCommitted);
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

} // namespace jpki::storage::postgres
