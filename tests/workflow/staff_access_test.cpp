// Sign-in and staff accounts on a real database file (R-ACC-PASS, R-ACC-ENUM, R-ACC-LOCK,
// R-ACC-ROLE): first supervisor, sign-in, lock-out, unlocking, roles refused and audited.

#include "review_test_support.h"
#include "workflow/access_events.h"
#include "workflow/staff_access.h"

#include <QFile>

namespace jpki::workflow::testing {
namespace {

using storage::StaffRole;

constexpr std::string_view kSupervisorPassword = "ume no hana saku";
constexpr std::string_view kClerkPassword = "sakura sakura 2026";

domain::SecretBuffer secret(std::string_view text) {
    return domain::SecretBuffer(text);
}

class Access : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(directory.isValid());
        auto opened = storage::CaseStore::open(databasePath(), storage::OpenOptions::creating());
        ASSERT_TRUE(opened.ok()) << storage::describe(opened.error());
        store = std::make_unique<storage::CaseStore>(std::move(*opened));
        access = std::make_unique<StaffAccess>(*store, clock, AccessSettings{5, kCheapScrypt});
    }

    QString databasePath() const { return directory.filePath(QStringLiteral("cases.sqlite3")); }

    Session firstSupervisor() {
        auto created = access->createFirstSupervisor(
            QStringLiteral("kanri"), QStringLiteral("管理　花子"), secret(kSupervisorPassword));
        EXPECT_TRUE(created.ok()) << describe(created.error());
        return *created;
    }

    // A clerk created by the supervisor, and the clerk's signed-in session.
    std::pair<Session, Session> supervisorAndClerk() {
        const Session supervisor = firstSupervisor();
        auto clerk = access->createStaff(supervisor, QStringLiteral("madoguchi"),
                                         QStringLiteral("窓口　一郎"), StaffRole::Clerk,
                                         secret(kClerkPassword));
        EXPECT_TRUE(clerk.ok()) << describe(clerk.error());
        auto session = access->signIn(QStringLiteral("madoguchi"), secret(kClerkPassword));
        EXPECT_TRUE(session.ok()) << describe(session.error());
        return {supervisor, *session};
    }

    AccessProblem signInProblem(const QString& login, std::string_view password) {
        auto session = access->signIn(login, secret(password));
        EXPECT_FALSE(session.ok());
        return session ? AccessProblem::Storage : session.error().problem;
    }

    std::vector<storage::CaseEvent> events(std::string_view type) {
        return eventsOfType(*store, testDay(), type);
    }

    QTemporaryDir directory;
    FixedClock clock{japanTime(testDay(), 8, 30)};
    std::unique_ptr<storage::CaseStore> store;
    std::unique_ptr<StaffAccess> access;
};

TEST_F(Access, FirstSupervisorOnlyInAnEmptyDatabase) {
    ASSERT_TRUE(access->needsFirstSupervisor().ok());
    EXPECT_TRUE(*access->needsFirstSupervisor());
    const Session supervisor = firstSupervisor();
    EXPECT_EQ(supervisor.role, StaffRole::Supervisor);
    EXPECT_EQ(supervisor.login, QStringLiteral("kanri"));
    EXPECT_FALSE(*access->needsFirstSupervisor());

    auto second = access->createFirstSupervisor(QStringLiteral("other"), QStringLiteral("他"),
                                                secret(kSupervisorPassword));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().problem, AccessProblem::AccountsExist);
    EXPECT_EQ(events(storage::event_type::kStaffCreated).size(), 1u);
}

