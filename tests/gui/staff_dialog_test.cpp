// The supervisor's staff dialog over a real case worker on a SQLite file in a temporary folder:
// every action goes through workflow::StaffAccess on the worker's thread, and the tests wait for
// its answers instead of sleeping, then check the accounts through StaffAccess itself.

#include "gui/case_worker.h"
#include "gui/staff_dialog.h"
#include "gui/staff_entry_dialog.h"
#include "gui/staff_model.h"
#include "gui_test_support.h"
#include "messages/access_text.h"
#include "qstring_printer.h"
#include "workflow/staff_access.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace jpki::gui {
namespace {

constexpr int kWaitMs = 10000;
const char* const kSupervisorPassword = "kanri-no-pass-2026";
const char* const kClerkPassword = "madoguchi-pass-2026";

workflow::AccessSettings cheapAccess() {
    workflow::AccessSettings settings;
    settings.passwordCost = storage::ScryptParameters{10, 8, 1};
    return settings;
}

void type(QWidget& dialog, const char* name, const QString& text) {
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->setText(text);
}

QPushButton& okButton(QWidget& dialog) {
    return *dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

workflow::StaffOverview overview(std::int64_t id, const char* login, bool locked, bool active) {
    workflow::StaffOverview account;
    account.id = storage::StaffId(id);
    account.login = QString::fromLatin1(login);
    account.displayName = QStringLiteral("職員 %1").arg(id);
    account.locked = locked;
    account.active = active;
    return account;
}

TEST(StaffModelTest, PassesTheModelTesterAndShowsTheStates) {
    StaffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccounts({overview(1, "kanri", false, true), overview(2, "clerk", true, true),
                       overview(3, "old", false, false)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), int(StaffModel::ColumnCount));
    EXPECT_EQ(model.rowOf(QStringLiteral("clerk")), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("nobody")), -1);
    EXPECT_EQ(model.index(1, 0).data(StaffModel::StaffIdRole).toLongLong(), 2);
    EXPECT_FALSE(model.index(1, StaffModel::LockedColumn).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, StaffModel::LockedColumn).data().toString().isEmpty());
    EXPECT_NE(model.index(0, StaffModel::ActiveColumn).data().toString(),
              model.index(2, StaffModel::ActiveColumn).data().toString());
    EXPECT_EQ(model.index(0, StaffModel::RoleColumn).data().toString(),
              messages::staffRoleName(storage::StaffRole::Clerk));
    model.setAccounts({overview(4, "solo", false, true)});
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.account(1), nullptr);
}

class StaffDialogTest : public ::testing::Test {
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
        m_window.resize(900, 600);
        m_window.show();
        createAccounts();
    }

    template <typename Result>
    std::optional<Result> onWorker(std::function<Result(JobContext&)> job) {
        QObject receiver;
        std::optional<Result> answer;
        m_worker->run<Result>(std::move(job), &receiver,
                              [&answer](Result result) { answer.emplace(std::move(result)); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs));
        return answer;
    }

    // A supervisor (kanri, signed in as m_supervisor) and a clerk (clerk).
    void createAccounts() {
        auto created = onWorker<bool>([this](JobContext& context) {
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
            m_supervisor = *supervisor;
            return clerk.ok();
        });
        ASSERT_TRUE(created && *created);
    }

    workflow::AccessOutcome<workflow::Session> signIn(const QString& login, const char* password) {
        auto answer = onWorker<workflow::AccessOutcome<workflow::Session>>(
            [login, password](JobContext& context) {
                workflow::StaffAccess access(*context.store(), context.clock(), cheapAccess());
                return access.signIn(login, domain::SecretBuffer(password));
            });
        if (!answer) {
            return workflow::AccessError::of(workflow::AccessProblem::Storage);
        }
        return *answer;
    }

    StaffDialog* open(const workflow::Session& session) {
        std::optional<StaffDialog*> shown;
        StaffDialog::openFor(session, *m_worker, &m_window, cheapAccess(),
                             [&shown](StaffDialog* dialog) { shown = dialog; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return shown.has_value(); }, kWaitMs));
        return shown.value_or(nullptr);
    }

    // Waits until the dialog's action and the reload after it have both come back.
    bool waitForAction(StaffDialog& dialog, const std::function<void()>& action) {
        QSignalSpy finished(&dialog, &StaffDialog::actionFinished);
        QSignalSpy shown(&dialog, &StaffDialog::accountsShown);
        action();
        return QTest::qWaitFor([&] { return finished.count() == 1 && shown.count() == 1; },
                               kWaitMs);
    }

    const workflow::StaffOverview* shownAccount(StaffDialog& dialog, const char* login) {
        return dialog.model().account(dialog.model().rowOf(QString::fromLatin1(login)));
    }

    QTemporaryDir m_folder;
    test::FixedClock m_clock{QDate(2026, 3, 10)};
    std::unique_ptr<CaseWorker> m_worker;
    QWidget m_window;
    workflow::Session m_supervisor;
};

