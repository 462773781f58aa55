// R-ACC-PASS: the staff password policy, one row per case.

#include "domain/password_policy.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace jpki::domain {
namespace {

struct PasswordRow {
    const char* rule;
    std::string password;
    std::string login;
    std::vector<PasswordProblem> problems;
};

class StaffPassword : public ::testing::TestWithParam<PasswordRow> {};

TEST_P(StaffPassword, GivesItsProblems) {
    const PasswordRow& row = GetParam();
    EXPECT_EQ(checkStaffPassword(row.password, row.login), row.problems)
        << row.rule << ": \"" << row.password << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    Rows, StaffPassword,
    ::testing::Values(
        PasswordRow{"R-ACC-PASS ten characters", "plum-blossm", "tanaka", {}},
        PasswordRow{"R-ACC-PASS exactly ten", "0123456789", "tanaka", {}},
        PasswordRow{"R-ACC-PASS nine", "012345678", "tanaka", {PasswordProblem::TooShort}},
        PasswordRow{"R-ACC-PASS empty", "", "tanaka", {PasswordProblem::Empty}},
        // Ten Japanese characters are ten characters, not thirty bytes.
        PasswordRow{"R-ACC-PASS counted in characters", "梅の花が咲きました。", "tanaka", {}},
        PasswordRow{"R-ACC-PASS nine Japanese",
                    "梅の花が咲きました",
                    "tanaka",
                    {PasswordProblem::TooShort}},
        PasswordRow{"R-ACC-PASS the login",
                    "Suzuki-Ichiro",
                    "suzuki-ichiro",
                    {PasswordProblem::SameAsLogin}},
        PasswordRow{"R-ACC-PASS login inside is fine", "suzuki-ichiro-2026", "suzuki-ichiro", {}},
        PasswordRow{"R-ACC-PASS one character",
                    "aaaaaaaaaaaa",
                    "tanaka",
                    {PasswordProblem::SingleCharacter}},
        PasswordRow{"R-ACC-PASS short and one character",
                    "zzz",
                    "tanaka",
                    {PasswordProblem::TooShort, PasswordProblem::SingleCharacter}},
        PasswordRow{"R-ACC-PASS one wide character",
                    "ああああああああああ",
                    "tanaka",
                    {PasswordProblem::SingleCharacter}},
        PasswordRow{"R-ACC-PASS control character",
                    "long enough\tpass",
                    "tanaka",
                    {PasswordProblem::InvalidText}},
        PasswordRow{"R-ACC-PASS broken UTF-8",
                    std::string("long enough \xE3\x81", 14),
                    "tanaka",
                    {PasswordProblem::InvalidText}},
        PasswordRow{"R-ACC-PASS overlong UTF-8",
                    std::string("long enough \xC0\xAF", 14),
                    "tanaka",
                    {PasswordProblem::InvalidText}}));

TEST(StaffPassword, EveryProblemHasItsId) {
    std::vector<std::string_view> ids;
    for (PasswordProblem problem : allPasswordProblems) {
        const std::string_view id = passwordProblemId(problem);
        EXPECT_FALSE(id.empty());
        EXPECT_EQ(std::count(ids.begin(), ids.end(), id), 0);
        ids.push_back(id);
    }
}

} // namespace
} // namespace jpki::domain
