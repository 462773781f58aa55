#pragma once

// Text for procedures, paths, required documents and the shortfalls of a visit (context
// "jpki::messages::Documents"): Japanese source strings, translated through Qt Linguist.

#include "domain/documents.h"
#include "domain/municipality_profile.h"
#include "domain/procedures.h"

#include <QString>

namespace jpki::messages {

QString procedureName(domain::Procedure procedure);
QString requestPathName(domain::RequestPath path);
// The line of the checklist handed to the applicant.
QString requirementName(domain::Requirement requirement);
QString necessityText(domain::Necessity necessity);
QString idDocumentName(domain::IdDocumentType type);
QString idCategoryName(domain::IdCategory category);
QString sealStateName(domain::SealState state);
QString legalAuthorityBasisName(domain::LegalAuthorityBasis basis);
// What the clerk tells the applicant when the visit cannot go on yet.
QString shortfallText(domain::Shortfall shortfall);
// Shown on the first visit of a voluntary proxy's reset (R-DOC-RST-VOL).
QString secondVisitNote();
// R-DOC-AUTH: when the copy of the family register is waived; `municipality` is the profile's
// name of the town (美濃市).
QString familyRegisterWaiverNote(const QString& municipality);

} // namespace jpki::messages
