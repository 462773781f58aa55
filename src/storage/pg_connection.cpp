#include "storage/pg_connection.h"

#include "platform/logging.h"
#include "storage/pg_connection_string.h"

#include <algorithm>
#include <cstring>
#include <libpq-fe.h>
#include <type_traits>

namespace jpki::storage::postgres {

namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.dat); stable across versions.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kName = 19;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kText = 25;
constexpr Oid kBpchar = 1042;
constexpr Oid kVarchar = 1043;

constexpr int kBinary = 1;

std::string firstLine(const char* message) {
    if (message == nullptr) {
        return {};
    }
    const char* end = std::strchr(message, '\n');
    return end == nullptr ? std::string(message) : std::string(message, end);
}

void logNotice(void* /*unused*/, const char* message) {
    // A notice names what happened (a transaction not in progress, an implicit index); the
    // first line only, as for errors: later lines may quote values.
    platform::logger("db")->debug("postgres: {}", firstLine(message));
}

std::int64_t bigEndian(std::string_view bytes) {
    std::uint64_t value = 0;
    for (const char byte : bytes) {
        value = (value << 8) | static_cast<std::uint8_t>(byte);
    }
    // Sign-extend the 2- and 4-byte integers.
    const std::size_t bits = bytes.size() * 8;
    if (bits < 64 && (value >> (bits - 1)) != 0) {
        value |= ~std::uint64_t{0} << bits;
    }
    return static_cast<std::int64_t>(value);
}

struct Connected {
    PGconn* connection = nullptr;
};

// PQconnectdbParams with the string expanded in place of dbname: the options before it are
// defaults the string may override, the ones after it are the program's own.
Result<Connected> connect(const std::string& connectionString, int connectTimeoutSeconds,
                          const std::string& displayName) {
    const std::string timeout = std::to_string(connectTimeoutSeconds);
    const char* keywords[] = {"connect_timeout", "dbname", "client_encoding",
                              "fallback_application_name", nullptr};
    const char* values[] = {timeout.c_str(), connectionString.c_str(), "UTF8", "jpki-counter",
                            nullptr};
    PGconn* connection = PQconnectdbParams(keywords, values, 1);
    if (connection == nullptr) {
        return StorageError(StorageErrorCode::Internal, "libpq could not allocate a connection");
    }
    if (PQstatus(connection) != CONNECTION_OK) {
        // libpq gives no SQLSTATE for a failed start; whether a password was asked for or
        // used tells a refused login from a server that cannot be reached.
        const bool refusedLogin =
            PQconnectionNeedsPassword(connection) || PQconnectionUsedPassword(connection);
        StorageError error(refusedLogin ? StorageErrorCode::AuthenticationFailed
                                        : StorageErrorCode::ServerUnreachable,
                           "connecting to " + displayName);
        // libpq's messages name the host, socket, role and database, never the password.
        const std::string message = firstLine(PQerrorMessage(connection));
        if (!message.empty()) {
            error.context += ": " + message;
        }
        PQfinish(connection);
        platform::logger("db")->warn("{}", describe(error));
        return error;
    }
    PQsetNoticeProcessor(connection, logNotice, nullptr);
    return Connected{connection};
}

std::string typeKey(std::string_view sql, const Parameters& parameters) {
    std::string key(sql);
    key += '\0';
    for (const unsigned int type : parameters.types()) {
        key += std::to_string(type);
        key += ',';
    }
    return key;
}

} // namespace

