#pragma once

// The supervisor's review of a day (R-SIGN-*): the day's cases with their flags and figures, and
// the sign-off that closes the day's log at a counter. Supervisors only (R-ACC-ROLE): a clerk's
// attempt is refused and stored as an access-refused event.
//
// A signed day is read-only: the case engine refuses any command that would store an event on
// it for that counter (ErrorKind::DaySignedOff).

#include "common/expected.h"
#include "platform/clock.h"
#include "storage/case_store.h"
#include "workflow/access_error.h"
#include "workflow/day_figures.h"
#include "workflow/review_flags.h"
#include "workflow/session.h"

#include <QString>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::workflow {

enum class ReviewProblem {
    NotPermitted,               // not a supervisor's session (audited)
    DayInFuture,                // R-SIGN-FUTURE
    AlreadySignedOff,           // R-SIGN-ONCE: that day at that counter
    OpenCasesNotAcknowledged,   // R-SIGN-OPEN: openCases lists those without an acknowledgement
    AcknowledgementNoteMissing, // R-SIGN-OPEN: an acknowledgement needs its note
    NoteInvalid,                // R-DATA-TEXT: a note too long or with a control character
    NotAnOpenCase,              // an acknowledgement names a case not open on that day and counter
    CounterMissing,
    Storage,
};

inline constexpr std::array allReviewProblems{ReviewProblem::NotPermitted,
                                              ReviewProblem::DayInFuture,
                                              ReviewProblem::AlreadySignedOff,
                                              ReviewProblem::OpenCasesNotAcknowledged,
                                              ReviewProblem::AcknowledgementNoteMissing,
                                              ReviewProblem::NoteInvalid,
                                              ReviewProblem::NotAnOpenCase,
                                              ReviewProblem::CounterMissing,
                                              ReviewProblem::Storage};

std::string_view reviewProblemId(ReviewProblem problem);

struct ReviewError {
    ReviewProblem problem = ReviewProblem::NotPermitted;
    std::vector<storage::CaseSummary> openCases; // OpenCasesNotAcknowledged, NotAnOpenCase
    std::optional<storage::StorageError> storageError;
    std::optional<domain::TextProblem> textProblem; // NoteInvalid

    static ReviewError of(ReviewProblem problem) { return ReviewError{problem, {}, {}, {}}; }
    static ReviewError storage(storage::StorageError error);
};

std::string describe(const ReviewError& error);

template <typename T> using ReviewOutcome = Expected<T, ReviewError>;

struct ReviewSettings {
    FlagSettings flags;
};

// What the supervisor's review screen shows for a day.
struct DayOverview {
    storage::DayQuery query;
    std::vector<storage::CaseSummary> cases; // opened or worked on that day
    std::vector<ReviewFlag> flags;
    DayFigures figures;                          // of the cases opened that day
    std::vector<storage::DailySignOff> signOffs; // of the counter asked, or all counters
};

class DayReview {
public:
    DayReview(storage::CaseStore& store, const platform::Clock& clock,
              ReviewSettings settings = {});

    ReviewOutcome<DayOverview> review(const Session& session, const storage::DayQuery& query);

    // R-SIGN-FUTURE, R-SIGN-ONCE, R-SIGN-OPEN: signs `day` at `counter` off. Every case of that
    // day and counter still open needs an acknowledgement with a note; `note` is optional.
    ReviewOutcome<storage::DailySignOff>
    signOff(const Session& session, const domain::Date& day, const QString& counter,
            const std::optional<QString>& note,
            const std::vector<storage::Acknowledgement>& acknowledgements);

private:
    ReviewOutcome<void> requireSupervisor(const Session& session, SupervisorAction action);

    storage::CaseStore& m_store;
    const platform::Clock& m_clock;
    ReviewSettings m_settings;
};

} // namespace jpki::workflow
