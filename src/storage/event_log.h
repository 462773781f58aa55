#pragma once

// Internal to the storage layer: appending to the hash-chained event log. Every write of the
// store goes through appendEvent, inside the caller's IMMEDIATE transaction, so that the head it
// reads is still the head when the row is inserted.

#include "storage/case_records.h"
#include "storage/password_hash.h"
#include "storage/store_core.h"

#include <QJsonObject>
#include <optional>
#include <string_view>

namespace jpki::storage::detail {

struct EventInput {
    std::optional<CaseId> caseId;
    std::optional<StaffId> staff;
    Timestamp at; // from stampTime(): never before the head's time
    QString type;
    QJsonObject payload;
    // The clock's reading when it was behind the chain's head (stampTime's `reading`).
    std::optional<Timestamp> clockReading;
};

// Refuses a payload with a key that names a PIN, a password or the My Number (at any depth),
// an empty or overlong type; then hashes and inserts the row after the current head. A time
// before the head's is stored as the head's, with the clock's reading beside it.
Result<AppendedEvent> appendEvent(StoreCore& core, const EventInput& event);
Result<AppendedEvent> appendEvent(sqlite::Connection& connection, EventHasher& hasher,
                                  const EventInput& event);

// The time a write stores for a clock reading: the reading, or the head event's time when the
// clock went back (an NTP correction, a PC's clock set by hand), so that time never runs
// backwards along the chain; `reading` is kept for the event's payload when they differ.
struct StampedTime {
    Timestamp at;
    std::optional<Timestamp> reading; // set only when the clock was behind
};
Result<StampedTime> stampTime(StoreCore& core, Timestamp reading);

// The next sequence number the log will give (head + 1), read inside the write transaction.
Result<std::int64_t> nextSequence(StoreCore& core);

// The head row: its sequence (0 when empty) and hash (the genesis hash when empty).
struct ChainHead {
    std::int64_t sequence = 0;
    Digest hash = kGenesisHash;
    std::int64_t atMilliseconds = 0; // 0 when empty
};
Result<ChainHead> chainHead(sqlite::Connection& connection);

// HMAC-SHA-256 under the store's key over the applicant's fields, length-prefixed, as
// "hmac-sha256:<hex>": events carry it instead of the name and address, so that a later change
// to the case row can be detected without copying personal data into the append-only log, and
// so that it can be recomputed from a name and birth date by nobody without the store's key.
Result<QString> applicantDigest(StoreCore& core, const ApplicantDetails& applicant);
// True when `stored` (an event's digest, keyed or from before the key: plain SHA-256 hex) is
// the digest of `applicant`.
Result<bool> applicantMatches(StoreCore& core, const QString& stored,
                              const ApplicantDetails& applicant);

// SHA-256 (hex) over a stored password hash with its KDF, cost and salt: a staff event carries
// it, so that a password hash put into the staff table by hand is told from the one the account
// was given. (Not a secret: the hash itself is in the table beside it.)
Result<QString> credentialDigest(EventHasher& hasher, const PasswordHash& password);
inline constexpr std::string_view kCredentialKey = "credential_digest";

QString typeText(std::string_view id);

} // namespace jpki::storage::detail
