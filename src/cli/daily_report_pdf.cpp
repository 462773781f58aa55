// report daily --format pdf: the printed daily report laid out from the gathered day. Apart from
// report_commands.cpp because it needs Qt Gui, which only jpki-counter-print links.

#include "cli/daily_report_pdf.h"

#include "cli/cli_support.h"
#include "letters/report_document.h"
#include "reports/report_export.h"
#include "storage/case_store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace jpki::cli {

namespace {

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

std::optional<letters::DocumentLanguage> documentLanguage(Invocation& call, const QString& code) {
    if (code.isEmpty() || code == QLatin1String("ja")) {
        return letters::DocumentLanguage::Japanese;
    }
    if (code == QLatin1String("en")) {
        return letters::DocumentLanguage::English;
    }
    //: en: --document-language takes ja or en.
    call.fail(CliText::tr("--document-language には ja または en を指定してください。"));
    return std::nullopt;
}

} // namespace

int writeDailyReportPdf(Invocation& call, storage::CaseStore& store, DailyReportPdf pdf) {
    const auto language = documentLanguage(call, pdf.documentLanguage);
    if (!language) {
        return Failure;
    }
    auto document =
        pdf.detailed
            ? letters::detailedDailyReportDocument(store, std::move(pdf.report), pdf.municipality)
            : storage::Result<letters::DailyReportDocument>(
                  letters::dailyReportDocument(std::move(pdf.report), pdf.municipality));
    if (!document) {
        return call.fail(storage::errorText(document.error()));
    }
    const reports::ExportEvent event{reports::ExportKind::Report, pdf.facts, std::nullopt, pdf.at};
    if (auto exported =
            reports::exportToFile(store, event, pdf.out, letters::pdfBytes(*document, *language));
        !exported) {
        return call.fail(reports::exportFailureText(exported.error()));
    }
    const QString absolute = QFileInfo(pdf.out).absoluteFilePath();
    //: en: Daily report written to %1.
    const QString text = CliText::tr("日計表を書き出しました: %1");
    call.answer({{QStringLiteral("pdf"), absolute}, {QStringLiteral("detailed"), pdf.detailed}},
                text.arg(absolute));
    return Success;
}

} // namespace jpki::cli