TEST_F(Access, FirstSupervisorsPasswordFollowsThePolicy) {
    auto shortOne = access->createFirstSupervisor(QStringLiteral("kanri"), QStringLiteral("管理"),
                                                  secret("short"));
    ASSERT_FALSE(shortOne.ok());
    EXPECT_EQ(shortOne.error().problem, AccessProblem::PasswordRejected);
    EXPECT_EQ(shortOne.error().passwordProblems, std::vector{domain::PasswordProblem::TooShort});
    auto asLogin = access->createFirstSupervisor(QStringLiteral("supervisor1"),
                                                 QStringLiteral("管理"), secret("Supervisor1"));
    ASSERT_FALSE(asLogin.ok());
    EXPECT_EQ(asLogin.error().passwordProblems, std::vector{domain::PasswordProblem::SameAsLogin});
    EXPECT_TRUE(*access->needsFirstSupervisor());
}

// R-DATA-TEXT: a login or display name over its limit, or with control characters, is never stored.
TEST_F(Access, NamesThatCannotBeStoredAreRefused) {
    const QString longName(int(domain::textLimit(domain::TextKind::StaffName).maxCharacters) + 1,
                           QChar(0x7A93));
    for (const QString& name :
         {longName, QStringLiteral("管理\x1b[2J"), QStringLiteral("管理\n二行目")}) {
        auto refused = access->createFirstSupervisor(QStringLiteral("kanri"), name,
                                                     secret(kSupervisorPassword));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().problem, AccessProblem::NameInvalid);
        ASSERT_TRUE(refused.error().textProblem.has_value());
    }
    auto longLogin = access->createFirstSupervisor(
        QString(65, QLatin1Char('k')), QStringLiteral("管理"), secret(kSupervisorPassword));
    ASSERT_FALSE(longLogin.ok());
    EXPECT_EQ(longLogin.error().problem, AccessProblem::LoginInvalid);
    EXPECT_TRUE(*access->needsFirstSupervisor());
    EXPECT_TRUE(events(storage::event_type::kStaffCreated).empty());
}

TEST_F(Access, SignInWithTheRightPasswordGivesTheSession) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    EXPECT_EQ(clerk.login, QStringLiteral("madoguchi"));
    EXPECT_EQ(clerk.displayName, QStringLiteral("窓口　一郎"));
    EXPECT_EQ(clerk.role, StaffRole::Clerk);
    const auto signIns = events(storage::event_type::kSignIn);
    ASSERT_EQ(signIns.size(), 2u); // the first supervisor's, then the clerk's
    ASSERT_TRUE(signIns.back().staff.has_value());
    EXPECT_EQ(signIns.back().staff->id, clerk.staff);
}

TEST_F(Access, UnknownLoginAndWrongPasswordGiveTheSameAnswer) {
    supervisorAndClerk();
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), "not the password"),
              AccessProblem::WrongCredentials);
    EXPECT_EQ(signInProblem(QStringLiteral("nobody"), "not the password"),
              AccessProblem::WrongCredentials);
    const auto unknown = events(event::kSignInUnknownLogin);
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_FALSE(unknown.front().staff.has_value());
    EXPECT_TRUE(unknown.front().payload.isEmpty()); // not even the login typed
    EXPECT_EQ(events(storage::event_type::kSignInFailed).size(), 1u);
}

TEST_F(Access, NoPasswordReachesTheDatabaseFile) {
    supervisorAndClerk();
    signInProblem(QStringLiteral("madoguchi"), "a wrong guess 12345");
    store.reset(); // closes the file, checkpointing the write-ahead log
    for (const QString& path : {databasePath(), databasePath() + QStringLiteral("-wal")}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (std::string_view password :
             {kSupervisorPassword, kClerkPassword, std::string_view("a wrong guess 12345")}) {
            EXPECT_FALSE(bytes.contains(QByteArray(password.data(), qsizetype(password.size()))))
                << path.toStdString();
        }
    }
}

