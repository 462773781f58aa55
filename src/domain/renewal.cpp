#include "domain/renewal.h"

namespace jpki::domain {

Date renewalWindowOpens(const Date& certificateExpires) {
    // R-REN-WINDOW: a missing day (31 May -> 31 Feb) becomes the month's last day, then + 1.
    return addDays(addMonthsClamped(certificateExpires, -3), 1);
}

bool isTimelyRenewal(const Date& issued, const Date& previousExpires) {
    return renewalWindowOpens(previousExpires) <= issued && issued <= previousExpires;
}

RenewalAssessment assessRenewal(const Date& certificateExpires, const Date& cardExpires,
                                const Date& today) {
    RenewalAssessment assessment;
    assessment.windowOpens = renewalWindowOpens(certificateExpires);

    // A date is valid through its whole day, so "expired" means strictly after it.
    const bool cardEndsWithCertificate = cardExpires <= certificateExpires;
    const bool cardLapsed = cardExpires < today;
    if (cardEndsWithCertificate || cardLapsed) {
        assessment.status = RenewalStatus::CardReapplicationRequired;
        return assessment;
    }
    if (certificateExpires < today) {
        assessment.status = RenewalStatus::Expired;
        assessment.issuanceToday = IssuanceKind::NewIssuance;
        return assessment;
    }
    if (today < assessment.windowOpens) {
        assessment.status = RenewalStatus::TooEarly;
        assessment.issuanceToday = IssuanceKind::RevocationAndNewIssuance;
        return assessment;
    }
    assessment.status = RenewalStatus::Open;
    assessment.issuanceToday = IssuanceKind::Renewal;
    assessment.sixthBirthdayRuleApplies = isTimelyRenewal(today, certificateExpires);
    return assessment;
}

} // namespace jpki::domain
