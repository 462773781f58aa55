#pragma once

// Internal to the engine: which certificates a renewal replaces, by the rules (R-REN-WINDOW,
// R-REN-CARD, R-REN-LATE, R-ELIG-SIGN, R-CARD-FACE), from the card's facts and the clerk's choice.

#include "domain/eligibility.h"
#include "domain/renewal.h"
#include "workflow/case_file.h"
#include "workflow/refusal.h"

#include <optional>
#include <variant>
#include <vector>

namespace jpki::workflow {

// The renewal of one certificate whose expiry is known, on `today`. Refuses what the rules
// refuse; a certificate past its expiry is issued anew (R-REN-LATE).
std::variant<CertificateRenewal, Refusal>
assessCertificate(domain::CertificateKind kind, const QString& serial, const domain::Date& expires,
                  const domain::Date& cardExpires, const domain::Date& today);

// R-ELIG-SIGN, R-CARD-FACE: the refusal of a signature certificate for this applicant, if any.
std::optional<Refusal> signatureRefusal(const domain::Eligibility& eligibility);

// The plan for the clerk's choice, or the refusal that stops the case.
std::variant<std::vector<CertificateRenewal>, Refusal> planRenewal(const CardFacts& card,
                                                                   const ApplicantFacts& applicant,
                                                                   CertificateSelection selection,
                                                                   const domain::Date& today);

} // namespace jpki::workflow
