// The sign-in, first-supervisor setup, idle lock and sign-out over a window, with a real case
// worker on a SQLite file in a temporary folder: every check goes through workflow::StaffAccess
// on the worker's thread, and the tests wait for its answers instead of sleeping.

#include "gui/case_worker.h"
#include "gui/first_supervisor_dialog.h"
#include "gui/lock_cover.h"
#include "gui/session_controller.h"
#include "gui/sign_in_dialog.h"
#include "gui_test_support.h"
#include "messages/access_text.h"
#include "qstring_printer.h"
#include "workflow/access_events.h"
#include "workflow/staff_access.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace jpki::gui {
namespace {

using namespace std::chrono_literals;

constexpr int kWaitMs = 10000;
const char* const kSupervisorPassword = "kanri-no-pass-2026";
const char* const kClerkPassword = "madoguchi-pass-2026";
const char* const kOtherClerkPassword = "tonari-no-pass-2026";

workflow::AccessSettings cheapAccess() {
    workflow::AccessSettings settings;
    settings.passwordCost = storage::ScryptParameters{10, 8, 1};
    return settings;
}

QLineEdit& field(QWidget& dialog, const char* name) {
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    EXPECT_NE(edit, nullptr) << name;
    return *edit;
}

QString labelText(QWidget& dialog, const char* name) {
    auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    return label != nullptr && label->isVisibleTo(&dialog) ? label->text() : QString();
}

QPushButton& okButton(QWidget& dialog) {
    return *dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

class SessionControllerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        CaseWorkerSettings settings;
        settings.databasePath = m_folder.filePath(QStringLiteral("cases.sqlite3"));
        settings.authorityDirectory =
            std::filesystem::path(m_folder.filePath(QStringLiteral("authority")).toStdString());
        m_worker = std::make_unique<CaseWorker>(m_clock, settings);
        QSignalSpy opened(m_worker.get(), &CaseWorker::opened);
        m_worker->start();
        ASSERT_TRUE(opened.wait(30000));
        ASSERT_EQ(opened.at(0).at(0).toString(), QString());
        m_typedInWindow = new QLineEdit(&m_window);
        m_window.setCentralWidget(m_typedInWindow);
        m_window.resize(900, 600);
        m_window.show();
    }

    std::unique_ptr<SessionController> controller(std::chrono::milliseconds idle = 10min) {
        return std::make_unique<SessionController>(*m_worker, m_window,
                                                   SessionSettings{idle, cheapAccess()});
    }

    // Runs `job` on the worker and waits for its answer.
    template <typename Result>
    std::optional<Result> onWorker(std::function<Result(JobContext&)> job) {
        QObject receiver;
        std::optional<Result> answer;
        m_worker->run<Result>(std::move(job), &receiver,
                              [&answer](Result result) { answer.emplace(std::move(result)); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs));
        return answer;
    }

    // A supervisor (kanri) and two clerks (clerk, tonari), straight through StaffAccess.
    void createAccounts() {
        auto created = onWorker<bool>([](JobContext& context) {
            workflow::StaffAccess access(*context.store(), context.clock(), cheapAccess());
            auto supervisor =
                access.createFirstSupervisor(QStringLiteral("kanri"), QStringLiteral("監督 一郎"),
                                             domain::SecretBuffer(kSupervisorPassword));
            if (!supervisor) {
                return false;
            }
            auto clerk = access.createStaff(*supervisor, QStringLiteral("clerk"),
                                            QStringLiteral("窓口 花子"), storage::StaffRole::Clerk,
                                            domain::SecretBuffer(kClerkPassword));
            auto other = access.createStaff(*supervisor, QStringLiteral("tonari"),
                                            QStringLiteral("隣 次郎"), storage::StaffRole::Clerk,
                                            domain::SecretBuffer(kOtherClerkPassword));
            return clerk.ok() && other.ok() && access.signOut(*supervisor).ok();
        });
        ASSERT_TRUE(created && *created);
    }

    std::optional<storage::StaffAccount> account(const QString& login) {
        auto found = onWorker<std::optional<storage::StaffAccount>>(
            [login](JobContext& context) -> std::optional<storage::StaffAccount> {
                auto stored = context.store()->findStaffByLogin(login);
                return stored ? std::optional(*stored) : std::nullopt;
            });
        return found ? *found : std::nullopt;
    }

