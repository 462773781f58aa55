// CaseWriter: staff accounts and sign-ins. Every change to an account is an audit event whose
// staff is the one who made the change; the event names the account changed, never a password.

#include "storage/case_writer.h"
#include "storage/event_log.h"
#include "storage/event_types.h"

namespace jpki::storage {

namespace {

constexpr qsizetype kMaxLoginLength = 64;

StorageError staffNotFound(StaffId staff) {
    return StorageError(StorageErrorCode::NotFound, "staff " + std::to_string(rawId(staff)));
}

} // namespace

std::string_view staffRoleId(StaffRole role) {
    switch (role) {
    case StaffRole::Clerk:
        return "clerk";
    case StaffRole::Supervisor:
        return "supervisor";
    }
    return {};
}

std::optional<StaffRole> parseStaffRole(std::string_view id) {
    for (StaffRole role : {StaffRole::Clerk, StaffRole::Supervisor}) {
        if (staffRoleId(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}

Result<AppendedEvent> CaseWriter::appendStaffEvent(StaffId staff, std::string_view type,
                                                   QJsonObject payload, std::optional<StaffId> by,
                                                   Timestamp at) {
    payload.insert(QStringLiteral("subject_staff_id"), static_cast<qint64>(rawId(staff)));
    return append({std::nullopt, by, at, detail::typeText(type), payload});
}

Result<StaffAccount> CaseWriter::createStaff(const NewStaff& staff,
                                             std::optional<StaffId> createdBy, Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    if (staff.login.isEmpty() || staff.login.size() > kMaxLoginLength ||
        staff.displayName.isEmpty() || staff.password.hash.empty() || staff.password.salt.empty()) {
        return StorageError(StorageErrorCode::InvalidArgument,
                            "a staff account needs a login, a name and a password hash");
    }
    auto insert = m_core.connection->cached(
        "INSERT INTO staff (login, display_name, role, password_hash, password_salt, kdf,"
        " kdf_log2_n, kdf_r, kdf_p, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    if (!insert) {
        return insert.error();
    }
    const ScryptParameters& cost = staff.password.parameters;
    (*insert)
        ->bind(1, staff.login)
        .bind(2, staff.displayName)
        .bind(3, staffRoleId(staff.role))
        .bindBlob(4, staff.password.hash)
        .bindBlob(5, staff.password.salt)
        .bind(6, staff.password.kdf)
        .bind(7, std::int64_t{cost.log2N})
        .bind(8, std::int64_t{cost.r})
        .bind(9, std::int64_t{cost.p})
        .bind(10, toUnixMilliseconds(at));
    auto inserted = (*insert)->execute();
    if (!inserted) {
        return inserted.error();
    }
    StaffAccount account;
    account.id = StaffId{m_core.connection->lastInsertId()};
    account.login = staff.login;
    account.displayName = staff.displayName;
    account.role = staff.role;
    account.password = staff.password;
    account.createdAt = at;
    account.updatedAt = at;
    auto credential = detail::credentialDigest(m_core.hasher, staff.password);
    if (!credential) {
        return credential.error();
    }
    const QJsonObject payload{{QStringLiteral("login"), staff.login},
                              {QStringLiteral("role"), detail::typeText(staffRoleId(staff.role))},
                              {QStringLiteral("display_name"), staff.displayName},
                              {detail::typeText(detail::kCredentialKey), *credential}};
    auto appended = appendStaffEvent(account.id, event_type::kStaffCreated, payload,
                                     createdBy.value_or(account.id), at);
    if (!appended) {
        return appended.error();
    }
    return account;
}

Result<AppendedEvent> CaseWriter::changePassword(StaffId staff, const PasswordHash& password,
                                                 StaffId changedBy, Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    if (password.hash.empty() || password.salt.empty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "an empty password hash");
    }
    auto update = m_core.connection->cached(
        "UPDATE staff SET password_hash = ?1, password_salt = ?2, kdf = ?3, kdf_log2_n = ?4,"
        " kdf_r = ?5, kdf_p = ?6, updated_at = ?7 WHERE id = ?8");
    if (!update) {
        return update.error();
    }
    (*update)
        ->bindBlob(1, password.hash)
        .bindBlob(2, password.salt)
        .bind(3, password.kdf)
        .bind(4, std::int64_t{password.parameters.log2N})
        .bind(5, std::int64_t{password.parameters.r})
        .bind(6, std::int64_t{password.parameters.p})
        .bind(7, toUnixMilliseconds(at))
        .bind(8, rawId(staff));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    if (m_core.connection->changes() == 0) {
        return staffNotFound(staff);
    }
    auto credential = detail::credentialDigest(m_core.hasher, password);
    if (!credential) {
        return credential.error();
    }
    return appendStaffEvent(staff, event_type::kStaffPasswordChanged,
                            {{detail::typeText(detail::kCredentialKey), *credential}}, changedBy,
                            at);
}

Result<AppendedEvent> CaseWriter::setStaffActive(StaffId staff, bool active, StaffId changedBy,
                                                 Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    auto update =
        m_core.connection->cached("UPDATE staff SET active = ?1, updated_at = ?2 WHERE id = ?3");
    if (!update) {
        return update.error();
    }
    (*update)->bind(1, std::int64_t{active}).bind(2, toUnixMilliseconds(at)).bind(3, rawId(staff));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    if (m_core.connection->changes() == 0) {
        return staffNotFound(staff);
    }
    return appendStaffEvent(staff,
                            active ? event_type::kStaffActivated : event_type::kStaffDeactivated,
                            {}, changedBy, at);
}

Result<AppendedEvent> CaseWriter::unlockStaff(StaffId staff, StaffId unlockedBy,
                                              Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    auto update = m_core.connection->cached(
        "UPDATE staff SET locked = 0, failed_sign_ins = 0, updated_at = ?1 WHERE id = ?2");
    if (!update) {
        return update.error();
    }
    (*update)->bind(1, toUnixMilliseconds(at)).bind(2, rawId(staff));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    if (m_core.connection->changes() == 0) {
        return staffNotFound(staff);
    }
    return appendStaffEvent(staff, event_type::kStaffUnlocked, {}, unlockedBy, at);
}

Result<SignInRecord> CaseWriter::recordSignIn(StaffId staff, bool succeeded, int lockAfterFailures,
                                              Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    if (lockAfterFailures < 1) {
        return StorageError(StorageErrorCode::InvalidArgument, "a lock-out threshold below 1");
    }
    // A successful sign-in clears the count but never a lock: only a supervisor unlocks.
    auto update = m_core.connection->cached(
        "UPDATE staff SET"
        " failed_sign_ins = CASE WHEN ?1 THEN 0 ELSE failed_sign_ins + 1 END,"
        " locked = CASE WHEN NOT ?1 AND failed_sign_ins + 1 >= ?2 THEN 1 ELSE locked END,"
        " updated_at = ?3 WHERE id = ?4 RETURNING failed_sign_ins, locked");
    if (!update) {
        return update.error();
    }
    (*update)
        ->bind(1, std::int64_t{succeeded})
        .bind(2, std::int64_t{lockAfterFailures})
        .bind(3, toUnixMilliseconds(at))
        .bind(4, rawId(staff));
    auto row = (*update)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return staffNotFound(staff);
    }
    SignInRecord record;
    record.failedSignIns = static_cast<int>((*update)->readInt(0));
    record.locked = (*update)->readInt(1) != 0;
    auto done = (*update)->step(); // RETURNING rows are written when the statement finishes
    if (!done) {
        return done.error();
    }
    QJsonObject payload;
    if (!succeeded) {
        payload.insert(QStringLiteral("failed_sign_ins"), record.failedSignIns);
        payload.insert(QStringLiteral("locked"), record.locked);
    }
    auto appended = appendStaffEvent(
        staff, succeeded ? event_type::kSignIn : event_type::kSignInFailed, payload, staff, at);
    if (!appended) {
        return appended.error();
    }
    record.eventSequence = appended->sequence;
    return record;
}

} // namespace jpki::storage
