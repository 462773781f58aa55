#pragma once

// Internal to the storage layer: what CaseStore and CaseWriter share, the connection and the
// chain's hasher. Not part of the layer's interface.

#include "storage/audit_chain.h"
#include "storage/sqlite_connection.h"

#include <memory>
#include <optional>

namespace jpki::storage::detail {

struct StoreCore {
    std::unique_ptr<sqlite::Connection> connection;
    EventHasher hasher;
    int schemaVersion = 0;
    // The key of applicant digests (store_keys); none only in a store opened read-only before
    // its upgrade, which cannot be, or in one whose key row was removed.
    std::optional<Digest> applicantKey;
    bool writing = false; // inside CaseStore::write; writes do not nest
};

} // namespace jpki::storage::detail
