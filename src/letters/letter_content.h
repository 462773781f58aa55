#pragma once

// What the counter's two printed documents say, as plain data taken from a case: the voluntary
// proxy's inquiry-and-reply letter (照会書兼回答書, R-DOC-RST-VOL) and the receipt (控え) the
// applicant takes home after a completed case. Nothing secret is ever part of either: the letter
// has empty boxes for the holder to write in by hand (R-PIN-PROXY), the receipt names the PINs
// that were set anew, never their values.

#include "common/expected.h"
#include "domain/date.h"
#include "domain/municipality_profile.h"
#include "domain/pin_policy.h"
#include "domain/procedures.h"
#include "domain/validity.h"
#include "workflow/case_file.h"

#include <QString>
#include <chrono>
#include <string_view>
#include <vector>

namespace jpki::letters {

// Why a document cannot be made from a case.
enum class ContentError {
    NoLetter,         // the case has no inquiry letter (yet, or it is not a voluntary proxy's)
    NotCompleted,     // a receipt is for a completed case only
    MissingApplicant, // the case has no applicant recorded to address the letter to
};

std::string_view contentErrorId(ContentError error); // "no-letter", "not-completed", …

// The sender: the town and the counter, as far as the municipality profile names them.
struct Office {
    QString municipality; // 美濃市
    QString counterName;  // 市民生活課 1番窓口
    QString counterPlace; // 市役所1階
    std::chrono::minutes receptionOpens{9 * 60};
    std::chrono::minutes receptionCloses{17 * 60};
};

Office officeOf(const domain::MunicipalityProfile& profile);

struct InquiryLetterContent {
    QString letterReference; // P2026-000123-1
    QString caseReference;   // P2026-000123
    domain::Procedure procedure = domain::Procedure::PinReset;
    QString applicantName;
    QString applicantAddress;
    domain::Date appliedOn{}; // the voluntary proxy's first visit
    domain::Date issuedOn{};
    Office sender;
};

struct RenewedCertificate {
    domain::CertificateKind kind = domain::CertificateKind::UserAuthentication;
    domain::Date expires{};
};

struct ReceiptContent {
    QString caseReference;
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    QString applicantName;
    domain::Date completedOn{};
    std::vector<RenewedCertificate> renewedCertificates; // user authentication first
    std::vector<domain::PinKind> pinsSetAnew;
    Office office;
};

// The letter of a case that has one. `appliedOn` is the day the case was opened, `issuedOn` the
// day the letter was issued (both Japan days, from the store).
Expected<InquiryLetterContent, ContentError>
buildInquiryLetter(const workflow::CaseFile& caseFile, const domain::MunicipalityProfile& profile,
                   const domain::Date& appliedOn, const domain::Date& issuedOn);

// The receipt of a completed case: the certificates whose renewal was done, with their new
// expiry dates, and the PINs set anew and confirmed on the card.
Expected<ReceiptContent, ContentError> buildReceipt(const workflow::CaseFile& caseFile,
                                                    const domain::MunicipalityProfile& profile,
                                                    const domain::Date& completedOn);

} // namespace jpki::letters
