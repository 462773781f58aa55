#pragma once

// Internal to the storage layer: the rows the chain proves. Every row of cases, staff,
// documents_checked, inquiry_letters, daily_sign_offs and sign_off_acknowledgements is written in
// the same transaction as the event(s) that carry what it says, so each can be derived again from
// the events and compared. The check names every row that differs (up to a limit).

#include "storage/audit_chain.h"
#include "storage/record_mismatch.h"
#include "storage/staff_records.h"
#include "storage/store_core.h"

#include <optional>
#include <string>
#include <vector>

namespace jpki::storage::detail {

// The migration that added the store's key and the staff events' display name and credential.
inline constexpr int kRecordsProvenVersion = 4;

// Reported mismatches stop at this many: a file changed wholesale need not list every row.
inline constexpr std::size_t kMaxRecordMismatches = 100;

// Migration 4, inside its transaction: creates the store's applicant key, and appends a
// staff-record-attested event for every existing account with what its events did not carry
// before (its display name and its password hash's digest).
Result<void> proveExistingRecords(sqlite::Connection& connection);

// The store's applicant key; none in a store without one.
Result<std::optional<Digest>> readApplicantKey(sqlite::Connection& connection);

struct RecordScope {
    // 1: every row. Later: the cases with an event from this one on or opened on or after
    // `fromDay`, every account, and the sign-offs recorded from this event on.
    std::int64_t fromSequence = 1;
    std::optional<std::string> fromDay; // YYYY-MM-DD, with a later fromSequence
};

Result<std::vector<RecordMismatch>> checkRecords(StoreCore& core, const RecordScope& scope);

// One account against its events: what an access decision reads (sign-in, role checks).
Result<std::vector<RecordMismatch>> checkStaffRecord(StoreCore& core, const StaffAccount& account);

} // namespace jpki::storage::detail
