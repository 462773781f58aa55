#pragma once

// The sign-in's jobs for the case worker: each builds a workflow::StaffAccess on the worker's
// thread (every call blocks on the disk and on scrypt) and brings back the workflow's answer as
// it is. A password travels into its job in a SecretBuffer held by the job alone, and is wiped
// as soon as the call has used it.

#include "domain/secret.h"
#include "gui/case_worker.h"
#include "workflow/session.h"
#include "workflow/staff_access.h"

#include <QString>
#include <functional>
#include <memory>

namespace jpki::gui {

template <typename T> using AccessJob = std::function<T(JobContext&)>;

// A password on its way to one job: shared only so that the job can be copied into the queue.
using PasswordForJob = std::shared_ptr<domain::SecretBuffer>;

// What an unlock brings back: the sign-in's outcome, and whether that staff member was refused
// the screen (R-ACC-IDLE) and signed out again.
struct UnlockAnswer {
    workflow::AccessOutcome<workflow::Session> signIn;
    bool refusedScreen = false;
};

AccessJob<workflow::AccessOutcome<bool>>
needsFirstSupervisorJob(const workflow::AccessSettings& settings);

AccessJob<workflow::AccessOutcome<workflow::Session>>
createFirstSupervisorJob(const workflow::AccessSettings& settings, const QString& login,
                         const QString& displayName, PasswordForJob password);

AccessJob<workflow::AccessOutcome<workflow::Session>>
signInJob(const workflow::AccessSettings& settings, const QString& login, PasswordForJob password);

// Signs in through StaffAccess::signIn (so wrong passwords count), then keeps the session only
// if it may take back the screen locked for `lockedFor`. A supervisor taking over signs the
// locked session out; anyone else is signed out again.
AccessJob<UnlockAnswer> unlockJob(const workflow::AccessSettings& settings,
                                  const workflow::Session& lockedFor, const QString& login,
                                  PasswordForJob password);

AccessJob<workflow::AccessOutcome<void>> signOutJob(const workflow::AccessSettings& settings,
                                                    const workflow::Session& session);

} // namespace jpki::gui
