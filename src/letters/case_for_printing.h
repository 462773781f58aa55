#pragma once

// A case as the documents need it: folded from the store like the engine does, with the dates
// the case file does not carry (the day it was opened, the day its letter was issued, the day it
// was completed). Reading only: nothing is written, so a read-only store will do.

#include "common/expected.h"
#include "domain/date.h"
#include "letters/letter_content.h"
#include "storage/case_store.h"
#include "workflow/case_file.h"

#include <QString>
#include <optional>

namespace jpki::letters {

struct CaseForPrinting {
    workflow::CaseFile file;
    domain::Date openedOn{};
    std::optional<domain::Date> letterIssuedOn; // the Japan day of the case's letter, if any
    std::optional<domain::Date> closedOn;
};

// The case numbered `caseId`.
storage::Result<CaseForPrinting> loadCaseForPrinting(storage::CaseStore& store,
                                                     storage::CaseId caseId);
// The case's reference (R2026-000123) or its letter's (P2026-000123-1), as typed: full-width
// characters and lower case are accepted.
storage::Result<CaseForPrinting> loadCaseForPrinting(storage::CaseStore& store,
                                                     const QString& reference);

// The documents of a loaded case, with the dates taken from the store.
Expected<InquiryLetterContent, ContentError>
inquiryLetterOf(const CaseForPrinting& printable, const domain::MunicipalityProfile& profile);
Expected<ReceiptContent, ContentError> receiptOf(const CaseForPrinting& printable,
                                                 const domain::MunicipalityProfile& profile);

} // namespace jpki::letters
