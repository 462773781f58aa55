// The printed daily report (日計表): its PDF read back with pdftotext, the applicants' names only
// in the detailed variant, and `report daily --format pdf` run as a process.

#include "cli_process.h"
#include "letters/document_html.h"
#include "letters/report_document.h"
#include "letters_test_support.h"
#include "review_test_support.h"
#include "storage/audit_chain.h"
#include "storage/japan_time.h"

#include <QTemporaryDir>

namespace jpki::letters::testing {
namespace {

using domain::Procedure;
using domain::RequestPath;

workflow::DailyReport reportOf(Counter& counter) {
    const storage::Timestamp now =
        storage::fromQDateTime(workflow::testing::japanTime(workflow::testing::testDay(), 18));
    auto report = workflow::gatherDailyReport(
        counter.store(), {workflow::testing::testDay(), std::nullopt, std::nullopt},
        workflow::testing::testDay(), now);
    EXPECT_TRUE(report.ok());
    return *report;
}

QString holderName(const Counter& counter) {
    return asPrinted(QString::fromStdString(counter.profile().holder.name));
}

TEST(DailyReportPdf, ShowsTheDayTheCountsAndTheHeadHashWithoutApplicants) {
    Counter counter("expiring");
    completedRenewal(counter);
    counter.openCase(Procedure::PinReset, RequestPath::Self);
    const workflow::DailyReport report = reportOf(counter);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("day.pdf"));
    ASSERT_TRUE(writePdf(dailyReportDocument(report, QStringLiteral("美濃市")), pdf).ok());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("日計表")));
    EXPECT_TRUE(
        text.contains(documentDate(workflow::testing::testDay(), DocumentLanguage::Japanese)));
    EXPECT_TRUE(text.contains(QStringLiteral("受付件数")));
    EXPECT_TRUE(text.contains(report.cases.front().reference));
    EXPECT_TRUE(text.contains(QStringLiteral("未決裁")));
    EXPECT_TRUE(text.contains(storage::hexDigest(report.chain.headHash)));
    // The chain's check says where it started: the day's first event.
    EXPECT_TRUE(text.contains(QStringLiteral("%1番から%2番までの%3件")
                                  .arg(report.chain.firstSequence)
                                  .arg(report.chain.headSequence)
                                  .arg(report.chain.eventsChecked)));
    EXPECT_FALSE(text.contains(holderName(counter)));
}

TEST(DailyReportPdf, TheDetailedVariantNamesTheApplicants) {
    Counter counter("expiring");
    completedRenewal(counter);
    auto document =
        detailedDailyReportDocument(counter.store(), reportOf(counter), QStringLiteral("美濃市"));
    ASSERT_TRUE(document.ok());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("day.pdf"));
    ASSERT_TRUE(writePdf(*document, pdf).ok());
    EXPECT_TRUE(pdfText(pdf).contains(holderName(counter)));
}

TEST(DailyReportCli, WritesThePdfAndRecordsTheExport) {
    Counter counter("expiring");
    completedRenewal(counter);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("day.pdf"));
    const QString day = QString::fromStdString(domain::formatIsoDate(workflow::testing::testDay()));
    const CliRun run =
        runCli({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day,
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                QStringLiteral("--db"), counter.databasePath(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("日計表")));
    EXPECT_FALSE(text.contains(holderName(counter)));

    // A second run does not replace the file.
    const CliRun again =
        runCli({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day,
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                QStringLiteral("--db"), counter.databasePath()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.out.isEmpty());
}

TEST(DailyReportCli, PdfWithoutOutIsRefused) {
    Counter counter;
    const CliRun run =
        runCli({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                QString::fromStdString(domain::formatIsoDate(workflow::testing::testDay())),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--db"),
                counter.databasePath()});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.out.isEmpty());
}

} // namespace
} // namespace jpki::letters::testing
