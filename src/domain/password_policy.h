#pragma once

// R-ACC-PASS: what a staff member's sign-in password must be. Staff passwords are not card PINs:
// they guard the case log, so they are long rather than complex (a passphrase is welcome).

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace jpki::domain {

inline constexpr std::size_t kMinimumStaffPasswordLength = 10;

// Why a staff password is refused, in the order a result lists them.
enum class PasswordProblem {
    Empty,
    TooShort,        // fewer than kMinimumStaffPasswordLength characters
    SameAsLogin,     // the login itself, whatever the letter case
    SingleCharacter, // one character repeated ("aaaaaaaaaa")
    InvalidText,     // not valid UTF-8, or a control character
};

inline constexpr std::array allPasswordProblems{
    PasswordProblem::Empty, PasswordProblem::TooShort, PasswordProblem::SameAsLogin,
    PasswordProblem::SingleCharacter, PasswordProblem::InvalidText};

// Stable ids: "empty", "too-short", "same-as-login", "single-character", "invalid-text".
std::string_view passwordProblemId(PasswordProblem problem);

// R-ACC-PASS: every problem of `password` (UTF-8) for the account `login`; empty when it may be
// set. Length is counted in characters (code points), so that a Japanese passphrase counts as
// typed.
std::vector<PasswordProblem> checkStaffPassword(std::string_view password, std::string_view login);

} // namespace jpki::domain
