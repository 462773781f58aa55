#pragma once

// The figures of a day or a range of days (R-FIG-*): how many cases, of which procedure, path and
// result, in which hour, by which clerk, and how long the completed ones took.
//
// A case counts once, on the Japan day it was opened; its result is where it stands now
// (completed, refused, cancelled, applicant-left, or open).

#include "domain/date.h"
#include "domain/procedures.h"
#include "storage/case_store.h"

#include <QString>
#include <array>
#include <chrono>
#include <optional>
#include <vector>

namespace jpki::workflow {

// The result of a case for the figures: its final step's id, or "open".
QString caseResultId(const storage::CaseSummary& summary);

struct ResultCount {
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    QString result; // caseResultId
    int cases = 0;
};

struct ClerkCount {
    storage::StaffRef clerk; // who opened the cases
    int cases = 0;
    int completed = 0;
};

struct DayFigures {
    domain::Date from{};
    domain::Date to{};
    int cases = 0;
    int completed = 0;
    // Procedure x path x result, in the order of the procedures, paths and results; only the
    // combinations that occur.
    std::vector<ResultCount> byResult;
    std::array<int, 24> byHour{};    // cases opened in each hour of the day, Japan time
    std::vector<ClerkCount> byClerk; // by login
    // R-FIG-TIME: from opening to completion, over the completed cases closed on the day they
    // were opened; a voluntary proxy's case waits for the post, so it is counted apart.
    int completedOverSeveralDays = 0;
    std::optional<std::chrono::milliseconds> averageHandling;
    std::optional<std::chrono::milliseconds> medianHandling;
};

// The figures of the cases opened from `from` to `to` (both included), at `counter` and opened
// by `clerk` when given. InvalidArgument when `to` is before `from` or the range is longer than
// 366 days.
storage::Result<DayFigures>
computeFigures(storage::CaseStore& store, const domain::Date& from, const domain::Date& to,
               const std::optional<QString>& counter = std::nullopt,
               const std::optional<storage::StaffId>& clerk = std::nullopt);

// The same from cases already read (each counted once, whatever its opening day).
DayFigures figuresOf(const std::vector<storage::CaseSummary>& cases, const domain::Date& from,
                     const domain::Date& to);

} // namespace jpki::workflow
