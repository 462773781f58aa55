#pragma once

// A signed-in staff member, as StaffAccess::signIn hands it out. The workflow layer takes it with
// every action that needs a role (R-ACC-ROLE); the case engine's commands take the staff id.

#include "storage/ids.h"
#include "storage/staff_records.h"

#include <QString>

namespace jpki::workflow {

struct Session {
    storage::StaffId staff{};
    QString login;
    QString displayName;
    storage::StaffRole role = storage::StaffRole::Clerk;

    bool isSupervisor() const { return role == storage::StaffRole::Supervisor; }
};

} // namespace jpki::workflow
