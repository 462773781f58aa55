#pragma once

// The event types the case engine appends (next to the store's own, storage/event_types.h).
// Stable ids: they are part of every event's hash, and CaseFile is folded from them.
//
// Every event carries the acting staff id. Payloads hold ids, dates, serials and tries, never a
// PIN, the My Number, or a name or address (those stay on the case row).

#include <string_view>

namespace jpki::workflow::event {

// reception
inline constexpr std::string_view kApplicantFactsRecorded = "applicant-facts-recorded";
inline constexpr std::string_view kProxyRecorded = "proxy-recorded";
// documents
inline constexpr std::string_view kDocumentsEvaluated = "documents-evaluated";
// the voluntary proxy's letter: after the store's letter-mailed / letter-reply-received
inline constexpr std::string_view kStepChanged = "step-changed";
// card check
inline constexpr std::string_view kCardChecked = "card-checked";
// renewal
inline constexpr std::string_view kPinVerificationFailed = "pin-verification-failed";
inline constexpr std::string_view kPinsVerified = "pins-verified";
// Stored before the card is told to make a key pair (write-ahead): GENERATE empties the
// certificate file, and a renewal cut short right after it must still know the card as its own.
inline constexpr std::string_view kKeyGenerationStarted = "key-generation-started";
inline constexpr std::string_view kKeyGenerated = "key-generated";
inline constexpr std::string_view kCertificateIssued = "certificate-issued";
// issued, then found not written when resumed: withdrawn (revoked), issued again
inline constexpr std::string_view kCertificateWithdrawn = "certificate-withdrawn";
inline constexpr std::string_view kCertificateWritten = "certificate-written";
inline constexpr std::string_view kCertificateVerified = "certificate-verified";
inline constexpr std::string_view kOldCertificateRevoked = "old-certificate-revoked";
// PIN reset and lock release
inline constexpr std::string_view kNewPinRefused = "new-pin-refused";
inline constexpr std::string_view kPinCounterReset = "pin-counter-reset";
inline constexpr std::string_view kPinResetConfirmed = "pin-reset-confirmed";
// endings
inline constexpr std::string_view kCaseCompleted = "case-completed";
inline constexpr std::string_view kCaseRefused = "case-refused";
inline constexpr std::string_view kCaseCancelled = "case-cancelled";
inline constexpr std::string_view kApplicantLeft = "applicant-left";

} // namespace jpki::workflow::event
