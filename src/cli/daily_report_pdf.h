#pragma once

#include "storage/japan_time.h"
#include "workflow/day_report.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace jpki::storage {
class CaseStore;
} // namespace jpki::storage

namespace jpki::cli {

class Invocation;

// report daily --format pdf as it was asked for: the gathered day and the PDF's options.
struct DailyReportPdf {
    workflow::DailyReport report;
    QString municipality;
    QString out;              // --out: required with pdf; never over an existing file or a link
    bool detailed = false;    // --detailed: the applicants' names too
    QString documentLanguage; // --document-language as given; "", "ja" and "en" are valid
    QJsonObject facts;        // the export's audit event (reports/report_export.h)
    storage::Timestamp at;
};

// Writes the PDF and records the export (reports/report_export.h); returns the command's exit
// code.
using PdfDelivery =
    std::function<int(Invocation& call, storage::CaseStore& store, DailyReportPdf pdf)>;

// The delivery that lays out the pages. It needs Qt Gui, so only jpki-counter-print links it
// (jpki_cli_print).
int writeDailyReportPdf(Invocation& call, storage::CaseStore& store, DailyReportPdf pdf);

} // namespace jpki::cli
