#pragma once

// Internal to the storage layer: a look at a database's write-ahead log before SQLite opens it.
//
// SQLite replays the -wal file's frames up to the first one whose checksum or salt is wrong and
// ignores the rest, and its next checkpoint then resets the log: one flipped bit in a frame
// silently drops every commit after it. A crash can only leave a torn frame at the end of the
// log, never a good frame after a bad one, so a valid frame of the log's current generation
// after an invalid one means committed data would be lost: the store refuses to open, and the
// file is left as it was for the administrator (a backup, or the frames rescued by hand).

#include "storage/result.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace jpki::storage::detail {

struct WalDamage {
    std::int64_t firstBadFrame = 0; // 1-based
    std::int64_t framesAfter = 0;   // valid frames of the current generation after it
    bool headerDamaged = false;     // the log's own header fails its checksum
};

// Reads `databasePath`-wal, if there is one. Nothing: no log, or a log SQLite will replay
// whole (possibly with a torn frame at its end). A damage: frames SQLite would drop.
// A log that is not a regular file (a link, a FIFO) is NotARegularFile, without reading it;
// other reading errors are IoError.
Result<std::optional<WalDamage>> inspectWriteAheadLog(const QString& databasePath);

} // namespace jpki::storage::detail
