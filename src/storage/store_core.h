#pragma once

// Internal to the storage layer: what CaseStore and CaseWriter share, the connection and the
// chain's hasher. Not part of the layer's interface.

#include "storage/audit_chain.h"
#include "storage/sqlite_connection.h"

#include <memory>

namespace jpki::storage::detail {

struct StoreCore {
    std::unique_ptr<sqlite::Connection> connection;
    EventHasher hasher;
    int schemaVersion = 0;
    bool writing = false; // inside CaseStore::write; writes do not nest
};

} // namespace jpki::storage::detail
