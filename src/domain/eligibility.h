#pragma once

// Which certificates an applicant may hold (domain-rules.md section 4).

#include "domain/date.h"

#include <optional>
#include <vector>

namespace jpki::domain {

// R-ELIG-SIGN: no signature certificate below this age on the day of the application.
inline constexpr int signatureCertificateMinimumAge = 15;

enum class IneligibilityReason {
    UnderFifteen,           // R-ELIG-SIGN
    AdultWard,              // R-ELIG-SIGN, 成年被後見人
    FaceAuthenticationCard, // R-CARD-FACE, 顔認証マイナンバーカード
};

struct EligibilityInput {
    Date birth{};
    bool adultWard = false;
    // R-CARD-FACE: "顔認証" in the card's remarks field.
    bool faceAuthenticationCard = false;
};

struct CertificateEligibility {
    bool eligible = true;
    std::vector<IneligibilityReason> reasons; // every reason that applies, in enum order
};

struct Eligibility {
    CertificateEligibility signature;
    CertificateEligibility userAuthentication;
    // R-CARD-FACE: a face-authentication card holds the user-authentication certificate
    // without a PIN.
    bool userAuthenticationPinSet = true;
    // R-ELIG-SIGN: under 15 the legal representative sets the user-authentication PIN.
    bool legalRepresentativeSetsUserAuthenticationPin = false;
    // R-ELIG-SIGN: the day an applicant under 15 turns 15 and may apply for a signature
    // certificate as a new issuance (if nothing else stands in the way).
    std::optional<Date> signatureEligibleFrom;
};

// R-ELIG-SIGN, R-CARD-FACE: eligibility on `today`. The adult-ward refusal has no published
// exception, so any override is a supervisor's decision recorded outside this function.
Eligibility assessEligibility(const EligibilityInput& applicant, const Date& today);

} // namespace jpki::domain
