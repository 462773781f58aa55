#include "gui/access_jobs.h"

#include "platform/logging.h"
#include "workflow/screen_lock.h"

namespace jpki::gui {

namespace {

// The worker could not open its store: the same answer as a store that fails under a call.
workflow::AccessError storeNotOpen() {
    return workflow::AccessError::storage(
        storage::StorageError(storage::StorageErrorCode::CannotOpen, "case store not open"));
}

// Wipes the job's password whatever the call returned.
class WipeAfterUse {
public:
    explicit WipeAfterUse(domain::SecretBuffer& password)
        : m_password(password) {}
    ~WipeAfterUse() { m_password.clear(); }
    WipeAfterUse(const WipeAfterUse&) = delete;
    WipeAfterUse& operator=(const WipeAfterUse&) = delete;

private:
    domain::SecretBuffer& m_password;
};

void logRefusal(const char* what, const workflow::AccessError& error) {
    platform::logger("gui")->info("{}: {}", what, workflow::describe(error));
}

} // namespace

AccessJob<workflow::AccessOutcome<bool>>
needsFirstSupervisorJob(const workflow::AccessSettings& settings) {
    return [settings](JobContext& context) -> workflow::AccessOutcome<bool> {
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storeNotOpen();
        }
        workflow::StaffAccess access(*store, context.clock(), settings);
        return access.needsFirstSupervisor();
    };
}

AccessJob<workflow::AccessOutcome<workflow::Session>>
createFirstSupervisorJob(const workflow::AccessSettings& settings, const QString& login,
                         const QString& displayName, PasswordForJob password) {
    return [settings, login, displayName,
            password](JobContext& context) -> workflow::AccessOutcome<workflow::Session> {
        const WipeAfterUse wipe(*password);
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storeNotOpen();
        }
        workflow::StaffAccess access(*store, context.clock(), settings);
        auto session = access.createFirstSupervisor(login, displayName, *password);
        if (!session) {
            logRefusal("first supervisor not created", session.error());
        }
        return session;
    };
}

AccessJob<workflow::AccessOutcome<workflow::Session>>
signInJob(const workflow::AccessSettings& settings, const QString& login, PasswordForJob password) {
    return [settings, login,
            password](JobContext& context) -> workflow::AccessOutcome<workflow::Session> {
        const WipeAfterUse wipe(*password);
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storeNotOpen();
        }
        workflow::StaffAccess access(*store, context.clock(), settings);
        auto session = access.signIn(login, *password);
        if (!session) {
            logRefusal("sign-in refused", session.error());
        }
        return session;
    };
}

AccessJob<UnlockAnswer> unlockJob(const workflow::AccessSettings& settings,
                                  const workflow::Session& lockedFor, const QString& login,
                                  PasswordForJob password) {
    return [settings, lockedFor, login, password](JobContext& context) -> UnlockAnswer {
        const WipeAfterUse wipe(*password);
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return UnlockAnswer{storeNotOpen(), false};
        }
        workflow::StaffAccess access(*store, context.clock(), settings);
        auto session = access.signIn(login, *password);
        if (!session) {
            logRefusal("unlock refused", session.error());
            return UnlockAnswer{std::move(session), false};
        }
        auto log = platform::logger("gui");
        if (!workflow::mayUnlockScreen(lockedFor, *session)) {
            log->info("unlock refused: staff {} may not unlock the screen of staff {}",
                      storage::rawId(session->staff), storage::rawId(lockedFor.staff));
            if (auto out = access.signOut(*session); !out) {
                logRefusal("sign-out after a refused unlock not stored", out.error());
            }
            return UnlockAnswer{std::move(session), true};
        }
        if (workflow::unlockChangesStaff(lockedFor, *session)) {
            log->info("screen of staff {} taken over by supervisor {}",
                      storage::rawId(lockedFor.staff), storage::rawId(session->staff));
            if (auto out = access.signOut(lockedFor); !out) {
                logRefusal("sign-out of the locked session not stored", out.error());
            }
        }
        return UnlockAnswer{std::move(session), false};
    };
}

AccessJob<workflow::AccessOutcome<void>> signOutJob(const workflow::AccessSettings& settings,
                                                    const workflow::Session& session) {
    return [settings, session](JobContext& context) -> workflow::AccessOutcome<void> {
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storeNotOpen();
        }
        workflow::StaffAccess access(*store, context.clock(), settings);
        auto out = access.signOut(session);
        if (!out) {
            logRefusal("sign-out not stored", out.error());
        }
        return out;
    };
}

} // namespace jpki::gui
