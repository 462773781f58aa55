#pragma once

// Counter-clerk text for the validity, renewal and eligibility codes of the domain layer.
// Japanese source strings, translated through Qt Linguist (context "jpki::messages::Validity").

#include "domain/eligibility.h"
#include "domain/renewal.h"
#include "domain/validity.h"

#include <QString>

namespace jpki::messages {

QString certificateKindText(domain::CertificateKind kind);
QString expiryBasisText(domain::ExpiryBasis basis);
QString renewalStatusText(domain::RenewalStatus status);
QString issuanceKindText(domain::IssuanceKind kind);
QString ineligibilityReasonText(domain::IneligibilityReason reason);
QString stayChangeStatusText(domain::StayChangeStatus status);
QString stayExtensionStatusText(domain::StayExtensionStatus status);
QString lifeEventText(domain::LifeEvent event);

} // namespace jpki::messages
