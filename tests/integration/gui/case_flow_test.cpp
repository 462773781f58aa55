// The clerk's case flow in the window, through pcscd and the virtual card issued by the
// counter's own authority: each test drives the real widgets (wizard pages, the applicant's PIN
// dialog, the main window's lists) with the real engine, store and card, and checks what the
// case and the card show after.

#include "counter_driver.h"
#include "gui/case_list_model.h"
#include "simulator/profiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

namespace jpki::test {
namespace {

using namespace std::chrono_literals;
using domain::IdDocumentType;
using gui::CasePage;
using workflow::Step;

class CaseFlowInWindow : public CounterTest {
protected:
    // From Ctrl+N to the card check page for a case of `procedure` for the holder in person.
    void receiveInPerson(const char* procedureRadio, const std::string& profileName) {
        window().startNewCase();
        ASSERT_TRUE(waitForPage(CasePage::Procedure));
        setChecked(procedureRadio);
        screenshot(QStringLiteral("wizard-1-procedure"));
        next();
        ASSERT_TRUE(waitForPage(CasePage::Applicant)) << text("messageLabel").toStdString();
        fillHolder(profileName);
        next();
        ASSERT_TRUE(waitForPage(CasePage::Documents)) << text("messageLabel").toStdString();
        setChecked("applicantCardCheck");
        setChecked("expiryNoticeCheck");
        setChecked("pinsKnownCheck");
        setChecked("formSignedCheck");
        screenshot(QStringLiteral("wizard-3-documents"));
        next();
        ASSERT_TRUE(waitForPage(CasePage::CardCheck)) << text("messageLabel").toStdString();
    }

    void fillHolder(const std::string& profileName) {
        const sim::Profile profile = *sim::makeProfile(profileName, stack().today());
        typeInto("nameEdit", QString::fromStdString(profile.holder.name));
        typeInto("kanaEdit", QString::fromStdString(profile.holder.nameKana));
        typeInto("addressEdit", QString::fromStdString(profile.holder.address));
        auto* birth = wizard().findChild<QDateEdit*>(QStringLiteral("birthDateEdit"));
        auto* expires = wizard().findChild<QDateEdit*>(QStringLiteral("cardExpiresEdit"));
        ASSERT_TRUE(birth && expires);
        birth->setDate(qDate(profile.holder.birthDate));
        expires->setDate(qDate(profile.cardExpires));
    }

    static QDate qDate(const domain::Date& date) {
        return QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day())));
    }

    // Finishes the wizard and waits for the lists to show the case.
    void finish() {
        ASSERT_TRUE(waitForPage(CasePage::Result));
        next();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window().caseWizard() == nullptr; }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window().todayModel().rowCount() > 0; }, 5000));
    }
};

TEST_F(CaseFlowInWindow, ResetsAForgottenPinForTheHolderInPerson) {
    ASSERT_NO_FATAL_FAILURE(openCounter("healthy"));
    ASSERT_NO_FATAL_FAILURE(receiveInPerson("pinResetRadio", "healthy"));
    setChecked("authenticationPinCheck");
    screenshot(QStringLiteral("wizard-4-card-check"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation)) << text("messageLabel").toStdString();
    click("pinButton");
    screenshot(QStringLiteral("wizard-5-operation"));
    ASSERT_TRUE(answerPinDialog(QStringLiteral("5678")));
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    screenshot(QStringLiteral("wizard-6-result"));
    EXPECT_EQ(caseFile().step, Step::Completed);
    ASSERT_EQ(caseFile().resets.size(), 1u);
    EXPECT_TRUE(caseFile().resets.front().confirmed);
    EXPECT_EQ(text("headlineLabel"), QStringLiteral("完了しました"));
    ASSERT_NO_FATAL_FAILURE(finish());
    EXPECT_EQ(window().todayModel().index(0, gui::CaseListModel::Step).data().toString(),
              QStringLiteral("完了"));
}

