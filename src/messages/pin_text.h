#pragma once

// Text for the PIN policy's codes (context "jpki::messages::Pin"): Japanese source strings,
// translated through Qt Linguist.

#include "domain/pin_policy.h"

#include <QString>

namespace jpki::messages {

QString pinKindName(domain::PinKind kind);
// The format, as the applicant-facing screen states it before the PIN is typed.
QString pinFormatHint(domain::PinKind kind);
QString pinProblemText(domain::PinProblem problem);
QString pinWarningText(domain::PinWarning warning);
// Shown under the warnings: they advise, they do not refuse (R-PIN-NEW).
QString pinWarningNote();
// Shown when lower-case letters of a signature password were converted.
QString pinUppercasedNote();
QString resetCaseText(domain::ResetCase resetCase);

} // namespace jpki::messages
