// The case flow's parts that need neither pcscd nor a store: the case list model (checked with
// QAbstractItemModelTester), the page each step of a case stands at, the procedure the card
// suggests, and the applicant's PIN dialog with its live policy reasons.

#include "card_snapshots.h"
#include "gui/case_list_model.h"
#include "gui/case_presentation.h"
#include "gui/pin_dialog.h"
#include "messages/pin_text.h"
#include "qstring_printer.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace jpki::gui {
namespace {

using namespace std::chrono;
using workflow::Step;

const domain::Date kToday{year(2026), November, day(25)};

storage::CaseSummary summary(std::int64_t id, const char* reference, const char* state, bool open) {
    storage::CaseSummary line;
    line.id = storage::CaseId{id};
    line.reference = QString::fromLatin1(reference);
    line.procedure = domain::Procedure::PinReset;
    line.path = domain::RequestPath::VoluntaryProxy;
    line.state = QString::fromLatin1(state);
    line.openedBy.displayName = QStringLiteral("窓口 花子");
    // 00:05 UTC is 9:05 in Japan.
    line.openedAt = storage::fromQDateTime(QDateTime(QDate(2026, 11, 25), QTime(0, 5), Qt::UTC));
    line.openedOn = kToday;
    if (!open) {
        line.closedAt = line.openedAt;
    }
    return line;
}

TEST(CaseListModel, ShowsOneRowPerCaseWithItsStageInJapanese) {
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCases({summary(7, "R2026-000007", "awaiting-reply", true),
                    summary(8, "R2026-000008", "completed", false)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), CaseListModel::ColumnCount);
    EXPECT_EQ(model.index(0, CaseListModel::Reference).data().toString(),
              QStringLiteral("R2026-000007"));
    EXPECT_EQ(model.index(0, CaseListModel::Time).data().toString(), QStringLiteral("9:05"));
    EXPECT_EQ(model.index(0, CaseListModel::Step).data().toString(), QStringLiteral("回答待ち"));
    EXPECT_EQ(model.index(0, CaseListModel::Path).data().toString(), QStringLiteral("任意代理人"));
    EXPECT_EQ(model.index(1, CaseListModel::Clerk).data().toString(), QStringLiteral("窓口 花子"));
    EXPECT_EQ(model.index(1, 0).data(CaseListModel::CaseIdRole).toLongLong(), 8);
    EXPECT_TRUE(model.index(0, 0).data(CaseListModel::OpenRole).toBool());
    EXPECT_FALSE(model.index(1, 0).data(CaseListModel::OpenRole).toBool());
    EXPECT_EQ(model.headerData(CaseListModel::Reference, Qt::Horizontal).toString(),
              QStringLiteral("受付番号"));
    model.setCases({});
    EXPECT_EQ(model.rowCount(), 0);
}

workflow::CaseFile caseAt(Step step) {
    workflow::CaseFile file;
    file.step = step;
    file.applicant = workflow::ApplicantFacts{};
    return file;
}

TEST(CaseFlowPages, FollowTheStoredStepOfTheCase) {
    EXPECT_EQ(pageForCase(caseAt(Step::Documents)), CasePage::Documents);
    EXPECT_EQ(pageForCase(caseAt(Step::LetterIssued)), CasePage::Letter);
    EXPECT_EQ(pageForCase(caseAt(Step::CardCheck)), CasePage::CardCheck);
    EXPECT_EQ(pageForCase(caseAt(Step::PinEntry)), CasePage::Operation);
    // A renewal cut short resumes on the PIN page: the PINs are asked again.
    EXPECT_EQ(pageForCase(caseAt(Step::CardOperation)), CasePage::Operation);
    for (Step final : {Step::Completed, Step::Refused, Step::Cancelled, Step::ApplicantLeft}) {
        EXPECT_EQ(pageForCase(caseAt(final)), CasePage::Result);
    }
    workflow::CaseFile opened = caseAt(Step::Reception);
    opened.applicant.reset();
    EXPECT_EQ(pageForCase(opened), CasePage::Applicant);
    workflow::CaseFile proxyMissing = caseAt(Step::Reception);
    proxyMissing.path = domain::RequestPath::LegalProxy;
    EXPECT_EQ(pageForCase(proxyMissing), CasePage::Proxy);
}

TEST(CaseFlowPages, WaitingForTheReplyEndsTheFirstVisitAndOpensTheSecondOnTheDocuments) {
    EXPECT_EQ(pageForCase(caseAt(Step::AwaitingReply)), CasePage::Result);
    EXPECT_EQ(resumePageForCase(caseAt(Step::AwaitingReply)), CasePage::Documents);
    EXPECT_EQ(resumePageForCase(caseAt(Step::CardCheck)), CasePage::CardCheck);
}

TEST(ProcedureSuggestion, ABlockedPinSuggestsTheLockRelease) {
    card::CardStatusData data = testing::healthyCard(kToday);
    data.pins[static_cast<std::size_t>(domain::PinKind::UserAuthentication)] =
        card::PinStatus::present(0, 3);
    const auto suggestion = suggestProcedure(testing::cardRead(data), kToday);
    ASSERT_TRUE(suggestion);
    EXPECT_EQ(suggestion->procedure, domain::Procedure::LockRelease);
    EXPECT_TRUE(suggestion->reason.contains(QStringLiteral("ロック")))
        << suggestion->reason.toStdString();
    EXPECT_EQ(suggestedPinsToReset(card::CardStatus(data), domain::Procedure::LockRelease),
              std::vector<domain::PinKind>{domain::PinKind::UserAuthentication});
    EXPECT_TRUE(suggestedPinsToReset(card::CardStatus(data), domain::Procedure::PinReset).empty());
}

TEST(ProcedureSuggestion, ACertificateInItsRenewalWindowSuggestsTheRenewal) {
    // R-REN-WINDOW: two months before the end is inside the three-month window.
    const auto inWindow =
        suggestProcedure(testing::cardRead(testing::healthyCard(kToday, "2027-01-25")), kToday);
    ASSERT_TRUE(inWindow);
    EXPECT_EQ(inWindow->procedure, domain::Procedure::Renewal);
    // A year left: nothing to suggest.
    EXPECT_FALSE(
        suggestProcedure(testing::cardRead(testing::healthyCard(kToday, "2027-11-25")), kToday));
    // No card read: nothing.
    EXPECT_FALSE(suggestProcedure(CardServiceState{}, kToday));
}

class PinDialogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { QStandardPaths::setTestModeEnabled(true); }

