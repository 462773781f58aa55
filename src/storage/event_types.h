#pragma once

// The event types the store itself appends, next to the ones the case engine chooses. Stable
// ids: they are part of every event's hash and appear in reports.

#include <string_view>

namespace jpki::storage::event_type {

inline constexpr std::string_view kCaseOpened = "case-opened";
inline constexpr std::string_view kApplicantRecorded = "applicant-recorded";
inline constexpr std::string_view kDocumentChecked = "document-checked";
inline constexpr std::string_view kLetterIssued = "letter-issued";
inline constexpr std::string_view kLetterMailed = "letter-mailed";
inline constexpr std::string_view kLetterReplyReceived = "letter-reply-received";
inline constexpr std::string_view kDaySignedOff = "day-signed-off";
inline constexpr std::string_view kStaffCreated = "staff-created";
inline constexpr std::string_view kStaffPasswordChanged = "staff-password-changed";
inline constexpr std::string_view kStaffActivated = "staff-activated";
inline constexpr std::string_view kStaffDeactivated = "staff-deactivated";
inline constexpr std::string_view kStaffUnlocked = "staff-unlocked";
inline constexpr std::string_view kSignIn = "sign-in";
inline constexpr std::string_view kSignInFailed = "sign-in-failed";
// At the upgrade that made staff events carry the display name and the password hash's digest:
// what each existing account held then, so that its row can be checked from there on.
inline constexpr std::string_view kStaffRecordAttested = "staff-record-attested";

} // namespace jpki::storage::event_type
