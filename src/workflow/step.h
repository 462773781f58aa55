#pragma once

// The steps of a case: where it stands and which command it waits for. The ids are stable: they
// are stored as the case's state and appear in reports and on the command line.
//
//   renewal (any path), PIN reset / lock release (self, legal proxy):
//     reception -> documents -> card-check -> pin-entry -> card-operation -> completed
//   PIN reset / lock release by a voluntary proxy (R-DOC-RST-VOL):
//     visit 1: reception -> documents -> letter-issued -> awaiting-reply
//     visit 2: (sealed reply recorded) documents -> card-check -> pin-entry -> card-operation
//              -> completed
//   final: completed, refused, cancelled, applicant-left

#include <array>
#include <optional>
#include <string_view>

namespace jpki::workflow {

enum class Step {
    Reception,     // the applicant (and the proxy) are recorded
    Documents,     // what was brought is checked against the visit's plan
    LetterIssued,  // the inquiry-and-reply letter is issued, then recorded as mailed
    AwaitingReply, // between the voluntary proxy's two visits
    CardCheck,     // the card's snapshot is taken and the rules applied
    PinEntry,      // the applicant's PINs (or the sealed form's) are entered
    CardOperation, // the card is being changed; resumable sub-step by sub-step
    Completed,
    Refused,
    Cancelled,
    ApplicantLeft,
};

inline constexpr std::array allSteps{Step::Reception,     Step::Documents,    Step::LetterIssued,
                                     Step::AwaitingReply, Step::CardCheck,    Step::PinEntry,
                                     Step::CardOperation, Step::Completed,    Step::Refused,
                                     Step::Cancelled,     Step::ApplicantLeft};

std::string_view stepId(Step step);
std::optional<Step> parseStep(std::string_view id);

// No command moves a case out of a final step; nothing of it is deleted either.
bool isFinal(Step step);

} // namespace jpki::workflow
