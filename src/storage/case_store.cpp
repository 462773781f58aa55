// CaseStore: opening, writing and upkeep. The queries are in case_queries.cpp.

#include "storage/case_store.h"

#include "platform/app_paths.h"
#include "platform/file_output.h"
#include "platform/logging.h"
#include "storage/private_files.h"
#include "storage/record_proof.h"
#include "storage/schema.h"
#include "storage/store_core.h"
#include "storage/wal_check.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace jpki::storage {

namespace {

constexpr int kBackupPagesPerStep = 1024;
constexpr std::chrono::milliseconds kBackupRetryPause{50};

// The table that marks a database made for synthetic history; the program's own schema never
// names it, so no real database can hold it.
constexpr std::string_view kSyntheticMarker = "synthetic_history";

Result<bool> holdsMarker(sqlite::Connection& connection) {
    auto count =
        connection.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" +
                            std::string(kSyntheticMarker) + "'");
    if (!count) {
        return count.error();
    }
    return *count > 0;
}

Result<void> configureForWriting(sqlite::Connection& connection, const OpenOptions& options) {
    // synchronous=FULL: a committed step survives a power cut, not only a crash of the program.
    auto configured = connection.executeScript(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -16384;");
    if (!configured) {
        return configured;
    }
    auto journal = connection.prepare("PRAGMA journal_mode = WAL");
    if (!journal) {
        return journal.error();
    }
    auto row = journal->step();
    if (!row) {
        return row.error();
    }
    if (!*row || journal->readTextView(0) != "wal") {
        // A file system without shared memory (some network drives) keeps the rollback
        // journal: still safe with synchronous=FULL, only readers then wait for writers.
        platform::logger("db")->warn("the database stays in rollback-journal mode");
    }
    if (options.maxPageCount) {
        // PRAGMA takes no bound parameters; the value is a number from the program itself.
        auto limited = connection.executeScript("PRAGMA max_page_count = " +
                                                std::to_string(*options.maxPageCount));
        if (!limited) {
            return limited;
        }
    }
    return {};
}

Result<int> prepareSchema(sqlite::Connection& connection, const OpenOptions& options) {
    // Inspect before any write: a foreign or newer file is refused exactly as it was found.
    auto state = inspectSchema(connection);
    if (!state) {
        return state.error();
    }
    if (options.syntheticHistory) {
        auto synthetic = holdsMarker(connection);
        if (!synthetic) {
            return synthetic.error();
        }
        if (!*synthetic) {
            return StorageError(StorageErrorCode::NotSynthetic, "not made for synthetic history");
        }
    }
    if (options.mode == sqlite::OpenMode::ReadOnly) {
        if (state->empty) {
            return StorageError(StorageErrorCode::NotADatabase, "an empty file");
        }
        if (state->version != currentSchemaVersion()) {
            StorageError error(StorageErrorCode::OlderSchema, "opened read-only");
            error.foundSchemaVersion = state->version;
            error.supportedSchemaVersion = currentSchemaVersion();
            return error;
        }
        auto configured =
            connection.executeScript("PRAGMA foreign_keys = ON; PRAGMA query_only = ON;");
        if (!configured) {
            return configured.error();
        }
        return state->version;
    }
    auto configured = configureForWriting(connection, options);
    if (!configured) {
        return configured.error();
    }
    auto migrated = migrate(connection);
    if (!migrated) {
        return migrated.error();
    }
    return migrated->version;
}

StorageError backupNotWritten(platform::FileError file) {
    StorageError error(StorageErrorCode::BackupWriteFailure, "writing the backup file");
    error.file = std::move(file);
    return error;
}

// SQLite's full disk or failed write while it fills the backup's file, as that file's problem.
StorageError onTheBackupsDisk(StorageError error, const QString& path) {
    if (error.code == StorageErrorCode::DiskFull) {
        return backupNotWritten(
            {platform::FileProblem::DiskFull, ENOSPC, platform::nativePath(path)});
    }
    if (error.code == StorageErrorCode::IoError) {
        return backupNotWritten(
            {platform::FileProblem::CannotWrite, EIO, platform::nativePath(path)});
    }
    return error;
}

enum class FileFound { Missing, Empty, Database };

// What is at `path`, looked at without opening it: anything but a regular file (a folder, a
// FIFO, a device, a socket) is refused here, before SQLite could block on it or write beside it.
Result<FileFound> lookAt(const QString& path) {
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (path.isEmpty() || ::stat(native.constData(), &info) != 0) {
        if (path.isEmpty() || errno == ENOENT) {
            return FileFound::Missing;
        }
        StorageError error(StorageErrorCode::CannotOpen, "looking at the database file");
        error.context += ": " + std::string(std::strerror(errno));
        return error;
    }
    if (!S_ISREG(info.st_mode)) {
        return StorageError(StorageErrorCode::NotARegularFile, "not a regular file");
    }
    // A file emptied with its -wal still holding commits is not empty: SQLite reads them back.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (info.st_size == 0 && (!wal.exists() || wal.size() == 0)) {
        return FileFound::Empty;
    }
    return FileFound::Database;
}

