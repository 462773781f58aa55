#pragma once

// Every export of a report is an audit event (report-exported), stored before anything is
// written out, so that no report leaves unrecorded: the command line's and the window's alike.

#include "storage/case_store.h"

#include <QJsonObject>
#include <optional>

namespace jpki::reports {

// Stores a report-exported event with `facts` (which report, day or range, counter, format,
// destination) by `staff` (none for the command line, which runs with the file's own access).
storage::Result<void> recordReportExport(storage::CaseStore& store, const QJsonObject& facts,
                                         std::optional<storage::StaffId> staff,
                                         storage::Timestamp at);

} // namespace jpki::reports
