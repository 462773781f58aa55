#pragma once

// Text for the free-text rule's codes (R-DATA-TEXT, domain/free_text.h).

#include "domain/free_text.h"

#include <QString>

namespace jpki::messages {

QString textKindName(domain::TextKind kind);
// Why a text of `kind` cannot be stored, with the kind's limit.
QString textProblemText(domain::TextKind kind, domain::TextProblem problem);

} // namespace jpki::messages
