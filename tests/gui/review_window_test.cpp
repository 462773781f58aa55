// The supervisor's review window under the offscreen platform, on a store the engine's bench
// filled: the day's cases and their filter, the flags, the sign-off with an open case, the
// refusal of a clerk, the exports, and the case model checked by QAbstractItemModelTester.

#include "gui/case_worker.h"
#include "gui/review_case_model.h"
#include "gui/review_window.h"
#include "gui/sign_off_dialog.h"
#include "gui_test_support.h"
#include "letters_test_support.h"
#include "review_test_support.h"
#include "workflow/access_events.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace jpki::gui {
namespace {

using domain::Procedure;
using domain::RequestPath;
using workflow::testing::Counter;
using workflow::testing::FixedClock;
using workflow::testing::japanTime;
using workflow::testing::testDay;

constexpr int kWaitMs = 20'000;

class ReviewWindowTest : public ::testing::Test {
protected:
    ReviewWindowTest() {
        supervisor = workflow::testing::addStaff(counter.store(), QStringLiteral("kanri"),
                                                 storage::StaffRole::Supervisor);
        // A renewal left open, a cancelled reset, and a refused voluntary proxy's reset.
        openCase = counter.openCase(Procedure::Renewal, RequestPath::Self);
        const workflow::CaseFile cancelled =
            counter.openCase(Procedure::PinReset, RequestPath::Self);
        EXPECT_TRUE(counter.engine()
                        .cancel(cancelled.id, QStringLiteral("申請取りやめ"), counter.clerk())
                        .ok());
        refused = counter.throughReception(Procedure::PinReset, RequestPath::VoluntaryProxy);
        auto& engine = counter.engine();
        EXPECT_TRUE(engine
                        .checkDocuments(refused.id, 1,
                                        workflow::testing::everythingPresented(testDay()),
                                        counter.clerk())
                        .ok());
        EXPECT_TRUE(engine.issueLetter(refused.id, counter.clerk()).ok());
        EXPECT_TRUE(engine.recordLetterMailed(refused.id, counter.clerk()).ok());
        EXPECT_FALSE(
            engine.recordReply(refused.id, domain::SealState::Opened, counter.clerk()).ok());

        worker = test::startedCaseWorker(clock, counter.databasePath(), authority.path(), kWaitMs);
    }

    ~ReviewWindowTest() override {
        delete window.data();
        worker.reset();
    }

    // Opens the window for `session` through the workflow's check; null when refused.
    ReviewWindow* open(const workflow::Session& session) {
        bool answered = false;
        ReviewWindowSettings settings;
        settings.counter = QStringLiteral("1");
        ReviewWindow::openFor(session, *worker, settings, &owner, [&](ReviewWindow* opened) {
            answered = true;
            window = opened;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, kWaitMs));
        if (window) {
            QSignalSpy shown(window.data(), &ReviewWindow::dayShown);
            window->showDay(testDay());
            EXPECT_TRUE(shown.wait(kWaitMs));
        }
        return window.data();
    }

    Counter counter;
    workflow::Session supervisor;
    workflow::CaseFile openCase;
    workflow::CaseFile refused;
    FixedClock clock{japanTime(testDay(), 17, 30)};
    QTemporaryDir authority;
    QTemporaryDir out;
    std::unique_ptr<CaseWorker> worker;
    QWidget owner;
    QPointer<ReviewWindow> window;
};

TEST_F(ReviewWindowTest, ShowsEveryCaseOfTheDay) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->visibleCaseCount(), 3);
    QStringList references;
    for (int row = 0; row < review->visibleCaseCount(); ++row) {
        references << review->caseCell(row, ReviewCaseModel::Reference);
    }
    EXPECT_TRUE(references.contains(openCase.reference));
    EXPECT_TRUE(references.contains(refused.reference));
}

TEST_F(ReviewWindowTest, TheFilterKeepsOnlyMatchingCases) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    review->setFilterText(openCase.reference);
    ASSERT_EQ(review->visibleCaseCount(), 1);
    EXPECT_EQ(review->caseCell(0, ReviewCaseModel::Reference), openCase.reference);
    review->setFilterText(QString());
    EXPECT_EQ(review->visibleCaseCount(), 3);
}

TEST_F(ReviewWindowTest, ARefusedCaseIsFlagged) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    for (int row = 0; row < review->visibleCaseCount(); ++row) {
        if (review->caseCell(row, ReviewCaseModel::Reference) == refused.reference) {
            EXPECT_FALSE(review->caseCell(row, ReviewCaseModel::Flags).isEmpty());
        }
    }
    EXPECT_FALSE(review->flagTexts().isEmpty());
}

