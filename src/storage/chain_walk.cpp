// verifyChain: the audit walk. The calling thread steps one prepared statement through
// case_events and checks what the stored columns alone can tell (a gap in the sequence, a
// previous hash that is not the stored hash of the row before, a sign-off's anchor); it encodes
// each row into a batch. A second thread hashes the previous batch meanwhile and names the first
// row whose content does not give its stored hash. Up to the first break, stored and computed
// hashes agree, so the two halves together check exactly what a one-row-at-a-time walk checks.
// From a later start, the walk is the same over the rows from the start on, linked to the stored
// hash of the row before it.

#include "storage/audit_chain.h"
#include "storage/sqlite_connection.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <future>

namespace jpki::storage {

namespace {

struct Anchor {
    std::int64_t sequence = 0;
    std::optional<Digest> hash; // a sign-off's own event is checked for presence only
};

Result<std::vector<Anchor>> signOffAnchors(sqlite::Connection& connection) {
    auto statement =
        connection.cached("SELECT chain_seq, chain_head, event_seq FROM daily_sign_offs");
    if (!statement) {
        return statement.error();
    }
    std::vector<Anchor> anchors;
    for (;;) {
        auto row = (*statement)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Anchor head{(*statement)->readInt(0), Digest{}};
        const auto stored = (*statement)->readBlob(1);
        if (stored.size() != head.hash->size()) {
            return StorageError(StorageErrorCode::InvalidData, "a sign-off's chain head");
        }
        std::copy(stored.begin(), stored.end(), head.hash->begin());
        if (head.sequence > 0) {
            anchors.push_back(head);
        }
        anchors.push_back({(*statement)->readInt(2), std::nullopt});
    }
    std::sort(anchors.begin(), anchors.end(),
              [](const Anchor& a, const Anchor& b) { return a.sequence < b.sequence; });
    return anchors;
}

bool copyDigest(std::span<const std::uint8_t> stored, Digest& out) {
    if (stored.size() != out.size()) {
        return false;
    }
    std::memcpy(out.data(), stored.data(), out.size());
    return true;
}

// Where a walk starts: its first sequence, and the stored row it links to.
struct WalkStart {
    std::int64_t fromSequence = 1;
    std::int64_t sequenceBefore = 0; // the last stored row before the start; 0: none
    Digest storedBefore = kGenesisHash;
};

// The last stored row before `sequence`, if any, with its stored hash.
Result<std::optional<std::pair<std::int64_t, Digest>>> lastRowBefore(sqlite::Connection& connection,
                                                                     std::int64_t sequence) {
    auto statement = connection.cached(
        "SELECT seq, hash FROM case_events WHERE seq < ?1 ORDER BY seq DESC LIMIT 1");
    if (!statement) {
        return statement.error();
    }
    (*statement)->bind(1, sequence);
    auto row = (*statement)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<std::pair<std::int64_t, Digest>>();
    }
    std::pair<std::int64_t, Digest> found{(*statement)->readInt(0), Digest{}};
    if (!copyDigest((*statement)->readBlob(1), found.second)) {
        // The schema's CHECK allows no other length; as for a sign-off's head, a malformed one is
        // bad data, not a row the walk could name.
        return StorageError(StorageErrorCode::InvalidData, "an event's stored hash");
    }
    return std::optional(found);
}

// A start beyond the head is taken as the row after it: nothing to walk, the head as it stands.
// A missing row just before the start shows as a gap at the first row walked (RowRemoved).
Result<WalkStart> walkStart(sqlite::Connection& connection, std::int64_t fromSequence) {
    WalkStart start;
    if (fromSequence <= 1) {
        return start;
    }
    auto head = connection.queryInt("SELECT coalesce(max(seq), 0) FROM case_events");
    if (!head) {
        return head.error();
    }
    start.fromSequence = std::min(fromSequence, *head + 1);
    if (start.fromSequence == 1) {
        return start; // an empty chain
    }
    auto before = lastRowBefore(connection, start.fromSequence);
    if (!before) {
        return before.error();
    }
    if (*before) {
        start.sequenceBefore = (*before)->first;
        start.storedBefore = (*before)->second;
    }
    return start;
}

// Rows on their way to the hashing thread. Two batches are reused in turn, so that after the
// first ones have grown the walk allocates nothing.
struct Batch {
    std::string encoded;           // the rows' canonical encodings, back to back
    std::vector<std::size_t> ends; // where each row's encoding ends
    std::vector<Digest> stored;    // each row's stored hash
    std::int64_t firstSequence = 0;
    Digest storedBefore{}; // the stored hash of the row before the first

    void restart(std::int64_t sequence, const Digest& before) {
        encoded.clear();
        ends.clear();
        stored.clear();
        firstSequence = sequence;
        storedBefore = before;
    }
    std::size_t size() const { return ends.size(); }
};

struct ChangedRow {
    std::int64_t sequence = 0;
    Digest storedBefore{}; // the head of the chain that held up to it
};

// The first row of a batch whose content does not give its stored hash.
Result<std::optional<ChangedRow>> firstChangedRow(EventHasher& hasher, const Batch& batch) {
    std::size_t begin = 0;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const std::string_view row(batch.encoded.data() + begin, batch.ends[i] - begin);
        auto computed = hasher.sha256(row);
        if (!computed) {
            return computed.error();
        }
        if (*computed != batch.stored[i]) {
            return std::optional<ChangedRow>(
                ChangedRow{batch.firstSequence + static_cast<std::int64_t>(i),
                           i == 0 ? batch.storedBefore : batch.stored[i - 1]});
        }
        begin = batch.ends[i];
    }
    return std::optional<ChangedRow>();
}

} // namespace

