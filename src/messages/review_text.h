#pragma once

// Text for the supervisor's review (context "jpki::messages::Review"): the flags of a day, the
// sign-off's refusals. Japanese source strings, translated through Qt Linguist.

#include "workflow/day_review.h"
#include "workflow/review_flags.h"

#include <QString>

namespace jpki::messages {

// A flag's kind as a list's heading ("受付不可").
QString flagKindName(workflow::FlagKind kind);
// One line telling the flag with its facts, without the case's reference (shown beside it).
QString flagText(const workflow::ReviewFlag& flag);
QString reviewProblemText(workflow::ReviewProblem problem);
// The problem followed by its details (the open cases' references, the store's message).
QString reviewErrorText(const workflow::ReviewError& error);

} // namespace jpki::messages
