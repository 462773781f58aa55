#pragma once

// Every export is an audit event that says whether it succeeded: a report to a file or to
// standard output (report-exported), a letter or a receipt (document-exported), from the command
// line and the window alike.
//
// To a file, the order is: the bytes written and synced under a temporary name beside the
// target, then the event recorded with "succeeded": true, then the file renamed to its name. So
// no file takes its name without its event, and no success goes unrecorded. When the file cannot
// be written (a symbolic link or a device at the name, an existing file, a full disk), the event
// records "succeeded": false with the reason, and nothing is left under the name; when the event
// cannot be stored, the file is not written either. Should the rename fail after the success was
// recorded, a second event records the failure.

#include "platform/durable_file.h"
#include "storage/case_store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <string_view>

namespace jpki::reports {

enum class ExportKind {
    Report,   // report-exported: a daily or range report
    Document, // document-exported: a letter or a receipt, with the applicant's name and address
};

struct ExportEvent {
    ExportKind kind = ExportKind::Report;
    // What was exported (report, day or range, counter, document, case, letter), the format and
    // the destination ("file" or "stdout"); "succeeded" and "reason" are added when recorded.
    QJsonObject facts;
    // None for the command line, which runs with the database file's own access.
    std::optional<storage::StaffId> staff;
    storage::Timestamp at;
};

// Stores the event with "succeeded": true, or, given a failure's id, with "succeeded": false and
// "reason": that id (platform::fileProblemId).
storage::Result<void> recordExport(storage::CaseStore& store, const ExportEvent& event,
                                   std::optional<std::string_view> failure = std::nullopt);

// Why an export to a file did not take place: the file, the event, or both.
struct ExportFailure {
    QString path;
    std::optional<platform::FileError> file;     // the file was not written
    std::optional<storage::StorageError> record; // the event could not be stored
};

// The user's message, in the current language.
QString exportFailureText(const ExportFailure& failure);

// Writes `bytes` to `path` in the order above, as a private file (platform/file_output.h) that
// never replaces an existing one.
Expected<void, ExportFailure> exportToFile(storage::CaseStore& store, const ExportEvent& event,
                                           const QString& path, const QByteArray& bytes);

} // namespace jpki::reports
