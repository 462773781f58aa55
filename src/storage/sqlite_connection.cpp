#include "storage/sqlite_connection.h"

#include "platform/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

namespace jpki::storage::sqlite {

namespace {

StorageErrorCode codeFor(int extendedCode) {
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageErrorCode::Busy;
    case SQLITE_FULL:
        return StorageErrorCode::DiskFull;
    case SQLITE_READONLY:
        return StorageErrorCode::ReadOnly;
    case SQLITE_CORRUPT:
        return StorageErrorCode::Corrupt;
    case SQLITE_NOTADB:
        return StorageErrorCode::NotADatabase;
    case SQLITE_IOERR:
        return StorageErrorCode::IoError;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StorageErrorCode::CannotOpen;
    case SQLITE_CONSTRAINT:
        // Only the append-only triggers RAISE: a refused change or removal of a recorded row.
        return extendedCode == SQLITE_CONSTRAINT_TRIGGER ? StorageErrorCode::AppendOnly
                                                         : StorageErrorCode::Constraint;
    default:
        return StorageErrorCode::Internal;
    }
}

// The first read of a WAL database failed because its -shm cannot be made (SQLite gives
// CANTOPEN on a read-only file system, READONLY_CANTINIT in a folder it may only read).
bool lacksItsSharedMemory(int resultCode) {
    return (resultCode & 0xff) == SQLITE_CANTOPEN || (resultCode & 0xff) == SQLITE_READONLY;
}

// True when the file, in a folder this process cannot write, can be read as immutable without
// missing anything: the -wal holds no commit, and either nothing can change the file (a
// read-only file system) or no connection has it open (no -shm, which the last one removes).
bool readableAsImmutable(const QString& path) {
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(folder.constData(), W_OK) == 0) {
        return false; // SQLite could make its -shm: the failure is another one
    }
    const bool nothingCanChangeIt = errno == EROFS;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool everyCommitIsInTheFile = !wal.exists() || wal.size() == 0;
    return everyCommitIsInTheFile &&
           (nothingCanChangeIt || !QFileInfo::exists(path + QStringLiteral("-shm")));
}

int openHandle(const QByteArray& name, int flags, sqlite3** db) {
    return sqlite3_open_v2(name.constData(), db, flags, nullptr);
}

} // namespace

StorageError errorFromSqlite(sqlite3* db, int resultCode, std::string_view context) {
    int extended = resultCode;
    if (db != nullptr && (resultCode & 0xff) == (sqlite3_extended_errcode(db) & 0xff)) {
        extended = sqlite3_extended_errcode(db);
    }
    StorageError error(codeFor(extended), std::string(context));
    error.sqliteCode = extended;
    // SQLite's messages name tables and constraints, never the values bound.
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    if (message != nullptr && *message != '\0') {
        error.context += error.context.empty() ? "" : ": ";
        error.context += message;
    }
    return error;
}

// --- Statement -------------------------------------------------------------------------------

Statement::Statement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement) {}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindResult(other.m_bindResult) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindResult = other.m_bindResult;
    }
    return *this;
}

