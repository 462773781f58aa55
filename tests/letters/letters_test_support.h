#pragma once

// Cases for the letters' tests, driven with the engine's unit-test bench, and the PDF read back
// with poppler's tools as a reader of the file would see it.

#include "domain/pin_policy.h"
#include "workflow_test_support.h"

#include <QString>
#include <QStringList>
#include <string>

namespace jpki::letters::testing {

using workflow::testing::Counter;

// A voluntary proxy's PIN reset taken to letter-issued, for `applicant` (by default the card's
// holder).
workflow::CaseFile letterIssuedCase(Counter& counter);
workflow::CaseFile letterIssuedCase(Counter& counter, const workflow::ApplicantInput& applicant);

// A voluntary proxy's PIN reset of `pin` to `newPin`, through the letter and the sealed reply,
// to completed.
workflow::CaseFile completedPinReset(Counter& counter, domain::PinKind pin,
                                     const std::string& newPin);

// A renewal of both certificates (the "expiring" profile) in person, to completed.
workflow::CaseFile completedRenewal(Counter& counter);

// A value as the PDF shows it: Qt's HTML layout collapses the ideographic space (U+3000, between
// family and given name) like any other white space.
QString asPrinted(QString value);

// The PDF's text as pdftotext extracts it (UTF-8); empty when it cannot be read.
QString pdfText(const QString& path);
// pdffonts' table: one line per font, "emb" column included.
QStringList pdfFontLines(const QString& path);

} // namespace jpki::letters::testing
