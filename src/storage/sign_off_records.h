#pragma once

// A supervisor's sign-off of a day at a counter. It records the audit chain's head at signing,
// and is itself an event in the chain: a later change to anything signed breaks verification.

#include "domain/date.h"
#include "storage/audit_chain.h"
#include "storage/ids.h"
#include "storage/japan_time.h"

#include <QString>
#include <optional>
#include <vector>

namespace jpki::storage {

// A case still open at signing, acknowledged with the supervisor's note.
struct Acknowledgement {
    CaseId caseId{};
    QString note;
};

struct NewSignOff {
    domain::Date day;
    QString counter;
    StaffId supervisor{};
    Timestamp at;
    std::optional<QString> note;
    std::vector<Acknowledgement> acknowledgements;
};

struct DailySignOff {
    std::int64_t id = 0;
    domain::Date day;
    QString counter;
    StaffId supervisor{};
    Timestamp signedAt;
    std::optional<QString> note;
    std::int64_t chainSequence = 0; // the head at signing; 0 for an empty chain
    Digest chainHead{};
    std::int64_t eventSequence = 0; // the day-signed-off event
    std::vector<Acknowledgement> acknowledgements;
};

} // namespace jpki::storage
