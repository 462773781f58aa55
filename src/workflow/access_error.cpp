#include "workflow/access_error.h"

namespace jpki::workflow {

std::string_view supervisorActionId(SupervisorAction action) {
    switch (action) {
    case SupervisorAction::CreateStaff:
        return "create-staff";
    case SupervisorAction::ResetPassword:
        return "reset-password";
    case SupervisorAction::UnlockStaff:
        return "unlock-staff";
    case SupervisorAction::SetStaffActive:
        return "set-staff-active";
    case SupervisorAction::ListStaff:
        return "list-staff";
    case SupervisorAction::SignOffDay:
        return "sign-off-day";
    case SupervisorAction::ReviewDay:
        return "review-day";
    }
    return {};
}

std::string_view accessProblemId(AccessProblem problem) {
    switch (problem) {
    case AccessProblem::WrongCredentials:
        return "wrong-credentials";
    case AccessProblem::AccountLocked:
        return "account-locked";
    case AccessProblem::AccountInactive:
        return "account-inactive";
    case AccessProblem::NotPermitted:
        return "not-permitted";
    case AccessProblem::AccountsExist:
        return "accounts-exist";
    case AccessProblem::PasswordRejected:
        return "password-rejected";
    case AccessProblem::LoginInvalid:
        return "login-invalid";
    case AccessProblem::NameMissing:
        return "name-missing";
    case AccessProblem::NameInvalid:
        return "name-invalid";
    case AccessProblem::LoginTaken:
        return "login-taken";
    case AccessProblem::StaffNotFound:
        return "staff-not-found";
    case AccessProblem::OwnAccount:
        return "own-account";
    case AccessProblem::Storage:
        return "storage";
    }
    return {};
}

AccessError AccessError::notPermitted(SupervisorAction action) {
    AccessError error = of(AccessProblem::NotPermitted);
    error.action = action;
    return error;
}

AccessError AccessError::passwordRejected(std::vector<domain::PasswordProblem> problems) {
    AccessError error = of(AccessProblem::PasswordRejected);
    error.passwordProblems = std::move(problems);
    return error;
}

AccessError AccessError::storage(storage::StorageError failure) {
    AccessError error = of(AccessProblem::Storage);
    error.storageError = std::move(failure);
    return error;
}

std::string describe(const AccessError& error) {
    std::string line(accessProblemId(error.problem));
    if (error.action) {
        line += ": " + std::string(supervisorActionId(*error.action));
    }
    for (domain::PasswordProblem problem : error.passwordProblems) {
        line += " " + std::string(domain::passwordProblemId(problem));
    }
    if (error.storageError) {
        line += ": " + storage::describe(*error.storageError);
    }
    if (error.textProblem) {
        line += ": " + std::string(domain::textProblemId(*error.textProblem));
    }
    return line;
}

} // namespace jpki::workflow
