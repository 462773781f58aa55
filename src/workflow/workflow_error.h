#pragma once

// What a command of the case engine returns: the case as it now stands, or why not. Every error
// is a value with a closed kind; the clerk's text comes from src/messages/workflow_text.h.

#include "card/card_error.h"
#include "common/expected.h"
#include "domain/date.h"
#include "domain/free_text.h"
#include "issuer/issuer_error.h"
#include "storage/storage_error.h"
#include "workflow/refusal.h"
#include "workflow/step.h"

#include <QString>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace jpki::workflow {

// The engine's commands, named in errors ("recordReply is not allowed at card-check").
enum class Command {
    Open,
    RecordApplicant,
    RecordProxy,
    CheckDocuments,
    IssueLetter,
    RecordLetterMailed,
    RecordReply,
    CheckCard,
    Renew,
    ResetPin,
    Cancel,
    ApplicantLeft,
};

std::string_view commandId(Command command);

// The caller's input cannot be used as it is.
enum class InputProblem {
    WrongPath,           // e.g. a proxy on a case opened for the applicant in person
    ApplicantIncomplete, // no birth date, or no card expiry for a renewal
    WrongVisit,          // documents of a visit other than the case's current one
    ProxyNotRecorded,    // a proxy path without its proxy
    PinNotChosen,        // a reset without a PIN to reset, or one the case did not plan
    PinMissing,          // a renewal without the PIN of a certificate it replaces
    DifferentCard,       // the card in the reader is not the one checked for this case
    ReasonMissing,       // cancel or applicant-left without a reason
    ReplyNotPresented,   // recordReply without the reply
    LetterNotIssued,     // mailing recorded before the letter was issued, or issued twice
    CaseNotFound,
    TextRefused, // R-DATA-TEXT: a free text too long or with a control character (textRefusal())
};

std::string_view inputProblemId(InputProblem problem);

// Which free text could not be stored, and why (R-DATA-TEXT).
struct TextRefusal {
    domain::TextKind kind = domain::TextKind::Note;
    domain::TextProblem problem = domain::TextProblem::TooLong;
};

// R-DATA-TEXT, where a text enters: its refusal, or nothing when it may be stored.
std::optional<TextRefusal> refusedText(domain::TextKind kind, const QString& text);

enum class ErrorKind {
    Refused,        // the rules say no; refusal() tells why and where the case now stands
    StepNotAllowed, // the command does not belong to the case's current step
    InvalidInput,
    Storage,
    Card,
    Issuer,
    // R-SIGN-READONLY: the command would store an event on a day already signed off for the
    // case's counter; signedDay() tells which.
    DaySignedOff,
};

// The day and counter a command found signed off.
struct SignedDay {
    domain::Date day;
    QString counter;
};

class WorkflowError {
public:
    static WorkflowError refused(Refusal refusal);
    static WorkflowError stepNotAllowed(Command command, Step step);
    static WorkflowError invalidInput(InputProblem problem);
    static WorkflowError invalidText(TextRefusal refusal);
    static WorkflowError storage(storage::StorageError error);
    static WorkflowError card(card::CardError error);
    static WorkflowError issuer(issuer::IssuerError error);
    static WorkflowError daySignedOff(SignedDay signedDay);

    ErrorKind kind() const { return m_kind; }
    const Refusal& refusal() const { return std::get<Refusal>(m_detail); }
    Command command() const { return m_command; }
    Step step() const { return m_step; }
    InputProblem inputProblem() const;
    const TextRefusal& textRefusal() const { return std::get<TextRefusal>(m_detail); }
    const storage::StorageError& storageError() const {
        return std::get<storage::StorageError>(m_detail);
    }
    const card::CardError& cardError() const { return std::get<card::CardError>(m_detail); }
    const issuer::IssuerError& issuerError() const {
        return std::get<issuer::IssuerError>(m_detail);
    }
    const SignedDay& signedDay() const { return std::get<SignedDay>(m_detail); }

private:
    WorkflowError() = default;

    ErrorKind m_kind = ErrorKind::InvalidInput;
    Command m_command = Command::Open;
    Step m_step = Step::Reception;
    std::variant<std::monostate, Refusal, InputProblem, storage::StorageError, card::CardError,
                 issuer::IssuerError, SignedDay, TextRefusal>
        m_detail;
};

// One line for a log: kind, code, step; never personal data or a secret.
std::string describe(const WorkflowError& error);

// A value or a WorkflowError. Reading the value of a failed outcome is a programming error.
template <typename T> using Outcome = Expected<T, WorkflowError>;

} // namespace jpki::workflow