    // The types of today's audit events (outside cases), in the order stored.
    QStringList auditEventsToday() {
        auto types = onWorker<QStringList>([](JobContext& context) {
            QStringList seen;
            auto events = context.store()->eventsOfDay(context.clock().todayInJapan());
            if (!events) {
                return seen;
            }
            for (const storage::CaseEvent& event : *events) {
                if (!event.caseId) {
                    seen << event.type;
                }
            }
            return seen;
        });
        return types.value_or(QStringList());
    }

    // Waits for the sign-in dialog in `mode`, not busy.
    SignInDialog* waitForSignIn(SessionController& sessions, SignInMode mode) {
        const bool shown = QTest::qWaitFor(
            [&] {
                return sessions.signInDialog() != nullptr &&
                       sessions.signInDialog()->mode() == mode &&
                       !sessions.signInDialog()->busy() && sessions.signInDialog()->isVisible();
            },
            kWaitMs);
        return shown ? sessions.signInDialog() : nullptr;
    }

    // Types the ID and password and presses Enter, as at the counter.
    void typeAndEnter(SignInDialog& dialog, const QString& login, const char* password) {
        field(dialog, "loginEdit").setText(login);
        QTest::keyClicks(&field(dialog, "passwordEdit"), QString::fromUtf8(password));
        QTest::keyClick(&field(dialog, "passwordEdit"), Qt::Key_Return);
    }

    // Types a wrong password and waits for the refusal; returns its text.
    QString refusedSignIn(SessionController& sessions, const QString& login, const char* password,
                          SignInMode mode = SignInMode::SignIn) {
        SignInDialog* dialog = waitForSignIn(sessions, mode);
        if (dialog == nullptr) {
            return QStringLiteral("no dialog");
        }
        typeAndEnter(*dialog, login, password);
        EXPECT_TRUE(dialog->busy());
        if (!QTest::qWaitFor([&] { return !dialog->busy(); }, kWaitMs)) {
            return QStringLiteral("no answer");
        }
        return labelText(*dialog, "errorLabel");
    }

    std::optional<workflow::Session> signIn(SessionController& sessions, const QString& login,
                                            const char* password) {
        QSignalSpy signedIn(&sessions, &SessionController::signedIn);
        SignInDialog* dialog = waitForSignIn(sessions, SignInMode::SignIn);
        if (dialog == nullptr) {
            return std::nullopt;
        }
        typeAndEnter(*dialog, login, password);
        if (!QTest::qWaitFor([&] { return signedIn.count() == 1; }, kWaitMs)) {
            return std::nullopt;
        }
        return signedIn.at(0).at(0).value<workflow::Session>();
    }

    QTemporaryDir m_folder;
    test::FixedClock m_clock{QDate(2026, 11, 25)};
    QMainWindow m_window;
    QLineEdit* m_typedInWindow = nullptr;
    std::unique_ptr<CaseWorker> m_worker;
};

