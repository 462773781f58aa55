// PIN reset and lock release (R-PIN-RESET, R-PIN-NEW): the new PIN typed twice and checked by the
// policy, the counter reset with it by the issuer, the card checked to show full tries and the
// new PIN verified. Each PIN is its own pair of events; the case completes with the last one.

#include "card/card_info_applet.h"
#include "card/issuer_operations.h"
#include "card/jpki_applet.h"
#include "workflow/card_identity.h"
#include "workflow/case_engine.h"
#include "workflow/domain_ids.h"
#include "workflow/engine_step.h"
#include "workflow/workflow_events.h"

#include <algorithm>

namespace jpki::workflow {

namespace {

using payload::text;

// The new PIN verified where the card layer can ask (the resident-registry applet tells only
// its tries).
card::Result<void> verifyNewPin(card::CardChannel& channel, domain::PinKind pin,
                                const domain::SecretBuffer& value) {
    switch (pin) {
    case domain::PinKind::Signature:
    case domain::PinKind::UserAuthentication:
        return card::JpkiApplet(channel).verifyPin(pin, value.bytes());
    case domain::PinKind::CardInfo:
        return card::CardInfoApplet(channel).verifyPin(value.bytes());
    case domain::PinKind::ResidentRegistry:
        break;
    }
    return {};
}

std::string_view outcomeOf(domain::Procedure procedure) {
    return procedure == domain::Procedure::LockRelease ? "lock-released" : "pin-reset";
}

} // namespace

Outcome<CaseFile> CaseEngine::resetPin(storage::CaseId caseId, card::CardChannel& channel,
                                       domain::PinKind pin, const domain::SecretBuffer& newPin,
                                       const domain::SecretBuffer& confirmation,
                                       storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::ResetPin, {Step::PinEntry, Step::CardOperation});
    if (!file) {
        return file;
    }
    if (!domain::isPinReinitialisation(file->procedure)) {
        return WorkflowError::stepNotAllowed(Command::ResetPin, file->step);
    }
    const PinReset* planned = file->reset(pin);
    if (planned == nullptr || planned->confirmed) {
        return WorkflowError::invalidInput(InputProblem::PinNotChosen);
    }

    // Neither check keeps the PIN: the refusal names the PIN's kind and the rule only.
    Refusal refusal;
    refusal.pin = pin;
    if (!newPin.equals(confirmation)) {
        refusal.reason = RefusalReason::PinsDoNotMatch;
    } else {
        domain::NewPinCheck check =
            domain::checkNewPin(pin, newPin.view(), file->applicant->birthDate);
        if (!check.valid) {
            refusal.reason = RefusalReason::PinPolicy;
            refusal.pinProblems = check.problems;
        } else {
            if (auto different = checkSameCard(channel, *file)) {
                return *different;
            }
            card::ChannelTransaction transaction(channel);
            if (!transaction.begun()) {
                return WorkflowError::card(transaction.begun().error());
            }
            card::IssuerOperations issuer(channel, step.authority());
            card::Result<void> reset = issuer.resetPin(pin, check.normalised.bytes());
            if (!reset) {
                return WorkflowError::card(reset.error());
            }
            auto counterReset =
                step.append(caseId, event::kPinCounterReset,
                            {{QStringLiteral("pin_kind"), text(domain::pinKindId(pin))},
                             {QStringLiteral("reset_case"), text(resetCaseId(planned->resetCase))}},
                            Step::CardOperation, clerk);
            if (!counterReset) {
                return counterReset;
            }
            // The card is asked again: the tries must be back to the limit, and the new PIN must
            // open it.
            card::Result<card::CardStatus> status = card::readCardStatus(channel, step.today());
            if (!status) {
                return WorkflowError::card(status.error());
            }
            const card::PinStatus& after = status->pin(pin);
            if (after.presence != card::PinPresence::Present || after.triesLeft != after.limit) {
                return WorkflowError::card(card::CardError(card::CardErrorCode::UnknownStatusWord,
                                                           "tries not back to the limit"));
            }
            card::Result<void> verified = verifyNewPin(channel, pin, check.normalised);
            if (!verified) {
                return WorkflowError::card(verified.error());
            }
            const bool last = std::all_of(
                counterReset->resets.begin(), counterReset->resets.end(),
                [&](const PinReset& other) { return other.pin == pin || other.confirmed; });
            QJsonObject confirmed{{QStringLiteral("pin_kind"), text(domain::pinKindId(pin))},
                                  {QStringLiteral("tries_left"), *after.triesLeft},
                                  {QStringLiteral("limit"), after.limit},
                                  {QStringLiteral("verified"), true}};
            if (!last) {
                return step.append(caseId, event::kPinResetConfirmed, std::move(confirmed),
                                   Step::PinEntry, clerk);
            }
            // The last confirmation and the completion in one transaction: a stop between them
            // would leave a case with every PIN done and no command left to close it.
            // R-PIN-RESET: recorded as what the card showed it to be.
            const domain::Procedure procedure = counterReset->effectiveProcedure();
            const QString outcome = text(outcomeOf(procedure));
            const EngineStep::Work confirm =
                step.appending(caseId, event::kPinResetConfirmed, std::move(confirmed),
                               Step::CardOperation, clerk);
            const EngineStep::Work complete = step.appending(
                caseId, event::kCaseCompleted,
                {{QStringLiteral("outcome"), outcome},
                 {QStringLiteral("procedure"), text(domain::procedureId(procedure))}},
                Step::Completed, clerk, outcome);
            return step.write(caseId, [&](storage::CaseWriter& writer) -> storage::Result<void> {
                if (auto done = confirm(writer); !done) {
                    return done;
                }
                return complete(writer);
            });
        }
    }
    // R-PIN-NEW: the applicant types it again; the case stays at the PIN entry.
    const EngineStep::Work refused =
        step.appending(caseId, event::kNewPinRefused, payload::refusal(refusal), file->step, clerk);
    return step.refuseAfter(caseId, refused, file->step, std::move(refusal), clerk);
}

} // namespace jpki::workflow