TEST_F(CaseFlowInWindow, FillsTheHoldersDetailsFromTheCardInfoApplet) {
    ASSERT_NO_FATAL_FAILURE(openCounter("healthy"));
    window().startNewCase();
    ASSERT_TRUE(waitForPage(CasePage::Procedure));
    setChecked("pinResetRadio");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Applicant));
    click("readCardButton");
    ASSERT_TRUE(answerPinDialog(QString::fromLatin1(sim::default_pins::cardInfo.data())));
    const sim::Profile profile = *sim::makeProfile("healthy", stack().today());
    const QString name = QString::fromStdString(profile.holder.name);
    auto* nameEdit = wizard().findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return nameEdit->text() == name; }, 10000))
        << nameEdit->text().toStdString() << " / " << text("messageLabel").toStdString();
    screenshot(QStringLiteral("wizard-2-applicant"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Documents)) << text("messageLabel").toStdString();
    ASSERT_TRUE(caseFile().applicant);
    EXPECT_EQ(caseFile().applicant->name, name);
    EXPECT_EQ(caseFile().applicant->birthDate, profile.holder.birthDate);
    EXPECT_EQ(caseFile().applicant->source, workflow::ApplicantSource::CardInfoApplet);
}

TEST_F(CaseFlowInWindow, RenewsTheCertificatesWithTheApplicantsPins) {
    ASSERT_NO_FATAL_FAILURE(openCounter("expiring"));
    window().startNewCase();
    ASSERT_TRUE(waitForPage(CasePage::Procedure));
    // R-REN-WINDOW: the certificate in its renewal window suggests the renewal.
    EXPECT_TRUE(wizard().findChild<QRadioButton*>(QStringLiteral("renewalRadio"))->isChecked());
    wizard().reject(); // nothing recorded yet: the wizard simply closes
    ASSERT_TRUE(QTest::qWaitFor([&] { return window().caseWizard() == nullptr; }, 5000));

    ASSERT_NO_FATAL_FAILURE(receiveInPerson("renewalRadio", "expiring"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation)) << text("messageLabel").toStdString();
    next(); // Next asks for the PINs as the button does
    for (int asked = 0; asked < 2; ++asked) {
        auto* operation =
            dynamic_cast<gui::OperationPage*>(wizard().page(static_cast<int>(CasePage::Operation)));
        if (!QTest::qWaitFor([&] { return operation->pinDialog() != nullptr; }, 3000)) {
            break;
        }
        const bool signature = operation->pinDialog()->request().pin == domain::PinKind::Signature;
        ASSERT_TRUE(answerPinDialog(
            QString::fromLatin1(signature ? sim::default_pins::signature.data()
                                          : sim::default_pins::authentication.data())));
    }
    ASSERT_TRUE(waitForPage(CasePage::Result, 60s)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::Completed);
    ASSERT_FALSE(caseFile().renewals.empty());
    for (const workflow::CertificateRenewal& renewal : caseFile().renewals) {
        EXPECT_EQ(renewal.stage, workflow::RenewalStage::Done);
        EXPECT_FALSE(renewal.newSerial.isEmpty());
    }
    ASSERT_NO_FATAL_FAILURE(finish());
}

TEST_F(CaseFlowInWindow, ReleasesTheLockTheCardSuggests) {
    ASSERT_NO_FATAL_FAILURE(openCounter("auth-blocked"));
    window().startNewCase();
    ASSERT_TRUE(waitForPage(CasePage::Procedure));
    // R-PIN-RESET: a blocked PIN suggests the lock release.
    EXPECT_TRUE(wizard().findChild<QRadioButton*>(QStringLiteral("lockReleaseRadio"))->isChecked());
    next();
    ASSERT_TRUE(waitForPage(CasePage::Applicant));
    ASSERT_NO_FATAL_FAILURE(fillHolder("auth-blocked"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Documents));
    setChecked("applicantCardCheck");
    setChecked("formSignedCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::CardCheck));
    // The blocked PIN is preselected.
    EXPECT_TRUE(
        wizard().findChild<QCheckBox*>(QStringLiteral("authenticationPinCheck"))->isChecked());
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation)) << text("messageLabel").toStdString();
    click("pinButton");
    ASSERT_TRUE(answerPinDialog(QStringLiteral("2580")));
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::Completed);
    EXPECT_EQ(caseFile().effectiveProcedure(), domain::Procedure::LockRelease);
    // The card panel reads the card again: the PIN has its three tries back.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return probe().cell("pinTable", kAuthenticationRow, kTriesColumn) ==
                   QStringLiteral("残り 3 回(上限 3 回)");
        },
        10000))
        << probe().cell("pinTable", kAuthenticationRow, kTriesColumn).toStdString();
}