    static QLineEdit* field(PinDialog& dialog, const char* name) {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    static QPushButton* ok(PinDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }
    static QString problems(PinDialog& dialog) {
        return dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"))->text();
    }
};

TEST_F(PinDialogTest, ShowsThePolicysReasonsAsTheApplicantTypesANewPin) {
    PinDialog dialog(
        {domain::PinKind::UserAuthentication, PinEntryMode::New, std::nullopt, std::nullopt});
    EXPECT_EQ(field(dialog, "firstEdit")->echoMode(), QLineEdit::Password);
    EXPECT_EQ(field(dialog, "confirmEdit")->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(ok(dialog)->isEnabled());
    field(dialog, "firstEdit")->setText(QStringLiteral("12a"));
    EXPECT_FALSE(problems(dialog).isEmpty());
    if (const QByteArray folder = qgetenv("JPKI_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog.grab().save(QString::fromLocal8Bit(folder) +
                           QStringLiteral("/pin-dialog-problems.png"));
    }
    EXPECT_FALSE(ok(dialog)->isEnabled());
    field(dialog, "firstEdit")->setText(QStringLiteral("5928"));
    field(dialog, "confirmEdit")->setText(QStringLiteral("5929"));
    EXPECT_TRUE(problems(dialog).contains(QStringLiteral("一致しません")))
        << problems(dialog).toStdString();
    EXPECT_FALSE(ok(dialog)->isEnabled());
    field(dialog, "confirmEdit")->setText(QStringLiteral("5928"));
    EXPECT_TRUE(ok(dialog)->isEnabled());
    EXPECT_TRUE(problems(dialog).isEmpty()) << problems(dialog).toStdString();
}

TEST_F(PinDialogTest, WarnsAboutASequenceWithoutRefusingIt) {
    PinDialog dialog(
        {domain::PinKind::UserAuthentication, PinEntryMode::New, std::nullopt, std::nullopt});
    field(dialog, "firstEdit")->setText(QStringLiteral("1234"));
    field(dialog, "confirmEdit")->setText(QStringLiteral("1234"));
    EXPECT_FALSE(problems(dialog).isEmpty());
    EXPECT_TRUE(ok(dialog)->isEnabled());
}

TEST_F(PinDialogTest, HandsThePinOverAsASecretAndClearsTheFields) {
    PinDialog dialog({domain::PinKind::Signature, PinEntryMode::New, std::nullopt, std::nullopt});
    field(dialog, "firstEdit")->setText(QStringLiteral("ABC123"));
    field(dialog, "confirmEdit")->setText(QStringLiteral("ABC123"));
    dialog.accept();
    EXPECT_TRUE(field(dialog, "firstEdit")->text().isEmpty());
    EXPECT_TRUE(field(dialog, "confirmEdit")->text().isEmpty());
    domain::SecretBuffer pin = dialog.takePin();
    domain::SecretBuffer again = dialog.takeConfirmation();
    EXPECT_TRUE(pin.equals("ABC123"));
    EXPECT_TRUE(again.equals("ABC123"));
    EXPECT_TRUE(dialog.takePin().empty()); // handed over once
}

TEST_F(PinDialogTest, AsksForTheCurrentPinOnceAndShowsTheTriesLeft) {
    PinDialog dialog({domain::PinKind::UserAuthentication, PinEntryMode::Current, 2, std::nullopt});
    EXPECT_TRUE(field(dialog, "confirmEdit")->isHidden());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("triesLabel"))
                    ->text()
                    .contains(QStringLiteral("2")));
    field(dialog, "firstEdit")->setText(QStringLiteral("1234"));
    EXPECT_TRUE(ok(dialog)->isEnabled());
    dialog.reject();
    EXPECT_TRUE(dialog.takePin().empty());
}

