#pragma once

// What each procedure needs brought to the counter (domain-rules.md section 5): the visits per
// procedure and path, the items per visit, and the evaluation of what was presented on one visit.

#include "domain/date.h"
#include "domain/municipality_profile.h"
#include "domain/procedures.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace jpki::domain {

enum class Requirement {
    ApplicantCard,     // 利用者本人のマイナンバーカード
    ExpiryNotice,      // 有効期限通知書
    PinMemo,           // 暗証番号記載票
    SealedInquiryForm, // 照会書兼回答書, filled in by the holder and sealed
    ProxyIdTwoItemsOneWithPhoto, // R-DOC-TWO 代理人の本人確認書類2点（うち1点は顔写真付き）
    ProxyIdTwoItems, // R-DOC-RST-LEGAL 法定代理人の本人確認書類2点
    ProxyIdOneItem,  // R-DOC-RST-VOL visit 1: 任意代理人の本人確認書類1点
    ApplicantIdOtherThanCard, // 利用者本人の本人確認書類（マイナンバーカード以外に1点）
    LegalAuthorityProof,   // R-DOC-AUTH 代理権の確認書類
    SignedApplicationForm, // R-DOC-FORM 申請書, signed at the counter
};

inline constexpr std::array allRequirements{Requirement::ApplicantCard,
                                            Requirement::ExpiryNotice,
                                            Requirement::PinMemo,
                                            Requirement::SealedInquiryForm,
                                            Requirement::ProxyIdTwoItemsOneWithPhoto,
                                            Requirement::ProxyIdTwoItems,
                                            Requirement::ProxyIdOneItem,
                                            Requirement::ApplicantIdOtherThanCard,
                                            Requirement::LegalAuthorityProof,
                                            Requirement::SignedApplicationForm};

enum class Necessity {
    Required,
    UnlessPinsKnown, // R-REN-PIN: the PIN memo is not needed when the PINs are known
    IfAvailable,     // R-REN-NOTICE: renewal does not depend on the expiry notice
};

inline constexpr std::array allNecessities{Necessity::Required, Necessity::UnlessPinsKnown,
                                           Necessity::IfAvailable};

struct RequiredItem {
    Requirement requirement = Requirement::ApplicantCard;
    Necessity necessity = Necessity::Required;
    friend bool operator==(const RequiredItem&, const RequiredItem&) = default;
};

struct Visit {
    int number = 1; // 1-based
    std::vector<RequiredItem> items;
    // false for the voluntary proxy's first visit: the reset cannot be completed that day.
    bool completesProcedure = true;
};

struct DocumentPlan {
    Procedure procedure = Procedure::Renewal;
    RequestPath path = RequestPath::Self;
    // The rules the plan applies, most specific first.
    std::vector<std::string_view> rules;
    std::vector<Visit> visits;
};

// R-DOC-REN-SELF, R-DOC-REN-PROXY, R-DOC-RST-SELF, R-DOC-RST-LEGAL, R-DOC-RST-VOL, R-DOC-FORM.
DocumentPlan documentPlan(Procedure procedure, RequestPath path);

// The state of the inquiry-and-reply form's envelope as it reaches the counter.
enum class SealState {
    NotPresented,
    Sealed,
    Opened, // R-DOC-SEAL: refused
};

// R-DOC-AUTH: on what ground the legal proxy acts.
enum class LegalAuthorityBasis {
    NotStated,
    MinorUnder15, // 親権者 of an applicant under 15: copy of the family register
    AdultWard,    // 成年後見人: certificate of guardianship registration
};

struct LegalAuthorityEvidence {
    LegalAuthorityBasis basis = LegalAuthorityBasis::NotStated;
    bool familyRegisterCopy = false; // 戸籍謄本
    // The applicant's registered domicile (本籍) is this municipality.
    bool registeredDomicileHere = false;
    // The resident register shows the proxy as the applicant's legal representative.
    bool residentRegisterShowsRepresentative = false;
    // Issue date of the certificate of guardianship registration (成年後見登記事項証明書).
    std::optional<Date> guardianshipCertificateIssued;
};

struct PresentedItems {
    bool applicantCard = false;
    bool expiryNotice = false;
    bool pinMemo = false;
    // The applicant (or the legal representative) knows the PINs to enter (R-REN-PIN).
    bool pinsKnown = false;
    SealState inquiryForm = SealState::NotPresented;
    // The proxy's own identity documents; the same type twice counts once.
    std::vector<IdDocumentType> proxyIds;
    // The applicant's identity documents; the applicant's My Number card never counts here.
    std::vector<IdDocumentType> applicantIds;
    LegalAuthorityEvidence authority;
    bool applicationFormSigned = false;
};

// Why a visit cannot go on yet.
enum class Shortfall {
    ApplicantCardMissing,
    ExpiryNoticeMissing,
    PinMemoMissing,
    InquiryFormMissing,
    InquiryFormOpened, // R-DOC-SEAL
    ProxyIdMissing,
    ProxyIdSecondItemMissing,
    ProxyIdPhotoMissing, // R-DOC-TWO: none of the items has a photo
    ApplicantIdMissing,
    // A presented document is past the profile's cut-off (a health-insurance certificate after
    // 2025-12-01); reported after the ID shortfall it explains.
    IdNoLongerAccepted,
    LegalAuthorityNotStated,
    FamilyRegisterCopyMissing,
    GuardianshipCertificateMissing,
    GuardianshipCertificateTooOld,
    GuardianshipCertificateDatedInFuture,
    ApplicationFormNotSigned,
};

inline constexpr std::array allShortfalls{Shortfall::ApplicantCardMissing,
                                          Shortfall::ExpiryNoticeMissing,
                                          Shortfall::PinMemoMissing,
                                          Shortfall::InquiryFormMissing,
                                          Shortfall::InquiryFormOpened,
                                          Shortfall::ProxyIdMissing,
                                          Shortfall::ProxyIdSecondItemMissing,
                                          Shortfall::ProxyIdPhotoMissing,
                                          Shortfall::ApplicantIdMissing,
                                          Shortfall::IdNoLongerAccepted,
                                          Shortfall::LegalAuthorityNotStated,
                                          Shortfall::FamilyRegisterCopyMissing,
                                          Shortfall::GuardianshipCertificateMissing,
                                          Shortfall::GuardianshipCertificateTooOld,
                                          Shortfall::GuardianshipCertificateDatedInFuture,
                                          Shortfall::ApplicationFormNotSigned};

struct UnmetRequirement {
    Requirement requirement = Requirement::ApplicantCard;
    Shortfall shortfall = Shortfall::ApplicantCardMissing;
    friend bool operator==(const UnmetRequirement&, const UnmetRequirement&) = default;
};

// R-DOC-AUTH: a certificate of guardianship registration is accepted when issued within the last
// three months: on `today` or after the same calendar day three months earlier (clamped to the
// month's end). This equals the Civil Code period (art. 140, 143) counted from the issue date.
bool isGuardianshipCertificateRecent(const Date& issued, const Date& today);

// What is still missing or unmet for `visit`, in the order of the visit's items; empty when
// the visit can go on. Identity documents count as the profile lists them on `today`.
std::vector<UnmetRequirement> evaluateVisit(const Visit& visit, const PresentedItems& presented,
                                            const MunicipalityProfile& profile, const Date& today);

} // namespace jpki::domain
