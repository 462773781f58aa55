#pragma once

// Internal to the engine: that the card in the reader is the one the case checked. A card
// operation on another applicant's card must never start.

#include "card/card_channel.h"
#include "workflow/case_file.h"
#include "workflow/workflow_error.h"

#include <optional>

namespace jpki::workflow {

// Compares the user-authentication certificate on the card (readable without a PIN) with the
// one recorded at the card check, or with its replacement once a renewal wrote it. Nothing when
// the card is the case's; DifferentCard, or the card's error, when not.
std::optional<WorkflowError> checkSameCard(card::CardChannel& channel, const CaseFile& file);

} // namespace jpki::workflow
