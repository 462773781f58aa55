#pragma once

// Helpers for the storage tests: a temporary folder per test, Japan and UTC instants, staff with
// a cheap scrypt cost, and unwrapping of results that must succeed (a failure throws, which
// GoogleTest reports with the error's description).

#include "storage/case_store.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <stdexcept>
#include <string>

namespace jpki::storage::testing {

// scrypt's lowest accepted cost: the tests hash many passwords.
inline constexpr ScryptParameters kCheapScrypt{10, 8, 1};

template <typename T> T valueOrThrow(Result<T> result) {
    if (!result) {
        throw std::runtime_error(describe(result.error()));
    }
    return std::move(result).value();
}

inline void okOrThrow(const Result<void>& result) {
    if (!result) {
        throw std::runtime_error(describe(result.error()));
    }
}

// An instant given as Japan time (UTC+9).
Timestamp japanTime(int year, int month, int day, int hour, int minute, int second = 0);
// An instant given as UTC.
Timestamp utcTime(int year, int month, int day, int hour, int minute, int second = 0);

domain::Date date(int year, int month, int day);

StaffAccount addStaff(CaseStore& store, const QString& login, StaffRole role, Timestamp at);

// Opens a case for `clerk` at `at` (renewal, self, counter "1" unless told).
OpenedCase openCase(CaseStore& store, StaffId clerk, Timestamp at,
                    domain::Procedure procedure = domain::Procedure::Renewal,
                    const QString& counter = QStringLiteral("1"));

AppendedEvent appendStep(CaseStore& store, CaseId caseId, StaffId clerk, Timestamp at,
                         const QString& type, const QString& state, bool closes = false,
                         const std::optional<QString>& outcome = std::nullopt);

// A folder removed after the test, with the path of a file in it.
class TempFolder {
public:
    TempFolder();
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Runs raw SQL on a database file through its own connection, outside the store: how the tests
// tamper with rows. Throws on failure.
void rawExecute(const QString& path, const std::string& sql);
std::int64_t rawQueryInt(const QString& path, const std::string& sql);
QByteArray fileBytes(const QString& path);

// An auditor's copy: `database` (closed, so all in one file) copied into the new folder
// `folder`, the copy made read-only (0444) and the folder too (0555), and the way there open to
// other users. Returns the copy's path; throws on failure.
QString readOnlyCopy(const QString& database, const QString& folder);
// The names in `folder`, hidden ones too, sorted.
QStringList folderEntries(const QString& folder);

} // namespace jpki::storage::testing
