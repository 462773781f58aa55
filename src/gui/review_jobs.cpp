#include "gui/review_jobs.h"

#include "letters/report_document.h"
#include "messages/review_text.h"
#include "platform/clock.h"
#include "reports/report_export.h"
#include "reports/report_format.h"
#include "storage/japan_time.h"
#include "storage/storage_error.h"
#include "workflow/day_report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace jpki::gui {

namespace {

struct ReviewJobText {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::ReviewWindow)
};

QString storeMissing(JobContext& context) {
    //: en: The case database is not open: %1
    return ReviewJobText::tr("案件データベースが開いていません: %1").arg(context.openProblem());
}

workflow::ReviewError storeMissingError() {
    return workflow::ReviewError::of(workflow::ReviewProblem::Storage);
}

} // namespace

ReviewLoad loadDay(JobContext& context, const workflow::Session& session,
                   const storage::DayQuery& query, const workflow::ReviewSettings& settings) {
    storage::CaseStore* store = context.store();
    if (store == nullptr) {
        return {storeMissingError(), context.clock().todayInJapan()};
    }
    workflow::DayReview review(*store, context.clock(), settings);
    return {review.review(session, query), context.clock().todayInJapan()};
}

CaseEventsLoad loadCaseEvents(JobContext& context, storage::CaseId caseId) {
    storage::CaseStore* store = context.store();
    if (store == nullptr) {
        return {caseId, storage::StorageError{}, {}, std::nullopt};
    }
    CaseEventsLoad load{caseId, store->eventsOfCase(caseId), {}, std::nullopt};
    if (auto documents = store->documentsOfCase(caseId)) {
        load.documents = std::move(*documents);
    }
    if (workflow::CaseEngine* engine = context.engine()) {
        if (auto file = engine->load(caseId)) {
            load.file = std::move(*file);
        }
    }
    return load;
}

workflow::ReviewOutcome<storage::DailySignOff>
signOffDay(JobContext& context, const SignOffRequest& request,
           const workflow::ReviewSettings& settings) {
    storage::CaseStore* store = context.store();
    if (store == nullptr) {
        return storeMissingError();
    }
    workflow::DayReview review(*store, context.clock(), settings);
    return review.signOff(request.session, request.day, request.counter, request.note,
                          request.acknowledgements);
}

ExportResult writeDayExport(JobContext& context, const ExportRequest& request,
                            const workflow::ReviewSettings& settings) {
    ExportResult result{false, request.path, {}};
    storage::CaseStore* store = context.store();
    if (store == nullptr) {
        result.message = storeMissing(context);
        return result;
    }
    // Supervisors only: the workflow checks the session (and audits a refusal). The chain is
    // walked once, by the report below, not for this check too.
    workflow::ReviewSettings accessCheck = settings;
    accessCheck.flags.checkChain = false;
    workflow::DayReview review(*store, context.clock(), accessCheck);
    if (auto allowed = review.review(request.session, request.query); !allowed) {
        result.message = messages::reviewErrorText(allowed.error());
        return result;
    }
    const storage::Timestamp now = storage::fromQDateTime(context.clock().nowUtc());
    auto report = workflow::gatherDailyReport(*store, request.query, context.clock().todayInJapan(),
                                              now, settings.flags);
    if (!report) {
        result.message = storage::errorText(report.error());
        return result;
    }
    const bool pdf = request.format == ExportFormat::Pdf;
    if (request.detailed && !pdf) {
        //: en: Only the printed daily report (PDF) lists the applicants' names.
        result.message = ReviewJobText::tr("申請者の氏名入りは日計表(PDF)だけです。");
        return result;
    }
    // The page layout only for the PDF; the names (a store read) only for the detailed one.
    std::optional<letters::DailyReportDocument> document;
    if (pdf) {
        auto laidOut =
            request.detailed
                ? letters::detailedDailyReportDocument(*store, *report, request.municipality)
                : storage::Result<letters::DailyReportDocument>(
                      letters::dailyReportDocument(*report, request.municipality));
        if (!laidOut) {
            result.message = storage::errorText(laidOut.error());
            return result;
        }
        document = std::move(*laidOut);
    }
    QJsonObject facts{
        {QStringLiteral("report"), QStringLiteral("daily")},
        {QStringLiteral("day"), reports::isoDate(request.query.day)},
        {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("csv")},
        {QStringLiteral("destination"), QStringLiteral("file")},
        {QStringLiteral("detailed"), request.detailed}};
    if (request.query.counter) {
        facts.insert(QStringLiteral("counter"), *request.query.counter);
    }
    // Recorded as the command line's exports are, in the order of reports/report_export.h.
    const reports::ExportEvent event{reports::ExportKind::Report, facts, request.session.staff,
                                     now};
    const QByteArray bytes =
        document ? letters::pdfBytes(*document) : reports::dailyReportCsv(*report);
    if (auto exported = reports::exportToFile(*store, event, request.path, bytes); !exported) {
        result.message = reports::exportFailureText(exported.error());
        return result;
    }
    result.written = true;
    return result;
}

} // namespace jpki::gui
