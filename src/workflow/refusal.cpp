#include "workflow/refusal.h"

namespace jpki::workflow {

std::string_view refusalReasonId(RefusalReason reason) {
    switch (reason) {
    case RefusalReason::MissingDocuments:
        return "missing-documents";
    case RefusalReason::InquiryFormOpened:
        return "inquiry-form-opened";
    case RefusalReason::TooEarly:
        return "too-early";
    case RefusalReason::CardReapplicationRequired:
        return "card-reapplication-required";
    case RefusalReason::SignatureUnderFifteen:
        return "signature-under-fifteen";
    case RefusalReason::SignatureAdultWard:
        return "signature-adult-ward";
    case RefusalReason::SignatureFaceAuthenticationCard:
        return "signature-face-authentication-card";
    case RefusalReason::CertificateAbsent:
        return "certificate-absent";
    case RefusalReason::NothingToRenew:
        return "nothing-to-renew";
    case RefusalReason::PinAbsent:
        return "pin-absent";
    case RefusalReason::PinStateUnknown:
        return "pin-state-unknown";
    case RefusalReason::PinBlocked:
        return "pin-blocked";
    case RefusalReason::ProxyPinNotVerified:
        return "proxy-pin-not-verified";
    case RefusalReason::PinPolicy:
        return "pin-policy";
    case RefusalReason::PinsDoNotMatch:
        return "pins-do-not-match";
    }
    return {};
}

std::optional<RefusalReason> parseRefusalReason(std::string_view id) {
    for (RefusalReason reason : allRefusalReasons) {
        if (refusalReasonId(reason) == id) {
            return reason;
        }
    }
    return std::nullopt;
}

bool refusalClosesCase(RefusalReason reason) {
    switch (reason) {
    case RefusalReason::MissingDocuments:
    case RefusalReason::PinPolicy:
    case RefusalReason::PinsDoNotMatch:
        return false;
    default:
        return true;
    }
}

} // namespace jpki::workflow
