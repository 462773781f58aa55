#pragma once

// The counter's printed documents: the voluntary proxy's inquiry-and-reply letter (照会書兼回答書)
// and the applicant's receipt (控え), laid out on A4 from the templates in resources/letters.
// Build the content with letter_content.h (or case_for_printing.h), then print it or write a PDF.
// Needs a QGuiApplication (fonts and the text layout).

#include "common/expected.h"
#include "letters/letter_content.h"
#include "platform/file_output.h"

#include <QByteArray>
#include <QString>
#include <string_view>

class QPrinter;

namespace jpki::letters {

// The receipt is in Japanese, or in English for an applicant who reads English. The letter is an
// official inquiry of the town and is in Japanese only.
enum class DocumentLanguage {
    Japanese,
    English,
};

enum class OutputError {
    PrinterNotReady, // the printer was not set up (QPrinter::isValid() is false)
};

std::string_view outputErrorId(OutputError error); // "printer-not-ready"

// The PDF's bytes, whole: for a file written through platform/file_output.h, where the caller
// decides when it takes its name (after the export's audit event, reports/report_export.h). The
// fonts are embedded, so its text can be extracted.
QByteArray pdfBytes(const InquiryLetterContent& letter);
QByteArray pdfBytes(const ReceiptContent& receipt,
                    DocumentLanguage language = DocumentLanguage::Japanese);

// The PDF written to `path` through platform/file_output.h: under a temporary name beside it,
// renamed once complete, so that `path` is either the whole document or absent; never over an
// existing file nor through a symbolic link. The file is readable by its owner only: it holds
// the applicant's name and address.
platform::FileResult<void> writePdf(const InquiryLetterContent& letter, const QString& path);
platform::FileResult<void> writePdf(const ReceiptContent& receipt, const QString& path,
                                    DocumentLanguage language = DocumentLanguage::Japanese);

// Prints on `printer` (as set up by a QPrintDialog) on A4 portrait.
Expected<void, OutputError> print(const InquiryLetterContent& letter, QPrinter& printer);
Expected<void, OutputError> print(const ReceiptContent& receipt, QPrinter& printer,
                                  DocumentLanguage language = DocumentLanguage::Japanese);

// The filled-in HTML, e.g. for a preview in a QTextBrowser.
QString documentHtml(const InquiryLetterContent& letter);
QString documentHtml(const ReceiptContent& receipt,
                     DocumentLanguage language = DocumentLanguage::Japanese);

} // namespace jpki::letters
