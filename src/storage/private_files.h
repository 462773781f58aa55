#pragma once

// The case database holds applicants' names, addresses and birth dates: it and the files SQLite
// keeps beside it are their owner's only (platform::kPrivateFileMode), whatever the umask.
// SQLite makes the -wal, -shm and -journal files with the database file's own mode, so a
// database made private from its first byte keeps them private too.

#include "storage/result.h"

#include <QString>

namespace jpki::storage::detail {

// Creates an empty file at `path` (which must not exist), mode 0600 exactly, for SQLite to
// build a database in.
Result<void> createPrivateFile(const QString& path);

// Takes the group's and others' permissions away from the database and its companions (-wal,
// -shm, -journal), logging each file so tightened; a file that cannot be changed (another
// owner's) is logged as a warning and opened all the same.
void keepDatabasePrivate(const QString& path);

} // namespace jpki::storage::detail
