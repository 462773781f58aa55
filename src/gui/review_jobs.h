#pragma once

// The supervisor window's work on the case worker's thread: the day's overview, a case's events,
// the sign-off and the exports. Each runs through the workflow (DayReview checks the session on
// every call) and returns a copied value to the window.

#include "gui/case_worker.h"
#include "workflow/day_review.h"
#include "workflow/session.h"

#include <QString>
#include <optional>
#include <vector>

namespace jpki::gui {

struct ReviewLoad {
    workflow::ReviewOutcome<workflow::DayOverview> overview;
    domain::Date today{};
};

struct CaseEventsLoad {
    storage::CaseId caseId{};
    storage::Result<std::vector<storage::CaseEvent>> events;
    // The documents seen and the case as its events tell it (the card before and after).
    std::vector<storage::RecordedDocumentCheck> documents;
    std::optional<workflow::CaseFile> file;
};

struct SignOffRequest {
    workflow::Session session;
    domain::Date day{};
    QString counter;
    std::optional<QString> note;
    std::vector<storage::Acknowledgement> acknowledgements;
};

enum class ExportFormat { Csv, Pdf };

struct ExportRequest {
    workflow::Session session;
    storage::DayQuery query;
    ExportFormat format = ExportFormat::Csv;
    QString path;
    QString municipality;
    // The supervisor's file: the PDF with each applicant's name. Asked for on purpose, and the
    // export's audit event says so.
    bool detailed = false;
};

struct ExportResult {
    bool written = false;
    QString path;
    QString message; // why not, when not written
};

ReviewLoad loadDay(JobContext& context, const workflow::Session& session,
                   const storage::DayQuery& query, const workflow::ReviewSettings& settings);
CaseEventsLoad loadCaseEvents(JobContext& context, storage::CaseId caseId);
workflow::ReviewOutcome<storage::DailySignOff> signOffDay(JobContext& context,
                                                          const SignOffRequest& request,
                                                          const workflow::ReviewSettings& settings);
// Checks the session through DayReview, gathers the report, records the export (as the command
// line does) and writes the file: CSV in UTF-8 with BOM, or the printed daily report as PDF
// (with the applicants' names when the request is detailed; a detailed CSV is refused).
ExportResult writeDayExport(JobContext& context, const ExportRequest& request,
                            const workflow::ReviewSettings& settings);

} // namespace jpki::gui
