#pragma once

// Why the rules stop a case, as a closed set of codes with the data the clerk's message needs.
// src/messages/workflow_text.h gives each code its text.

#include "domain/date.h"
#include "domain/documents.h"
#include "domain/pin_policy.h"
#include "domain/validity.h"
#include "workflow/step.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace jpki::workflow {

enum class RefusalReason {
    MissingDocuments,          // R-DOC-*: the visit's documents are not all there (case stays open)
    InquiryFormOpened,         // R-DOC-SEAL: the sealed form arrived opened
    TooEarly,                  // R-REN-WINDOW: 3 months or more remain
    CardReapplicationRequired, // R-REN-CARD: the card itself must be applied for again
    SignatureUnderFifteen,     // R-ELIG-SIGN
    SignatureAdultWard,        // R-ELIG-SIGN
    SignatureFaceAuthenticationCard, // R-CARD-FACE
    CertificateAbsent,               // the certificate asked for is not on the card
    NothingToRenew,                  // no certificate on the card can be renewed
    PinAbsent,                       // the PIN to reset does not exist on this card
    PinStateUnknown,                 // the card could not tell the PIN's tries
    PinBlocked,          // a renewal needs a PIN that is blocked: reset it first (R-PIN-RESET)
    ProxyPinNotVerified, // R-PIN-PROXY: a PIN from the sealed form does not verify
    PinPolicy,           // R-PIN-FORMAT: a PIN breaks its format (case stays at pin-entry)
    PinsDoNotMatch,      // the two entries of the new PIN differ (case stays at pin-entry)
};

inline constexpr std::array allRefusalReasons{
    RefusalReason::MissingDocuments,
    RefusalReason::InquiryFormOpened,
    RefusalReason::TooEarly,
    RefusalReason::CardReapplicationRequired,
    RefusalReason::SignatureUnderFifteen,
    RefusalReason::SignatureAdultWard,
    RefusalReason::SignatureFaceAuthenticationCard,
    RefusalReason::CertificateAbsent,
    RefusalReason::NothingToRenew,
    RefusalReason::PinAbsent,
    RefusalReason::PinStateUnknown,
    RefusalReason::PinBlocked,
    RefusalReason::ProxyPinNotVerified,
    RefusalReason::PinPolicy,
    RefusalReason::PinsDoNotMatch,
};

// Stable ids ("too-early"), stored in the refusal's event and as the case's outcome.
std::string_view refusalReasonId(RefusalReason reason);
std::optional<RefusalReason> parseRefusalReason(std::string_view id);

// A refusal ends the case, except where the applicant can put it right at once: a missing
// document brought, a new PIN typed again.
bool refusalClosesCase(RefusalReason reason);

struct Refusal {
    RefusalReason reason = RefusalReason::MissingDocuments;
    // Where the case stands after the refusal was recorded.
    Step stepAfter = Step::Refused;
    std::vector<domain::UnmetRequirement> unmet;        // MissingDocuments, InquiryFormOpened
    std::vector<domain::PinProblem> pinProblems;        // PinPolicy
    std::optional<domain::CertificateKind> certificate; // renewal refusals
    std::optional<domain::Date> windowOpens;            // TooEarly
    std::optional<domain::PinKind> pin;                 // PIN refusals
    std::optional<int> triesLeft;                       // ProxyPinNotVerified, PinBlocked
};

} // namespace jpki::workflow
