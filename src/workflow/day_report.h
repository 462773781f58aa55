#pragma once

// The daily and range reports' content (R-REP-*): what a supervisor files or prints for a day or
// a period. Gathered here once for every form: the command line's JSON and CSV, and the printed
// daily report. No applicant's name, kana, birth date or address is in it (R-DATA-MIN).
//
// These functions take no session: the command line runs them with the database file's own
// access, and the window reaches a day's content through DayReview::review (supervisors only).

#include "domain/date.h"
#include "storage/case_store.h"
#include "workflow/day_figures.h"
#include "workflow/review_flags.h"

#include <QString>
#include <optional>
#include <vector>

namespace jpki::workflow {

struct ReportedSignOff {
    storage::DailySignOff signOff;
    storage::StaffRef supervisor;
    std::vector<QString> acknowledgedReferences; // in the order of signOff.acknowledgements
};

struct DailyReport {
    storage::DayQuery query;
    storage::Timestamp madeAt;
    std::vector<storage::CaseSummary> cases; // opened or worked on that day, oldest first
    std::vector<ReviewFlag> flags;
    DayFigures figures;                    // of the cases opened that day
    std::vector<ReportedSignOff> signOffs; // of the counter asked, or of every counter
    // The chain from the day's first event to its head as it stood when the report was made
    // (R-FLAG-CHAIN): its head hash, printed, anchors every row the report was made from.
    storage::ChainVerification chain;
};

struct ReportedDay {
    domain::Date day{};
    int cases = 0; // opened or worked on that day
    int flags = 0; // without the chain's, which the report states once
    std::vector<QString> signedCounters;
};

struct RangeReport {
    domain::Date from{};
    domain::Date to{};
    std::optional<QString> counter;
    storage::Timestamp madeAt;
    DayFigures figures;
    std::vector<ReportedDay> days;
    storage::ChainVerification chain; // from the first day's first event to the head
};

storage::Result<DailyReport> gatherDailyReport(storage::CaseStore& store,
                                               const storage::DayQuery& query,
                                               const domain::Date& today, storage::Timestamp now,
                                               FlagSettings settings = {});

// InvalidArgument for a backward range or one longer than 366 days.
storage::Result<RangeReport> gatherRangeReport(storage::CaseStore& store, const domain::Date& from,
                                               const domain::Date& to,
                                               const std::optional<QString>& counter,
                                               const domain::Date& today, storage::Timestamp now,
                                               FlagSettings settings = {});

} // namespace jpki::workflow