TEST_F(ReviewWindowTest, OpeningACaseShowsItsEventsDocumentsAndCard) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    review->setFilterText(refused.reference);
    ASSERT_EQ(review->visibleCaseCount(), 1);
    auto* cases = review->findChild<QTableView*>(QStringLiteral("casesView"));
    auto* events = review->findChild<QTableWidget*>(QStringLiteral("eventsTable"));
    auto* detail = review->findChild<QLabel*>(QStringLiteral("caseDetailLabel"));
    ASSERT_TRUE(cases && events && detail);
    QSignalSpy shown(review, &ReviewWindow::caseEventsShown);
    cases->setCurrentIndex(cases->model()->index(0, 0));
    ASSERT_TRUE(shown.wait(kWaitMs));
    EXPECT_GT(events->rowCount(), 4); // opened, applicant, proxy, documents, letter, reply…
    const QString text = detail->text();
    EXPECT_TRUE(text.contains(QStringLiteral("確認した書類: "))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("記録なし"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("代理人"))) << text.toStdString();
    // Refused at the reply: the card was never checked nor changed.
    EXPECT_FALSE(text.contains(QStringLiteral("確認時のカード"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("処理後のカード: 変更なし"))) << text.toStdString();
}

TEST_F(ReviewWindowTest, SigningOffAnOpenCaseNeedsANoteAndThenSucceeds) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    EXPECT_TRUE(review->signStateText().contains(QStringLiteral("未決裁")));

    SignOffDialog* dialog = review->openSignOffDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->openCaseCount(), 1);
    QSignalSpy finished(review, &ReviewWindow::signOffFinished);
    dialog->accept(); // no note for the open case
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool());
    EXPECT_FALSE(review->messageText().isEmpty());
    EXPECT_TRUE(counter.store().signOffsOfDay(testDay())->empty());

    dialog = review->openSignOffDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setAcknowledgementNote(0, QStringLiteral("明日再来庁予定"));
    QSignalSpy shown(review, &ReviewWindow::dayShown);
    dialog->accept();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool());
    ASSERT_TRUE(shown.wait(kWaitMs));
    EXPECT_EQ(counter.store().signOffsOfDay(testDay())->size(), 1u);
    EXPECT_TRUE(review->signStateText().contains(QStringLiteral("決裁済み")));
}

TEST_F(ReviewWindowTest, AClerkIsRefusedTheWindow) {
    EXPECT_EQ(open(workflow::testing::clerkSession(counter)), nullptr);
    auto* refusal = owner.findChild<QMessageBox*>(QStringLiteral("reviewRefusal"));
    ASSERT_NE(refusal, nullptr);
    EXPECT_FALSE(refusal->text().isEmpty());
    EXPECT_EQ(
        workflow::testing::eventsOfType(counter.store(), testDay(), workflow::event::kAccessRefused)
            .size(),
        1u);
}

TEST_F(ReviewWindowTest, ExportsTheDayAsCsvWithBomAndAsPdfAndAuditsEach) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    QSignalSpy exported(review, &ReviewWindow::exportFinished);
    const QString csv = out.filePath(QStringLiteral("day.csv"));
    review->exportDay(ExportFormat::Csv, csv);
    ASSERT_TRUE(exported.wait(kWaitMs));
    EXPECT_TRUE(exported.takeFirst().at(0).toBool()) << review->messageText().toStdString();
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(openCase.reference.toUtf8()));

    const QString pdf = out.filePath(QStringLiteral("day.pdf"));
    review->exportDay(ExportFormat::Pdf, pdf);
    ASSERT_TRUE(exported.wait(kWaitMs));
    EXPECT_TRUE(exported.takeFirst().at(0).toBool()) << review->messageText().toStdString();
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");

    const auto audited = workflow::testing::eventsOfType(counter.store(), testDay(),
                                                         workflow::event::kReportExported);
    ASSERT_EQ(audited.size(), 2u);
    EXPECT_EQ(audited.front().staff->id, supervisor.staff);
    for (const storage::CaseEvent& event : audited) {
        EXPECT_TRUE(event.payload.value(QStringLiteral("succeeded")).toBool());
    }
}

