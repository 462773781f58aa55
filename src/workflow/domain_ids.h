#pragma once

// Stable ids of the domain's codes as the case's events store them ("driving-licence",
// "proxy-id-missing"). Events are kept for years, so these never change; a new code gets a new id.

#include "domain/documents.h"
#include "domain/municipality_profile.h"
#include "domain/pin_policy.h"
#include "domain/renewal.h"
#include "domain/validity.h"

#include <optional>
#include <string_view>

namespace jpki::workflow {

std::string_view requirementId(domain::Requirement requirement);
std::optional<domain::Requirement> parseRequirement(std::string_view id);

std::string_view shortfallId(domain::Shortfall shortfall);
std::optional<domain::Shortfall> parseShortfall(std::string_view id);

std::string_view idDocumentId(domain::IdDocumentType type);
std::optional<domain::IdDocumentType> parseIdDocument(std::string_view id);

std::string_view sealStateId(domain::SealState state);
std::optional<domain::SealState> parseSealState(std::string_view id);

std::string_view legalAuthorityBasisId(domain::LegalAuthorityBasis basis);
std::optional<domain::LegalAuthorityBasis> parseLegalAuthorityBasis(std::string_view id);

std::string_view certificateKindId(domain::CertificateKind kind);
std::optional<domain::CertificateKind> parseCertificateKind(std::string_view id);

std::string_view renewalStatusId(domain::RenewalStatus status);
std::optional<domain::RenewalStatus> parseRenewalStatus(std::string_view id);

std::string_view issuanceKindId(domain::IssuanceKind kind);
std::optional<domain::IssuanceKind> parseIssuanceKind(std::string_view id);

std::string_view resetCaseId(domain::ResetCase resetCase);
std::optional<domain::ResetCase> parseResetCase(std::string_view id);

std::string_view pinProblemId(domain::PinProblem problem);
std::optional<domain::PinProblem> parsePinProblem(std::string_view id);

std::string_view expiryBasisId(domain::ExpiryBasis basis);
std::optional<domain::ExpiryBasis> parseExpiryBasis(std::string_view id);

} // namespace jpki::workflow
