// R-SIGN-*: the supervisor's review and sign-off of a day.

#include "workflow/day_review.h"

#include "workflow/role_check.h"
#include "workflow/workflow_error.h"

#include <algorithm>

namespace jpki::workflow {

namespace {

template <typename T> ReviewError storageError(const storage::Result<T>& result) {
    return ReviewError::storage(result.error());
}

bool acknowledges(const storage::Acknowledgement& acknowledgement, storage::CaseId caseId) {
    return acknowledgement.caseId == caseId;
}

} // namespace

std::string_view reviewProblemId(ReviewProblem problem) {
    switch (problem) {
    case ReviewProblem::NotPermitted:
        return "not-permitted";
    case ReviewProblem::DayInFuture:
        return "day-in-future";
    case ReviewProblem::AlreadySignedOff:
        return "already-signed-off";
    case ReviewProblem::OpenCasesNotAcknowledged:
        return "open-cases-not-acknowledged";
    case ReviewProblem::AcknowledgementNoteMissing:
        return "acknowledgement-note-missing";
    case ReviewProblem::NoteInvalid:
        return "note-invalid";
    case ReviewProblem::NotAnOpenCase:
        return "not-an-open-case";
    case ReviewProblem::CounterMissing:
        return "counter-missing";
    case ReviewProblem::Storage:
        return "storage";
    }
    return {};
}

ReviewError ReviewError::storage(storage::StorageError failure) {
    ReviewError error = of(ReviewProblem::Storage);
    error.storageError = std::move(failure);
    return error;
}

std::string describe(const ReviewError& error) {
    std::string line(reviewProblemId(error.problem));
    for (const storage::CaseSummary& summary : error.openCases) {
        line += " " + summary.reference.toStdString();
    }
    if (error.storageError) {
        line += ": " + storage::describe(*error.storageError);
    }
    if (error.textProblem) {
        line += ": " + std::string(domain::textProblemId(*error.textProblem));
    }
    return line;
}

DayReview::DayReview(storage::CaseStore& store, const platform::Clock& clock,
                     ReviewSettings settings)
    : m_store(store)
    , m_clock(clock)
    , m_settings(std::move(settings)) {}

ReviewOutcome<void> DayReview::requireSupervisor(const Session& session, SupervisorAction action) {
    auto permitted =
        permitsSupervisorAction(m_store, session, action, storage::fromQDateTime(m_clock.nowUtc()));
    if (!permitted) {
        return storageError(permitted);
    }
    if (!*permitted) {
        return ReviewError::of(ReviewProblem::NotPermitted);
    }
    return {};
}

ReviewOutcome<DayOverview> DayReview::review(const Session& session,
                                             const storage::DayQuery& query) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::ReviewDay); !allowed) {
        return allowed.error();
    }
    DayOverview overview;
    overview.query = query;
    auto cases = m_store.casesOfDay(query);
    if (!cases) {
        return storageError(cases);
    }
    overview.cases = std::move(*cases);
    auto flags = computeFlags(m_store, query, m_clock.todayInJapan(), m_settings.flags);
    if (!flags) {
        return storageError(flags);
    }
    overview.flags = std::move(*flags);
    std::vector<storage::CaseSummary> opened;
    std::copy_if(overview.cases.begin(), overview.cases.end(), std::back_inserter(opened),
                 [&](const storage::CaseSummary& summary) {
                     return summary.openedOn == query.day &&
                            (!query.clerk || summary.openedBy.id == *query.clerk);
                 });
    overview.figures = figuresOf(opened, query.day, query.day);
    auto signOffs = m_store.signOffsOfDay(query.day);
    if (!signOffs) {
        return storageError(signOffs);
    }
    std::copy_if(signOffs->begin(), signOffs->end(), std::back_inserter(overview.signOffs),
                 [&](const storage::DailySignOff& signOff) {
                     return !query.counter || signOff.counter == *query.counter;
                 });
    return overview;
}

