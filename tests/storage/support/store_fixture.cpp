#include "store_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <sys/stat.h>

namespace jpki::storage::testing {

namespace {

Timestamp instant(int year, int month, int day, int hour, int minute, int second, int offsetHours) {
    using namespace std::chrono;
    const sys_days days{domain::Date{std::chrono::year(year), std::chrono::month(unsigned(month)),
                                     std::chrono::day(unsigned(day))}};
    return time_point_cast<milliseconds>(days + hours(hour - offsetHours) + minutes(minute) +
                                         seconds(second));
}

struct RawDatabase {
    sqlite3* db = nullptr;
    explicit RawDatabase(const QString& path) {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path.toStdString());
        }
        sqlite3_busy_timeout(db, 5000);
    }
    ~RawDatabase() { sqlite3_close(db); }
};

} // namespace

Timestamp japanTime(int year, int month, int day, int hour, int minute, int second) {
    return instant(year, month, day, hour, minute, second, 9);
}

Timestamp utcTime(int year, int month, int day, int hour, int minute, int second) {
    return instant(year, month, day, hour, minute, second, 0);
}

domain::Date date(int year, int month, int day) {
    return domain::Date{std::chrono::year(year), std::chrono::month(unsigned(month)),
                        std::chrono::day(unsigned(day))};
}

StaffAccount addStaff(CaseStore& store, const QString& login, StaffRole role, Timestamp at) {
    const PasswordHash password =
        valueOrThrow(hashPassword("correct horse " + login.toStdString(), kCheapScrypt));
    return valueOrThrow(store.write([&](CaseWriter& writer) {
        return writer.createStaff({login, QStringLiteral("Staff ") + login, role, password},
                                  std::nullopt, at);
    }));
}

OpenedCase openCase(CaseStore& store, StaffId clerk, Timestamp at, domain::Procedure procedure,
                    const QString& counter) {
    NewCase newCase;
    newCase.procedure = procedure;
    newCase.path = domain::RequestPath::Self;
    newCase.counter = counter;
    newCase.openedBy = clerk;
    newCase.at = at;
    newCase.initialState = QStringLiteral("reception");
    return valueOrThrow(store.write([&](CaseWriter& writer) { return writer.openCase(newCase); }));
}

AppendedEvent appendStep(CaseStore& store, CaseId caseId, StaffId clerk, Timestamp at,
                         const QString& type, const QString& state, bool closes,
                         const std::optional<QString>& outcome) {
    return valueOrThrow(store.write([&](CaseWriter& writer) {
        return writer.appendCaseEvent(caseId, {type, {{QStringLiteral("step"), type}}, clerk, at},
                                      {state, outcome, closes});
    }));
}

TempFolder::TempFolder() {
    if (!m_dir.isValid()) {
        throw std::runtime_error("no temporary folder");
    }
}

void rawExecute(const QString& path, const std::string& sql) {
    RawDatabase raw(path);
    char* message = nullptr;
    if (sqlite3_exec(raw.db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message != nullptr ? message : "unknown";
        sqlite3_free(message);
        throw std::runtime_error("raw SQL failed: " + text);
    }
}

std::int64_t rawQueryInt(const QString& path, const std::string& sql) {
    RawDatabase raw(path);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(raw.db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("raw query failed: ") + sqlite3_errmsg(raw.db));
    }
    const int stepped = sqlite3_step(statement);
    const std::int64_t value = stepped == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    if (stepped != SQLITE_ROW) {
        throw std::runtime_error("raw query gave no row");
    }
    return value;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString());
    }
    return file.readAll();
}

QString readOnlyCopy(const QString& database, const QString& folder) {
    const QString copy = folder + QStringLiteral("/cases.sqlite3");
    if (!QDir().mkpath(folder) || !QFile::copy(database, copy)) {
        throw std::runtime_error("cannot copy " + database.toStdString());
    }
    // Every folder above the copy that only its owner may enter is opened to the others.
    for (QDir up(QFileInfo(folder).absolutePath()); !up.isRoot(); up.cdUp()) {
        const QByteArray name = QFile::encodeName(up.absolutePath());
        struct stat found {};
        if (::stat(name.constData(), &found) == 0 && (found.st_mode & S_IXOTH) == 0) {
            ::chmod(name.constData(),
                    (found.st_mode & 07777) | S_IRWXU | S_IROTH | S_IXOTH | S_IRGRP | S_IXGRP);
        }
    }
    if (::chmod(QFile::encodeName(copy).constData(), 0444) != 0 ||
        ::chmod(QFile::encodeName(folder).constData(), 0555) != 0) {
        throw std::runtime_error("cannot make " + copy.toStdString() + " read-only");
    }
    return copy;
}

QStringList folderEntries(const QString& folder) {
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace jpki::storage::testing
