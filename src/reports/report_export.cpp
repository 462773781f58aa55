#include "reports/report_export.h"

#include "workflow/access_events.h"

namespace jpki::reports {

storage::Result<void> recordReportExport(storage::CaseStore& store, const QJsonObject& facts,
                                         std::optional<storage::StaffId> staff,
                                         storage::Timestamp at) {
    const storage::NewEvent exported{
        QString::fromLatin1(workflow::event::kReportExported.data(),
                            qsizetype(workflow::event::kReportExported.size())),
        facts, staff, at};
    return store.write([&](storage::CaseWriter& writer) -> storage::Result<void> {
        auto appended = writer.appendAuditEvent(exported);
        if (!appended) {
            return appended.error();
        }
        return {};
    });
}

} // namespace jpki::reports