ReviewOutcome<storage::DailySignOff>
DayReview::signOff(const Session& session, const domain::Date& day, const QString& counter,
                   const std::optional<QString>& note,
                   const std::vector<storage::Acknowledgement>& acknowledgements) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::SignOffDay); !allowed) {
        return allowed.error();
    }
    if (counter.trimmed().isEmpty()) {
        return ReviewError::of(ReviewProblem::CounterMissing);
    }
    // R-DATA-TEXT: the notes are stored as typed (trimmed): within their limit, no control
    // character but line feeds.
    std::vector<QString> notes{note.value_or(QString()).trimmed()};
    for (const storage::Acknowledgement& acknowledgement : acknowledgements) {
        notes.push_back(acknowledgement.note.trimmed());
    }
    for (const QString& text : notes) {
        if (const auto refused = refusedText(domain::TextKind::Note, text)) {
            ReviewError error = ReviewError::of(ReviewProblem::NoteInvalid);
            error.textProblem = refused->problem;
            return error;
        }
    }
    if (m_clock.todayInJapan() < day) {
        return ReviewError::of(ReviewProblem::DayInFuture);
    }
    auto signOffs = m_store.signOffsOfDay(day);
    if (!signOffs) {
        return storageError(signOffs);
    }
    if (std::any_of(signOffs->begin(), signOffs->end(), [&](const storage::DailySignOff& signOff) {
            return signOff.counter == counter;
        })) {
        return ReviewError::of(ReviewProblem::AlreadySignedOff);
    }
    auto cases = m_store.casesOfDay(storage::DayQuery{day, counter, std::nullopt});
    if (!cases) {
        return storageError(cases);
    }
    std::vector<storage::CaseSummary> open;
    std::copy_if(cases->begin(), cases->end(), std::back_inserter(open),
                 [](const storage::CaseSummary& summary) { return summary.isOpen(); });

    std::vector<storage::Acknowledgement> acknowledged;
    for (const storage::Acknowledgement& acknowledgement : acknowledgements) {
        const auto known = std::find_if(open.begin(), open.end(), [&](const auto& summary) {
            return summary.id == acknowledgement.caseId;
        });
        if (known == open.end()) {
            ReviewError error = ReviewError::of(ReviewProblem::NotAnOpenCase);
            storage::CaseSummary named;
            named.id = acknowledgement.caseId;
            error.openCases.push_back(named);
            return error;
        }
        if (acknowledgement.note.trimmed().isEmpty()) {
            return ReviewError::of(ReviewProblem::AcknowledgementNoteMissing);
        }
        acknowledged.push_back({acknowledgement.caseId, acknowledgement.note.trimmed()});
    }
    ReviewError missing = ReviewError::of(ReviewProblem::OpenCasesNotAcknowledged);
    std::copy_if(open.begin(), open.end(), std::back_inserter(missing.openCases),
                 [&](const storage::CaseSummary& summary) {
                     return std::none_of(
                         acknowledged.begin(), acknowledged.end(),
                         [&](const auto& a) { return acknowledges(a, summary.id); });
                 });
    if (!missing.openCases.empty()) {
        return missing;
    }

    storage::NewSignOff signOff;
    signOff.day = day;
    signOff.counter = counter;
    signOff.supervisor = session.staff;
    signOff.at = storage::fromQDateTime(m_clock.nowUtc());
    if (note && !note->trimmed().isEmpty()) {
        signOff.note = note->trimmed();
    }
    signOff.acknowledgements = std::move(acknowledged);
    auto signed_ =
        m_store.write([&](storage::CaseWriter& writer) { return writer.signOffDay(signOff); });
    if (!signed_) {
        if (signed_.error().code == storage::StorageErrorCode::Constraint) {
            return ReviewError::of(ReviewProblem::AlreadySignedOff); // another program was quicker
        }
        return storageError(signed_);
    }
    return std::move(*signed_);
}

} // namespace jpki::workflow
