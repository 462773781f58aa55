#pragma once

// Text for the PIN policy's codes (context "jpki::messages::Pin"): Japanese source strings,
// translated through Qt Linguist.

#include "domain/pin_policy.h"

#include <QString>
#include <vector>

namespace jpki::messages {

QString pinKindName(domain::PinKind kind);
// The format, as the applicant-facing screen states it before the PIN is typed.
QString pinFormatHint(domain::PinKind kind);
QString pinProblemText(domain::PinProblem problem);
// Every problem of a PIN, most useful first, as one line (rules pin-check's reason, and why a
// PIN was not sent to the card).
QString pinProblemsText(const std::vector<domain::PinProblem>& problems);
QString pinWarningText(domain::PinWarning warning);
// Shown under the warnings: they advise, they do not refuse (R-PIN-NEW).
QString pinWarningNote();
// Shown when lower-case letters of a signature password were converted.
QString pinUppercasedNote();
QString resetCaseText(domain::ResetCase resetCase);

} // namespace jpki::messages
