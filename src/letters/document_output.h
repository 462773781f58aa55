#pragma once

// The one way from a filled-in template to paper or a PDF, shared by every document of the
// library (letters, receipts, reports): A4 portrait, the default font, the PDF's text maps
// repaired (pdf_text_map.h), a PDF written under a temporary name and renamed when complete.

#include "common/expected.h"
#include "letters/letter_documents.h"

#include <QString>

class QPrinter;

namespace jpki::letters {

Expected<void, OutputError> writeDocumentPdf(const QString& html, const QString& path);
Expected<void, OutputError> printDocument(const QString& html, QPrinter& printer);

} // namespace jpki::letters
