#pragma once

// Internal to the storage layer: appending to the hash-chained event log. Every write of the
// store goes through appendEvent, inside the caller's IMMEDIATE transaction, so that the head it
// reads is still the head when the row is inserted.

#include "storage/case_records.h"
#include "storage/store_core.h"

#include <QJsonObject>
#include <optional>
#include <string_view>

namespace jpki::storage::detail {

struct EventInput {
    std::optional<CaseId> caseId;
    std::optional<StaffId> staff;
    Timestamp at;
    QString type;
    QJsonObject payload;
};

// Refuses a payload with a key that names a PIN, a password or the My Number (at any depth),
// an empty or overlong type; then hashes and inserts the row after the current head.
Result<AppendedEvent> appendEvent(StoreCore& core, const EventInput& event);

// The next sequence number the log will give (head + 1), read inside the write transaction.
Result<std::int64_t> nextSequence(StoreCore& core);

// The head row: its sequence (0 when empty) and hash (the genesis hash when empty).
struct ChainHead {
    std::int64_t sequence = 0;
    Digest hash = kGenesisHash;
};
Result<ChainHead> chainHead(StoreCore& core);

// SHA-256 (hex) over the applicant's fields, length-prefixed: events carry it instead of the
// name and address, so that a later change to the case row can be detected without copying
// personal data into the append-only log.
Result<QString> applicantDigest(StoreCore& core, const ApplicantDetails& applicant);

QString typeText(std::string_view id);

} // namespace jpki::storage::detail