void removeWithCompanions(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

// Moves the finished database into place: over an empty file, or where there was none without
// ever replacing one that appeared meanwhile.
Result<void> moveIntoPlace(const QString& from, const QString& to, FileFound found) {
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    int moved = -1;
    if (found == FileFound::Missing) {
        moved = ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(),
                            RENAME_NOREPLACE);
        if (moved != 0 && (errno == EINVAL || errno == ENOSYS)) {
            moved = ::rename(source.constData(), target.constData()); // no such flag there
        }
    } else {
        moved = ::rename(source.constData(), target.constData());
    }
    if (moved != 0) {
        StorageError error(errno == EEXIST ? StorageErrorCode::Busy : StorageErrorCode::IoError,
                           "moving the new database into place");
        error.context += ": " + std::string(std::strerror(errno));
        return error;
    }
    return {};
}

// Builds a new case database complete under a temporary name beside `path`, then moves it into
// place: a stop half-way leaves at most the temporary file, which the next creation replaces.
Result<void> createDatabase(const QString& path, FileFound found, const OpenOptions& options) {
    const QString building = path + QStringLiteral(".creating");
    removeWithCompanions(building);
    // Private from its first byte, and so its -wal and -shm, which SQLite makes with its mode.
    if (auto made = detail::createPrivateFile(building); !made) {
        return made;
    }
    {
        auto connection =
            sqlite::Connection::open(building, sqlite::OpenMode::ReadWrite, options.busyTimeout);
        if (!connection) {
            return connection.error();
        }
        auto configured = configureForWriting(**connection, options);
        if (!configured) {
            return configured;
        }
        auto migrated = migrate(**connection);
        if (!migrated) {
            return migrated.error();
        }
        if (options.syntheticHistory) {
            auto marked = (*connection)
                              ->executeScript("CREATE TABLE " + std::string(kSyntheticMarker) +
                                              " (marked_at TEXT NOT NULL);"
                                              " INSERT INTO " +
                                              std::string(kSyntheticMarker) +
                                              " VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
            if (!marked) {
                return marked;
            }
        }
    } // closed: the last connection folds its -wal into the file
    if (auto moved = moveIntoPlace(building, path, found); !moved) {
        removeWithCompanions(building);
        return moved;
    }
    platform::logger("db")->info("case database created{}",
                                 options.syntheticHistory ? " for synthetic history" : "");
    return {};
}

template <typename T> Result<T> logged(Result<T> result, std::string_view what) {
    if (!result) {
        platform::logger("db")->warn("{}: {}", what, describe(result.error()));
    }
    return result;
}

// A refused opening is the caller's to report to the user; the log only notes it.
template <typename T> Result<T> noted(Result<T> result) {
    if (!result) {
        platform::logger("db")->info("opening the case database: {}", describe(result.error()));
    }
    return result;
}

} // namespace

QString CaseStore::defaultPath() {
    const QString folder = platform::applicationDataFolder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/cases.sqlite3");
}

CaseStore::CaseStore(std::unique_ptr<detail::StoreCore> core)
    : m_core(std::move(core)) {}

CaseStore::CaseStore(CaseStore&&) noexcept = default;
CaseStore& CaseStore::operator=(CaseStore&&) noexcept = default;
CaseStore::~CaseStore() = default;

Result<CaseStore> CaseStore::open(const QString& path, const OpenOptions& options) {
    auto found = lookAt(path);
    if (!found) {
        return noted<CaseStore>(found.error());
    }
    const bool create = *found != FileFound::Database;
    if (create) {
        if (!options.create || options.mode == sqlite::OpenMode::ReadOnly) {
            return noted<CaseStore>(
                StorageError(StorageErrorCode::NoDatabase,
                             *found == FileFound::Empty ? "an empty file" : "no such file"));
        }
        if (auto created = createDatabase(path, *found, options); !created) {
            return noted<CaseStore>(created.error());
        }
    }
    // A database made by an older version, or copied in with a wider umask, is made private
    // before SQLite opens it, so that the -wal and -shm it makes take the private mode too.
    detail::keepDatabasePrivate(path);
    // Before SQLite reads the log: it would drop every commit after a damaged frame unseen.
    auto damage = detail::inspectWriteAheadLog(path);
    if (!damage) {
        return noted<CaseStore>(damage.error());
    }
    if (*damage) {
        platform::logger("db")->error(
            "the write-ahead log is damaged at frame {} ({} committed frames after it); the "
            "database was not opened, so that nothing is lost",
            (*damage)->firstBadFrame, (*damage)->framesAfter);
        return StorageError(StorageErrorCode::Corrupt,
                            "write-ahead log damaged at frame " +
                                std::to_string((*damage)->firstBadFrame));
    }
    auto connection = sqlite::Connection::open(path, options.mode, options.busyTimeout);
    if (!connection) {
        return noted<CaseStore>(connection.error());
    }
    auto version = prepareSchema(**connection, options);
    if (!version) {
        return noted<CaseStore>(version.error());
    }
    auto key = detail::readApplicantKey(**connection);
    if (!key) {
        return noted<CaseStore>(key.error());
    }
    auto core = std::make_unique<detail::StoreCore>();
    core->connection = std::move(connection).value();
    core->schemaVersion = *version;
    core->applicantKey = *key;
    platform::logger("db")->info("case database open (schema {}, {})", *version,
                                 options.mode == sqlite::OpenMode::ReadOnly ? "read-only"
                                                                            : "read-write");
    CaseStore store(std::move(core));
    store.m_created = create;
    return store;
}

