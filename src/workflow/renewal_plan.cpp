#include "workflow/renewal_plan.h"

#include <algorithm>

namespace jpki::workflow {

namespace {

using domain::CertificateKind;

bool wanted(CertificateSelection selection, CertificateKind kind) {
    switch (selection) {
    case CertificateSelection::Due:
    case CertificateSelection::Both:
        return true;
    case CertificateSelection::UserAuthenticationOnly:
        return kind == CertificateKind::UserAuthentication;
    case CertificateSelection::SignatureOnly:
        return kind == CertificateKind::Signature;
    }
    return false;
}

Refusal refusalOf(RefusalReason reason, std::optional<CertificateKind> kind) {
    Refusal refusal;
    refusal.reason = reason;
    refusal.certificate = kind;
    return refusal;
}

// When nothing "due" was found: the reason that explains it best (the card first, since waiting
// cannot help there; then the earliest window).
Refusal nothingDue(const std::vector<Refusal>& refusals) {
    for (const Refusal& refusal : refusals) {
        if (refusal.reason == RefusalReason::CardReapplicationRequired) {
            return refusal;
        }
    }
    std::optional<Refusal> earliest;
    for (const Refusal& refusal : refusals) {
        if (refusal.reason == RefusalReason::TooEarly &&
            (!earliest || refusal.windowOpens < earliest->windowOpens)) {
            earliest = refusal;
        }
    }
    if (earliest) {
        return *earliest;
    }
    return refusals.empty() ? refusalOf(RefusalReason::NothingToRenew, std::nullopt)
                            : refusals.front();
}

} // namespace

std::variant<CertificateRenewal, Refusal>
assessCertificate(CertificateKind kind, const QString& serial, const domain::Date& expires,
                  const domain::Date& cardExpires, const domain::Date& today) {
    const domain::RenewalAssessment assessment = domain::assessRenewal(expires, cardExpires, today);
    switch (assessment.status) {
    case domain::RenewalStatus::TooEarly: {
        Refusal refusal = refusalOf(RefusalReason::TooEarly, kind);
        refusal.windowOpens = assessment.windowOpens;
        return refusal;
    }
    case domain::RenewalStatus::CardReapplicationRequired:
        return refusalOf(RefusalReason::CardReapplicationRequired, kind);
    case domain::RenewalStatus::Open:
    case domain::RenewalStatus::Expired:
        break;
    }
    CertificateRenewal renewal;
    renewal.kind = kind;
    renewal.status = assessment.status;
    renewal.issuance = assessment.issuanceToday.value_or(domain::IssuanceKind::NewIssuance);
    renewal.oldSerial = serial;
    renewal.oldExpires = expires;
    return renewal;
}

std::optional<Refusal> signatureRefusal(const domain::Eligibility& eligibility) {
    if (eligibility.signature.eligible || eligibility.signature.reasons.empty()) {
        return std::nullopt;
    }
    switch (eligibility.signature.reasons.front()) {
    case domain::IneligibilityReason::UnderFifteen:
        return refusalOf(RefusalReason::SignatureUnderFifteen, CertificateKind::Signature);
    case domain::IneligibilityReason::AdultWard:
        return refusalOf(RefusalReason::SignatureAdultWard, CertificateKind::Signature);
    case domain::IneligibilityReason::FaceAuthenticationCard:
        return refusalOf(RefusalReason::SignatureFaceAuthenticationCard,
                         CertificateKind::Signature);
    }
    return std::nullopt;
}

std::variant<std::vector<CertificateRenewal>, Refusal> planRenewal(const CardFacts& card,
                                                                   const ApplicantFacts& applicant,
                                                                   CertificateSelection selection,
                                                                   const domain::Date& today) {
    const bool byName = selection != CertificateSelection::Due;
    const domain::Eligibility eligibility = domain::assessEligibility(
        {*applicant.birthDate, applicant.adultWard, applicant.faceAuthenticationCard}, today);

    // R-ELIG-SIGN first: whatever the card, the applicant may not hold what is asked for.
    const std::optional<Refusal> signatureRefused = signatureRefusal(eligibility);
    if (byName && signatureRefused && wanted(selection, CertificateKind::Signature)) {
        return *signatureRefused;
    }
    std::vector<CertificateRenewal> plan;
    std::vector<Refusal> notDue;
    // The user-authentication certificate first: a signature certificate never outlives it
    // (R-VAL-CERT), so its new expiry must be known before the signature certificate's.
    for (CertificateKind kind : {CertificateKind::UserAuthentication, CertificateKind::Signature}) {
        if (!wanted(selection, kind)) {
            continue;
        }
        if (kind == CertificateKind::Signature && signatureRefused) {
            continue; // "due" never includes what the applicant may not hold
        }
        const CertificateFacts* facts = card.certificate(kind);
        const card::CertificatePresence presence =
            facts ? facts->presence : card::CertificatePresence::Absent;
        if (presence == card::CertificatePresence::NotRead) {
            CertificateRenewal pending;
            pending.kind = kind;
            pending.assessed = false;
            pending.optional = !byName;
            plan.push_back(pending);
            continue;
        }
        if (presence != card::CertificatePresence::Present || !facts->notAfter) {
            // A missing certificate is a new issuance, not a renewal.
            if (byName) {
                return refusalOf(RefusalReason::CertificateAbsent, kind);
            }
            continue;
        }
        auto assessed =
            assessCertificate(kind, facts->serial, *facts->notAfter, *applicant.cardExpires, today);
        if (auto* refusal = std::get_if<Refusal>(&assessed)) {
            if (byName) {
                return *refusal;
            }
            notDue.push_back(*refusal);
            continue;
        }
        plan.push_back(std::get<CertificateRenewal>(assessed));
    }
    const bool anyAssessed = std::any_of(plan.begin(), plan.end(),
                                         [](const CertificateRenewal& r) { return r.assessed; });
    if (plan.empty() || (!byName && !anyAssessed && !notDue.empty())) {
        // Nothing due: a signature certificate not yet read is due with its partner or not at
        // all, since both were issued together.
        return nothingDue(notDue);
    }
    return plan;
}

} // namespace jpki::workflow
