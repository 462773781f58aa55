#include "workflow/role_check.h"

#include "workflow/access_events.h"
#include "workflow/payload_codec.h"

namespace jpki::workflow {

storage::Result<bool> permitsSupervisorAction(storage::CaseStore& store, const Session& session,
                                              SupervisorAction action, storage::Timestamp at) {
    bool permitted = false;
    if (session.isSupervisor()) {
        auto account = store.findStaff(session.staff);
        if (!account && account.error().code != storage::StorageErrorCode::NotFound) {
            return account.error();
        }
        permitted = account && account->role == storage::StaffRole::Supervisor && account->active &&
                    !account->locked;
    }
    if (permitted) {
        return true;
    }
    const storage::NewEvent refused{
        payload::text(event::kAccessRefused),
        QJsonObject{{QStringLiteral("action"), payload::text(supervisorActionId(action))},
                    {QStringLiteral("role"), payload::text(storage::staffRoleId(session.role))}},
        session.staff, at};
    auto stored =
        store.write([&](storage::CaseWriter& writer) { return writer.appendAuditEvent(refused); });
    if (!stored) {
        return stored.error();
    }
    return false;
}

} // namespace jpki::workflow