const QString& CaseStore::path() const {
    return m_core->connection->path();
}

int CaseStore::schemaVersion() const {
    return m_core->schemaVersion;
}

Result<bool> CaseStore::holdsSyntheticHistory() {
    return holdsMarker(*m_core->connection);
}

Result<void> CaseStore::runWrite(const std::function<Result<void>(CaseWriter&)>& work) {
    if (m_core->connection->mode() == sqlite::OpenMode::ReadOnly) {
        return StorageError(StorageErrorCode::ReadOnly, "the store was opened read-only");
    }
    if (m_core->writing) {
        return StorageError(StorageErrorCode::Internal, "writes do not nest");
    }
    auto transaction =
        sqlite::Transaction::begin(*m_core->connection, sqlite::Transaction::Kind::Immediate);
    if (!transaction) {
        return logged<void>(transaction.error(), "starting a write");
    }
    m_core->writing = true;
    struct WritingFlag {
        bool& flag;
        ~WritingFlag() { flag = false; }
    } clearOnExit{m_core->writing};

    CaseWriter writer(*m_core);
    auto done = work(writer);
    if (!done) {
        transaction->rollback();
        return logged(std::move(done), "a write was rolled back");
    }
    return logged(transaction->commit(), "committing a write");
}

Result<ChainVerification> CaseStore::verifyChain() {
    return verifyChainFrom(1);
}

Result<ChainVerification> CaseStore::verifyChainFromDay(const domain::Date& day) {
    auto first = firstSequenceFrom(day);
    if (!first) {
        return logged<ChainVerification>(first.error(), "finding the day's first event");
    }
    // Nothing from that day on: a start beyond the head walks nothing.
    return verifyChainAndRecords(first->value_or(std::numeric_limits<std::int64_t>::max()),
                                 domain::formatIsoDate(day));
}

Result<ChainVerification> CaseStore::verifyChainFrom(std::int64_t fromSequence) {
    return verifyChainAndRecords(fromSequence, std::nullopt);
}

Result<ChainVerification> CaseStore::verifyChainAndRecords(std::int64_t fromSequence,
                                                           std::optional<std::string> fromDay) {
    ChainWalkOptions options;
    options.fromSequence = fromSequence;
    auto verified =
        logged(storage::verifyChain(*m_core->connection, options), "verifying the chain");
    if (!verified) {
        return verified;
    }
    if (verified->broken) {
        platform::logger("db")->error("audit chain broken at event {}: {}",
                                      verified->broken->sequence,
                                      chainBreakKindId(verified->broken->kind));
        return verified; // the events themselves are unproven: nothing to check rows against
    }
    // The rows from the same start: those of a case with an event from there on (or, from a
    // day, opened on or after it), every account, the sign-offs recorded from there on.
    detail::RecordScope scope;
    scope.fromSequence = std::max<std::int64_t>(fromSequence, 1);
    scope.fromDay = std::move(fromDay);
    if (scope.fromSequence > 1 && !scope.fromDay) {
        auto day = dayOfEvent(scope.fromSequence);
        if (!day) {
            return day.error();
        }
        scope.fromDay = std::move(day).value();
    }
    auto records = logged(detail::checkRecords(*m_core, scope), "checking the records");
    if (!records) {
        return records.error();
    }
    verified->records = std::move(records).value();
    for (const RecordMismatch& mismatch : verified->records) {
        platform::logger("db")->error("{} row {} not borne out by the chain ({}, event {}, {})",
                                      recordKindId(mismatch.kind), mismatch.rowId,
                                      recordProblemId(mismatch.problem), mismatch.eventSequence,
                                      mismatch.field);
    }
    return verified;
}

