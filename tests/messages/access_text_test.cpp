#include "message_table_checks.h"
#include "messages/access_text.h"

#include <array>
#include <gtest/gtest.h>

using namespace jpki;
using namespace jpki::messages;
using jpki::test::expectDistinctJapaneseTextForEach;

TEST(AccessText, EveryPasswordProblemHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(domain::allPasswordProblems, passwordProblemText,
                                      "R-ACC-PASS");
    EXPECT_TRUE(
        passwordProblemText(domain::PasswordProblem::TooShort).contains(QStringLiteral("10")));
}

TEST(AccessText, EveryAccessProblemHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(workflow::allAccessProblems, accessProblemText,
                                      "R-ACC-ROLE R-ACC-LOCK R-ACC-ENUM");
}

TEST(AccessText, EverySupervisorActionAndRoleHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(workflow::allSupervisorActions, supervisorActionName,
                                      "R-ACC-ROLE");
    expectDistinctJapaneseTextForEach(
        std::array{storage::StaffRole::Clerk, storage::StaffRole::Supervisor}, staffRoleName,
        "R-ACC-ROLE");
}

TEST(AccessText, ARefusalNamesTheActionAndThePasswordsProblems) {
    const QString refused = accessErrorText(
        workflow::AccessError::notPermitted(workflow::SupervisorAction::UnlockStaff));
    EXPECT_TRUE(refused.contains(supervisorActionName(workflow::SupervisorAction::UnlockStaff)));
    const QString rejected = accessErrorText(workflow::AccessError::passwordRejected(
        {domain::PasswordProblem::TooShort, domain::PasswordProblem::SameAsLogin}));
    EXPECT_TRUE(rejected.contains(passwordProblemText(domain::PasswordProblem::SameAsLogin)));
}