// R-PIN-FORMAT: a current PIN the card cannot hold never leaves the dialog (it would spend a try),
// and the dialog says why in pin-check's words.
TEST_F(PinDialogTest, KeepsACurrentPinOutsideItsFormatFromTheCard) {
    const QString badEntries[] = {QStringLiteral("12") + QChar(u'\0') + QStringLiteral("34"),
                                  QStringLiteral("１２３４"), QStringLiteral(" 1234"),
                                  QStringLiteral("123"), QStringLiteral("12345")};
    for (const QString& typed : badEntries) {
        PinDialog dialog({domain::PinKind::CardInfo, PinEntryMode::Current, 3, std::nullopt});
        field(dialog, "firstEdit")->setText(typed);
        const domain::PinFormatCheck check =
            domain::checkPinFormat(domain::PinKind::CardInfo, typed.toStdString());
        ASSERT_FALSE(check.valid);
        EXPECT_FALSE(ok(dialog)->isEnabled()) << typed.toStdString();
        EXPECT_TRUE(problems(dialog).contains(messages::pinProblemText(check.problems.front())))
            << typed.toStdString() << ": " << problems(dialog).toStdString();
        dialog.accept();
        EXPECT_TRUE(dialog.takePin().empty()) << typed.toStdString();
    }
}

} // namespace
} // namespace jpki::gui