Result<ChainVerification> verifyChain(sqlite::Connection& connection,
                                      const ChainWalkOptions& options) {
    auto transaction = sqlite::Transaction::begin(connection, sqlite::Transaction::Kind::Deferred);
    if (!transaction) {
        return transaction.error();
    }
    auto anchors = signOffAnchors(connection);
    if (!anchors) {
        return anchors.error();
    }
    auto start = walkStart(connection, options.fromSequence);
    if (!start) {
        return start.error();
    }
    auto walk = connection.prepare("SELECT seq, case_id, staff_id, at, event_type, payload, "
                                   "prev_hash, hash FROM case_events WHERE seq >= ?1 ORDER BY seq");
    if (!walk) {
        return walk.error();
    }
    walk->bind(1, start->fromSequence);
    const std::size_t rowsPerBatch = std::max<std::size_t>(1, options.rowsPerBatch);

    // Declared before `hashing`: a pending future blocks in its destructor until its task is
    // done, so that no early return leaves the thread reading freed batches.
    EventHasher hasher; // used by one hashing task at a time
    std::array<Batch, 2> batches;
    std::size_t filling = 0;
    std::future<Result<std::optional<ChangedRow>>> hashing;
    std::optional<ChangedRow> changed;

    const auto collect = [&]() -> Result<void> {
        if (!hashing.valid()) {
            return {};
        }
        auto found = hashing.get();
        if (!found) {
            return found.error();
        }
        if (*found && !changed) {
            changed = **found;
        }
        return {};
    };
    // Waits for the batch in flight, then hands over the one just filled.
    const auto dispatch = [&](std::int64_t nextSequence, const Digest& before) -> Result<void> {
        auto collected = collect();
        if (!collected || changed) {
            return collected;
        }
        const Batch& full = batches[filling];
        if (full.size() > 0) {
            hashing = std::async(std::launch::async,
                                 [&hasher, &full] { return firstChangedRow(hasher, full); });
            filling ^= 1;
        }
        batches[filling].restart(nextSequence, before);
        return {};
    };

    std::optional<ChainBreak> walkBreak;
    std::int64_t lastSequence = start->sequenceBefore;
    Digest lastStored = start->storedBefore;
    // Anchors before the start name rows this walk takes as stored.
    auto nextAnchor = std::find_if(anchors->begin(), anchors->end(), [&](const Anchor& anchor) {
        return anchor.sequence >= start->fromSequence;
    });
    batches[filling].restart(start->fromSequence, lastStored);
    while (!walkBreak && !changed) {
        auto stepped = walk->step();
        if (!stepped) {
            return stepped.error();
        }
        if (!*stepped) {
            break;
        }
        ChainRow row;
        row.sequence = walk->readInt(0);
        row.caseId = walk->readOptionalInt(1);
        row.staffId = walk->readOptionalInt(2);
        row.atMilliseconds = walk->readInt(3);
        row.type = walk->readTextView(4);
        row.payload = walk->readTextView(5);
        Digest previous{};
        Digest stored{};
        const bool wellFormed =
            copyDigest(walk->readBlob(6), previous) && copyDigest(walk->readBlob(7), stored);

        const std::int64_t expected = lastSequence + 1;
        if (row.sequence != expected) {
            walkBreak = ChainBreak{ChainBreakKind::RowRemoved, row.sequence, expected};
            break;
        }
        if (!wellFormed) {
            walkBreak = ChainBreak{ChainBreakKind::ContentChanged, row.sequence, expected};
            break;
        }
        if (previous != lastStored) {
            walkBreak = ChainBreak{ChainBreakKind::OutOfOrder, row.sequence, expected};
            break;
        }
        Batch& batch = batches[filling];
        encodeChainRow(previous, row, batch.encoded);
        batch.ends.push_back(batch.encoded.size());
        batch.stored.push_back(stored);
        for (; nextAnchor != anchors->end() && nextAnchor->sequence == row.sequence; ++nextAnchor) {
            if (nextAnchor->hash && *nextAnchor->hash != stored) {
                // The row itself is still hashed: a changed content takes precedence.
                walkBreak = ChainBreak{ChainBreakKind::AnchorMismatch, row.sequence, expected};
            }
        }
        if (walkBreak) {
            break;
        }
        lastSequence = row.sequence;
        lastStored = stored;
        if (batch.size() >= rowsPerBatch) {
            auto dispatched = dispatch(lastSequence + 1, lastStored);
            if (!dispatched) {
                return dispatched.error();
            }
        }
    }
    auto dispatched = dispatch(lastSequence + 1, lastStored);
    auto collected = dispatched ? collect() : dispatched;
    if (!collected) {
        return collected.error();
    }

    ChainVerification result;
    result.firstSequence = start->fromSequence;
    if (changed) {
        // Every row before it held; it lies before any break the walk found (a row the walk
        // stopped at was not hashed, except an anchor's, where a changed content comes first).
        result.broken =
            ChainBreak{ChainBreakKind::ContentChanged, changed->sequence, changed->sequence};
        result.eventsChecked = changed->sequence - 1 - start->sequenceBefore;
        result.headSequence = changed->sequence - 1;
        result.headHash = changed->storedBefore;
        return result;
    }
    result.eventsChecked = lastSequence - start->sequenceBefore;
    result.headSequence = lastSequence;
    result.headHash = lastStored;
    result.broken = walkBreak;
    if (!walkBreak && nextAnchor != anchors->end()) {
        // A signed-off head lies beyond the end: rows were cut off the end of the chain.
        result.broken =
            ChainBreak{ChainBreakKind::AnchorMismatch, nextAnchor->sequence, lastSequence + 1};
    }
    return result;
}

} // namespace jpki::storage