TEST_F(StaffDialogTest, SupervisorAddsAClerkOnlyWithAnAcceptablePassword) {
    StaffDialog* dialog = open(m_supervisor);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->model().rowCount(), 2);
    QPointer<StaffEntryDialog> entry = dialog->openAddDialog();
    ASSERT_FALSE(entry.isNull());

    type(*entry, "loginEdit", QStringLiteral("shinjin"));
    type(*entry, "nameEdit", QStringLiteral("新人 三郎"));
    type(*entry, "passwordEdit", QStringLiteral("short"));
    type(*entry, "confirmEdit", QStringLiteral("short"));
    EXPECT_TRUE(entry->problemsText().contains(
        messages::passwordProblemText(domain::PasswordProblem::TooShort)));
    EXPECT_FALSE(okButton(*entry).isEnabled());
    QSignalSpy submitted(entry.data(), &StaffEntryDialog::submitted);
    QTest::mouseClick(&okButton(*entry), Qt::LeftButton);
    QTest::keyClick(entry.data(), Qt::Key_Return);
    EXPECT_EQ(submitted.count(), 0);
    EXPECT_FALSE(entry->busy());
    EXPECT_FALSE(dialog->busy());

    type(*entry, "passwordEdit", QStringLiteral("shinjin-no-pass-2026"));
    type(*entry, "confirmEdit", QStringLiteral("shinjin-no-pass-2026"));
    EXPECT_EQ(entry->problemsText(), QString());
    ASSERT_TRUE(okButton(*entry).isEnabled());
    ASSERT_TRUE(
        waitForAction(*dialog, [&] { QTest::mouseClick(&okButton(*entry), Qt::LeftButton); }));
    EXPECT_TRUE(QTest::qWaitFor([&] { return entry.isNull(); }, kWaitMs));
    const workflow::StaffOverview* added = shownAccount(*dialog, "shinjin");
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->role, storage::StaffRole::Clerk);
    EXPECT_EQ(added->displayName, QStringLiteral("新人 三郎"));

    auto session = signIn(QStringLiteral("shinjin"), "shinjin-no-pass-2026");
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session->role, storage::StaffRole::Clerk);
    EXPECT_FALSE(signIn(QStringLiteral("shinjin"), "short").ok());
}

TEST_F(StaffDialogTest, ATakenLoginShowsTheWorkflowsRefusalAsItIs) {
    StaffDialog* dialog = open(m_supervisor);
    ASSERT_NE(dialog, nullptr);
    QPointer<StaffEntryDialog> entry = dialog->openAddDialog();
    ASSERT_FALSE(entry.isNull());
    type(*entry, "loginEdit", QStringLiteral("clerk"));
    type(*entry, "nameEdit", QStringLiteral("別人"));
    type(*entry, "passwordEdit", QStringLiteral("another-pass-2026"));
    type(*entry, "confirmEdit", QStringLiteral("another-pass-2026"));
    ASSERT_TRUE(
        waitForAction(*dialog, [&] { QTest::mouseClick(&okButton(*entry), Qt::LeftButton); }));
    ASSERT_FALSE(entry.isNull());
    const QString expected =
        messages::accessErrorText(workflow::AccessError::of(workflow::AccessProblem::LoginTaken));
    EXPECT_EQ(entry->refusalText(), expected);
    EXPECT_EQ(dialog->messageText(), expected);
    EXPECT_FALSE(entry->busy());
    EXPECT_TRUE(signIn(QStringLiteral("clerk"), kClerkPassword).ok());
}

TEST_F(StaffDialogTest, SupervisorUnlocksALockedAccount) {
    for (int attempt = 0; attempt < cheapAccess().lockAfterFailures; ++attempt) {
        ASSERT_FALSE(signIn(QStringLiteral("clerk"), "wrong-password-0").ok());
    }
    auto locked = signIn(QStringLiteral("clerk"), kClerkPassword);
    ASSERT_FALSE(locked.ok());
    ASSERT_EQ(locked.error().problem, workflow::AccessProblem::AccountLocked);

    StaffDialog* dialog = open(m_supervisor);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->selectLogin(QStringLiteral("clerk")));
    ASSERT_TRUE(shownAccount(*dialog, "clerk")->locked);
    auto* unlock = dialog->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    ASSERT_NE(unlock, nullptr);
    ASSERT_TRUE(unlock->isEnabled());
    ASSERT_TRUE(waitForAction(*dialog, [&] { QTest::mouseClick(unlock, Qt::LeftButton); }));
    EXPECT_FALSE(shownAccount(*dialog, "clerk")->locked);
    EXPECT_FALSE(unlock->isEnabled());
    EXPECT_TRUE(signIn(QStringLiteral("clerk"), kClerkPassword).ok());
}