// A link planted where the supervisor saves the CSV: nothing is written where it points, the
// window says why, and the refused export is recorded as such.
TEST_F(ReviewWindowTest, AnExportIsNeverWrittenThroughALink) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    const QString elsewhere = out.filePath(QStringLiteral("elsewhere.csv"));
    const QString planted = out.filePath(QStringLiteral("day.csv"));
    ASSERT_TRUE(QFile::link(elsewhere, planted));
    QSignalSpy exported(review, &ReviewWindow::exportFinished);
    review->exportDay(ExportFormat::Csv, planted);
    ASSERT_TRUE(exported.wait(kWaitMs));
    EXPECT_FALSE(exported.takeFirst().at(0).toBool());
    EXPECT_TRUE(review->messageText().contains(QStringLiteral("シンボリックリンク")))
        << review->messageText().toStdString();
    EXPECT_FALSE(QFile::exists(elsewhere));
    const auto audited = workflow::testing::eventsOfType(counter.store(), testDay(),
                                                         workflow::event::kReportExported);
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_FALSE(audited.front().payload.value(QStringLiteral("succeeded")).toBool(true));
    EXPECT_EQ(audited.front().payload.value(QStringLiteral("reason")).toString(),
              QStringLiteral("not-a-regular-file"));
}

TEST_F(ReviewWindowTest, OnlyTheDetailedReportNamesTheApplicantsAndItsRequestIsAudited) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    const QString name =
        letters::testing::asPrinted(QString::fromStdString(counter.profile().holder.name));
    QSignalSpy exported(review, &ReviewWindow::exportFinished);
    const QString normal = out.filePath(QStringLiteral("normal.pdf"));
    review->exportDay(ExportFormat::Pdf, normal);
    ASSERT_TRUE(exported.wait(kWaitMs));
    ASSERT_TRUE(exported.takeFirst().at(0).toBool()) << review->messageText().toStdString();
    const QString detailed = out.filePath(QStringLiteral("detailed.pdf"));
    review->exportDay(ExportFormat::Pdf, detailed, true);
    ASSERT_TRUE(exported.wait(kWaitMs));
    ASSERT_TRUE(exported.takeFirst().at(0).toBool()) << review->messageText().toStdString();

    const QString normalText = letters::testing::pdfText(normal);
    EXPECT_TRUE(normalText.contains(openCase.reference));
    EXPECT_FALSE(normalText.contains(name));
    EXPECT_TRUE(letters::testing::pdfText(detailed).contains(name));

    const auto audited = workflow::testing::eventsOfType(counter.store(), testDay(),
                                                         workflow::event::kReportExported);
    ASSERT_EQ(audited.size(), 2u);
    EXPECT_FALSE(audited[0].payload.value(QStringLiteral("detailed")).toBool());
    EXPECT_TRUE(audited[1].payload.value(QStringLiteral("detailed")).toBool());
    EXPECT_EQ(audited[1].staff->id, supervisor.staff);
}

TEST_F(ReviewWindowTest, ADetailedCsvIsRefusedAndNothingIsRecorded) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    QSignalSpy exported(review, &ReviewWindow::exportFinished);
    const QString csv = out.filePath(QStringLiteral("names.csv"));
    review->exportDay(ExportFormat::Csv, csv, true);
    ASSERT_TRUE(exported.wait(kWaitMs));
    EXPECT_FALSE(exported.takeFirst().at(0).toBool());
    EXPECT_FALSE(review->messageText().isEmpty());
    EXPECT_FALSE(QFile::exists(csv));
    EXPECT_TRUE(workflow::testing::eventsOfType(counter.store(), testDay(),
                                                workflow::event::kReportExported)
                    .empty());
}

TEST_F(ReviewWindowTest, TheDetailedReportIsWrittenOnlyAfterTheSupervisorConfirms) {
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    auto* button = review->findChild<QPushButton*>(QStringLiteral("exportDetailedPdfButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, review, [&] {
        auto* question = review->findChild<QMessageBox*>(QStringLiteral("detailedExportQuestion"));
        ASSERT_NE(question, nullptr);
        asked = true;
        question->button(QMessageBox::Cancel)->click();
    });
    button->click();
    EXPECT_TRUE(asked);
    QTest::qWait(50);
    EXPECT_TRUE(workflow::testing::eventsOfType(counter.store(), testDay(),
                                                workflow::event::kReportExported)
                    .empty());
}

TEST_F(ReviewWindowTest, TheCaseModelPassesTheModelTester) {
    ReviewCaseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto cases = counter.store().casesOfDay({testDay(), std::nullopt, std::nullopt});
    ASSERT_TRUE(cases.ok());
    model.setDay(*cases, {});
    EXPECT_EQ(model.rowCount(), 3);
    model.setDay({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ReviewWindowTest, Screenshot) {
    const QByteArray target = qgetenv("JPKI_REVIEW_SCREENSHOT");
    if (target.isEmpty()) {
        GTEST_SKIP() << "set JPKI_REVIEW_SCREENSHOT to a PNG path to save the window";
    }
    ReviewWindow* review = open(supervisor);
    ASSERT_NE(review, nullptr);
    review->resize(1280, 760);
    QTest::qWait(200);
    EXPECT_TRUE(review->grab().save(QString::fromLocal8Bit(target)));
}

} // namespace
} // namespace jpki::gui