StorageErrorCode codeForSqlState(std::string_view sqlState, bool connectionOpen) {
    if (!connectionOpen) {
        return StorageErrorCode::ConnectionLost; // whatever was said last, the session is gone
    }
    const std::string_view errorClass = sqlState.substr(0, 2);
    if (sqlState.empty()) {
        return StorageErrorCode::Internal;
    }
    if (errorClass == "08" || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03") {
        return StorageErrorCode::ConnectionLost;
    }
    if (sqlState == "40001" || sqlState == "40P01") {
        return StorageErrorCode::WriteConflict;
    }
    if (sqlState == "23505") {
        return StorageErrorCode::UniqueViolation;
    }
    if (errorClass == "23") {
        return StorageErrorCode::Constraint;
    }
    if (sqlState == "42501") {
        return StorageErrorCode::PermissionDenied;
    }
    if (errorClass == "28") {
        return StorageErrorCode::AuthenticationFailed;
    }
    if (sqlState == "53100") {
        return StorageErrorCode::DiskFull;
    }
    if (sqlState == "25006") {
        return StorageErrorCode::ReadOnly;
    }
    if (sqlState == "55P03" || sqlState == "57014") {
        return StorageErrorCode::Busy; // a lock not granted in time, a statement timed out
    }
    if (sqlState == "XX001" || sqlState == "XX002") {
        return StorageErrorCode::Corrupt;
    }
    if (errorClass == "58") {
        return StorageErrorCode::IoError;
    }
    if (sqlState == "3D000") {
        return StorageErrorCode::ServerUnreachable; // no such database on the server
    }
    if (errorClass == "22") {
        return StorageErrorCode::InvalidArgument;
    }
    return StorageErrorCode::Internal;
}

// --- Parameters ------------------------------------------------------------------------------

Parameters& Parameters::push(unsigned int type, std::string bytes) {
    m_types.push_back(type);
    m_values.push_back(std::move(bytes));
    m_nulls.push_back(false);
    return *this;
}

Parameters& Parameters::pushNull(unsigned int type) {
    m_types.push_back(type);
    m_values.emplace_back();
    m_nulls.push_back(true);
    return *this;
}

Parameters& Parameters::add(std::int64_t value) {
    std::string bytes(8, '\0');
    auto bits = static_cast<std::uint64_t>(value);
    for (int i = 7; i >= 0; --i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<char>(bits & 0xff);
        bits >>= 8;
    }
    return push(kInt8, std::move(bytes));
}

Parameters& Parameters::add(bool value) {
    return push(kBool, std::string(1, value ? '\1' : '\0'));
}

Parameters& Parameters::add(std::string_view utf8) {
    return push(kText, std::string(utf8)); // text's binary form is its bytes
}