TEST_F(Access, FiveWrongPasswordsLockTheAccount) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    for (int attempt = 1; attempt <= 4; ++attempt) {
        EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), "wrong password"),
                  AccessProblem::WrongCredentials);
    }
    EXPECT_FALSE(store->findStaff(clerk.staff)->locked);
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), "wrong password"),
              AccessProblem::WrongCredentials);
    EXPECT_TRUE(store->findStaff(clerk.staff)->locked);
    // Locked: refused even with the right password, and said so only to its holder.
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), kClerkPassword),
              AccessProblem::AccountLocked);
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), "wrong password"),
              AccessProblem::WrongCredentials);
    EXPECT_EQ(events(event::kSignInRefused).size(), 1u);
}

TEST_F(Access, ASupervisorUnlocksALockedAccount) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    for (int attempt = 0; attempt < 5; ++attempt) {
        signInProblem(QStringLiteral("madoguchi"), "wrong password");
    }
    ASSERT_TRUE(store->findStaff(clerk.staff)->locked);
    auto unlocked = access->unlock(supervisor, clerk.staff);
    ASSERT_TRUE(unlocked.ok()) << describe(unlocked.error());
    EXPECT_FALSE(store->findStaff(clerk.staff)->locked);
    EXPECT_EQ(store->findStaff(clerk.staff)->failedSignIns, 0);
    EXPECT_TRUE(access->signIn(QStringLiteral("madoguchi"), secret(kClerkPassword)).ok());
    const auto unlocks = events(storage::event_type::kStaffUnlocked);
    ASSERT_EQ(unlocks.size(), 1u);
    EXPECT_EQ(unlocks.front().staff->id, supervisor.staff);
}

TEST_F(Access, AClerkCannotUnlockAndTheAttemptIsAudited) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    auto other = access->createStaff(supervisor, QStringLiteral("tonari"), QStringLiteral("隣"),
                                     StaffRole::Clerk, secret("another long one"));
    ASSERT_TRUE(other.ok());
    for (int attempt = 0; attempt < 5; ++attempt) {
        signInProblem(QStringLiteral("tonari"), "wrong password");
    }
    auto refused = access->unlock(clerk, *other);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, AccessProblem::NotPermitted);
    EXPECT_EQ(refused.error().action, SupervisorAction::UnlockStaff);
    EXPECT_TRUE(store->findStaff(*other)->locked);
    const auto audited = events(event::kAccessRefused);
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_EQ(audited.front().staff->id, clerk.staff);
    EXPECT_EQ(audited.front().payload.value(QStringLiteral("action")).toString(),
              QStringLiteral("unlock-staff"));
}

TEST_F(Access, EverySupervisorActionRefusesAClerk) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    EXPECT_EQ(access
                  ->createStaff(clerk, QStringLiteral("x1"), QStringLiteral("x"),
                                StaffRole::Supervisor, secret("long enough pass"))
                  .error()
                  .action,
              SupervisorAction::CreateStaff);
    EXPECT_EQ(
        access->resetPassword(clerk, supervisor.staff, secret("long enough pass")).error().action,
        SupervisorAction::ResetPassword);
    EXPECT_EQ(access->setActive(clerk, supervisor.staff, false).error().action,
              SupervisorAction::SetStaffActive);
    EXPECT_EQ(access->listStaff(clerk).error().action, SupervisorAction::ListStaff);
    EXPECT_EQ(events(event::kAccessRefused).size(), 4u);
    EXPECT_TRUE(store->findStaff(supervisor.staff)->active);
}

TEST_F(Access, AnInactiveAccountIsRefusedEvenWithTheRightPassword) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    ASSERT_TRUE(access->setActive(supervisor, clerk.staff, false).ok());
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), kClerkPassword),
              AccessProblem::AccountInactive);
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), "wrong password"),
              AccessProblem::WrongCredentials);
    ASSERT_TRUE(access->setActive(supervisor, clerk.staff, true).ok());
    EXPECT_TRUE(access->signIn(QStringLiteral("madoguchi"), secret(kClerkPassword)).ok());
}

