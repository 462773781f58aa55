#include "domain/documents.h"

#include <algorithm>

namespace jpki::domain {

namespace {

using enum Requirement;

constexpr RequiredItem required(Requirement requirement) {
    return RequiredItem{requirement, Necessity::Required};
}

DocumentPlan renewalPlan(RequestPath path) {
    switch (path) {
    case RequestPath::Self:
        // R-DOC-REN-SELF; the notice is listed but not needed (R-REN-NOTICE), nor is the PIN
        // memo when the PINs are known (R-REN-PIN).
        return DocumentPlan{Procedure::Renewal,
                            path,
                            {"R-DOC-REN-SELF", "R-REN-NOTICE", "R-REN-PIN", "R-DOC-FORM"},
                            {Visit{1,
                                   {required(ApplicantCard),
                                    {ExpiryNotice, Necessity::IfAvailable},
                                    {PinMemo, Necessity::UnlessPinsKnown},
                                    required(SignedApplicationForm)},
                                   true}}};
    case RequestPath::LegalProxy:
        // The rules list renewal by a proxy (代理人) without telling the two kinds apart. A legal
        // representative enters the PINs as the applicant would (R-PIN-PROXY), so no sealed form
        // carries them: this is the self path, plus the proxy's identity as R-DOC-REN-PROXY asks
        // of any renewing proxy (R-DOC-TWO) and the proof of authority (R-DOC-AUTH).
        return DocumentPlan{Procedure::Renewal,
                            path,
                            {"R-DOC-REN-PROXY", "R-PIN-PROXY", "R-DOC-REN-SELF", "R-DOC-TWO",
                             "R-DOC-AUTH", "R-DOC-FORM"},
                            {Visit{1,
                                   {required(ApplicantCard),
                                    {ExpiryNotice, Necessity::IfAvailable},
                                    {PinMemo, Necessity::UnlessPinsKnown},
                                    required(ProxyIdTwoItemsOneWithPhoto),
                                    required(LegalAuthorityProof),
                                    required(SignedApplicationForm)},
                                   true}}};
    case RequestPath::VoluntaryProxy:
        // R-DOC-REN-PROXY: the form is printed on the back of the notice, so both come together.
        return DocumentPlan{Procedure::Renewal,
                            path,
                            {"R-DOC-REN-PROXY", "R-DOC-TWO", "R-DOC-SEAL", "R-DOC-FORM"},
                            {Visit{1,
                                   {required(SealedInquiryForm), required(ApplicantCard),
                                    required(ProxyIdTwoItemsOneWithPhoto), required(ExpiryNotice),
                                    required(SignedApplicationForm)},
                                   true}}};
    }
    return {};
}

// PIN reset and lock release need the same documents (R-PIN-RESET).
DocumentPlan reinitialisationPlan(Procedure procedure, RequestPath path) {
    switch (path) {
    case RequestPath::Self:
        return DocumentPlan{
            procedure,
            path,
            {"R-DOC-RST-SELF", "R-DOC-FORM"},
            {Visit{1, {required(ApplicantCard), required(SignedApplicationForm)}, true}}};
    case RequestPath::LegalProxy:
        return DocumentPlan{procedure,
                            path,
                            {"R-DOC-RST-LEGAL", "R-DOC-AUTH", "R-DOC-FORM"},
                            {Visit{1,
                                   {required(ApplicantCard), required(ApplicantIdOtherThanCard),
                                    required(ProxyIdTwoItems), required(LegalAuthorityProof),
                                    required(SignedApplicationForm)},
                                   true}}};
    case RequestPath::VoluntaryProxy:
        // The application is taken on the first visit; the form mailed in between confirms the
        // holder's address and will (section 5), so the first visit never completes the reset.
        return DocumentPlan{
            procedure,
            path,
            {"R-DOC-RST-VOL", "R-DOC-TWO", "R-DOC-SEAL", "R-DOC-FORM"},
            {Visit{1, {required(ProxyIdOneItem), required(SignedApplicationForm)}, false},
             Visit{2,
                   {required(ApplicantCard), required(ApplicantIdOtherThanCard),
                    required(ProxyIdTwoItemsOneWithPhoto), required(SealedInquiryForm)},
                   true}}};
    }
    return {};
}

struct IdCount {
    std::size_t items = 0;
    bool withPhoto = false;
    bool ignoredPastCutOff = false;
};

// Distinct accepted types count; the applicant's own My Number card is the card being served,
// never an identity document beside it.
IdCount countIds(const std::vector<IdDocumentType>& presented, bool excludeMyNumberCard,
                 const MunicipalityProfile& profile, const Date& today) {
    IdCount count;
    std::vector<IdDocumentType> seen;
    for (IdDocumentType type : presented) {
        if (std::find(seen.begin(), seen.end(), type) != seen.end()) {
            continue;
        }
        seen.push_back(type);
        if (excludeMyNumberCard && type == IdDocumentType::MyNumberCard) {
            continue;
        }
        const AcceptedIdDocument* accepted = findAcceptedIdDocument(profile, type);
        if (accepted == nullptr) {
            continue;
        }
        if (!isAcceptedOn(*accepted, today)) {
            count.ignoredPastCutOff = true;
            continue;
        }
        ++count.items;
        count.withPhoto = count.withPhoto || accepted->category == IdCategory::Photo;
    }
    return count;
}

void checkProxyIds(Requirement requirement, const IdCount& count, std::vector<Shortfall>& out) {
    const std::size_t before = out.size();
    if (count.items == 0) {
        out.push_back(Shortfall::ProxyIdMissing);
    } else if (requirement == ProxyIdTwoItemsOneWithPhoto && !count.withPhoto) {
        // One photo ID makes up for both a second item and the photo.
        out.push_back(Shortfall::ProxyIdPhotoMissing);
    } else if (requirement != ProxyIdOneItem && count.items < 2) {
        out.push_back(Shortfall::ProxyIdSecondItemMissing);
    }
    if (out.size() != before && count.ignoredPastCutOff) {
        out.push_back(Shortfall::IdNoLongerAccepted);
    }
}

void checkLegalAuthority(const LegalAuthorityEvidence& evidence, const Date& today,
                         std::vector<Shortfall>& out) {
    switch (evidence.basis) {
    case LegalAuthorityBasis::NotStated:
        out.push_back(Shortfall::LegalAuthorityNotStated);
        return;
    case LegalAuthorityBasis::MinorUnder15:
        if (!evidence.familyRegisterCopy && !evidence.registeredDomicileHere &&
            !evidence.residentRegisterShowsRepresentative) {
            out.push_back(Shortfall::FamilyRegisterCopyMissing);
        }
        return;
    case LegalAuthorityBasis::AdultWard:
        if (!evidence.guardianshipCertificateIssued) {
            out.push_back(Shortfall::GuardianshipCertificateMissing);
        } else if (*evidence.guardianshipCertificateIssued > today) {
            out.push_back(Shortfall::GuardianshipCertificateDatedInFuture);
        } else if (!isGuardianshipCertificateRecent(*evidence.guardianshipCertificateIssued,
                                                    today)) {
            out.push_back(Shortfall::GuardianshipCertificateTooOld);
        }
        return;
    }
}

bool isNeeded(Necessity necessity, const PresentedItems& presented) {
    switch (necessity) {
    case Necessity::Required:
        return true;
    case Necessity::UnlessPinsKnown:
        return !presented.pinsKnown;
    case Necessity::IfAvailable:
        return false;
    }
    return true;
}

} // namespace

DocumentPlan documentPlan(Procedure procedure, RequestPath path) {
    if (isPinReinitialisation(procedure)) {
        return reinitialisationPlan(procedure, path);
    }
    return renewalPlan(path);
}

bool isGuardianshipCertificateRecent(const Date& issued, const Date& today) {
    return issued <= today && issued >= addMonthsClamped(today, -3);
}

std::vector<UnmetRequirement> evaluateVisit(const Visit& visit, const PresentedItems& presented,
                                            const MunicipalityProfile& profile, const Date& today) {
    std::vector<UnmetRequirement> unmet;
    for (const RequiredItem& item : visit.items) {
        if (!isNeeded(item.necessity, presented)) {
            continue;
        }
        std::vector<Shortfall> shortfalls;
        switch (item.requirement) {
        case ApplicantCard:
            if (!presented.applicantCard) {
                shortfalls.push_back(Shortfall::ApplicantCardMissing);
            }
            break;
        case ExpiryNotice:
            if (!presented.expiryNotice) {
                shortfalls.push_back(Shortfall::ExpiryNoticeMissing);
            }
            break;
        case PinMemo:
            if (!presented.pinMemo) {
                shortfalls.push_back(Shortfall::PinMemoMissing);
            }
            break;
        case SealedInquiryForm:
            if (presented.inquiryForm == SealState::NotPresented) {
                shortfalls.push_back(Shortfall::InquiryFormMissing);
            } else if (presented.inquiryForm == SealState::Opened) {
                shortfalls.push_back(Shortfall::InquiryFormOpened);
            }
            break;
        case ProxyIdTwoItemsOneWithPhoto:
        case ProxyIdTwoItems:
        case ProxyIdOneItem:
            checkProxyIds(item.requirement, countIds(presented.proxyIds, false, profile, today),
                          shortfalls);
            break;
        case ApplicantIdOtherThanCard: {
            const IdCount count = countIds(presented.applicantIds, true, profile, today);
            if (count.items == 0) {
                shortfalls.push_back(Shortfall::ApplicantIdMissing);
                if (count.ignoredPastCutOff) {
                    shortfalls.push_back(Shortfall::IdNoLongerAccepted);
                }
            }
            break;
        }
        case LegalAuthorityProof:
            checkLegalAuthority(presented.authority, today, shortfalls);
            break;
        case SignedApplicationForm:
            if (!presented.applicationFormSigned) {
                shortfalls.push_back(Shortfall::ApplicationFormNotSigned);
            }
            break;
        }
        for (Shortfall shortfall : shortfalls) {
            unmet.push_back(UnmetRequirement{item.requirement, shortfall});
        }
    }
    return unmet;
}

} // namespace jpki::domain
