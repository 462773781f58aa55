#pragma once

// The audit events of access control and review outside any case (next to the store's own
// sign-in, staff-* and day-signed-off). Stable ids: they are part of every event's hash.
// No payload ever holds a password, nor a login that was not found (it may be a password typed
// into the wrong field).

#include <string_view>

namespace jpki::workflow::event {

// A staff member tried an action their role does not allow: {"action": SupervisorAction id}.
inline constexpr std::string_view kAccessRefused = "access-refused";
// The right password for a locked or inactive account: {"reason": "locked" | "inactive"}.
inline constexpr std::string_view kSignInRefused = "sign-in-refused";
// A sign-in with a login that names no account; no staff, no payload.
inline constexpr std::string_view kSignInUnknownLogin = "sign-in-unknown-login";
inline constexpr std::string_view kSignOut = "sign-out";
// A daily or range report written: {"report", "format": "json" | "csv" | "pdf", "destination":
// "file" | "stdout", "day" or "from"/"to", "succeeded", and "reason" when it failed}
// (reports/report_export.h).
inline constexpr std::string_view kReportExported = "report-exported";
// A letter or a receipt written, with the applicant's name and address: {"document": "letter" |
// "receipt", "case", "letter" (a letter's reference), "format", "destination", "succeeded",
// "reason" when it failed}.
inline constexpr std::string_view kDocumentExported = "document-exported";

} // namespace jpki::workflow::event