TEST_F(CaseFlowInWindow, ResetsAPinForAVoluntaryProxyAcrossTwoVisits) {
    ASSERT_NO_FATAL_FAILURE(openCounter("healthy"));
    window().startNewCase();
    ASSERT_TRUE(waitForPage(CasePage::Procedure));
    setChecked("pinResetRadio");
    setChecked("voluntaryRadio");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Applicant));
    ASSERT_NO_FATAL_FAILURE(fillHolder("healthy"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Proxy));
    typeInto("proxyNameEdit", QStringLiteral("代理 一郎"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Documents)) << text("messageLabel").toStdString();
    tickId("proxyIdList", IdDocumentType::DrivingLicence);
    setChecked("formSignedCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Letter)) << text("messageLabel").toStdString();
    next(); // issue the letter
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard().busy() && caseFile().letter; }, 10000));
    const QString letter = caseFile().letter->reference;
    screenshot(QStringLiteral("wizard-letter"));
    next(); // record it mailed
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::AwaitingReply);
    next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window().caseWizard() == nullptr; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window().awaitingModel().rowCount() == 1; }, 5000));
    window().findChild<QTabWidget*>(QStringLiteral("caseTabs"))->setCurrentIndex(1);
    screenshot(QStringLiteral("main-window-awaiting-reply"));

    // The second visit: found by the letter's reference as typed, lower case.
    window().findAndResume(letter.toLower());
    ASSERT_TRUE(waitForPage(CasePage::Documents));
    choose("sealCombo", static_cast<int>(domain::SealState::Sealed));
    setChecked("applicantCardCheck");
    tickId("applicantIdList", IdDocumentType::Passport);
    tickId("proxyIdList", IdDocumentType::DrivingLicence);
    tickId("proxyIdList", IdDocumentType::PensionBook);
    next();
    ASSERT_TRUE(waitForPage(CasePage::CardCheck)) << text("messageLabel").toStdString();
    ASSERT_TRUE(caseFile().letter);
    EXPECT_EQ(caseFile().letter->replySeal, domain::SealState::Sealed);
    EXPECT_EQ(caseFile().visit, 2);
    setChecked("signaturePinCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation)) << text("messageLabel").toStdString();
    click("pinButton");
    ASSERT_TRUE(answerPinDialog(QStringLiteral("NEWPW42")));
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::Completed);
    ASSERT_NO_FATAL_FAILURE(finish());
    window().findChild<QTabWidget*>(QStringLiteral("caseTabs"))->setCurrentIndex(0);
    screenshot(QStringLiteral("main-window-today"));
}

TEST_F(CaseFlowInWindow, ResetsAPinForAGuardianWithTheProofOfTheGuardianship) {
    ASSERT_NO_FATAL_FAILURE(openCounter("adult-ward"));
    window().startNewCase();
    ASSERT_TRUE(waitForPage(CasePage::Procedure));
    setChecked("pinResetRadio");
    setChecked("legalRadio");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Applicant));
    ASSERT_NO_FATAL_FAILURE(fillHolder("adult-ward"));
    setChecked("adultWardCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Proxy)) << text("messageLabel").toStdString();
    typeInto("proxyNameEdit", QStringLiteral("後見 次郎"));
    // The ward recorded on the applicant page preselects the guardianship as the ground.
    auto* basis = wizard().findChild<QComboBox*>(QStringLiteral("basisCombo"));
    EXPECT_EQ(basis->currentData().toInt(),
              static_cast<int>(domain::LegalAuthorityBasis::AdultWard));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Documents)) << text("messageLabel").toStdString();
    setChecked("applicantCardCheck");
    setChecked("formSignedCheck");
    tickId("applicantIdList", IdDocumentType::Passport);
    tickId("proxyIdList", IdDocumentType::DrivingLicence);
    // One identity document of two: the page stays and says what is missing.
    next();
    ASSERT_TRUE(waitForPage(CasePage::Documents));
    EXPECT_FALSE(text("missingLabel").isEmpty());
    EXPECT_EQ(caseFile().step, Step::Documents);
    tickId("proxyIdList", IdDocumentType::PensionBook);
    setChecked("guardianshipCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::CardCheck)) << text("messageLabel").toStdString();
    setChecked("authenticationPinCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation)) << text("messageLabel").toStdString();
    click("pinButton");
    ASSERT_TRUE(answerPinDialog(QStringLiteral("4826")));
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::Completed);
}

