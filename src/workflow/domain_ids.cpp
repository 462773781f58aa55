#include "workflow/domain_ids.h"

#include <array>
#include <utility>

namespace jpki::workflow {

namespace {

template <typename Code, std::size_t N>
std::string_view idIn(const std::array<std::pair<Code, std::string_view>, N>& table, Code code) {
    for (const auto& [candidate, id] : table) {
        if (candidate == code) {
            return id;
        }
    }
    return {};
}

template <typename Code, std::size_t N>
std::optional<Code> codeIn(const std::array<std::pair<Code, std::string_view>, N>& table,
                           std::string_view id) {
    for (const auto& [code, candidate] : table) {
        if (candidate == id) {
            return code;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<domain::Requirement, std::string_view>, 10> requirementIds{{
    {domain::Requirement::ApplicantCard, "applicant-card"},
    {domain::Requirement::ExpiryNotice, "expiry-notice"},
    {domain::Requirement::PinMemo, "pin-memo"},
    {domain::Requirement::SealedInquiryForm, "sealed-inquiry-form"},
    {domain::Requirement::ProxyIdTwoItemsOneWithPhoto, "proxy-id-two-items-one-with-photo"},
    {domain::Requirement::ProxyIdTwoItems, "proxy-id-two-items"},
    {domain::Requirement::ProxyIdOneItem, "proxy-id-one-item"},
    {domain::Requirement::ApplicantIdOtherThanCard, "applicant-id-other-than-card"},
    {domain::Requirement::LegalAuthorityProof, "legal-authority-proof"},
    {domain::Requirement::SignedApplicationForm, "signed-application-form"},
}};

constexpr std::array<std::pair<domain::Shortfall, std::string_view>, 16> shortfallIds{{
    {domain::Shortfall::ApplicantCardMissing, "applicant-card-missing"},
    {domain::Shortfall::ExpiryNoticeMissing, "expiry-notice-missing"},
    {domain::Shortfall::PinMemoMissing, "pin-memo-missing"},
    {domain::Shortfall::InquiryFormMissing, "inquiry-form-missing"},
    {domain::Shortfall::InquiryFormOpened, "inquiry-form-opened"},
    {domain::Shortfall::ProxyIdMissing, "proxy-id-missing"},
    {domain::Shortfall::ProxyIdSecondItemMissing, "proxy-id-second-item-missing"},
    {domain::Shortfall::ProxyIdPhotoMissing, "proxy-id-photo-missing"},
    {domain::Shortfall::ApplicantIdMissing, "applicant-id-missing"},
    {domain::Shortfall::IdNoLongerAccepted, "id-no-longer-accepted"},
    {domain::Shortfall::LegalAuthorityNotStated, "legal-authority-not-stated"},
    {domain::Shortfall::FamilyRegisterCopyMissing, "family-register-copy-missing"},
    {domain::Shortfall::GuardianshipCertificateMissing, "guardianship-certificate-missing"},
    {domain::Shortfall::GuardianshipCertificateTooOld, "guardianship-certificate-too-old"},
    {domain::Shortfall::GuardianshipCertificateDatedInFuture,
     "guardianship-certificate-dated-in-future"},
    {domain::Shortfall::ApplicationFormNotSigned, "application-form-not-signed"},
}};

constexpr std::array<std::pair<domain::IdDocumentType, std::string_view>, 15> idDocumentIds{{
    {domain::IdDocumentType::DrivingLicence, "driving-licence"},
    {domain::IdDocumentType::DrivingHistoryCertificate, "driving-history-certificate"},
    {domain::IdDocumentType::Passport, "passport"},
    {domain::IdDocumentType::ResidenceCard, "residence-card"},
    {domain::IdDocumentType::SpecialPermanentResidentCertificate,
     "special-permanent-resident-certificate"},
    {domain::IdDocumentType::MyNumberCard, "my-number-card"},
    {domain::IdDocumentType::ResidentRegisterCardWithPhoto, "resident-register-card-with-photo"},
    {domain::IdDocumentType::PhysicalDisabilityCertificate, "physical-disability-certificate"},
    {domain::IdDocumentType::MentalDisabilityCertificate, "mental-disability-certificate"},
    {domain::IdDocumentType::RehabilitationCertificate, "rehabilitation-certificate"},
    {domain::IdDocumentType::HealthInsuranceCertificate, "health-insurance-certificate"},
    {domain::IdDocumentType::QualificationCertificate, "qualification-certificate"},
    {domain::IdDocumentType::LongTermCareInsuranceCertificate,
     "long-term-care-insurance-certificate"},
    {domain::IdDocumentType::PensionBook, "pension-book"},
    {domain::IdDocumentType::PensionCertificate, "pension-certificate"},
}};

constexpr std::array<std::pair<domain::SealState, std::string_view>, 3> sealStateIds{{
    {domain::SealState::NotPresented, "not-presented"},
    {domain::SealState::Sealed, "sealed"},
    {domain::SealState::Opened, "opened"},
}};

constexpr std::array<std::pair<domain::LegalAuthorityBasis, std::string_view>, 3>
    legalAuthorityBasisIds{{
        {domain::LegalAuthorityBasis::NotStated, "not-stated"},
        {domain::LegalAuthorityBasis::MinorUnder15, "minor-under-15"},
        {domain::LegalAuthorityBasis::AdultWard, "adult-ward"},
    }};

constexpr std::array<std::pair<domain::CertificateKind, std::string_view>, 2> certificateKindIds{{
    {domain::CertificateKind::Signature, "signature"},
    {domain::CertificateKind::UserAuthentication, "user-authentication"},
}};

constexpr std::array<std::pair<domain::RenewalStatus, std::string_view>, 4> renewalStatusIds{{
    {domain::RenewalStatus::TooEarly, "too-early"},
    {domain::RenewalStatus::Open, "open"},
    {domain::RenewalStatus::Expired, "expired"},
    {domain::RenewalStatus::CardReapplicationRequired, "card-reapplication-required"},
}};

constexpr std::array<std::pair<domain::IssuanceKind, std::string_view>, 3> issuanceKindIds{{
    {domain::IssuanceKind::Renewal, "renewal"},
    {domain::IssuanceKind::NewIssuance, "new-issuance"},
    {domain::IssuanceKind::RevocationAndNewIssuance, "revocation-and-new-issuance"},
}};

constexpr std::array<std::pair<domain::ResetCase, std::string_view>, 2> resetCaseIds{{
    {domain::ResetCase::Forgotten, "forgotten"},
    {domain::ResetCase::Locked, "locked"},
}};

constexpr std::array<std::pair<domain::PinProblem, std::string_view>, 9> pinProblemIds{{
    {domain::PinProblem::Empty, "empty"},
    {domain::PinProblem::FullWidthCharacter, "full-width-character"},
    {domain::PinProblem::InvalidCharacter, "invalid-character"},
    {domain::PinProblem::NonDigitCharacter, "non-digit-character"},
    {domain::PinProblem::TooShort, "too-short"},
    {domain::PinProblem::TooLong, "too-long"},
    {domain::PinProblem::WrongLength, "wrong-length"},
    {domain::PinProblem::MissingLetter, "missing-letter"},
    {domain::PinProblem::MissingDigit, "missing-digit"},
}};

constexpr std::array<std::pair<domain::ExpiryBasis, std::string_view>, 6> expiryBasisIds{{
    {domain::ExpiryBasis::TenthBirthday, "tenth-birthday"},
    {domain::ExpiryBasis::FifthBirthday, "fifth-birthday"},
    {domain::ExpiryBasis::SixthBirthday, "sixth-birthday"},
    {domain::ExpiryBasis::CardExpiry, "card-expiry"},
    {domain::ExpiryBasis::UserAuthenticationCertificate, "user-authentication-certificate"},
    {domain::ExpiryBasis::PeriodOfStay, "period-of-stay"},
}};

} // namespace

std::string_view requirementId(domain::Requirement requirement) {
    return idIn(requirementIds, requirement);
}

std::optional<domain::Requirement> parseRequirement(std::string_view id) {
    return codeIn(requirementIds, id);
}

std::string_view shortfallId(domain::Shortfall shortfall) {
    return idIn(shortfallIds, shortfall);
}

std::optional<domain::Shortfall> parseShortfall(std::string_view id) {
    return codeIn(shortfallIds, id);
}

std::string_view idDocumentId(domain::IdDocumentType type) {
    return idIn(idDocumentIds, type);
}

std::optional<domain::IdDocumentType> parseIdDocument(std::string_view id) {
    return codeIn(idDocumentIds, id);
}

std::string_view sealStateId(domain::SealState state) {
    return idIn(sealStateIds, state);
}

std::optional<domain::SealState> parseSealState(std::string_view id) {
    return codeIn(sealStateIds, id);
}

std::string_view legalAuthorityBasisId(domain::LegalAuthorityBasis basis) {
    return idIn(legalAuthorityBasisIds, basis);
}

std::optional<domain::LegalAuthorityBasis> parseLegalAuthorityBasis(std::string_view id) {
    return codeIn(legalAuthorityBasisIds, id);
}

std::string_view certificateKindId(domain::CertificateKind kind) {
    return idIn(certificateKindIds, kind);
}

std::optional<domain::CertificateKind> parseCertificateKind(std::string_view id) {
    return codeIn(certificateKindIds, id);
}

std::string_view renewalStatusId(domain::RenewalStatus status) {
    return idIn(renewalStatusIds, status);
}

std::optional<domain::RenewalStatus> parseRenewalStatus(std::string_view id) {
    return codeIn(renewalStatusIds, id);
}

std::string_view issuanceKindId(domain::IssuanceKind kind) {
    return idIn(issuanceKindIds, kind);
}

std::optional<domain::IssuanceKind> parseIssuanceKind(std::string_view id) {
    return codeIn(issuanceKindIds, id);
}

std::string_view resetCaseId(domain::ResetCase resetCase) {
    return idIn(resetCaseIds, resetCase);
}

std::optional<domain::ResetCase> parseResetCase(std::string_view id) {
    return codeIn(resetCaseIds, id);
}

std::string_view pinProblemId(domain::PinProblem problem) {
    return idIn(pinProblemIds, problem);
}

std::optional<domain::PinProblem> parsePinProblem(std::string_view id) {
    return codeIn(pinProblemIds, id);
}

std::string_view expiryBasisId(domain::ExpiryBasis basis) {
    return idIn(expiryBasisIds, basis);
}

std::optional<domain::ExpiryBasis> parseExpiryBasis(std::string_view id) {
    return codeIn(expiryBasisIds, id);
}

} // namespace jpki::workflow
