#pragma once

// The daily report (日計表) as a printed document: a counter's day from workflow/day_report.h
// (the cases, the figures, the flags, the sign-off and the audit chain's head hash) laid out on
// A4 from resources/letters/daily_report_<ja|en>.html, as a PDF or on a printer.
//
// The normal report carries no applicant's data (R-DATA-MIN): cases by reference, clerks by
// name. The detailed variant adds the applicants' names, read from the case rows, for the
// supervisor's own file. Needs a QGuiApplication (fonts and the text layout).

#include "common/expected.h"
#include "letters/document_template.h"
#include "letters/letter_documents.h"
#include "storage/case_store.h"
#include "workflow/day_report.h"

#include <QString>
#include <map>

class QPrinter;

namespace jpki::letters {

struct DailyReportDocument {
    workflow::DailyReport report;
    QString municipality;
    bool detailed = false;
    std::map<storage::CaseId, QString> applicantNames; // the detailed variant only
};

// The normal variant, with the municipality's name from the profile.
DailyReportDocument dailyReportDocument(workflow::DailyReport report, const QString& municipality);

// The detailed variant: the normal one and each case's applicant's name (empty when not
// recorded yet).
storage::Result<DailyReportDocument> detailedDailyReportDocument(storage::CaseStore& store,
                                                                 workflow::DailyReport report,
                                                                 const QString& municipality);

FilledTemplate fillDailyReportTemplate(const DailyReportDocument& document,
                                       DocumentLanguage language);

QString documentHtml(const DailyReportDocument& document,
                     DocumentLanguage language = DocumentLanguage::Japanese);
QByteArray pdfBytes(const DailyReportDocument& document,
                    DocumentLanguage language = DocumentLanguage::Japanese);
platform::FileResult<void> writePdf(const DailyReportDocument& document, const QString& path,
                                    DocumentLanguage language = DocumentLanguage::Japanese);
Expected<void, OutputError> print(const DailyReportDocument& document, QPrinter& printer,
                                  DocumentLanguage language = DocumentLanguage::Japanese);

} // namespace jpki::letters
