// Sign-in and staff accounts (R-ACC-PASS, R-ACC-ENUM, R-ACC-LOCK, R-ACC-ROLE).

#include "workflow/staff_access.h"

#include "workflow/access_events.h"
#include "workflow/payload_codec.h"
#include "workflow/role_check.h"
#include "workflow/workflow_error.h"

#include <algorithm>

namespace jpki::workflow {

namespace {

bool isValidLogin(const QString& login) {
    return !login.isEmpty() && !refusedText(domain::TextKind::StaffLogin, login) &&
           std::none_of(login.cbegin(), login.cend(), [](QChar c) { return c.isSpace(); });
}

// A new account's login and display name, as they are to be stored (R-DATA-TEXT): why not, or
// nothing.
std::optional<AccessError> refusedAccount(const QString& login, const QString& displayName) {
    if (!isValidLogin(login)) {
        return AccessError::of(AccessProblem::LoginInvalid);
    }
    if (displayName.isEmpty()) {
        return AccessError::of(AccessProblem::NameMissing);
    }
    if (const auto refused = refusedText(domain::TextKind::StaffName, displayName)) {
        AccessError error = AccessError::of(AccessProblem::NameInvalid);
        error.textProblem = refused->problem;
        return error;
    }
    return std::nullopt;
}

Session sessionOf(const storage::StaffAccount& account) {
    return Session{account.id, account.login, account.displayName, account.role};
}

template <typename T> AccessError storageError(const storage::Result<T>& result) {
    return AccessError::storage(result.error());
}

} // namespace

StaffAccess::StaffAccess(storage::CaseStore& store, const platform::Clock& clock,
                         AccessSettings settings)
    : m_store(store)
    , m_clock(clock)
    , m_settings(std::move(settings)) {}

storage::Timestamp StaffAccess::now() const {
    return storage::fromQDateTime(m_clock.nowUtc());
}

AccessOutcome<bool> StaffAccess::needsFirstSupervisor() {
    auto staff = m_store.listStaff();
    if (!staff) {
        return storageError(staff);
    }
    return staff->empty();
}

AccessOutcome<storage::PasswordHash>
StaffAccess::acceptablePassword(const domain::SecretBuffer& password, const QString& login) const {
    const QByteArray loginUtf8 = login.toUtf8();
    std::vector<domain::PasswordProblem> problems = domain::checkStaffPassword(
        password.view(), std::string_view(loginUtf8.constData(), loginUtf8.size()));
    if (!problems.empty()) {
        return AccessError::passwordRejected(std::move(problems));
    }
    auto hash = storage::hashPassword(password.view(), m_settings.passwordCost);
    if (!hash) {
        return storageError(hash);
    }
    return std::move(*hash);
}

AccessOutcome<Session> StaffAccess::createFirstSupervisor(const QString& login,
                                                          const QString& displayName,
                                                          const domain::SecretBuffer& password) {
    auto empty = needsFirstSupervisor();
    if (!empty) {
        return empty.error();
    }
    if (!*empty) {
        return AccessError::of(AccessProblem::AccountsExist);
    }
    const QString trimmedLogin = login.trimmed();
    if (auto refused = refusedAccount(trimmedLogin, displayName.trimmed())) {
        return *refused;
    }
    auto hash = acceptablePassword(password, trimmedLogin);
    if (!hash) {
        return hash.error();
    }
    const storage::NewStaff staff{trimmedLogin, displayName.trimmed(),
                                  storage::StaffRole::Supervisor, std::move(*hash)};
    const storage::Timestamp at = now();
    auto created = m_store.write([&](storage::CaseWriter& writer) -> storage::Result<Session> {
        auto account = writer.createStaff(staff, std::nullopt, at);
        if (!account) {
            return account.error();
        }
        auto signedIn = writer.recordSignIn(account->id, true, m_settings.lockAfterFailures, at);
        if (!signedIn) {
            return signedIn.error();
        }
        return sessionOf(*account);
    });
    if (!created) {
        return storageError(created);
    }
    return std::move(*created);
}

void StaffAccess::verifyAgainstDecoy(const domain::SecretBuffer& password) {
    if (!m_decoy) {
        auto decoy = storage::hashPassword("no account has this password", m_settings.passwordCost);
        if (!decoy) {
            return;
        }
        m_decoy = std::move(*decoy);
    }
    (void)storage::verifyPassword(password.view(), *m_decoy);
}

AccessError StaffAccess::refuseSignIn(const storage::StaffAccount& account, AccessProblem problem) {
    const QString reason = problem == AccessProblem::AccountLocked ? QStringLiteral("locked")
                                                                   : QStringLiteral("inactive");
    const storage::NewEvent refused{payload::text(event::kSignInRefused),
                                    QJsonObject{{QStringLiteral("reason"), reason},
                                                {QStringLiteral("subject_staff_id"),
                                                 static_cast<qint64>(storage::rawId(account.id))}},
                                    account.id, now()};
    auto stored = m_store.write(
        [&](storage::CaseWriter& writer) { return writer.appendAuditEvent(refused); });
    if (!stored) {
        return storageError(stored);
    }
    return AccessError::of(problem);
}

AccessOutcome<Session> StaffAccess::signIn(const QString& login,
                                           const domain::SecretBuffer& password) {
    auto account = m_store.findStaffByLogin(login.trimmed());
    if (!account) {
        if (account.error().code != storage::StorageErrorCode::NotFound) {
            return storageError(account);
        }
        // R-ACC-ENUM: as long as a wrong password would take, and the same answer. The login is
        // not recorded: it may be a password typed into the wrong field.
        verifyAgainstDecoy(password);
        const storage::NewEvent unknown{
            payload::text(event::kSignInUnknownLogin), {}, std::nullopt, now()};
        auto stored = m_store.write(
            [&](storage::CaseWriter& writer) { return writer.appendAuditEvent(unknown); });
        if (!stored) {
            return storageError(stored);
        }
        return AccessError::of(AccessProblem::WrongCredentials);
    }
    auto matches = storage::verifyPassword(password.view(), account->password);
    if (!matches) {
        return storageError(matches);
    }
    if (!*matches) {
        // R-ACC-LOCK: counted even while locked, so that the log shows the attempts.
        auto recorded = m_store.write([&](storage::CaseWriter& writer) {
            return writer.recordSignIn(account->id, false, m_settings.lockAfterFailures, now());
        });
        if (!recorded) {
            return storageError(recorded);
        }
        return AccessError::of(AccessProblem::WrongCredentials);
    }
    if (account->locked) {
        return refuseSignIn(*account, AccessProblem::AccountLocked);
    }
    if (!account->active) {
        return refuseSignIn(*account, AccessProblem::AccountInactive);
    }
    auto recorded = m_store.write([&](storage::CaseWriter& writer) {
        return writer.recordSignIn(account->id, true, m_settings.lockAfterFailures, now());
    });
    if (!recorded) {
        return storageError(recorded);
    }
    return sessionOf(*account);
}

AccessOutcome<void> StaffAccess::signOut(const Session& session) {
    const storage::NewEvent signedOut{payload::text(event::kSignOut), {}, session.staff, now()};
    auto stored = m_store.write(
        [&](storage::CaseWriter& writer) { return writer.appendAuditEvent(signedOut); });
    if (!stored) {
        return storageError(stored);
    }
    return {};
}

AccessOutcome<void> StaffAccess::changeOwnPassword(const Session& session,
                                                   const domain::SecretBuffer& current,
                                                   const domain::SecretBuffer& replacement) {
    auto account = existingStaff(session.staff);
    if (!account) {
        return account.error();
    }
    auto matches = storage::verifyPassword(current.view(), account->password);
    if (!matches) {
        return storageError(matches);
    }
    if (!*matches) {
        return AccessError::of(AccessProblem::WrongCredentials);
    }
    auto hash = acceptablePassword(replacement, account->login);
    if (!hash) {
        return hash.error();
    }
    auto changed = m_store.write([&](storage::CaseWriter& writer) {
        return writer.changePassword(session.staff, *hash, session.staff, now());
    });
    if (!changed) {
        return storageError(changed);
    }
    return {};
}

AccessOutcome<void> StaffAccess::requireSupervisor(const Session& session,
                                                   SupervisorAction action) {
    auto permitted = permitsSupervisorAction(m_store, session, action, now());
    if (!permitted) {
        return storageError(permitted);
    }
    if (!*permitted) {
        return AccessError::notPermitted(action);
    }
    return {};
}

AccessOutcome<storage::StaffAccount> StaffAccess::existingStaff(storage::StaffId staff) {
    auto account = m_store.findStaff(staff);
    if (!account) {
        if (account.error().code == storage::StorageErrorCode::NotFound) {
            return AccessError::of(AccessProblem::StaffNotFound);
        }
        return storageError(account);
    }
    return std::move(*account);
}

AccessOutcome<storage::StaffId>
StaffAccess::createStaff(const Session& session, const QString& login, const QString& displayName,
                         storage::StaffRole role, const domain::SecretBuffer& initialPassword) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::CreateStaff); !allowed) {
        return allowed.error();
    }
    const QString trimmedLogin = login.trimmed();
    if (auto refused = refusedAccount(trimmedLogin, displayName.trimmed())) {
        return *refused;
    }
    auto existing = m_store.findStaffByLogin(trimmedLogin);
    if (existing) {
        return AccessError::of(AccessProblem::LoginTaken);
    }
    if (existing.error().code != storage::StorageErrorCode::NotFound) {
        return storageError(existing);
    }
    auto hash = acceptablePassword(initialPassword, trimmedLogin);
    if (!hash) {
        return hash.error();
    }
    const storage::NewStaff staff{trimmedLogin, displayName.trimmed(), role, std::move(*hash)};
    auto created = m_store.write([&](storage::CaseWriter& writer) {
        return writer.createStaff(staff, session.staff, now());
    });
    if (!created) {
        if (created.error().code == storage::StorageErrorCode::Constraint) {
            return AccessError::of(AccessProblem::LoginTaken); // another program was quicker
        }
        return storageError(created);
    }
    return created->id;
}

