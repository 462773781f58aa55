#pragma once

// What the audit chain proves beyond its own rows: every row of the cases, staff, documents,
// letters and sign-offs tables is derived from events, so a row that the events do not bear out
// was changed (or made) outside the program. Reports, the review and access checks read those
// rows; a mismatch means what they would show is unproven.

#include <QString>
#include <cstdint>
#include <string>
#include <string_view>

namespace jpki::storage {

enum class RecordKind {
    Case,
    Staff,
    DocumentCheck,
    Letter,
    SignOff,
};

enum class RecordProblem {
    NoEvent, // a row that no event records (inserted outside the program)
    NoRow,   // an event whose row is missing
    Differs, // a field of the row is not what the events say
};

struct RecordMismatch {
    RecordKind kind = RecordKind::Case;
    RecordProblem problem = RecordProblem::Differs;
    std::int64_t rowId = 0;         // the row's id; 0 when the row is missing
    std::int64_t eventSequence = 0; // the event that says otherwise; 0 when there is none
    std::string field;              // Differs: the column ("state", "role", "applicant", …)
};

// Stable ids for JSON and logs ("case", "staff", …; "no-event", "no-row", "differs").
std::string_view recordKindId(RecordKind kind);
std::string_view recordProblemId(RecordProblem problem);

// The supervisor's message, naming the table, the row and the field.
QString recordMismatchText(const RecordMismatch& mismatch);

} // namespace jpki::storage
