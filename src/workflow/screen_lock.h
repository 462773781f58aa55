#pragma once

// R-ACC-IDLE: a counter screen left alone locks; it is unlocked through a sign-in (so that wrong
// passwords count towards R-ACC-LOCK) by the staff member it was locked for, or by a supervisor,
// who then takes the counter over. Anyone else is refused and signed out again.

#include "domain/idle_lock.h"
#include "workflow/session.h"

namespace jpki::workflow {

using domain::kDefaultIdleLock;
using domain::kLongestIdleLock;
using domain::kShortestIdleLock;

// True when `unlocking`, just signed in, may take back the screen locked for `lockedFor`.
inline bool mayUnlockScreen(const Session& lockedFor, const Session& unlocking) {
    return unlocking.staff == lockedFor.staff || unlocking.isSupervisor();
}

// True when the unlock hands the counter to someone else (a supervisor), whose session then
// replaces the locked one.
inline bool unlockChangesStaff(const Session& lockedFor, const Session& unlocking) {
    return unlocking.staff != lockedFor.staff;
}

} // namespace jpki::workflow