AccessOutcome<void> StaffAccess::resetPassword(const Session& session, storage::StaffId staff,
                                               const domain::SecretBuffer& newPassword) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::ResetPassword); !allowed) {
        return allowed;
    }
    auto account = existingStaff(staff);
    if (!account) {
        return account.error();
    }
    auto hash = acceptablePassword(newPassword, account->login);
    if (!hash) {
        return hash.error();
    }
    auto changed = m_store.write([&](storage::CaseWriter& writer) {
        return writer.changePassword(staff, *hash, session.staff, now());
    });
    if (!changed) {
        return storageError(changed);
    }
    return {};
}

AccessOutcome<void> StaffAccess::unlock(const Session& session, storage::StaffId staff) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::UnlockStaff); !allowed) {
        return allowed;
    }
    if (auto account = existingStaff(staff); !account) {
        return account.error();
    }
    auto unlocked = m_store.write([&](storage::CaseWriter& writer) {
        return writer.unlockStaff(staff, session.staff, now());
    });
    if (!unlocked) {
        return storageError(unlocked);
    }
    return {};
}

AccessOutcome<void> StaffAccess::setActive(const Session& session, storage::StaffId staff,
                                           bool active) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::SetStaffActive); !allowed) {
        return allowed;
    }
    if (!active && staff == session.staff) {
        return AccessError::of(AccessProblem::OwnAccount);
    }
    if (auto account = existingStaff(staff); !account) {
        return account.error();
    }
    auto changed = m_store.write([&](storage::CaseWriter& writer) {
        return writer.setStaffActive(staff, active, session.staff, now());
    });
    if (!changed) {
        return storageError(changed);
    }
    return {};
}

AccessOutcome<std::vector<StaffOverview>> StaffAccess::listStaff(const Session& session) {
    if (auto allowed = requireSupervisor(session, SupervisorAction::ListStaff); !allowed) {
        return allowed.error();
    }
    auto accounts = m_store.listStaff();
    if (!accounts) {
        return storageError(accounts);
    }
    std::vector<StaffOverview> overview;
    overview.reserve(accounts->size());
    for (const storage::StaffAccount& account : *accounts) {
        overview.push_back(StaffOverview{account.id, account.login, account.displayName,
                                         account.role, account.active, account.locked,
                                         account.failedSignIns});
    }
    return overview;
}

} // namespace jpki::workflow
