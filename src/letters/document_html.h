#pragma once

// From a document's content to its filled-in template: the values each template uses (dates in
// the document's language, the names of procedures, certificates and PINs from the terms file of
// that language) and the template itself, from the library's resources.

#include "letters/document_template.h"
#include "letters/letter_content.h"
#include "letters/letter_documents.h"

namespace jpki::letters {

FilledTemplate fillLetterTemplate(const InquiryLetterContent& letter);
FilledTemplate fillReceiptTemplate(const ReceiptContent& receipt, DocumentLanguage language);

// The name of a procedure, path, certificate or PIN in the terms file of `language`: `group` is
// "procedure", "path", "certificate" or "pin", `id` the stable id. Empty when it has none.
QString documentTerm(DocumentLanguage language, const QString& group, std::string_view id);

// A file of the library's resources (":/letters/<name>"): a template or a terms file.
QString letterResourceText(const QString& name);

// 令和7年11月25日 (the era in use on the day, messages::dateText) or 25 November 2025.
QString documentDate(const domain::Date& date, DocumentLanguage language);

} // namespace jpki::letters
