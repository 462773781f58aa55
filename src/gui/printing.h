#pragma once

// The print buttons of the wizard: the voluntary proxy's inquiry-and-reply letter and the
// applicant's receipt, built from the stored case on the case worker (src/letters) and printed
// through the print dialog, whose "print to file" also saves a PDF.

#include "domain/municipality_profile.h"
#include "gui/case_pages.h"

namespace jpki::gui {

class CaseWorker;

PrintAction letterPrintAction(CaseWorker& worker, domain::MunicipalityProfile profile);
PrintAction receiptPrintAction(CaseWorker& worker, domain::MunicipalityProfile profile);

} // namespace jpki::gui