Result<std::string> CaseStore::dayOfEvent(std::int64_t sequence) {
    auto statement = m_core->connection->cached("SELECT at FROM case_events WHERE seq = ?1");
    if (!statement) {
        return statement.error();
    }
    (*statement)->bind(1, sequence);
    auto row = (*statement)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::string("9999-12-31"); // beyond the head: no case opened from then on
    }
    return domain::formatIsoDate(japanDate(fromUnixMilliseconds((*statement)->readInt(0))));
}

Result<std::optional<std::int64_t>> CaseStore::findEventByHash(const Digest& hash) {
    auto statement = m_core->connection->prepare("SELECT seq FROM case_events WHERE hash = ?1");
    if (!statement) {
        return statement.error();
    }
    statement->bindBlob(1, hash);
    auto row = statement->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<std::int64_t>();
    }
    return std::optional(statement->readInt(0));
}

Result<IntegrityReport> CaseStore::checkIntegrity() {
    IntegrityReport report;
    auto integrity = m_core->connection->prepare("PRAGMA integrity_check(100)");
    if (!integrity) {
        return integrity.error();
    }
    for (;;) {
        auto row = integrity->step();
        if (!row) {
            return logged<IntegrityReport>(row.error(), "checking integrity");
        }
        if (!*row) {
            break;
        }
        const QString line = integrity->readText(0);
        if (line != QLatin1String("ok")) {
            report.problems.append(line);
        }
    }
    auto records = detail::checkRecords(*m_core, {});
    if (!records) {
        return logged<IntegrityReport>(records.error(), "checking the records");
    }
    for (const RecordMismatch& mismatch : *records) {
        report.problems.append(recordMismatchText(mismatch));
    }
    auto foreignKeys = m_core->connection->prepare("PRAGMA foreign_key_check");
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    for (;;) {
        auto row = foreignKeys->step();
        if (!row) {
            return logged<IntegrityReport>(row.error(), "checking foreign keys");
        }
        if (!*row) {
            break;
        }
        report.problems.append(QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                                   .arg(foreignKeys->readText(0))
                                   .arg(foreignKeys->readInt(1))
                                   .arg(foreignKeys->readText(2)));
    }
    if (!report.ok()) {
        platform::logger("db")->error("integrity check found {} problem(s)",
                                      report.problems.size());
    }
    return report;
}

Result<BackupReport> CaseStore::backupTo(const QString& path) {
    // The copy holds every applicant's data: a private file, never over an existing one nor
    // through a link planted at its name (platform/file_output.h).
    auto staged = platform::stagePrivateFile(path, platform::ExistingTarget::Keep);
    if (!staged) {
        return logged<BackupReport>(backupNotWritten(staged.error()), "starting the backup");
    }
    {
        // SQLite writes the pages by name; an empty file is an empty database.
        auto destination = sqlite::Connection::open(
            QFile::decodeName(QByteArray::fromStdString(staged->temporaryPath().string())),
            sqlite::OpenMode::ReadWrite, std::chrono::milliseconds(5000));
        if (!destination) {
            return logged<BackupReport>(destination.error(), "opening the backup file");
        }
        sqlite3* to = (*destination)->handle();
        sqlite3_backup* backup =
            sqlite3_backup_init(to, "main", m_core->connection->handle(), "main");
        if (backup == nullptr) {
            return logged<BackupReport>((*destination)->error(sqlite3_errcode(to), "backup"),
                                        "starting the backup");
        }
        int stepped = SQLITE_OK;
        do {
            stepped = sqlite3_backup_step(backup, kBackupPagesPerStep);
            if (stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED) {
                std::this_thread::sleep_for(kBackupRetryPause);
            }
        } while (stepped == SQLITE_OK || stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED);
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            return logged<BackupReport>(
                onTheBackupsDisk(
                    sqlite::errorFromSqlite(to, stepped != SQLITE_DONE ? stepped : finished,
                                            "copying pages"),
                    path),
                "backing up");
        }
        // One self-contained file: the copy leaves WAL mode and is checked before it is kept.
        auto single = (*destination)->executeScript("PRAGMA journal_mode = DELETE");
        if (!single) {
            return logged<BackupReport>(onTheBackupsDisk(single.error(), path),
                                        "finishing the backup");
        }
        auto check = (*destination)->prepare("PRAGMA quick_check");
        if (!check) {
            return check.error();
        }
        auto checked = check->step();
        if (!checked || !*checked || check->readTextView(0) != "ok") {
            return logged<BackupReport>(
                StorageError(StorageErrorCode::Corrupt, "the backup copy fails its check"),
                "checking the backup");
        }
    }
    if (auto committed = staged->commit(); !committed) {
        return logged<BackupReport>(backupNotWritten(committed.error()), "keeping the backup");
    }
    platform::logger("db")->info("backup written");
    return BackupReport{path, QFileInfo(path).size()};
}

} // namespace jpki::storage
