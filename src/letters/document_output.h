#pragma once

// The one way from a filled-in template to paper or a PDF, shared by every document of the
// library (letters, receipts, reports): A4 portrait, the default font, the PDF's text maps
// repaired (pdf_text_map.h), a PDF's bytes, or a PDF file written through
// platform/file_output.h (a private file, never over an existing one).

#include "common/expected.h"
#include "letters/letter_documents.h"

#include <QString>

class QPrinter;

namespace jpki::letters {

QByteArray documentPdf(const QString& html);
platform::FileResult<void> writeDocumentPdf(const QString& html, const QString& path);
Expected<void, OutputError> printDocument(const QString& html, QPrinter& printer);

} // namespace jpki::letters
