#pragma once

// The case store: the counter's SQLite database of staff, cases, their append-only hash-chained
// events, the paperwork and the daily sign-offs. The case engine writes through write(); the
// supervisor review and the command line read through the queries. No SQL leaves this layer.
//
// One CaseStore owns one connection and is used from one thread: the application keeps its
// writes on one storage thread. Other processes may read at the same time (WAL); a second
// writer waits up to the busy timeout.

#include "storage/audit_chain.h"
#include "storage/case_records.h"
#include "storage/case_writer.h"
#include "storage/paperwork_records.h"
#include "storage/result.h"
#include "storage/sign_off_records.h"
#include "storage/sqlite_connection.h"
#include "storage/staff_records.h"

#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace jpki::storage {

namespace detail {
struct StoreCore;
}

struct OpenOptions {
    sqlite::OpenMode mode = sqlite::OpenMode::ReadWrite;
    // Whether a missing or empty file is made into a new case database (ReadWrite only). Only
    // where making one is the caller's purpose (the window's first start, db generate into a new
    // file); elsewhere such a file is refused with NoDatabase, so that a mistyped path or a
    // truncated file never becomes an empty database.
    bool create = false;
    // For synthetic history (db generate): a database this opening creates is marked so, and an
    // existing one is refused with NotSynthetic unless it was, before anything is written to it.
    bool syntheticHistory = false;
    std::chrono::milliseconds busyTimeout{5000};
    // ReadWrite, making a missing or empty file into a new database.
    static OpenOptions creating() {
        OpenOptions options;
        options.create = true;
        return options;
    }

    // A size limit in pages (PRAGMA max_page_count); writes beyond it fail with DiskFull as on a
    // full disk. Tests use it to make a full disk.
    std::optional<std::int64_t> maxPageCount;
};

struct IntegrityReport {
    QStringList problems; // PRAGMA integrity_check's lines (up to 100) and foreign key breaks
    bool ok() const { return problems.isEmpty(); }
};

struct BackupReport {
    QString path;
    std::int64_t bytes = 0;
};

// What a support request may know of the store: no row's content.
struct StoreFacts {
    QString backend; // "sqlite"
    QString location;
    int schemaVersion = 0;
    std::int64_t headSequence = 0; // 0 for an empty chain
    Digest headHash = kGenesisHash;
    std::int64_t bytes = 0; // the file and its write-ahead log
};

class CaseStore {
public:
    // <application data folder>/cases.sqlite3; empty when the folder cannot be created.
    static QString defaultPath();

    // Anything but a regular file (a folder, FIFO, device, socket) is refused with
    // NotARegularFile before SQLite opens it; a missing or empty file with NoDatabase unless
    // `options.create`, which builds the new database complete under a temporary name beside
    // it and renames it into place (a stop half-way leaves nothing that a later run refuses).
    // ReadWrite: switches the file to WAL with synchronous=FULL and foreign keys on, and applies
    // pending migrations in one transaction. ReadOnly: the file must be at the current schema
    // version, and nothing is written.
    // A file that is not a case database, or that a newer program wrote, is refused before
    // anything is written to it.
    static Result<CaseStore> open(const QString& path, const OpenOptions& options = {});

    CaseStore(CaseStore&&) noexcept;
    CaseStore& operator=(CaseStore&&) noexcept;
    ~CaseStore();

    const QString& path() const;
    int schemaVersion() const;
    // True when this opening made the database (OpenOptions::create).
    bool created() const { return m_created; }
    // True when the database was made for synthetic history (OpenOptions::syntheticHistory).
    Result<bool> holdsSyntheticHistory();

    // Runs `work` in one IMMEDIATE transaction and commits when it succeeds; on any error
    // (its own or the commit's) everything it wrote is rolled back. Returns what `work` returns.
    template <typename Work> auto write(Work&& work) -> std::invoke_result_t<Work&, CaseWriter&>;

    // --- Staff ---
    // An account as its events prove it: a row the events do not bear out (a role or password
    // hash changed outside the program) gives Unproven, so that no access decision rests on it.
    Result<StaffAccount> findStaff(StaffId staff);
    Result<StaffAccount> findStaffByLogin(const QString& login);
    Result<std::vector<StaffAccount>> listStaff();

