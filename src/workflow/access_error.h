#pragma once

// What the access layer (sign-in, accounts, roles) returns when it says no. Closed codes; the
// text is in src/messages/access_text.h.

#include "common/expected.h"
#include "domain/free_text.h"
#include "domain/password_policy.h"
#include "storage/storage_error.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::workflow {

// The actions only a supervisor may take (R-ACC-ROLE). A clerk's attempt is refused and stored
// as an access-refused event naming the action's id.
enum class SupervisorAction {
    CreateStaff,
    ResetPassword,
    UnlockStaff,
    SetStaffActive,
    ListStaff,
    SignOffDay,
    ReviewDay,
};

inline constexpr std::array allSupervisorActions{
    SupervisorAction::CreateStaff, SupervisorAction::ResetPassword,
    SupervisorAction::UnlockStaff, SupervisorAction::SetStaffActive,
    SupervisorAction::ListStaff,   SupervisorAction::SignOffDay,
    SupervisorAction::ReviewDay};

// Stable ids: "create-staff", "reset-password", "unlock-staff", "set-staff-active",
// "list-staff", "sign-off-day", "review-day".
std::string_view supervisorActionId(SupervisorAction action);

enum class AccessProblem {
    // R-ACC-ENUM: an unknown login and a wrong password are the same answer.
    WrongCredentials,
    AccountLocked,    // the right password, but the account is locked until a supervisor unlocks
    AccountInactive,  // the right password, but the account was deactivated
    NotPermitted,     // the session's role does not allow the action (audited)
    AccountsExist,    // the first supervisor can only be created in an empty database
    PasswordRejected, // R-ACC-PASS; passwordProblems tells why
    LoginInvalid,     // empty, longer than 64 characters, or with spaces or control characters
    NameMissing,      // no display name
    NameInvalid,      // R-DATA-TEXT: a display name too long or with a control character
    LoginTaken,
    StaffNotFound,
    OwnAccount, // a supervisor cannot deactivate the account they are signed in with
    Storage,
};

inline constexpr std::array allAccessProblems{
    AccessProblem::WrongCredentials, AccessProblem::AccountLocked, AccessProblem::AccountInactive,
    AccessProblem::NotPermitted,     AccessProblem::AccountsExist, AccessProblem::PasswordRejected,
    AccessProblem::LoginInvalid,     AccessProblem::NameMissing,   AccessProblem::NameInvalid,
    AccessProblem::LoginTaken,       AccessProblem::StaffNotFound, AccessProblem::OwnAccount,
    AccessProblem::Storage};

std::string_view accessProblemId(AccessProblem problem);

struct AccessError {
    AccessProblem problem = AccessProblem::WrongCredentials;
    std::vector<domain::PasswordProblem> passwordProblems; // PasswordRejected
    std::optional<SupervisorAction> action;                // NotPermitted
    std::optional<storage::StorageError> storageError;     // Storage
    std::optional<domain::TextProblem> textProblem;        // NameInvalid

    static AccessError of(AccessProblem problem) { return AccessError{problem, {}, {}, {}, {}}; }
    static AccessError notPermitted(SupervisorAction action);
    static AccessError passwordRejected(std::vector<domain::PasswordProblem> problems);
    static AccessError storage(storage::StorageError error);
};

// One line for a log: the code and its details; never a password or a login typed.
std::string describe(const AccessError& error);

template <typename T> using AccessOutcome = Expected<T, AccessError>;

} // namespace jpki::workflow
