#pragma once

// Internal to the storage layer: the column lists of each record and the functions that read a
// row of them, shared by the queries and the writers. A value the program does not know (an
// unknown procedure id) gives InvalidData rather than a guess.

#include "storage/case_records.h"
#include "storage/paperwork_records.h"
#include "storage/result.h"
#include "storage/sign_off_records.h"
#include "storage/sqlite_connection.h"
#include "storage/staff_records.h"

#include <string_view>
#include <type_traits>
#include <vector>

namespace jpki::storage::detail {

// FROM staff s
inline constexpr std::string_view kStaffColumns =
    "s.id, s.login, s.display_name, s.role, s.password_hash, s.password_salt, s.kdf,"
    " s.kdf_log2_n, s.kdf_r, s.kdf_p, s.failed_sign_ins, s.locked, s.active, s.created_at,"
    " s.updated_at";
Result<StaffAccount> readStaff(const sqlite::Statement& row);

// FROM cases c JOIN staff s ON s.id = c.opened_by
inline constexpr std::string_view kCaseColumns =
    "c.id, c.reference, c.procedure, c.request_path, c.counter, c.state, c.outcome, c.opened_by,"
    " s.login, s.display_name, c.opened_at, c.opened_on, c.updated_at, c.closed_at,"
    " c.last_event_seq";
Result<CaseSummary> readCaseSummary(const sqlite::Statement& row);

// kCaseColumns followed by these
inline constexpr std::string_view kApplicantColumns =
    "c.applicant_name, c.applicant_kana, c.applicant_birth_date, c.applicant_address";
Result<CaseRecord> readCaseRecord(const sqlite::Statement& row);

// FROM case_events e LEFT JOIN staff s ON s.id = e.staff_id
inline constexpr std::string_view kEventColumns =
    "e.seq, e.case_id, e.staff_id, s.login, s.display_name, e.at, e.event_type, e.payload, e.hash";
Result<CaseEvent> readEvent(const sqlite::Statement& row);

// FROM documents_checked d
inline constexpr std::string_view kDocumentColumns =
    "d.id, d.case_id, d.event_seq, d.document, d.holder, d.accepted, d.note, d.checked_by,"
    " d.checked_at";
Result<RecordedDocumentCheck> readDocumentCheck(const sqlite::Statement& row);

// FROM inquiry_letters l
inline constexpr std::string_view kLetterColumns =
    "l.id, l.reference, l.case_id, l.issued_by, l.issued_at, l.mailed_at, l.mail_method,"
    " l.reply_received_at";
Result<InquiryLetter> readLetter(const sqlite::Statement& row);

// FROM daily_sign_offs o (acknowledgements are read separately)
inline constexpr std::string_view kSignOffColumns =
    "o.id, o.day, o.counter, o.supervisor_id, o.signed_at, o.note, o.chain_seq, o.chain_head,"
    " o.event_seq";
Result<DailySignOff> readSignOff(const sqlite::Statement& row);

// Runs a prepared query and reads every row with `reader`.
template <typename Reader>
auto readAll(sqlite::Statement& statement, Reader reader)
    -> Result<std::vector<typename std::invoke_result_t<Reader, const sqlite::Statement&>::Value>> {
    using Value = typename std::invoke_result_t<Reader, const sqlite::Statement&>::Value;
    std::vector<Value> values;
    for (;;) {
        auto row = statement.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return values;
        }
        auto value = reader(statement);
        if (!value) {
            return value.error();
        }
        values.push_back(std::move(value).value());
    }
}

} // namespace jpki::storage::detail
