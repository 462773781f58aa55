#pragma once

// Sign-in and staff accounts (R-ACC-*). The window's sign-in dialog and its account screens call
// this; nothing else decides who may do what.
//
//   StaffAccess access(store, clock);
//   if (*access.needsFirstSupervisor()) access.createFirstSupervisor(login, name, password);
//   auto session = access.signIn(login, password);   // Session or AccessError
//   ... engine commands take session->staff; supervisor actions take *session ...
//   access.signOut(*session);
//
// Passwords arrive in SecretBuffers, which stay the caller's to wipe; only scrypt hashes reach
// the store, and no password, nor a login that named no account, is logged or put in an event.
// Every call blocks on the disk (and on scrypt, about 0.1 s): call it on the storage thread.

#include "domain/secret.h"
#include "platform/clock.h"
#include "storage/case_store.h"
#include "storage/password_hash.h"
#include "workflow/access_error.h"
#include "workflow/session.h"

#include <QString>
#include <optional>
#include <vector>

namespace jpki::workflow {

struct AccessSettings {
    int lockAfterFailures = 5; // R-ACC-LOCK: consecutive wrong passwords before the lock
    storage::ScryptParameters passwordCost{}; // for new hashes; tests lower it
};

// An account as the supervisor's staff list shows it: never its hash.
struct StaffOverview {
    storage::StaffId id{};
    QString login;
    QString displayName;
    storage::StaffRole role = storage::StaffRole::Clerk;
    bool active = true;
    bool locked = false;
    int failedSignIns = 0;
};

class StaffAccess {
public:
    StaffAccess(storage::CaseStore& store, const platform::Clock& clock,
                AccessSettings settings = {});

    // --- First run ---
    // True while the database holds no account at all.
    AccessOutcome<bool> needsFirstSupervisor();
    // Creates the first account, a supervisor, and signs it in. AccountsExist once any exists.
    AccessOutcome<Session> createFirstSupervisor(const QString& login, const QString& displayName,
                                                 const domain::SecretBuffer& password);

    // --- Anyone ---
    // R-ACC-ENUM: an unknown login and a wrong password both give WrongCredentials. A wrong
    // password is counted and locks the account at lockAfterFailures (R-ACC-LOCK); a locked or
    // inactive account is named as such only to whoever typed its right password.
    AccessOutcome<Session> signIn(const QString& login, const domain::SecretBuffer& password);
    AccessOutcome<void> signOut(const Session& session);
    // WrongCredentials when `current` is not the account's password (not counted as a sign-in).
    AccessOutcome<void> changeOwnPassword(const Session& session,
                                          const domain::SecretBuffer& current,
                                          const domain::SecretBuffer& replacement);

    // --- Supervisors only (R-ACC-ROLE: a clerk's attempt is refused and audited) ---
    AccessOutcome<storage::StaffId> createStaff(const Session& session, const QString& login,
                                                const QString& displayName, storage::StaffRole role,
                                                const domain::SecretBuffer& initialPassword);
    AccessOutcome<void> resetPassword(const Session& session, storage::StaffId staff,
                                      const domain::SecretBuffer& newPassword);
    AccessOutcome<void> unlock(const Session& session, storage::StaffId staff);
    // OwnAccount when a supervisor would deactivate the account they are signed in with.
    AccessOutcome<void> setActive(const Session& session, storage::StaffId staff, bool active);
    AccessOutcome<std::vector<StaffOverview>> listStaff(const Session& session);

    const AccessSettings& settings() const { return m_settings; }

private:
    storage::Timestamp now() const;
    AccessOutcome<void> requireSupervisor(const Session& session, SupervisorAction action);
    AccessOutcome<storage::PasswordHash> acceptablePassword(const domain::SecretBuffer& password,
                                                            const QString& login) const;
    AccessOutcome<storage::StaffAccount> existingStaff(storage::StaffId staff);
    AccessError refuseSignIn(const storage::StaffAccount& account, AccessProblem problem);
    // Spends the time of a password check when the login named no account.
    void verifyAgainstDecoy(const domain::SecretBuffer& password);

    storage::CaseStore& m_store;
    const platform::Clock& m_clock;
    AccessSettings m_settings;
    std::optional<storage::PasswordHash> m_decoy;
};

} // namespace jpki::workflow
