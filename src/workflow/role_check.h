#pragma once

// R-ACC-ROLE: the one check every supervisor action makes, shared by the access layer and the
// day review.

#include "storage/case_store.h"
#include "workflow/access_error.h"
#include "workflow/session.h"

namespace jpki::workflow {

// True when `session` may take `action`: it is a supervisor's, and the stored account is still
// an active, unlocked supervisor (a session outlives a change to the account). A refusal is
// stored as an access-refused event, attributed to the session's staff, before false is
// returned.
storage::Result<bool> permitsSupervisorAction(storage::CaseStore& store, const Session& session,
                                              SupervisorAction action, storage::Timestamp at);

} // namespace jpki::workflow
