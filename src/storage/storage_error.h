#pragma once

// The closed set of failures the case store reports. Callers switch on the code; `context` is for
// logs only and never holds personal data, a PIN or a password.

#include "platform/durable_file.h"

#include <QString>
#include <optional>
#include <string>
#include <string_view>

namespace jpki::storage {

enum class StorageErrorCode {
    Busy,               // SQLITE_BUSY, SQLITE_LOCKED: another program holds the database
    DiskFull,           // SQLITE_FULL, or the configured size limit is reached
    ReadOnly,           // SQLITE_READONLY, or a read-only file opened for writing
    Corrupt,            // SQLITE_CORRUPT
    NotADatabase,       // SQLITE_NOTADB, or a SQLite database of another program
    IoError,            // SQLITE_IOERR
    CannotOpen,         // SQLITE_CANTOPEN: missing file or folder, permissions
    NoDatabase,         // no file, or an empty one, where a database must already be
    NotARegularFile,    // a folder, FIFO, device or socket: refused before SQLite opens it
    NotSynthetic,       // synthetic history is written only to a database made for it
    Constraint,         // SQLITE_CONSTRAINT: a duplicate or a reference to nothing
    AppendOnly,         // the database refused to change or remove a recorded row
    NewerSchema,        // written by a newer version of the program: refused, left untouched
    OlderSchema,        // must be upgraded, which a read-only opening cannot do
    NotFound,           // no such case, staff member or letter
    SecretRefused,      // a payload names a PIN, a password or the My Number
    InvalidArgument,    // the caller's input cannot be stored
    InvalidData,        // a stored value this program does not know
    BackupWriteFailure, // the backup's file was not written (exists, a link, full disk): `file`
    Unproven,           // a row the audit chain does not bear out (changed outside the program)
    // A database server's failures (PostgreSQL, by SQLSTATE class or libpq's connection state).
    ServerUnreachable,    // no connection could be made (server down, wrong host, no database)
    AuthenticationFailed, // the server refused the role or its password (28000, 28P01)
    ConnectionLost,       // the connection broke (08xxx, 57P01-57P03, libpq's CONNECTION_BAD)
    WriteConflict,        // serialization failure or deadlock (40001, 40P01): try again
    PermissionDenied,     // the role may not do this (42501)
    UniqueViolation,      // a second row with the same key (23505)
    Internal,             // SQLITE_MISUSE, SQLITE_NOMEM, OpenSSL failures, anything else
};

struct StorageError {
    StorageErrorCode code = StorageErrorCode::Internal;
    int sqliteCode = 0;         // the extended SQLite result code; 0 when SQLite gave none
    std::string sqlState;       // PostgreSQL's five-character SQLSTATE; empty when none
    std::string context;        // what was being done ("appending an event"); never personal data
    int foundSchemaVersion = 0; // NewerSchema, OlderSchema
    int supportedSchemaVersion = 0; // NewerSchema, OlderSchema
    // BackupWriteFailure: what was wrong with the backup's file.
    std::optional<platform::FileError> file;

    StorageError() = default;
    StorageError(StorageErrorCode errorCode, std::string what = {})
        : code(errorCode)
        , context(std::move(what)) {}
};

// Stable identifier of a code, for logs, JSON and tests ("DiskFull").
std::string_view codeName(StorageErrorCode code);

// One line for a log: code, SQLite code or SQLSTATE, context.
std::string describe(const StorageError& error);

// The clerk's message, in the current language: what happened and what to do.
QString errorText(const StorageError& error);

} // namespace jpki::storage
