#pragma once

// The case database's schema as numbered migrations. PRAGMA user_version holds the number of the
// last migration applied; PRAGMA application_id marks the file as this program's, so that another
// program's SQLite file is never taken for an empty case database.

#include "storage/result.h"

#include <cstdint>

namespace jpki::storage {

namespace sqlite {
class Connection;
}

inline constexpr std::int32_t kApplicationId = 0x4a504b43; // "JPKC"

// The version this program writes and reads.
int currentSchemaVersion();

struct SchemaState {
    int version = 0;
    bool empty = true; // no tables at all: a new file
};

// Reads the file's version without writing anything. A file that is not a SQLite database gives
// NotADatabase, a SQLite database of another program NotADatabase too, and a version newer than
// this program's NewerSchema. In every such case the file is left byte for byte as it was.
Result<SchemaState> inspectSchema(sqlite::Connection& connection);

// Applies every migration after the file's version up to `targetVersion` (default: the current
// one) in one IMMEDIATE transaction: either all of them or none.
Result<SchemaState> migrate(sqlite::Connection& connection, int targetVersion = -1);

} // namespace jpki::storage
