#include "domain/eligibility.h"

#include "domain/validity.h"

namespace jpki::domain {

namespace {

// The first day on which the holder is `age` years old, by ageOn's reckoning (a holder born on
// 29 February turns a year older on 1 March in a common year, the day after the birthday of
// R-VAL-FEB29).
Date dayAgeReached(const Date& birth, int age) {
    const Date birthday = birthdayInYear(birth, birth.year() + std::chrono::years{age});
    return ageOn(birth, birthday) >= age ? birthday : addDays(birthday, 1);
}

} // namespace

Eligibility assessEligibility(const EligibilityInput& applicant, const Date& today) {
    Eligibility result;
    const bool underFifteen = ageOn(applicant.birth, today) < signatureCertificateMinimumAge;

    std::vector<IneligibilityReason>& reasons = result.signature.reasons;
    if (underFifteen) {
        reasons.push_back(IneligibilityReason::UnderFifteen);
    }
    if (applicant.adultWard) {
        reasons.push_back(IneligibilityReason::AdultWard);
    }
    if (applicant.faceAuthenticationCard) {
        reasons.push_back(IneligibilityReason::FaceAuthenticationCard);
    }
    result.signature.eligible = reasons.empty();

    // The user-authentication certificate is issued to everyone (R-ELIG-SIGN), on a
    // face-authentication card too, where face matching replaces the PIN (R-CARD-FACE).
    result.userAuthentication.eligible = true;
    result.userAuthenticationPinSet = !applicant.faceAuthenticationCard;
    result.legalRepresentativeSetsUserAuthenticationPin =
        result.userAuthenticationPinSet && underFifteen;

    if (underFifteen) {
        result.signatureEligibleFrom =
            dayAgeReached(applicant.birth, signatureCertificateMinimumAge);
    }
    return result;
}

} // namespace jpki::domain
