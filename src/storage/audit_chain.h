#pragma once

// The audit hash chain over every row of case_events (R-DATA-AUDIT). Each row stores the hash of
// the row before it and its own hash:
//
//   hash = SHA-256( previous hash            32 bytes (the first row: 32 zero bytes)
//                 | sequence                 8 bytes, big-endian
//                 | case id                  0x00, or 0x01 and 8 bytes big-endian
//                 | staff id                 0x00, or 0x01 and 8 bytes big-endian
//                 | time                     8 bytes big-endian, UTC milliseconds since 1970
//                 | type                     4-byte big-endian length, UTF-8 bytes
//                 | payload                  4-byte big-endian length, UTF-8 JSON as stored )
//
// Fixed widths and length prefixes make the encoding unambiguous: no two different rows encode
// to the same bytes. Verification walks the table in sequence order and names the first row that
// was changed, removed, or inserted out of order.

#include "storage/record_mismatch.h"
#include "storage/result.h"

#include <QString>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::storage {

namespace sqlite {
class Connection;
}

using Digest = std::array<std::uint8_t, 32>;

// The previous hash of the first row.
inline constexpr Digest kGenesisHash{};

// The fields of an event row that the hash covers.
struct ChainRow {
    std::int64_t sequence = 0;
    std::optional<std::int64_t> caseId;
    std::optional<std::int64_t> staffId;
    std::int64_t atMilliseconds = 0;
    std::string_view type;
    std::string_view payload;
};

// Appends the canonical encoding of (previous, row) to `out`.
void encodeChainRow(const Digest& previous, const ChainRow& row, std::string& out);

// SHA-256 through OpenSSL's EVP interface, with the digest fetched once and the context and
// buffer reused, so that hashing millions of rows allocates nothing per row.
class EventHasher {
public:
    EventHasher();
    ~EventHasher();
    EventHasher(const EventHasher&) = delete;
    EventHasher& operator=(const EventHasher&) = delete;

    Result<Digest> hash(const Digest& previous, const ChainRow& row);
    // SHA-256 of arbitrary bytes on the same context (credential digests, benchmarks).
    Result<Digest> sha256(std::string_view bytes);
    // HMAC-SHA-256 of `bytes` under `key` (applicant digests under the store's key).
    Result<Digest> hmacSha256(const Digest& key, std::string_view bytes);

private:
    struct OpenSsl;
    OpenSsl* m_openSsl;
    std::string m_buffer;
};

QString hexDigest(const Digest& digest);
std::optional<Digest> digestFromHex(std::string_view hex);

enum class ChainBreakKind {
    RowRemoved,     // a gap in the sequence: the row(s) before this one are missing
    OutOfOrder,     // the stored previous hash is not the hash of the row before: this row was
                    // inserted out of order, or the row before it was replaced
    ContentChanged, // the row's content does not give its stored hash
    AnchorMismatch, // a day's sign-off recorded a chain head that the chain no longer holds
};

struct ChainBreak {
    ChainBreakKind kind = ChainBreakKind::ContentChanged;
    std::int64_t sequence = 0;         // the first row that does not hold
    std::int64_t expectedSequence = 0; // RowRemoved: the first missing sequence number
};

struct ChainVerification {
    // The first row the check covered: 1 for the whole chain. The rows before it were taken as
    // stored (only the last one's stored hash, which the first checked row must link to).
    std::int64_t firstSequence = 1;
    std::int64_t eventsChecked = 0; // rows from firstSequence that held, in order, before any break
    std::int64_t headSequence = 0;  // the last row that held; 0 for an empty chain
    Digest headHash = kGenesisHash;
    std::optional<ChainBreak> broken;
    // Rows of the other tables (cases, staff, documents, letters, sign-offs) that the events do
    // not bear out: what a report or an access check would otherwise believe unproven.
    std::vector<RecordMismatch> records;

    bool holds() const { return !broken.has_value() && records.empty(); }
};

struct ChainWalkOptions {
    // Rows handed to the hashing thread at a time (tests make it small to cross batch edges).
    std::size_t rowsPerBatch = 8192;
    // Where the walk starts: 1 walks the whole chain. From a later row, the first row walked
    // must link to the stored hash of the row before it (missing: RowRemoved), and only the
    // sign-offs' anchors from this row on are checked. A start beyond the head walks nothing
    // and gives the current head.
    std::int64_t fromSequence = 1;
};

// Walks case_events in sequence order with one stepped statement inside one read transaction,
// and checks that every sign-off's recorded head is still in the chain. The walk checks order
// and links from the stored columns while a second thread hashes the previous batch of rows,
// so that the whole costs about the larger of SQLite's reading and SHA-256, not their sum.
Result<ChainVerification> verifyChain(sqlite::Connection& connection,
                                      const ChainWalkOptions& options = {});

// Stable ids for JSON and logs ("row-removed").
std::string_view chainBreakKindId(ChainBreakKind kind);

// The supervisor's message for a break, naming the row.
QString chainBreakText(const ChainBreak& broken);

} // namespace jpki::storage
