#include "workflow/step.h"

namespace jpki::workflow {

std::string_view stepId(Step step) {
    switch (step) {
    case Step::Reception:
        return "reception";
    case Step::Documents:
        return "documents";
    case Step::LetterIssued:
        return "letter-issued";
    case Step::AwaitingReply:
        return "awaiting-reply";
    case Step::CardCheck:
        return "card-check";
    case Step::PinEntry:
        return "pin-entry";
    case Step::CardOperation:
        return "card-operation";
    case Step::Completed:
        return "completed";
    case Step::Refused:
        return "refused";
    case Step::Cancelled:
        return "cancelled";
    case Step::ApplicantLeft:
        return "applicant-left";
    }
    return {};
}

std::optional<Step> parseStep(std::string_view id) {
    for (Step step : allSteps) {
        if (stepId(step) == id) {
            return step;
        }
    }
    return std::nullopt;
}

bool isFinal(Step step) {
    switch (step) {
    case Step::Completed:
    case Step::Refused:
    case Step::Cancelled:
    case Step::ApplicantLeft:
        return true;
    default:
        return false;
    }
}

} // namespace jpki::workflow
