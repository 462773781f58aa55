#include "letters/letter_content.h"

namespace jpki::letters {

std::string_view contentErrorId(ContentError error) {
    switch (error) {
    case ContentError::NoLetter:
        return "no-letter";
    case ContentError::NotCompleted:
        return "not-completed";
    case ContentError::MissingApplicant:
        return "missing-applicant";
    }
    return {};
}

Office officeOf(const domain::MunicipalityProfile& profile) {
    return Office{QString::fromStdString(profile.name), QString::fromStdString(profile.counterName),
                  QString::fromStdString(profile.counterPlace), profile.receptionOpens,
                  profile.receptionCloses};
}

Expected<InquiryLetterContent, ContentError>
buildInquiryLetter(const workflow::CaseFile& caseFile, const domain::MunicipalityProfile& profile,
                   const domain::Date& appliedOn, const domain::Date& issuedOn) {
    if (!caseFile.letter) {
        return ContentError::NoLetter;
    }
    // The letter goes by post to the registered address: without it there is nobody to ask.
    if (!caseFile.applicant || caseFile.applicant->address.isEmpty()) {
        return ContentError::MissingApplicant;
    }
    InquiryLetterContent letter;
    letter.letterReference = caseFile.letter->reference;
    letter.caseReference = caseFile.reference;
    letter.procedure = caseFile.procedure;
    letter.applicantName = caseFile.applicant->name;
    letter.applicantAddress = caseFile.applicant->address;
    letter.appliedOn = appliedOn;
    letter.issuedOn = issuedOn;
    letter.sender = officeOf(profile);
    return letter;
}

Expected<ReceiptContent, ContentError> buildReceipt(const workflow::CaseFile& caseFile,
                                                    const domain::MunicipalityProfile& profile,
                                                    const domain::Date& completedOn) {
    if (caseFile.step != workflow::Step::Completed) {
        return ContentError::NotCompleted;
    }
    ReceiptContent receipt;
    receipt.caseReference = caseFile.reference;
    // R-PIN-RESET: the receipt names the procedure the card showed it to be.
    receipt.procedure = caseFile.effectiveProcedure();
    receipt.path = caseFile.path;
    receipt.applicantName = caseFile.applicant ? caseFile.applicant->name : QString();
    receipt.completedOn = completedOn;
    for (const workflow::CertificateRenewal& renewal : caseFile.renewals) {
        if (renewal.stage == workflow::RenewalStage::Done && renewal.newExpires) {
            receipt.renewedCertificates.push_back({renewal.kind, *renewal.newExpires});
        }
    }
    for (const workflow::PinReset& reset : caseFile.resets) {
        if (reset.confirmed) {
            receipt.pinsSetAnew.push_back(reset.pin);
        }
    }
    receipt.office = officeOf(profile);
    return receipt;
}

} // namespace jpki::letters
