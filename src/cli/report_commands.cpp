// report daily, report range: a day's or a period's cases, flags, figures, sign-offs and the
// audit chain's head, as JSON or as CSV for Excel, and a day as the printed daily report (PDF,
// laid out by the delivery each program passes in: daily_report_pdf.cpp in jpki-counter-print).
// Each export is itself an audit event (report-exported) that says whether it succeeded, recorded
// in the order of reports/report_export.h: no report leaves unrecorded.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "platform/clock.h"
#include "platform/file_output.h"
#include "reports/report_export.h"
#include "reports/report_format.h"
#include "storage/case_store.h"
#include "workflow/day_report.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace jpki::cli {

using reports::dailyReportCsv;
using reports::dailyReportJson;
using reports::rangeReportCsv;
using reports::rangeReportJson;

namespace {

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

const QString kFormatOption = QStringLiteral("format");
const QString kOutOption = QStringLiteral("out");
const QString kCounterOption = QStringLiteral("counter");
const QString kLetterDaysOption = QStringLiteral("letter-days");
const QString kDetailedOption = QStringLiteral("detailed");
const QString kDocumentLanguageOption = QStringLiteral("document-language");

enum class ReportFormat { Json, Csv, Pdf };

void addReportOptions(Invocation& call) {
    call.parser().addOptions({
        databaseOption(),
        {kFormatOption, QStringLiteral("json (default) or csv (UTF-8 with BOM, CRLF)."),
         QStringLiteral("format")},
        {kOutOption, QStringLiteral("Write the report to this file instead of standard output."),
         QStringLiteral("path")},
        {kCounterOption, QStringLiteral("Only this counter."), QStringLiteral("id")},
        {kLetterDaysOption,
         QStringLiteral("Business days before an unanswered letter is flagged (default 14)."),
         QStringLiteral("N")},
    });
}

std::optional<ReportFormat> reportFormat(Invocation& call) {
    const QString format = call.parser().value(kFormatOption);
    if (format.isEmpty() || format == QLatin1String("json")) {
        return ReportFormat::Json;
    }
    if (format == QLatin1String("csv")) {
        return ReportFormat::Csv;
    }
    //: en: --format takes json or csv.
    call.fail(CliText::tr("--format には json または csv を指定してください。"));
    return std::nullopt;
}

// The daily report also takes pdf, which needs --out: a PDF is never sent to a terminal.
std::optional<ReportFormat> dailyReportFormat(Invocation& call) {
    if (call.parser().value(kFormatOption) != QLatin1String("pdf")) {
        return reportFormat(call);
    }
    if (!call.parser().isSet(kOutOption)) {
        //: en: --format pdf needs --out PATH.
        call.fail(CliText::tr("--format pdf には --out でファイルを指定してください。"));
        return std::nullopt;
    }
    return ReportFormat::Pdf;
}

std::optional<QString> counterOf(Invocation& call) {
    if (!call.parser().isSet(kCounterOption)) {
        return std::nullopt;
    }
    return call.parser().value(kCounterOption);
}

// The flags' settings: the profile's calendar and the letter's wait.
std::optional<workflow::FlagSettings> flagSettings(Invocation& call) {
    const auto profile = call.profile();
    if (!profile) {
        return std::nullopt;
    }
    workflow::FlagSettings settings;
    settings.profile = *profile;
    if (call.parser().isSet(kLetterDaysOption)) {
        bool ok = false;
        const int days = call.parser().value(kLetterDaysOption).toInt(&ok);
        if (!ok || days < 1 || days > 365) {
            //: en: --letter-days takes a whole number from 1 to 365.
            call.fail(CliText::tr("--letter-days には1から365までの整数を指定してください。"));
            return std::nullopt;
        }
        settings.letterReplyBusinessDays = days;
    }
    return settings;
}

// Opened for writing, because the export is recorded; a missing file is not created. A
// database this user may only read still answers on standard output (deliver).
std::optional<storage::CaseStore> openStore(Invocation& call) {
    const auto path = call.databasePath();
    return path ? openStoreToRecord(call, *path, true) : std::nullopt;
}

QString formatId(ReportFormat format) {
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

// Standard output cannot wait for the event: it is recorded first, and a failed write after it.
// A database this user may only read answers without recording, and says so.
int toStandardOutput(Invocation& call, storage::CaseStore& store, const reports::ExportEvent& event,
                     const QByteArray& bytes) {
    if (auto recorded = reports::recordExport(store, event); !recorded) {
        if (recorded.error().code != storage::StorageErrorCode::ReadOnly) {
            return call.fail(storage::errorText(recorded.error()));
        }
        //: en: The case database can only be read, so this export is not recorded.
        call.warn(
            CliText::tr("案件データベースが読み取り専用のため、この書き出しは記録されません。"));
    }
    std::fflush(stdout);
    const auto written = platform::writeWhole(
        STDOUT_FILENO, std::string_view(bytes.constData(), std::size_t(bytes.size())), "stdout");
    if (!written) {
        // Recorded as far as the database lets it; the failure is what the user must hear of.
        (void)reports::recordExport(store, event, platform::fileProblemId(written.error().problem));
        //: en: The report could not be written to standard output (%1).
        return call.fail(CliText::tr("レポートを標準出力に書き込めませんでした(%1)。")
                             .arg(platform::systemReasonText(written.error().systemError)));
    }
    return Success;
}

// Records the export and writes the report where it was asked for (reports/report_export.h).
int deliver(Invocation& call, storage::CaseStore& store, ReportFormat format, QJsonObject facts,
            const QByteArray& bytes, storage::Timestamp at) {
    facts.insert(QStringLiteral("format"), formatId(format));
    facts.insert(QStringLiteral("destination"), call.parser().isSet(kOutOption)
                                                    ? QStringLiteral("file")
                                                    : QStringLiteral("stdout"));
    const reports::ExportEvent event{reports::ExportKind::Report, facts, std::nullopt, at};
    if (!call.parser().isSet(kOutOption)) {
        return toStandardOutput(call, store, event, bytes);
    }
    const QString path = call.parser().value(kOutOption);
    if (auto exported = reports::exportToFile(store, event, path, bytes); !exported) {
        return call.fail(reports::exportFailureText(exported.error()));
    }
    //: en: Report written to %1 (%2 bytes).
    const QString text = CliText::tr("レポートを書き出しました: %1 (%2 バイト)");
    call.answer({{QStringLiteral("out"), path}, {QStringLiteral("bytes"), bytes.size()}},
                text.arg(path).arg(bytes.size()));
    return Success;
}

QByteArray jsonLine(const QJsonObject& json) {
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

int reportDaily(const QStringList& arguments, const PdfDelivery& deliverPdf) {
    Invocation call(QStringLiteral("report daily"));
    addReportOptions(call);
    call.parser().addOptions(
        {{QStringLiteral("date"), QStringLiteral("The day (YYYY-MM-DD)."), QStringLiteral("D")},
         {kDetailedOption,
          QStringLiteral("PDF only: list the applicants' names too (the supervisor's file).")},
         {kDocumentLanguageOption, QStringLiteral("PDF only: ja (default) or en."),
          QStringLiteral("lang")}});
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto day = call.requiredDate(QStringLiteral("date"));
    const auto format = day ? dailyReportFormat(call) : std::nullopt;
    const auto settings = format ? flagSettings(call) : std::nullopt;
    if (!settings) {
        return Failure;
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    const platform::SystemClock clock;
    const storage::Timestamp now = storage::fromQDateTime(clock.nowUtc());
    const storage::DayQuery query{*day, counterOf(call), std::nullopt};
    auto report = workflow::gatherDailyReport(*store, query, clock.todayInJapan(), now, *settings);
    if (!report) {
        return call.fail(storage::errorText(report.error()));
    }
    QJsonObject facts{{QStringLiteral("report"), QStringLiteral("daily")},
                      {QStringLiteral("day"), isoDate(*day)}};
    if (query.counter) {
        facts.insert(QStringLiteral("counter"), *query.counter);
    }
    if (*format == ReportFormat::Pdf) {
        const bool detailed = call.parser().isSet(kDetailedOption);
        facts.insert(QStringLiteral("format"), formatId(ReportFormat::Pdf));
        facts.insert(QStringLiteral("destination"), QStringLiteral("file"));
        facts.insert(QStringLiteral("detailed"), detailed);
        return deliverPdf(call, *store,
                          {.report = std::move(report).value(),
                           .municipality = QString::fromStdString(settings->profile.name),
                           .out = call.parser().value(kOutOption),
                           .detailed = detailed,
                           .documentLanguage = call.parser().value(kDocumentLanguageOption),
                           .facts = facts,
                           .at = now});
    }
    const QByteArray bytes =
        *format == ReportFormat::Csv ? dailyReportCsv(*report) : jsonLine(dailyReportJson(*report));
    return deliver(call, *store, *format, facts, bytes, now);
}

int reportRange(const QStringList& arguments) {
    Invocation call(QStringLiteral("report range"));
    addReportOptions(call);
    call.parser().addOptions(
        {{QStringLiteral("from"), QStringLiteral("The first day."), QStringLiteral("D")},
         {QStringLiteral("to"), QStringLiteral("The last day (366 days at most)."),
          QStringLiteral("D")}});
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto from = call.requiredDate(QStringLiteral("from"));
    const auto to = from ? call.requiredDate(QStringLiteral("to")) : std::nullopt;
    if (!to) {
        return Failure;
    }
    const int length = domain::daysBetween(*from, *to);
    if (length < 0 || length >= 366) {
        //: en: --to must be on or after --from, at most 366 days in all.
        return call.fail(CliText::tr(
            "--to には --from 以降の日付を、全体で366日以内になるよう指定してください。"));
    }
    const auto format = reportFormat(call);
    const auto settings = format ? flagSettings(call) : std::nullopt;
    if (!settings) {
        return Failure;
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    const platform::SystemClock clock;
    const storage::Timestamp now = storage::fromQDateTime(clock.nowUtc());
    auto report = workflow::gatherRangeReport(*store, *from, *to, counterOf(call),
                                              clock.todayInJapan(), now, *settings);
    if (!report) {
        return call.fail(storage::errorText(report.error()));
    }
    const QByteArray bytes =
        *format == ReportFormat::Csv ? rangeReportCsv(*report) : jsonLine(rangeReportJson(*report));
    QJsonObject facts{{QStringLiteral("report"), QStringLiteral("range")},
                      {QStringLiteral("from"), isoDate(*from)},
                      {QStringLiteral("to"), isoDate(*to)}};
    if (report->counter) {
        facts.insert(QStringLiteral("counter"), *report->counter);
    }
    return deliver(call, *store, *format, facts, bytes, now);
}

} // namespace

Command dailyReportCommand(const PdfDelivery& deliverPdf) {
    return {
        QStringLiteral("report"), QStringLiteral("daily"),
        QStringLiteral("--date D [--counter C] [--format json|csv|pdf] [--out PATH] [--detailed] "
                       "[--document-language ja|en] [--db PATH]"),
        [deliverPdf](const QStringList& arguments) {
            return reportDaily(arguments, deliverPdf);
        }};
}

std::vector<Command> reportCommands(const PdfDelivery& deliverPdf) {
    return {
        dailyReportCommand(deliverPdf),
        {QStringLiteral("report"), QStringLiteral("range"),
         QStringLiteral("--from D --to D [--counter C] [--format json|csv] [--out PATH] [--db "
                        "PATH]"),
         reportRange},
    };
}

} // namespace jpki::cli