TEST_F(StaffDialogTest, SupervisorResetsAPassword) {
    StaffDialog* dialog = open(m_supervisor);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->selectLogin(QStringLiteral("clerk")));
    QPointer<StaffEntryDialog> entry = dialog->openResetDialog();
    ASSERT_FALSE(entry.isNull());
    EXPECT_EQ(entry->login(), QStringLiteral("clerk"));
    type(*entry, "passwordEdit", QStringLiteral("clerk"));
    EXPECT_TRUE(entry->problemsText().contains(
        messages::passwordProblemText(domain::PasswordProblem::TooShort)));
    type(*entry, "passwordEdit", QStringLiteral("atarashii-pass-2026"));
    type(*entry, "confirmEdit", QStringLiteral("atarashii-pass-2026"));
    ASSERT_TRUE(okButton(*entry).isEnabled());
    ASSERT_TRUE(
        waitForAction(*dialog, [&] { QTest::mouseClick(&okButton(*entry), Qt::LeftButton); }));
    EXPECT_TRUE(QTest::qWaitFor([&] { return entry.isNull(); }, kWaitMs));
    EXPECT_FALSE(signIn(QStringLiteral("clerk"), kClerkPassword).ok());
    EXPECT_TRUE(signIn(QStringLiteral("clerk"), "atarashii-pass-2026").ok());
}

TEST_F(StaffDialogTest, DeactivatedAccountIsRefusedAndCanBeReactivated) {
    StaffDialog* dialog = open(m_supervisor);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->selectLogin(QStringLiteral("clerk")));
    ASSERT_TRUE(waitForAction(*dialog, [&] { dialog->toggleActiveSelected(); }));
    EXPECT_FALSE(shownAccount(*dialog, "clerk")->active);
    auto refused = signIn(QStringLiteral("clerk"), kClerkPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, workflow::AccessProblem::AccountInactive);

    ASSERT_TRUE(dialog->selectLogin(QStringLiteral("clerk")));
    ASSERT_TRUE(waitForAction(*dialog, [&] { dialog->toggleActiveSelected(); }));
    EXPECT_TRUE(shownAccount(*dialog, "clerk")->active);
    EXPECT_TRUE(signIn(QStringLiteral("clerk"), kClerkPassword).ok());

    // The workflow, not the dialog, refuses the supervisor's own account.
    ASSERT_TRUE(dialog->selectLogin(QStringLiteral("kanri")));
    ASSERT_TRUE(waitForAction(*dialog, [&] { dialog->toggleActiveSelected(); }));
    EXPECT_EQ(dialog->messageText(), messages::accessErrorText(workflow::AccessError::of(
                                         workflow::AccessProblem::OwnAccount)));
    EXPECT_TRUE(shownAccount(*dialog, "kanri")->active);
}

TEST_F(StaffDialogTest, ClerksSessionGetsTheRefusal) {
    auto clerk = signIn(QStringLiteral("clerk"), kClerkPassword);
    ASSERT_TRUE(clerk.ok());
    std::optional<StaffDialog*> shown;
    StaffDialog::openFor(*clerk, *m_worker, &m_window, cheapAccess(),
                         [&shown](StaffDialog* dialog) { shown = dialog; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.has_value(); }, kWaitMs));
    EXPECT_EQ(*shown, nullptr);
    auto* refusal = m_window.findChild<QMessageBox*>(QStringLiteral("staffRefusal"));
    ASSERT_NE(refusal, nullptr);
    EXPECT_EQ(refusal->text(), messages::accessErrorText(workflow::AccessError::notPermitted(
                                   workflow::SupervisorAction::ListStaff)));

    // A dialog left open on a clerk's session still gets the workflow's refusal for each action.
    workflow::StaffOverview self = overview(storage::rawId(clerk->staff), "clerk", true, true);
    StaffDialog dialog(*clerk, *m_worker, cheapAccess(), {self}, &m_window);
    ASSERT_TRUE(dialog.selectLogin(QStringLiteral("clerk")));
    ASSERT_TRUE(waitForAction(dialog, [&] { dialog.unlockSelected(); }));
    EXPECT_EQ(dialog.messageText(), messages::accessErrorText(workflow::AccessError::notPermitted(
                                        workflow::SupervisorAction::UnlockStaff)));
}

TEST_F(StaffDialogTest, Screenshot) {
    const QByteArray target = qgetenv("JPKI_STAFF_SCREENSHOT");
    if (target.isEmpty()) {
        GTEST_SKIP() << "set JPKI_STAFF_SCREENSHOT to a PNG path to save the dialog";
    }
    for (int attempt = 0; attempt < cheapAccess().lockAfterFailures; ++attempt) {
        ASSERT_FALSE(signIn(QStringLiteral("clerk"), "wrong-password-0").ok());
    }
    StaffDialog* dialog = open(m_supervisor);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->selectLogin(QStringLiteral("clerk")));
    dialog->resize(820, 420);
    QTest::qWait(200);
    EXPECT_TRUE(dialog->grab().save(QString::fromLocal8Bit(target)));
}

} // namespace
} // namespace jpki::gui