void Statement::noteBind(int resultCode) {
    if (resultCode != SQLITE_OK && m_bindResult == SQLITE_OK) {
        m_bindResult = resultCode;
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    noteBind(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8) {
    noteBind(sqlite3_bind_text64(m_statement, index, utf8.data(), utf8.size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    noteBind(sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index) {
    noteBind(sqlite3_bind_null(m_statement, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<QString>& text) {
    return text ? bind(index, *text) : bindNull(index);
}

Result<bool> Statement::step() {
    if (m_bindResult != SQLITE_OK) {
        return errorFromSqlite(m_db, m_bindResult, "binding a value");
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result == SQLITE_DONE) {
        return false;
    }
    return errorFromSqlite(m_db, result, "running a statement");
}

Result<void> Statement::execute() {
    auto stepped = step();
    if (!stepped) {
        return stepped.error();
    }
    // Statements run through execute() return no rows; drain any a pragma may give back.
    while (*stepped) {
        stepped = step();
        if (!stepped) {
            return stepped.error();
        }
    }
    return {};
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::readInt(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

std::optional<std::int64_t> Statement::readOptionalInt(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return readInt(column);
}

std::string_view Statement::readTextView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text == nullptr ? std::string_view() : std::string_view(text, std::size_t(size));
}

QString Statement::readText(int column) const {
    const std::string_view text = readTextView(column);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::optional<QString> Statement::readOptionalText(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return readText(column);
}

std::span<const std::uint8_t> Statement::readBlob(int column) const {
    const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return bytes == nullptr ? std::span<const std::uint8_t>()
                            : std::span<const std::uint8_t>(bytes, std::size_t(size));
}

void Statement::reset() {
    // The result of reset repeats the last step's error, which was already reported.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindResult = SQLITE_OK;
}

StatementLease::~StatementLease() {
    if (m_statement != nullptr) {
        m_statement->reset();
    }
}

// --- Connection ------------------------------------------------------------------------------

Connection::Connection(sqlite3* db, QString path, OpenMode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode) {}

Connection::~Connection() {
    m_cache.clear(); // statements are finalized before the connection closes
    if (sqlite3_close(m_db) != SQLITE_OK) {
        platform::logger("db")->warn("closing the database: {}", sqlite3_errmsg(m_db));
        sqlite3_close_v2(m_db);
    }
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, OpenMode mode,
                                                     std::chrono::milliseconds busyTimeout) {
    // NOMUTEX: a connection is used by one thread at a time (the store's owner), so SQLite's
    // per-call locking is pure cost; it made up a tenth of an audit walk.
    const int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX |
                      (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* db = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int opened = openHandle(nativePath, flags, &db);
    if (opened != SQLITE_OK) {
        StorageError error = errorFromSqlite(db, opened, "opening the database");
        sqlite3_close(db);
        return error;
    }
    // SQLite cannot read a WAL database in a folder it cannot write (a read-only file system, or
    // an auditor's copy in a folder they may only read) once its -shm file is gone: it cannot
    // create one, and the first read fails. Read as immutable, the file shows exactly what is
    // stored.
    if (mode == OpenMode::ReadOnly &&
        lacksItsSharedMemory(
            sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)) &&
        readableAsImmutable(path)) {
        sqlite3_close(db);
        db = nullptr;
        const QByteArray immutable =
            "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
            "?immutable=1";
        const int reopened = openHandle(immutable, flags | SQLITE_OPEN_URI, &db);
        if (reopened != SQLITE_OK) {
            StorageError error = errorFromSqlite(db, reopened, "opening the database immutable");
            sqlite3_close(db);
            return error;
        }
    }
    std::unique_ptr<Connection> connection(new Connection(db, path, mode));
    sqlite3_extended_result_codes(db, 1);
    const int busy = sqlite3_busy_timeout(db, static_cast<int>(busyTimeout.count()));
    if (busy != SQLITE_OK) {
        return connection->error(busy, "setting the busy timeout");
    }
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(db, "main") == 1) {
        StorageError error(StorageErrorCode::ReadOnly, "the file can only be read");
        error.sqliteCode = SQLITE_READONLY;
        return error;
    }
    return connection;
}

Result<Statement> Connection::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    const int result = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (result != SQLITE_OK) {
        return error(result, "preparing a statement");
    }
    if (statement == nullptr) {
        return StorageError(StorageErrorCode::Internal, "an empty statement");
    }
    return Statement(m_db, statement);
}

Result<StatementLease> Connection::cached(std::string_view sql) {
    auto found = m_cache.find(sql);
    if (found == m_cache.end()) {
        auto prepared = prepare(sql);
        if (!prepared) {
            return prepared.error();
        }
        found =
            m_cache
                .emplace(std::string(sql), std::make_unique<Statement>(std::move(prepared).value()))
                .first;
    }
    found->second->reset();
    return StatementLease(*found->second);
}

Result<void> Connection::executeScript(std::string_view sql) {
    const char* next = sql.data();
    const char* const end = sql.data() + sql.size();
    while (next < end) {
        sqlite3_stmt* raw = nullptr;
        const char* tail = nullptr;
        const int result =
            sqlite3_prepare_v2(m_db, next, static_cast<int>(end - next), &raw, &tail);
        if (result != SQLITE_OK) {
            return error(result, "preparing a script statement");
        }
        next = tail;
        if (raw == nullptr) { // whitespace or a comment after the last statement
            continue;
        }
        Statement statement(m_db, raw);
        auto executed = statement.execute();
        if (!executed) {
            return executed;
        }
    }
    return {};
}

Result<std::int64_t> Connection::queryInt(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) {
        return statement.error();
    }
    auto row = statement->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return StorageError(StorageErrorCode::Internal, "a query returned no row");
    }
    return statement->readInt(0);
}

bool Connection::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Connection::changes() const {
    return sqlite3_changes64(m_db);
}

std::int64_t Connection::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

// --- Transaction -----------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Connection& connection, Kind kind) {
    if (connection.inTransaction()) {
        return StorageError(StorageErrorCode::Internal, "a transaction is already open");
    }
    auto statement = connection.cached(kind == Kind::Immediate ? std::string_view("BEGIN IMMEDIATE")
                                                               : std::string_view("BEGIN"));
    if (!statement) {
        return statement.error();
    }
    auto begun = (*statement)->execute();
    if (!begun) {
        return begun.error();
    }
    return Transaction(connection);
}

Transaction::~Transaction() {
    rollback();
}

Result<void> Transaction::commit() {
    if (m_connection == nullptr) {
        return StorageError(StorageErrorCode::Internal, "committing a finished transaction");
    }
    auto statement = m_connection->cached("COMMIT");
    if (!statement) {
        return statement.error();
    }
    auto committed = (*statement)->execute();
    if (!committed) {
        rollback();
        return committed;
    }
    m_connection = nullptr;
    return {};
}

void Transaction::rollback() {
    Connection* connection = std::exchange(m_connection, nullptr);
    if (connection == nullptr || !connection->inTransaction()) {
        return;
    }
    auto statement = connection->cached("ROLLBACK");
    if (!statement) {
        platform::logger("db")->error("rollback: {}", describe(statement.error()));
        return;
    }
    auto rolledBack = (*statement)->execute();
    if (!rolledBack) {
        platform::logger("db")->error("rollback: {}", describe(rolledBack.error()));
    }
}

} // namespace jpki::storage::sqlite
