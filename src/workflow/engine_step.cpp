#include "workflow/engine_step.h"

#include "workflow/workflow_events.h"

#include <algorithm>

namespace jpki::workflow {

storage::Timestamp EngineStep::now() const {
    return storage::fromQDateTime(m_engine.m_clock.nowUtc());
}

domain::Date EngineStep::today() const {
    return m_engine.m_clock.todayInJapan();
}

Outcome<CaseFile> EngineStep::load(storage::CaseId caseId) {
    auto record = store().findCase(caseId);
    if (!record) {
        if (record.error().code == storage::StorageErrorCode::NotFound) {
            return WorkflowError::invalidInput(InputProblem::CaseNotFound);
        }
        return WorkflowError::storage(record.error());
    }
    m_caseCounter = record->summary.counter;
    auto events = store().eventsOfCase(caseId);
    if (!events) {
        return WorkflowError::storage(events.error());
    }
    auto letters = store().lettersOfCase(caseId);
    if (!letters) {
        return WorkflowError::storage(letters.error());
    }
    return foldCase(*record, *events, *letters);
}

Outcome<CaseFile> EngineStep::loadAt(storage::CaseId caseId, Command command,
                                     std::initializer_list<Step> allowed) {
    auto file = load(caseId);
    if (!file) {
        return file;
    }
    if (std::find(allowed.begin(), allowed.end(), file->step) == allowed.end()) {
        return WorkflowError::stepNotAllowed(command, file->step);
    }
    return file;
}

storage::NewEvent EngineStep::event(std::string_view type, QJsonObject payload,
                                    storage::StaffId clerk) const {
    return storage::NewEvent{payload::text(type), std::move(payload), clerk, now()};
}

storage::CaseProjection EngineStep::projection(Step step, std::optional<QString> outcome) {
    return storage::CaseProjection{payload::text(stepId(step)), std::move(outcome), isFinal(step)};
}

EngineStep::Work EngineStep::appending(storage::CaseId caseId, std::string_view type,
                                       QJsonObject payload, Step next, storage::StaffId clerk,
                                       std::optional<QString> outcome) const {
    return [caseId, appended = event(type, std::move(payload), clerk),
            after = projection(next, std::move(outcome))](
               storage::CaseWriter& writer) -> storage::Result<void> {
        auto written = writer.appendCaseEvent(caseId, appended, after);
        if (!written) {
            return written.error();
        }
        return {};
    };
}

Outcome<CaseFile> EngineStep::append(storage::CaseId caseId, std::string_view type,
                                     QJsonObject payload, Step next, storage::StaffId clerk,
                                     std::optional<QString> outcome) {
    return write(caseId,
                 appending(caseId, type, std::move(payload), next, clerk, std::move(outcome)));
}

Outcome<CaseFile> EngineStep::write(storage::CaseId caseId, const Work& work) {
    if (!m_caseCounter) {
        auto record = store().findCase(caseId);
        if (!record) {
            return WorkflowError::storage(record.error());
        }
        m_caseCounter = record->summary.counter;
    }
    if (auto refused = signedDayRefusal(*m_caseCounter)) {
        return *refused;
    }
    storage::Result<void> written = store().write(work);
    if (!written) {
        return WorkflowError::storage(written.error());
    }
    return load(caseId);
}

std::optional<WorkflowError> EngineStep::signedDayRefusal(const QString& counter) {
    if (m_dayChecked) {
        return std::nullopt;
    }
    const domain::Date day = today();
    auto signOffs = store().signOffsOfDay(day);
    if (!signOffs) {
        return WorkflowError::storage(signOffs.error());
    }
    if (std::any_of(signOffs->begin(), signOffs->end(), [&](const storage::DailySignOff& signOff) {
            return signOff.counter == counter;
        })) {
        return WorkflowError::daySignedOff(SignedDay{day, counter});
    }
    m_dayChecked = true;
    return std::nullopt;
}

WorkflowError EngineStep::refuse(const CaseFile& file, Refusal refusal, storage::StaffId clerk) {
    return refuseAfter(file.id, {}, file.step, std::move(refusal), clerk);
}

WorkflowError EngineStep::refuseAfter(storage::CaseId caseId, const Work& work, Step stepIfOpen,
                                      Refusal refusal, storage::StaffId clerk) {
    const bool closes = refusalClosesCase(refusal.reason);
    refusal.stepAfter = closes ? Step::Refused : stepIfOpen;
    if (!closes && !work) {
        return WorkflowError::refused(std::move(refusal));
    }
    const Work closing =
        closes ? appending(caseId, event::kCaseRefused, payload::refusal(refusal), Step::Refused,
                           clerk, payload::text(refusalReasonId(refusal.reason)))
               : Work{};
    auto stored = write(caseId, [&](storage::CaseWriter& writer) -> storage::Result<void> {
        for (const Work* part : {&work, &closing}) {
            if (*part) {
                if (auto done = (*part)(writer); !done) {
                    return done;
                }
            }
        }
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    return WorkflowError::refused(std::move(refusal));
}

} // namespace jpki::workflow