TEST_F(CaseFlowInWindow, ShowsTheRefusalOfARenewalTooEarlyAndClosesTheCase) {
    ASSERT_NO_FATAL_FAILURE(openCounter("healthy"));
    ASSERT_NO_FATAL_FAILURE(receiveInPerson("renewalRadio", "healthy"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    screenshot(QStringLiteral("wizard-refusal"));
    EXPECT_EQ(caseFile().step, Step::Refused);
    ASSERT_TRUE(caseFile().refusal);
    EXPECT_EQ(caseFile().refusal->reason, workflow::RefusalReason::TooEarly);
    EXPECT_EQ(text("headlineLabel"), QStringLiteral("お受けできません"));
    EXPECT_FALSE(text("detailsLabel").isEmpty());
}

TEST_F(CaseFlowInWindow, KeepsTheCaseOpenWhenTheCardIsPulledAndFinishesOnceItIsBack) {
    ASSERT_NO_FATAL_FAILURE(openCounter("healthy"));
    ASSERT_NO_FATAL_FAILURE(receiveInPerson("pinResetRadio", "healthy"));
    setChecked("authenticationPinCheck");
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation));
    ASSERT_TRUE(stack().stopCard());
    ASSERT_TRUE(probe().waitForPhase(gui::CardPhase::NoCard, 5s));
    click("pinButton");
    ASSERT_TRUE(answerPinDialog(QStringLiteral("5678")));
    ASSERT_TRUE(waitForPage(CasePage::Operation));
    EXPECT_FALSE(text("messageLabel").isEmpty());
    EXPECT_EQ(caseFile().step, Step::PinEntry);

    stack().startCard({"healthy"});
    ASSERT_TRUE(probe().waitForPhase(gui::CardPhase::CardRead, 15s));
    click("pinButton");
    ASSERT_TRUE(answerPinDialog(QStringLiteral("5678")));
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::Completed);
}

TEST_F(CaseFlowInWindow, RefusesTheRenewalOnceTheWrongPinBlocksIt) {
    ASSERT_NO_FATAL_FAILURE(openCounter("expiring"));
    ASSERT_NO_FATAL_FAILURE(receiveInPerson("renewalRadio", "expiring"));
    next();
    ASSERT_TRUE(waitForPage(CasePage::Operation)) << text("messageLabel").toStdString();
    auto* operation =
        dynamic_cast<gui::OperationPage*>(wizard().page(static_cast<int>(CasePage::Operation)));
    for (int attempt = 0; attempt < 3 && page() == CasePage::Operation; ++attempt) {
        click("pinButton");
        while (QTest::qWaitFor([&] { return operation->pinDialog() != nullptr; }, 2000)) {
            const bool signature =
                operation->pinDialog()->request().pin == domain::PinKind::Signature;
            ASSERT_TRUE(
                answerPinDialog(signature ? QStringLiteral("ABC123") : QStringLiteral("9999")));
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard().busy(); }, 20000));
        QTest::qWait(100);
        if (attempt < 2) {
            EXPECT_EQ(page(), CasePage::Operation);
            EXPECT_FALSE(text("messageLabel").isEmpty());
        }
    }
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::Refused);
    ASSERT_TRUE(caseFile().refusal);
    EXPECT_EQ(caseFile().refusal->reason, workflow::RefusalReason::PinBlocked);
}

TEST_F(CaseFlowInWindow, RecordsThatTheApplicantLeftWithTheReason) {
    ASSERT_NO_FATAL_FAILURE(openCounter("healthy"));
    ASSERT_NO_FATAL_FAILURE(receiveInPerson("pinResetRadio", "healthy"));
    answerReasonSoon(QStringLiteral("急用のため"));
    click("applicantLeftButton");
    ASSERT_TRUE(waitForPage(CasePage::Result)) << text("messageLabel").toStdString();
    EXPECT_EQ(caseFile().step, Step::ApplicantLeft);
    EXPECT_EQ(caseFile().closingReason, QStringLiteral("急用のため"));
}

} // namespace
} // namespace jpki::test