Parameters& Parameters::add(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return add(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

Parameters& Parameters::addBytes(std::span<const std::uint8_t> bytes) {
    return push(kBytea, std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

Parameters& Parameters::add(const std::optional<std::int64_t>& value) {
    return value ? add(*value) : addNullInt();
}

Parameters& Parameters::add(const std::optional<QString>& text) {
    return text ? add(*text) : addNullText();
}

Parameters& Parameters::addNullInt() {
    return pushNull(kInt8);
}

Parameters& Parameters::addNullText() {
    return pushNull(kText);
}

Parameters& Parameters::addNullBytes() {
    return pushNull(kBytea);
}

// --- Rows ------------------------------------------------------------------------------------

Rows::Rows(pg_result* result)
    : m_result(result) {}

Rows::~Rows() {
    PQclear(m_result);
}

Rows::Rows(Rows&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)) {}

Rows& Rows::operator=(Rows&& other) noexcept {
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int Rows::count() const {
    return PQntuples(m_result);
}

int Rows::columns() const {
    return PQnfields(m_result);
}

std::int64_t Rows::affected() const {
    const char* tuples = PQcmdTuples(m_result);
    return tuples == nullptr || *tuples == '\0' ? 0 : std::stoll(tuples);
}

bool Rows::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}

Result<std::string_view> Rows::raw(int row, int column, std::initializer_list<unsigned int> types,
                                   std::string_view what) const {
    if (row < 0 || row >= count() || column < 0 || column >= columns()) {
        return StorageError(StorageErrorCode::Internal, "reading beyond the rows");
    }
    const Oid type = PQftype(m_result, column);
    if (PQfformat(m_result, column) != kBinary ||
        std::find(types.begin(), types.end(), type) == types.end()) {
        return StorageError(StorageErrorCode::InvalidData,
                            "column " + std::to_string(column) + " is not " + std::string(what));
    }
    if (isNull(row, column)) {
        return StorageError(StorageErrorCode::InvalidData,
                            "column " + std::to_string(column) + " is NULL");
    }
    return std::string_view(PQgetvalue(m_result, row, column),
                            static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}

Result<std::int64_t> Rows::readInt(int row, int column) const {
    auto bytes = raw(row, column, {kInt2, kInt4, kInt8}, "an integer");
    if (!bytes) {
        return bytes.error();
    }
    if (bytes->size() != 2 && bytes->size() != 4 && bytes->size() != 8) {
        return StorageError(StorageErrorCode::InvalidData, "an integer of odd size");
    }
    return bigEndian(*bytes);
}

Result<bool> Rows::readBool(int row, int column) const {
    auto bytes = raw(row, column, {kBool}, "a boolean");
    if (!bytes) {
        return bytes.error();
    }
    if (bytes->size() != 1) {
        return StorageError(StorageErrorCode::InvalidData, "a boolean of odd size");
    }
    return bytes->front() != '\0';
}

Result<std::string_view> Rows::readTextView(int row, int column) const {
    return raw(row, column, {kText, kVarchar, kBpchar, kName}, "text");
}

Result<QString> Rows::readText(int row, int column) const {
    auto text = readTextView(row, column);
    if (!text) {
        return text.error();
    }
    return QString::fromUtf8(text->data(), static_cast<qsizetype>(text->size()));
}

Result<std::span<const std::uint8_t>> Rows::readBytes(int row, int column) const {
    auto bytes = raw(row, column, {kBytea}, "bytea");
    if (!bytes) {
        return bytes.error();
    }
    return std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes->data()),
                                         bytes->size());
}

// --- Connection ------------------------------------------------------------------------------

Connection::Connection(pg_conn* connection, std::string connectionString, int connectTimeoutSeconds)
    : m_connection(connection)
    , m_connectionString(std::move(connectionString))
    , m_displayName(withoutPassword(m_connectionString))
    , m_connectTimeoutSeconds(connectTimeoutSeconds) {}

Connection::~Connection() {
    PQfinish(m_connection);
}

Result<std::unique_ptr<Connection>> Connection::open(std::string_view connectionString,
                                                     int connectTimeoutSeconds) {
    std::string text(connectionString);
    auto connected = connect(text, connectTimeoutSeconds, withoutPassword(text));
    if (!connected) {
        return connected.error();
    }
    return std::unique_ptr<Connection>(
        new Connection(connected->connection, std::move(text), connectTimeoutSeconds));
}

Result<void> Connection::reconnect() {
    auto connected = connect(m_connectionString, m_connectTimeoutSeconds, m_displayName);
    if (!connected) {
        return connected.error();
    }
    PQfinish(std::exchange(m_connection, connected->connection));
    m_prepared.clear(); // statements belong to the old session
    return {};
}

bool Connection::isOpen() const {
    return PQstatus(m_connection) == CONNECTION_OK;
}

bool Connection::inFailedTransaction() const {
    return PQtransactionStatus(m_connection) == PQTRANS_INERROR;
}

bool Connection::inTransaction() const {
    const PGTransactionStatusType status = PQtransactionStatus(m_connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

int Connection::serverProcessId() const {
    return PQbackendPID(m_connection);
}

StorageError Connection::error(const pg_result* result, std::string_view context) const {
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    StorageError error(codeForSqlState(state != nullptr ? state : "", isOpen()),
                       std::string(context));
    error.sqlState = state != nullptr ? state : "";
    // The primary message names the table, constraint or privilege; the DETAIL, which quotes
    // the values (a duplicate key's), is never taken.
    const char* primary =
        result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const std::string message =
        primary != nullptr ? std::string(primary) : firstLine(PQerrorMessage(m_connection));
    if (!message.empty()) {
        error.context += error.context.empty() ? "" : ": ";
        error.context += message;
    }
    return error;
}

Result<std::string> Connection::preparedName(std::string_view sql, const Parameters& parameters) {
    const std::string key = typeKey(sql, parameters);
    if (const auto found = m_prepared.find(key); found != m_prepared.end()) {
        return found->second;
    }
    std::string name = "jpki_" + std::to_string(m_prepared.size() + 1);
    const std::string text(sql);
    static_assert(std::is_same_v<Oid, unsigned int>);
    PGresult* prepared = PQprepare(m_connection, name.c_str(), text.c_str(),
                                   static_cast<int>(parameters.size()), parameters.types().data());
    Rows owner(prepared);
    if (prepared == nullptr || PQresultStatus(prepared) != PGRES_COMMAND_OK) {
        return error(prepared, "preparing a statement");
    }
    m_prepared.emplace(key, name);
    return name;
}

Result<Rows> Connection::run(std::string_view sql, const Parameters& parameters) {
    auto name = preparedName(sql, parameters);
    if (!name) {
        return name.error();
    }
    const std::size_t count = parameters.size();
    std::vector<const char*> values(count);
    std::vector<int> lengths(count);
    const std::vector<int> formats(count, kBinary);
    for (std::size_t i = 0; i < count; ++i) {
        values[i] = parameters.nulls()[i] ? nullptr : parameters.values()[i].data();
        lengths[i] = static_cast<int>(parameters.values()[i].size());
    }
    PGresult* result = PQexecPrepared(m_connection, name->c_str(), static_cast<int>(count),
                                      values.data(), lengths.data(), formats.data(), kBinary);
    Rows rows(result);
    const ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        return error(result, "running a statement");
    }
    return rows;
}

Result<void> Connection::executeScript(std::string_view sql) {
    const std::string text(sql);
    // PQexec gives the last statement's result; an earlier failure stops the script there.
    PGresult* raw = PQexec(m_connection, text.c_str());
    const Rows owner(raw);
    const ExecStatusType status = raw != nullptr ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        return error(raw, "running a script");
    }
    return {};
}

// --- Transaction -----------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Connection& connection, Isolation isolation) {
    if (connection.inTransaction()) {
        return StorageError(StorageErrorCode::Internal, "a transaction is already open");
    }
    std::string_view statement = "BEGIN ISOLATION LEVEL READ COMMITTED";
    if (isolation == Isolation::RepeatableRead) {
        statement = "BEGIN ISOLATION LEVEL REPEATABLE READ";
    } else if (isolation == Isolation::Serializable) {
        statement = "BEGIN ISOLATION LEVEL SERIALIZABLE";
    }
    auto begun = connection.executeScript(statement);
    if (!begun) {
        return begun.error();
    }
    return Transaction(connection);
}

Transaction::~Transaction() {
    rollback();
}

Result<void> Transaction::commit() {
    Connection* connection = std::exchange(m_connection, nullptr);
    if (connection == nullptr) {
        return StorageError(StorageErrorCode::Internal, "committing a finished transaction");
    }
    // A transaction that failed earlier is ended by COMMIT too, but as a rollback: the server
    // then answers ROLLBACK, which must not pass for a commit.
    const bool failedEarlier = connection->inFailedTransaction();
    auto committed = connection->executeScript("COMMIT");
    if (!committed) {
        // Lost during COMMIT: whether it was committed is known only after reconnecting.
        return committed;
    }
    if (failedEarlier) {
        return StorageError(StorageErrorCode::Internal,
                            "the transaction had failed and was rolled back at its commit");
    }
    return {};
}

void Transaction::rollback() {
    Connection* connection = std::exchange(m_connection, nullptr);
    if (connection == nullptr || !connection->isOpen() || !connection->inTransaction()) {
        return; // a lost connection was rolled back by the server
    }
    auto rolledBack = connection->executeScript("ROLLBACK");
    if (!rolledBack) {
        platform::logger("db")->error("rollback: {}", describe(rolledBack.error()));
    }
}

} // namespace jpki::storage::postgres