TEST_F(Access, ADeactivatedSupervisorsSessionNoLongerActs) {
    const Session first = firstSupervisor();
    auto secondId = access->createStaff(first, QStringLiteral("kanri2"), QStringLiteral("管理2"),
                                        StaffRole::Supervisor, secret("second supervisor"));
    ASSERT_TRUE(secondId.ok());
    auto second = access->signIn(QStringLiteral("kanri2"), secret("second supervisor"));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(access->setActive(first, *secondId, false).ok());
    auto refused = access->listStaff(*second);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, AccessProblem::NotPermitted);
}

TEST_F(Access, ASupervisorCannotDeactivateTheirOwnAccount) {
    const Session supervisor = firstSupervisor();
    auto refused = access->setActive(supervisor, supervisor.staff, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, AccessProblem::OwnAccount);
    EXPECT_TRUE(store->findStaff(supervisor.staff)->active);
}

TEST_F(Access, CreateStaffRefusesATakenLoginAndABadOne) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    EXPECT_EQ(access
                  ->createStaff(supervisor, QStringLiteral("madoguchi"), QStringLiteral("同名"),
                                StaffRole::Clerk, secret("long enough pass"))
                  .error()
                  .problem,
              AccessProblem::LoginTaken);
    EXPECT_EQ(access
                  ->createStaff(supervisor, QStringLiteral("two words"), QStringLiteral("空白"),
                                StaffRole::Clerk, secret("long enough pass"))
                  .error()
                  .problem,
              AccessProblem::LoginInvalid);
    EXPECT_EQ(access
                  ->createStaff(supervisor, QStringLiteral("noname"), QStringLiteral("  "),
                                StaffRole::Clerk, secret("long enough pass"))
                  .error()
                  .problem,
              AccessProblem::NameMissing);
}

TEST_F(Access, ChangeOwnPasswordNeedsTheCurrentOne) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    auto wrong =
        access->changeOwnPassword(clerk, secret("not my password"), secret("a brand new phrase"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().problem, AccessProblem::WrongCredentials);
    auto weak = access->changeOwnPassword(clerk, secret(kClerkPassword), secret("zzzzzzzzzzzz"));
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().passwordProblems, std::vector{domain::PasswordProblem::SingleCharacter});
    ASSERT_TRUE(
        access->changeOwnPassword(clerk, secret(kClerkPassword), secret("a brand new phrase"))
            .ok());
    EXPECT_EQ(signInProblem(QStringLiteral("madoguchi"), kClerkPassword),
              AccessProblem::WrongCredentials);
    EXPECT_TRUE(access->signIn(QStringLiteral("madoguchi"), secret("a brand new phrase")).ok());
}

TEST_F(Access, ASupervisorResetsAPassword) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    ASSERT_TRUE(access->resetPassword(supervisor, clerk.staff, secret("temporary pass 1")).ok());
    EXPECT_TRUE(access->signIn(QStringLiteral("madoguchi"), secret("temporary pass 1")).ok());
    const auto changed = events(storage::event_type::kStaffPasswordChanged);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed.front().staff->id, supervisor.staff);
}

TEST_F(Access, SignOutIsAudited) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    ASSERT_TRUE(access->signOut(clerk).ok());
    const auto signOuts = events(event::kSignOut);
    ASSERT_EQ(signOuts.size(), 1u);
    EXPECT_EQ(signOuts.front().staff->id, clerk.staff);
}

TEST_F(Access, TheSupervisorsStaffListShowsLocksButNoHash) {
    const auto [supervisor, clerk] = supervisorAndClerk();
    for (int attempt = 0; attempt < 5; ++attempt) {
        signInProblem(QStringLiteral("madoguchi"), "wrong password");
    }
    auto list = access->listStaff(supervisor);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2u);
    const auto found = std::find_if(list->begin(), list->end(), [&](const StaffOverview& row) {
        return row.id == clerk.staff;
    });
    ASSERT_NE(found, list->end());
    EXPECT_TRUE(found->locked);
    EXPECT_EQ(found->failedSignIns, 5);
}

} // namespace
} // namespace jpki::workflow::testing