    // --- Cases ---
    Result<CaseRecord> findCase(CaseId caseId);
    // A case reference (R2026-000123) or an inquiry letter's (P2026-000123-1), as typed:
    // full-width characters, lower case and surrounding spaces are forgiven.
    Result<CaseRecord> findCaseByReference(const QString& reference);
    Result<std::vector<CaseSummary>> casesOfDay(const DayQuery& query);
    // Cases not in a final state, oldest first: what a clerk may resume.
    Result<std::vector<CaseSummary>> openCases();
    Result<std::vector<CaseEvent>> eventsOfCase(CaseId caseId);
    // Every event of a Japan day, cases and audit events alike, in chain order.
    Result<std::vector<CaseEvent>> eventsOfDay(const domain::Date& day);
    // The first event recorded at or after the start of a Japan day (where a day's check of the
    // chain starts); none when nothing was recorded from that day on.
    Result<std::optional<std::int64_t>> firstSequenceFrom(const domain::Date& day);
    Result<std::vector<RecordedDocumentCheck>> documentsOfCase(CaseId caseId);
    Result<std::vector<InquiryLetter>> lettersOfCase(CaseId caseId);
    // Mailed and not answered, oldest mailing first.
    Result<std::vector<InquiryLetter>> unansweredLetters();
    Result<std::vector<DailySignOff>> signOffsOfDay(const domain::Date& day);

    // SQLite's plan for casesOfDay, one line per step: how the day query was checked to use
    // its indices rather than scan.
    Result<QStringList> explainDayQuery(const DayQuery& query);
    // The same for firstSequenceFrom.
    Result<QStringList> explainFirstSequenceFrom(const domain::Date& day);

    // --- Upkeep ---
    // Each verification walks the chain and, when it holds, checks the rows of the other tables
    // against the events from the same start (ChainVerification::records).
    // The whole chain (`audit verify`).
    Result<ChainVerification> verifyChain();
    // From `fromSequence` to the head (ChainWalkOptions::fromSequence).
    Result<ChainVerification> verifyChainFrom(std::int64_t fromSequence);
    // From the first event recorded on `day` to the head: every row of that day and everything
    // after it, with every later sign-off's anchor; what a day's review and reports answer for.
    // Nothing recorded from that day on: nothing walked, the current head.
    Result<ChainVerification> verifyChainFromDay(const domain::Date& day);
    // SQLite's integrity and foreign-key checks, and every row against the events.
    Result<IntegrityReport> checkIntegrity();
    // The sequence of the event whose stored hash is `hash` (a head printed on a daily report);
    // none when no event has it. Scans the chain.
    Result<std::optional<std::int64_t>> findEventByHash(const Digest& hash);
    // Backend, location, schema, the chain's head (read, not verified) and size.
    Result<StoreFacts> facts();
    // An online backup (sqlite3_backup) to a new file, written under a temporary name and
    // renamed when complete; an existing file is never overwritten.
    Result<BackupReport> backupTo(const QString& path);

private:
    explicit CaseStore(std::unique_ptr<detail::StoreCore> core);
    Result<ChainVerification> verifyChainAndRecords(std::int64_t fromSequence,
                                                    std::optional<std::string> fromDay);
    Result<std::string> dayOfEvent(std::int64_t sequence);
    Result<StaffAccount> proven(Result<StaffAccount> account);
    Result<void> runWrite(const std::function<Result<void>(CaseWriter&)>& work);

    std::unique_ptr<detail::StoreCore> m_core;
    bool m_created = false;
};

template <typename Work>
auto CaseStore::write(Work&& work) -> std::invoke_result_t<Work&, CaseWriter&> {
    using Returned = std::invoke_result_t<Work&, CaseWriter&>;
    if constexpr (std::is_same_v<Returned, Result<void>>) {
        return runWrite([&](CaseWriter& writer) { return work(writer); });
    } else {
        std::optional<Returned> returned;
        auto written = runWrite([&](CaseWriter& writer) -> Result<void> {
            returned.emplace(work(writer));
            if (!returned->ok()) {
                return returned->error();
            }
            return {};
        });
        if (!written) {
            return written.error();
        }
        return std::move(*returned);
    }
}

} // namespace jpki::storage
