#pragma once

// Internal to the engine: what every command does around its own work. Loading and folding the
// case, the step guard, and appending events with the case's new projection in one transaction.

#include "storage/case_writer.h"
#include "workflow/case_engine.h"
#include "workflow/payload_codec.h"

#include <QJsonObject>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace jpki::workflow {

class EngineStep {
public:
    explicit EngineStep(CaseEngine& engine)
        : m_engine(engine) {}

    storage::CaseStore& store() { return m_engine.m_store; }
    issuer::Authority& authority() { return m_engine.m_authority; }
    const EngineSettings& settings() const { return m_engine.m_settings; }
    storage::Timestamp now() const;
    domain::Date today() const;

    Outcome<CaseFile> load(storage::CaseId caseId);
    // Loads the case and checks that `command` belongs to its step.
    Outcome<CaseFile> loadAt(storage::CaseId caseId, Command command,
                             std::initializer_list<Step> allowed);

    // A case event for `file`, attributed to `clerk`, at now().
    storage::NewEvent event(std::string_view type, QJsonObject payload,
                            storage::StaffId clerk) const;
    static storage::CaseProjection projection(Step step,
                                              std::optional<QString> outcome = std::nullopt);

    // Writes done in one transaction by write().
    using Work = std::function<storage::Result<void>(storage::CaseWriter&)>;
    // The work of appending one event that moves the case to `next`.
    Work appending(storage::CaseId caseId, std::string_view type, QJsonObject payload, Step next,
                   storage::StaffId clerk, std::optional<QString> outcome = std::nullopt) const;

    // Appends one event that moves the case to `next`, then reloads the case.
    Outcome<CaseFile> append(storage::CaseId caseId, std::string_view type, QJsonObject payload,
                             Step next, storage::StaffId clerk,
                             std::optional<QString> outcome = std::nullopt);
    // Runs `work` in one transaction, then reloads the case.
    Outcome<CaseFile> write(storage::CaseId caseId, const Work& work);

    // R-SIGN-READONLY: the refusal when today is already signed off for `counter`, else nothing.
    // Asked once per command (the answer is kept), so that a card operation begun before a
    // sign-off is finished rather than cut in half.
    std::optional<WorkflowError> signedDayRefusal(const QString& counter);

    // Records the refusal: a closing one moves the case to `refused` with the reason as its
    // outcome; the others leave it where it is. Returns the refusal as the command's error.
    WorkflowError refuse(const CaseFile& file, Refusal refusal, storage::StaffId clerk);
    // The same after `work` (the facts the refusal rests on), in the same transaction: a stop
    // between the two would leave the facts stored and the case open at a step whose command
    // cannot always be given again (a reply already recorded). `stepIfOpen` is the case's step
    // after `work` when the refusal does not close it.
    WorkflowError refuseAfter(storage::CaseId caseId, const Work& work, Step stepIfOpen,
                              Refusal refusal, storage::StaffId clerk);

private:
    CaseEngine& m_engine;
    std::optional<QString> m_caseCounter; // the counter of the case last loaded
    bool m_dayChecked = false;
};

} // namespace jpki::workflow