TEST_F(SessionControllerTest, FirstRunShowsThePolicyLiveAndSignsTheNewSupervisorIn) {
    auto sessions = controller();
    QSignalSpy signedIn(sessions.get(), &SessionController::signedIn);
    sessions->start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return sessions->firstSupervisorDialog() != nullptr; }, kWaitMs));
    EXPECT_EQ(sessions->signInDialog(), nullptr);
    FirstSupervisorDialog& dialog = *sessions->firstSupervisorDialog();
    field(dialog, "loginEdit").setText(QStringLiteral("kanri"));
    field(dialog, "nameEdit").setText(QStringLiteral("監督 一郎"));

    QTest::keyClicks(&field(dialog, "passwordEdit"), QStringLiteral("kanri"));
    EXPECT_TRUE(labelText(dialog, "problemsLabel")
                    .contains(messages::passwordProblemText(domain::PasswordProblem::TooShort)));
    EXPECT_TRUE(labelText(dialog, "problemsLabel")
                    .contains(messages::passwordProblemText(domain::PasswordProblem::SameAsLogin)));
    EXPECT_FALSE(okButton(dialog).isEnabled());

    field(dialog, "passwordEdit").setText(QString::fromUtf8(kSupervisorPassword));
    EXPECT_EQ(labelText(dialog, "problemsLabel"), QString());
    EXPECT_FALSE(okButton(dialog).isEnabled()); // not confirmed yet
    field(dialog, "confirmEdit").setText(QStringLiteral("kanri-no-pass-2025"));
    EXPECT_FALSE(labelText(dialog, "problemsLabel").isEmpty()); // the two entries differ
    field(dialog, "confirmEdit").setText(QString::fromUtf8(kSupervisorPassword));
    ASSERT_TRUE(okButton(dialog).isEnabled());
    QTest::mouseClick(&okButton(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog.busy());
    EXPECT_TRUE(field(dialog, "passwordEdit").text().isEmpty());

    ASSERT_TRUE(signedIn.wait(kWaitMs));
    const auto session = signedIn.at(0).at(0).value<workflow::Session>();
    EXPECT_EQ(session.login, QStringLiteral("kanri"));
    EXPECT_EQ(session.displayName, QStringLiteral("監督 一郎"));
    EXPECT_TRUE(session.isSupervisor());
    ASSERT_TRUE(sessions->session());
    EXPECT_EQ(sessions->session()->staff, session.staff);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return sessions->firstSupervisorDialog() == nullptr; }, kWaitMs));
    EXPECT_FALSE(sessions->cover()->isVisible());
    ASSERT_TRUE(account(QStringLiteral("kanri")));
}

TEST_F(SessionControllerTest, SignsInWithEnterAndUncoversTheWindow) {
    createAccounts();
    auto sessions = controller();
    sessions->start();
    ASSERT_NE(waitForSignIn(*sessions, SignInMode::SignIn), nullptr);
    EXPECT_EQ(sessions->firstSupervisorDialog(), nullptr);
    EXPECT_TRUE(sessions->cover()->isVisible());

    const auto session = signIn(*sessions, QStringLiteral("clerk"), kClerkPassword);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->displayName, QStringLiteral("窓口 花子"));
    EXPECT_FALSE(session->isSupervisor());
    EXPECT_FALSE(sessions->cover()->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return sessions->signInDialog() == nullptr; }, kWaitMs));
    EXPECT_EQ(auditEventsToday().count(QStringLiteral("sign-in")), 2); // the supervisor's, hers
}

TEST_F(SessionControllerTest, AWrongPasswordShowsTheWorkflowsMessageAndIsCounted) {
    createAccounts();
    auto sessions = controller();
    sessions->start();
    const QString wrongCredentials = messages::accessErrorText(
        workflow::AccessError::of(workflow::AccessProblem::WrongCredentials));

    EXPECT_EQ(refusedSignIn(*sessions, QStringLiteral("clerk"), "not-her-password"),
              wrongCredentials);
    EXPECT_TRUE(field(*sessions->signInDialog(), "passwordEdit").text().isEmpty());
    EXPECT_FALSE(sessions->session().has_value());
    auto clerk = account(QStringLiteral("clerk"));
    ASSERT_TRUE(clerk);
    EXPECT_EQ(clerk->failedSignIns, 1);
    EXPECT_FALSE(clerk->locked);
    // R-ACC-ENUM: an unknown staff ID reads the same.
    field(*sessions->signInDialog(), "loginEdit").clear();
    EXPECT_EQ(refusedSignIn(*sessions, QStringLiteral("nobody"), "not-her-password"),
              wrongCredentials);
}

TEST_F(SessionControllerTest, FiveWrongPasswordsLockTheAccount) {
    createAccounts();
    auto sessions = controller();
    sessions->start();
    for (int attempt = 0; attempt < 5; ++attempt) {
        field(*waitForSignIn(*sessions, SignInMode::SignIn), "loginEdit").clear();
        refusedSignIn(*sessions, QStringLiteral("clerk"), "not-her-password");
    }
    auto clerk = account(QStringLiteral("clerk"));
    ASSERT_TRUE(clerk);
    EXPECT_TRUE(clerk->locked);
    EXPECT_EQ(clerk->failedSignIns, 5);

    field(*sessions->signInDialog(), "loginEdit").clear();
    EXPECT_EQ(refusedSignIn(*sessions, QStringLiteral("clerk"), kClerkPassword),
              messages::accessErrorText(
                  workflow::AccessError::of(workflow::AccessProblem::AccountLocked)));
    EXPECT_FALSE(sessions->session().has_value());
}

