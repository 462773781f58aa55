#pragma once

// Staff accounts as the store keeps them. Roles are checked by the workflow layer; the store
// records what it is told and audits every change to an account.

#include "storage/ids.h"
#include "storage/japan_time.h"
#include "storage/password_hash.h"

#include <QString>
#include <optional>
#include <string_view>

namespace jpki::storage {

enum class StaffRole {
    Clerk,
    Supervisor, // also reviews, signs off, manages accounts and exports
};

std::string_view staffRoleId(StaffRole role); // "clerk", "supervisor"
std::optional<StaffRole> parseStaffRole(std::string_view id);

struct NewStaff {
    QString login; // 1 to 64 characters, unique
    QString displayName;
    StaffRole role = StaffRole::Clerk;
    PasswordHash password; // from hashPassword(); the password itself never reaches the store
};

struct StaffAccount {
    StaffId id{};
    QString login;
    QString displayName;
    StaffRole role = StaffRole::Clerk;
    PasswordHash password;
    int failedSignIns = 0;
    bool locked = false; // after repeated failures, until a supervisor unlocks it
    bool active = true;  // accounts are deactivated, never deleted
    Timestamp createdAt;
    Timestamp updatedAt;
};

// Who did something, as lists show it.
struct StaffRef {
    StaffId id{};
    QString login;
    QString displayName;
};

struct SignInRecord {
    int failedSignIns = 0;
    bool locked = false;
    std::int64_t eventSequence = 0;
};

} // namespace jpki::storage
