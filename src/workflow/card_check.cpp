// The card check: the card's snapshot recorded as facts, and the rules applied to it.

#include "workflow/case_engine.h"
#include "workflow/domain_ids.h"
#include "workflow/engine_step.h"
#include "workflow/renewal_plan.h"
#include "workflow/workflow_events.h"

namespace jpki::workflow {

namespace {

using payload::text;

QJsonObject renewalEntry(const CertificateRenewal& renewal) {
    QJsonObject entry{{QStringLiteral("certificate"), text(certificateKindId(renewal.kind))},
                      {QStringLiteral("status"), text(renewalStatusId(renewal.status))},
                      {QStringLiteral("issuance"), text(issuanceKindId(renewal.issuance))},
                      {QStringLiteral("assessed"), renewal.assessed},
                      {QStringLiteral("optional"), renewal.optional}};
    if (!renewal.oldSerial.isEmpty()) {
        entry.insert(QStringLiteral("old_serial"), renewal.oldSerial);
    }
    payload::insertDate(entry, QStringLiteral("old_expires"), renewal.oldExpires);
    return entry;
}

// R-PIN-RESET: each PIN to reset, and whether the card shows it forgotten or blocked.
std::variant<std::vector<PinReset>, Refusal> planResets(const CardFacts& card,
                                                        const std::vector<domain::PinKind>& pins) {
    std::vector<PinReset> plan;
    for (domain::PinKind kind : pins) {
        const PinFacts* facts = card.pin(kind);
        Refusal refusal;
        refusal.pin = kind;
        if (facts == nullptr || facts->presence == card::PinPresence::Absent) {
            refusal.reason = RefusalReason::PinAbsent; // R-CARD-FACE: absent is not blocked
            return refusal;
        }
        if (facts->presence == card::PinPresence::Unknown || !facts->triesLeft) {
            refusal.reason = RefusalReason::PinStateUnknown;
            return refusal;
        }
        PinReset reset;
        reset.pin = kind;
        reset.resetCase = domain::resetCaseFor(*facts->triesLeft);
        reset.triesAtCheck = *facts->triesLeft;
        plan.push_back(reset);
    }
    return plan;
}

} // namespace

Outcome<CaseFile> CaseEngine::checkCard(storage::CaseId caseId, const card::CardStatus& status,
                                        const CardCheckChoice& choice, storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::CheckCard, {Step::CardCheck});
    if (!file) {
        return file;
    }
    const bool renewal = file->procedure == domain::Procedure::Renewal;
    if (!file->applicant || !file->applicant->birthDate ||
        (renewal && !file->applicant->cardExpires)) {
        // R-REN-CARD needs the card's expiry from its face; the chip does not give it.
        return WorkflowError::invalidInput(InputProblem::ApplicantIncomplete);
    }
    // Duplicates are dropped, so that a PIN is reset once.
    std::vector<domain::PinKind> pins;
    for (domain::PinKind pin : choice.pinsToReset) {
        if (std::find(pins.begin(), pins.end(), pin) == pins.end()) {
            pins.push_back(pin);
        }
    }
    if (!renewal && pins.empty()) {
        return WorkflowError::invalidInput(InputProblem::PinNotChosen);
    }

    const CardFacts facts = payload::factsOf(status);
    const domain::Date today = step.today();
    QJsonObject checked{{QStringLiteral("card"), payload::cardFacts(facts)}};
    std::optional<Refusal> refusal;
    if (renewal) {
        checked.insert(QStringLiteral("selection"),
                       text(certificateSelectionId(choice.certificates)));
        auto plan = planRenewal(facts, *file->applicant, choice.certificates, today);
        if (auto* refused = std::get_if<Refusal>(&plan)) {
            refusal = *refused;
        } else {
            QJsonArray entries;
            for (const CertificateRenewal& entry : std::get<0>(plan)) {
                entries.append(renewalEntry(entry));
            }
            checked.insert(QStringLiteral("renewals"), entries);
        }
    } else {
        auto plan = planResets(facts, pins);
        if (auto* refused = std::get_if<Refusal>(&plan)) {
            refusal = *refused;
        } else {
            QJsonArray entries;
            for (const PinReset& reset : std::get<0>(plan)) {
                entries.append(
                    QJsonObject{{QStringLiteral("pin_kind"), text(domain::pinKindId(reset.pin))},
                                {QStringLiteral("reset_case"), text(resetCaseId(reset.resetCase))},
                                {QStringLiteral("tries_at_check"), reset.triesAtCheck}});
            }
            checked.insert(QStringLiteral("resets"), entries);
        }
    }
    // The facts are recorded whatever the rules say, so that a refusal shows what was seen.
    const EngineStep::Work check = step.appending(
        caseId, event::kCardChecked, checked, refusal ? Step::CardCheck : Step::PinEntry, clerk);
    if (!refusal) {
        return step.write(caseId, check);
    }
    return step.refuseAfter(caseId, check, Step::CardCheck, std::move(*refusal), clerk);
}

} // namespace jpki::workflow