TEST_F(SessionControllerTest, LocksAfterTheIdleTimeAndUnlocksWithTheRightPassword) {
    createAccounts();
    auto sessions = controller(300ms);
    QSignalSpy locked(sessions.get(), &SessionController::screenLocked);
    QSignalSpy unlocked(sessions.get(), &SessionController::screenUnlocked);
    sessions->start();
    ASSERT_TRUE(signIn(*sessions, QStringLiteral("clerk"), kClerkPassword));
    EXPECT_FALSE(sessions->screenIsLocked());

    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(sessions->screenIsLocked());
    EXPECT_TRUE(sessions->cover()->isVisible());
    SignInDialog* dialog = waitForSignIn(*sessions, SignInMode::Unlock);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(field(*dialog, "loginEdit").text(), QStringLiteral("clerk"));

    // Unlocking is a sign-in: a wrong password is refused and counted.
    EXPECT_EQ(
        refusedSignIn(*sessions, QStringLiteral("clerk"), "not-her-password", SignInMode::Unlock),
        messages::accessErrorText(
            workflow::AccessError::of(workflow::AccessProblem::WrongCredentials)));
    EXPECT_EQ(account(QStringLiteral("clerk"))->failedSignIns, 1);
    EXPECT_TRUE(sessions->screenIsLocked());

    QTest::keyClicks(&field(*dialog, "passwordEdit"), QString::fromUtf8(kClerkPassword));
    QTest::keyClick(&field(*dialog, "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(unlocked.wait(kWaitMs));
    EXPECT_FALSE(sessions->screenIsLocked());
    EXPECT_FALSE(sessions->cover()->isVisible());
    ASSERT_TRUE(sessions->session());
    EXPECT_EQ(sessions->session()->login, QStringLiteral("clerk"));
    EXPECT_EQ(account(QStringLiteral("clerk"))->failedSignIns, 0);
    // Idle again: it locks again.
    EXPECT_TRUE(locked.wait(kWaitMs));
}

TEST_F(SessionControllerTest, KeyboardActivityPostponesTheLock) {
    createAccounts();
    auto sessions = controller(1500ms);
    QSignalSpy locked(sessions.get(), &SessionController::screenLocked);
    sessions->start();
    ASSERT_TRUE(signIn(*sessions, QStringLiteral("clerk"), kClerkPassword));
    QElapsedTimer sinceSignIn;
    sinceSignIn.start();
    QTest::qWait(700);
    QTest::keyClick(m_typedInWindow, Qt::Key_A);
    const qint64 typedAt = sinceSignIn.elapsed();
    QTest::qWait(1000);
    if (sinceSignIn.elapsed() >= typedAt + 1500) {
        GTEST_SKIP() << "the machine was too slow to tell the two deadlines apart";
    }
    EXPECT_EQ(locked.count(), 0); // 1.7 s after the sign-in, 1 s after the key
    EXPECT_TRUE(locked.wait(kWaitMs));
}

TEST_F(SessionControllerTest, TheWindowUnderTheLockTakesNoInput) {
    createAccounts();
    auto sessions = controller();
    sessions->start();
    ASSERT_TRUE(signIn(*sessions, QStringLiteral("clerk"), kClerkPassword));
    QTest::keyClicks(m_typedInWindow, QStringLiteral("ab"));
    EXPECT_EQ(m_typedInWindow->text(), QStringLiteral("ab"));

    sessions->lockScreen();
    ASSERT_NE(waitForSignIn(*sessions, SignInMode::Unlock), nullptr);
    QTest::keyClicks(m_typedInWindow, QStringLiteral("cd"));
    EXPECT_EQ(m_typedInWindow->text(), QStringLiteral("ab"));

    // Esc puts the unlock dialog away; the screen stays locked and the cover brings it back.
    QTest::keyClick(sessions->signInDialog(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return sessions->signInDialog() == nullptr; }, kWaitMs));
    EXPECT_TRUE(sessions->screenIsLocked());
    QTest::keyClicks(m_typedInWindow, QStringLiteral("ef"));
    EXPECT_EQ(m_typedInWindow->text(), QStringLiteral("ab"));
    auto* unlockButton = sessions->cover()->findChild<QPushButton*>();
    ASSERT_NE(unlockButton, nullptr);
    QTest::mouseClick(unlockButton, Qt::LeftButton);
    ASSERT_NE(waitForSignIn(*sessions, SignInMode::Unlock), nullptr);
}

TEST_F(SessionControllerTest, OnlyTheSameClerkOrASupervisorUnlocks) {
    createAccounts();
    auto sessions = controller();
    QSignalSpy signedIn(sessions.get(), &SessionController::signedIn);
    QSignalSpy unlocked(sessions.get(), &SessionController::screenUnlocked);
    sessions->start();
    ASSERT_TRUE(signIn(*sessions, QStringLiteral("clerk"), kClerkPassword));
    sessions->lockScreen();
    SignInDialog* dialog = waitForSignIn(*sessions, SignInMode::Unlock);
    ASSERT_NE(dialog, nullptr);

    field(*dialog, "loginEdit").clear();
    const QString refusal =
        refusedSignIn(*sessions, QStringLiteral("tonari"), kOtherClerkPassword, SignInMode::Unlock);
    EXPECT_TRUE(refusal.contains(QStringLiteral("窓口 花子"))) << refusal.toStdString();
    EXPECT_TRUE(sessions->screenIsLocked());
    EXPECT_EQ(sessions->session()->login, QStringLiteral("clerk"));

    field(*dialog, "loginEdit").setText(QStringLiteral("kanri"));
    QTest::keyClicks(&field(*dialog, "passwordEdit"), QString::fromUtf8(kSupervisorPassword));
    QTest::keyClick(&field(*dialog, "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(unlocked.wait(kWaitMs));
    EXPECT_EQ(sessions->session()->login, QStringLiteral("kanri"));
    ASSERT_EQ(signedIn.count(), 2);
    EXPECT_TRUE(signedIn.at(1).at(0).value<workflow::Session>().isSupervisor());
    // The other clerk's sign-in was undone, and the supervisor's takeover ended hers.
    const QStringList events = auditEventsToday();
    EXPECT_EQ(events.count(QStringLiteral("sign-out")), 3) << events.join(u' ').toStdString();
}

TEST_F(SessionControllerTest, SignOutIsStoredAndTheSignInComesBack) {
    createAccounts();
    auto sessions = controller();
    QSignalSpy signedOut(sessions.get(), &SessionController::signedOut);
    sessions->start();
    const auto session = signIn(*sessions, QStringLiteral("clerk"), kClerkPassword);
    ASSERT_TRUE(session);
    const int signOutsBefore = auditEventsToday().count(QStringLiteral("sign-out"));

    sessions->signOut();
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(sessions->session().has_value());
    EXPECT_TRUE(sessions->cover()->isVisible());
    ASSERT_NE(waitForSignIn(*sessions, SignInMode::SignIn), nullptr);
    const QStringList events = auditEventsToday();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.count(QStringLiteral("sign-out")), signOutsBefore + 1);
    EXPECT_EQ(events.last(), QString::fromLatin1(workflow::event::kSignOut.data()));
}

TEST_F(SessionControllerTest, SignOutForExitIsStoredWithoutShowingTheSignIn) {
    createAccounts();
    auto sessions = controller();
    QSignalSpy finished(sessions.get(), &SessionController::signOutFinished);
    sessions->start();
    ASSERT_TRUE(signIn(*sessions, QStringLiteral("clerk"), kClerkPassword));
    const int signOutsBefore = auditEventsToday().count(QStringLiteral("sign-out"));

    sessions->signOutForExit();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(sessions->signInDialog(), nullptr);
    EXPECT_EQ(auditEventsToday().count(QStringLiteral("sign-out")), signOutsBefore + 1);
    sessions->signOutForExit(); // nobody left: says so at once
    EXPECT_EQ(finished.count(), 2);
}

TEST_F(SessionControllerTest, EscOnTheSignInAsksToLeaveTheProgram) {
    createAccounts();
    auto sessions = controller();
    QSignalSpy quit(sessions.get(), &SessionController::quitRequested);
    sessions->start();
    SignInDialog* dialog = waitForSignIn(*sessions, SignInMode::SignIn);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_EQ(quit.count(), 1);
    EXPECT_FALSE(sessions->session().has_value());
}

} // namespace
} // namespace jpki::gui
