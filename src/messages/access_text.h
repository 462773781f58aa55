#pragma once

// Text for sign-in, accounts and roles (context "jpki::messages::Access"): the password policy's
// problems, the access layer's refusals and the supervisor actions they name. Japanese source
// strings, translated through Qt Linguist.

#include "domain/password_policy.h"
#include "storage/staff_records.h"
#include "workflow/access_error.h"

#include <QString>

namespace jpki::messages {

QString passwordProblemText(domain::PasswordProblem problem);
QString accessProblemText(workflow::AccessProblem problem);
QString supervisorActionName(workflow::SupervisorAction action);
QString staffRoleName(storage::StaffRole role);
// What the staff member reads for any refusal: the problem, then its details (the password's
// problems, the action refused, the store's message).
QString accessErrorText(const workflow::AccessError& error);

} // namespace jpki::messages
