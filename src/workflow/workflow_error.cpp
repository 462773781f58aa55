#include "workflow/workflow_error.h"

namespace jpki::workflow {

std::string_view commandId(Command command) {
    switch (command) {
    case Command::Open:
        return "open";
    case Command::RecordApplicant:
        return "record-applicant";
    case Command::RecordProxy:
        return "record-proxy";
    case Command::CheckDocuments:
        return "check-documents";
    case Command::IssueLetter:
        return "issue-letter";
    case Command::RecordLetterMailed:
        return "record-letter-mailed";
    case Command::RecordReply:
        return "record-reply";
    case Command::CheckCard:
        return "check-card";
    case Command::Renew:
        return "renew";
    case Command::ResetPin:
        return "reset-pin";
    case Command::Cancel:
        return "cancel";
    case Command::ApplicantLeft:
        return "applicant-left";
    }
    return {};
}

std::string_view inputProblemId(InputProblem problem) {
    switch (problem) {
    case InputProblem::WrongPath:
        return "wrong-path";
    case InputProblem::ApplicantIncomplete:
        return "applicant-incomplete";
    case InputProblem::WrongVisit:
        return "wrong-visit";
    case InputProblem::ProxyNotRecorded:
        return "proxy-not-recorded";
    case InputProblem::PinNotChosen:
        return "pin-not-chosen";
    case InputProblem::PinMissing:
        return "pin-missing";
    case InputProblem::DifferentCard:
        return "different-card";
    case InputProblem::ReasonMissing:
        return "reason-missing";
    case InputProblem::ReplyNotPresented:
        return "reply-not-presented";
    case InputProblem::LetterNotIssued:
        return "letter-not-issued";
    case InputProblem::TextRefused:
        return "text-refused";
    case InputProblem::CaseNotFound:
        return "case-not-found";
    }
    return {};
}

WorkflowError WorkflowError::refused(Refusal refusal) {
    WorkflowError error;
    error.m_kind = ErrorKind::Refused;
    error.m_step = refusal.stepAfter;
    error.m_detail = std::move(refusal);
    return error;
}

WorkflowError WorkflowError::stepNotAllowed(Command command, Step step) {
    WorkflowError error;
    error.m_kind = ErrorKind::StepNotAllowed;
    error.m_command = command;
    error.m_step = step;
    return error;
}

WorkflowError WorkflowError::invalidInput(InputProblem problem) {
    WorkflowError error;
    error.m_kind = ErrorKind::InvalidInput;
    error.m_detail = problem;
    return error;
}

WorkflowError WorkflowError::invalidText(TextRefusal refusal) {
    WorkflowError error;
    error.m_kind = ErrorKind::InvalidInput;
    error.m_detail = refusal;
    return error;
}

InputProblem WorkflowError::inputProblem() const {
    if (std::holds_alternative<TextRefusal>(m_detail)) {
        return InputProblem::TextRefused;
    }
    return std::get<InputProblem>(m_detail);
}

std::optional<TextRefusal> refusedText(domain::TextKind kind, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    if (const auto problem =
            domain::checkText(kind, std::string_view(utf8.constData(), std::size_t(utf8.size())))) {
        return TextRefusal{kind, *problem};
    }
    return std::nullopt;
}

WorkflowError WorkflowError::storage(storage::StorageError failure) {
    WorkflowError error;
    error.m_kind = ErrorKind::Storage;
    error.m_detail = std::move(failure);
    return error;
}

WorkflowError WorkflowError::card(card::CardError failure) {
    WorkflowError error;
    error.m_kind = ErrorKind::Card;
    error.m_detail = std::move(failure);
    return error;
}

WorkflowError WorkflowError::issuer(issuer::IssuerError failure) {
    WorkflowError error;
    error.m_kind = ErrorKind::Issuer;
    error.m_detail = std::move(failure);
    return error;
}

WorkflowError WorkflowError::daySignedOff(SignedDay signedDay) {
    WorkflowError error;
    error.m_kind = ErrorKind::DaySignedOff;
    error.m_detail = std::move(signedDay);
    return error;
}

std::string describe(const WorkflowError& error) {
    switch (error.kind()) {
    case ErrorKind::Refused:
        return "refused: " + std::string(refusalReasonId(error.refusal().reason)) + " (now at " +
               std::string(stepId(error.refusal().stepAfter)) + ")";
    case ErrorKind::StepNotAllowed:
        return "step not allowed: " + std::string(commandId(error.command())) + " at " +
               std::string(stepId(error.step()));
    case ErrorKind::InvalidInput:
        if (error.inputProblem() == InputProblem::TextRefused) {
            return "invalid input: text-refused " +
                   std::string(domain::textKindId(error.textRefusal().kind)) + " " +
                   std::string(domain::textProblemId(error.textRefusal().problem));
        }
        return "invalid input: " + std::string(inputProblemId(error.inputProblem()));
    case ErrorKind::Storage:
        return "storage: " + storage::describe(error.storageError());
    case ErrorKind::Card:
        return "card: " + card::describe(error.cardError());
    case ErrorKind::Issuer:
        return "issuer: " + issuer::describe(error.issuerError());
    case ErrorKind::DaySignedOff:
        return "day signed off: " + domain::formatIsoDate(error.signedDay().day) + " counter " +
               error.signedDay().counter.toStdString();
    }
    return {};
}

} // namespace jpki::workflow
