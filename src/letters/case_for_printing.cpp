#include "letters/case_for_printing.h"

#include "storage/japan_time.h"

namespace jpki::letters {

namespace {

storage::Result<CaseForPrinting> fold(storage::CaseStore& store,
                                      const storage::Result<storage::CaseRecord>& record) {
    if (!record) {
        return record.error();
    }
    const storage::CaseSummary& summary = record->summary;
    auto events = store.eventsOfCase(summary.id);
    if (!events) {
        return events.error();
    }
    auto letters = store.lettersOfCase(summary.id);
    if (!letters) {
        return letters.error();
    }
    CaseForPrinting printable;
    printable.file = workflow::foldCase(*record, *events, *letters);
    printable.openedOn = summary.openedOn;
    if (summary.closedAt) {
        printable.closedOn = storage::japanDate(*summary.closedAt);
    }
    if (printable.file.letter) {
        for (const storage::InquiryLetter& letter : *letters) {
            if (letter.id == printable.file.letter->id) {
                printable.letterIssuedOn = storage::japanDate(letter.issuedAt);
            }
        }
    }
    return printable;
}

} // namespace

storage::Result<CaseForPrinting> loadCaseForPrinting(storage::CaseStore& store,
                                                     storage::CaseId caseId) {
    return fold(store, store.findCase(caseId));
}

storage::Result<CaseForPrinting> loadCaseForPrinting(storage::CaseStore& store,
                                                     const QString& reference) {
    return fold(store, store.findCaseByReference(reference));
}

Expected<InquiryLetterContent, ContentError>
inquiryLetterOf(const CaseForPrinting& printable, const domain::MunicipalityProfile& profile) {
    return buildInquiryLetter(printable.file, profile, printable.openedOn,
                              printable.letterIssuedOn.value_or(printable.openedOn));
}

Expected<ReceiptContent, ContentError> receiptOf(const CaseForPrinting& printable,
                                                 const domain::MunicipalityProfile& profile) {
    return buildReceipt(printable.file, profile, printable.closedOn.value_or(printable.openedOn));
}

} // namespace jpki::letters
