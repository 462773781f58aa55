// What the counter meets on a bad day: a read-only file, a full disk, another writer, a power cut
// (a process killed in the middle of a write). Each gives its typed error and loses nothing that
// was stored before.

#include "support/store_fixture.h"

#include <QFile>
#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace jpki::storage {
namespace {

using namespace testing;

// Runs `work` in a forked child without root's power to write anything (as "nobody" when the
// tests run as root), and returns its exit code.
template <typename Work> int inUnprivilegedChild(Work work) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            ::_exit(90);
        }
        ::_exit(work());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(StorageFailures, ReadOnlyFileIsRefusedForWritingAndKeepsItsData) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        const StaffId clerk =
            addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0))
                .id;
        openCase(store, clerk, japanTime(2026, 4, 1, 9, 0));
    }
    ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0755), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0444), 0);
    const QByteArray before = fileBytes(path);

    const int code = inUnprivilegedChild([&] {
        auto store = CaseStore::open(path, OpenOptions::creating());
        if (store) {
            return 1;
        }
        return store.error().code == StorageErrorCode::ReadOnly ? 0 : 2;
    });
    EXPECT_EQ(code, 0) << "1: opened for writing, 2: another error";
    EXPECT_EQ(fileBytes(path), before);

    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    EXPECT_EQ(valueOrThrow(store.casesOfDay({date(2026, 4, 1), {}, {}})).size(), 1U);
    EXPECT_TRUE(valueOrThrow(store.verifyChain()).holds());
}

unsigned modeOf(const QString& path) {
    struct stat found {};
    return ::lstat(QFile::encodeName(path).constData(), &found) == 0 ? found.st_mode & 07777 : 0;
}

// Issue 16: applicants' names, addresses and birth dates, and SQLite makes the -wal and -shm
// with the database file's mode.
TEST(StorageFiles, ANewDatabaseAndItsLogAreTheOwnersOnlyUnderAPermissiveUmask) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    const mode_t savedMask = ::umask(0);
    {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            EXPECT_EQ(modeOf(path + QLatin1String(suffix)), 0600u) << suffix;
        }
    }
    ::umask(savedMask);
    EXPECT_EQ(modeOf(path), 0600u);
}

TEST(StorageFiles, AnExistingDatabaseReadableByOthersIsTightenedOnOpening) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);

    const mode_t savedMask = ::umask(022);
    {
        auto store = valueOrThrow(CaseStore::open(path));
        addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            EXPECT_EQ(modeOf(path + QLatin1String(suffix)), 0600u) << suffix;
        }
    }
    ::umask(savedMask);
}

TEST(StorageFailures, WriteThroughAReadOnlyConnectionIsReadOnly) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    auto connection = valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadOnly,
                                                            std::chrono::milliseconds(1000)));
    const auto refused = connection->executeScript(
        "INSERT INTO staff (login, display_name, role, password_hash, password_salt, kdf,"
        " kdf_log2_n, kdf_r, kdf_p, created_at, updated_at)"
        " VALUES ('x', 'x', 'clerk', x'00', x'00', 'scrypt', 10, 8, 1, 0, 0)");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::ReadOnly);
}

TEST(StorageFailures, FullDiskGivesDiskFullAndLosesNothingStored) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    StaffId clerk{};
    CaseId caseId{};
    {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        clerk =
            addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0))
                .id;
        caseId = openCase(store, clerk, japanTime(2026, 4, 1, 9, 0)).id;
    }
    const std::int64_t pages = rawQueryInt(path, "PRAGMA page_count");
    OpenOptions limited;
    limited.maxPageCount = pages + 4;
    std::int64_t stored = rawQueryInt(path, "SELECT count(*) FROM case_events");
    {
        auto store = valueOrThrow(CaseStore::open(path, limited));
        std::optional<StorageError> failure;
        const QString padding(400, QLatin1Char('x'));
        for (int step = 0; step < 10000 && !failure; ++step) {
            auto appended = store.write([&](CaseWriter& writer) {
                return writer.appendCaseEvent(
                    caseId,
                    {QStringLiteral("note"),
                     {{QStringLiteral("text"), padding}},
                     clerk,
                     japanTime(2026, 4, 1, 9, 0) + std::chrono::seconds(step)},
                    {QStringLiteral("working"), std::nullopt, false});
            });
            if (appended) {
                ++stored;
            } else {
                failure = appended.error();
            }
        }
        ASSERT_TRUE(failure.has_value());
        EXPECT_EQ(failure->code, StorageErrorCode::DiskFull) << describe(*failure);
        EXPECT_FALSE(errorText(*failure).isEmpty());
        // The store stays usable: the next write fails the same way, reads still work.
        const auto again = store.write([&](CaseWriter& writer) {
            return writer.appendCaseEvent(caseId,
                                          {QStringLiteral("note"),
                                           {{QStringLiteral("text"), padding}},
                                           clerk,
                                           japanTime(2026, 4, 1, 12, 0)},
                                          {QStringLiteral("working"), std::nullopt, false});
        });
        ASSERT_FALSE(again);
        EXPECT_EQ(again.error().code, StorageErrorCode::DiskFull);
        EXPECT_EQ(valueOrThrow(store.verifyChain()).eventsChecked, stored);
    }
    auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    EXPECT_TRUE(valueOrThrow(store.checkIntegrity()).ok());
    const ChainVerification chain = valueOrThrow(store.verifyChain());
    EXPECT_TRUE(chain.holds());
    EXPECT_EQ(chain.eventsChecked, stored);
    EXPECT_EQ(valueOrThrow(store.findCase(caseId)).summary.lastEventSequence, stored);
}

TEST(StorageFailures, SecondWriterWaitsThenGetsBusy) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    auto first = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    const StaffId clerk =
        addStaff(first, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0)).id;
    OpenOptions impatient;
    impatient.busyTimeout = std::chrono::milliseconds(100);
    auto second = valueOrThrow(CaseStore::open(path, impatient));

    std::optional<StorageError> secondError;
    okOrThrow(first.write([&](CaseWriter& writer) -> Result<void> {
        auto opened = writer.openCase({domain::Procedure::Renewal,
                                       domain::RequestPath::Self,
                                       QStringLiteral("1"),
                                       clerk,
                                       japanTime(2026, 4, 1, 9, 0),
                                       QStringLiteral("reception"),
                                       {}});
        if (!opened) {
            return opened.error();
        }
        // Meanwhile another program tries to write, and readers still read.
        const auto blocked = second.write([&](CaseWriter& other) {
            return other.appendAuditEvent(
                {QStringLiteral("export"), {}, clerk, japanTime(2026, 4, 1, 9, 1)});
        });
        if (!blocked) {
            secondError = blocked.error();
        }
        auto read = second.casesOfDay({date(2026, 4, 1), {}, {}});
        return read ? Result<void>() : read.error();
    }));
    ASSERT_TRUE(secondError.has_value());
    EXPECT_EQ(secondError->code, StorageErrorCode::Busy);
    // Once the first writer is done, the second one writes.
    valueOrThrow(second.write([&](CaseWriter& other) {
        return other.appendAuditEvent(
            {QStringLiteral("export"), {}, clerk, japanTime(2026, 4, 1, 9, 2)});
    }));
    EXPECT_TRUE(valueOrThrow(first.verifyChain()).holds());
}

// The child: appends steps as fast as it can, each step a case event with its projection, some
// with a document in the same transaction, until it is killed.
[[noreturn]] void appendForever(const QString& path) {
    auto store = CaseStore::open(path, OpenOptions::creating());
    if (!store) {
        ::_exit(3);
    }
    auto clerk = store->findStaffByLogin(QStringLiteral("clerk"));
    if (!clerk) {
        ::_exit(4);
    }
    Timestamp at = japanTime(2026, 4, 1, 9, 0);
    for (std::int64_t step = 0;; ++step) {
        at += std::chrono::seconds(1);
        auto written = store->write([&](CaseWriter& writer) -> Result<void> {
            auto opened = writer.openCase({domain::Procedure::PinReset,
                                           domain::RequestPath::Self,
                                           QStringLiteral("1"),
                                           clerk->id,
                                           at,
                                           QStringLiteral("reception"),
                                           {}});
            if (!opened) {
                return opened.error();
            }
            auto document =
                writer.recordDocumentCheck(opened->id, {QStringLiteral("driving-licence"),
                                                        DocumentHolder::Applicant,
                                                        true,
                                                        {},
                                                        clerk->id,
                                                        at});
            if (!document) {
                return document.error();
            }
            auto closed = writer.appendCaseEvent(
                opened->id,
                {QStringLiteral("case-completed"),
                 {{QStringLiteral("step"), static_cast<qint64>(step)}},
                 clerk->id,
                 at},
                {QStringLiteral("completed"), QStringLiteral("completed"), true});
            return closed ? Result<void>() : closed.error();
        });
        if (!written) {
            ::_exit(5);
        }
    }
}

TEST(StorageFailures, ProcessKilledMidWriteLeavesAConsistentDatabase) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0));
    }
    std::mt19937 random(20260401);
    std::uniform_int_distribution<int> pause(20, 250);
    std::int64_t previousEvents = 1;
    for (int round = 0; round < 6; ++round) {
        SCOPED_TRACE(round);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            appendForever(path);
        }
        // On a loaded machine the child may not run at all in the pause: wait for its first
        // commit, so that every round kills a writer at work.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (rawQueryInt(path, "SELECT count(*) FROM case_events") <= previousEvents &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pause(random)));
        ASSERT_EQ(::kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped on its own: " << status;

        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        EXPECT_TRUE(valueOrThrow(store.checkIntegrity()).ok());
        const ChainVerification chain = valueOrThrow(store.verifyChain());
        EXPECT_TRUE(chain.holds());
        EXPECT_GT(chain.eventsChecked, previousEvents) << "the child wrote nothing";
        previousEvents = chain.eventsChecked;
        // Every step was stored whole: each case's row points at its last event, and each case
        // has all three events (opened, document, completed).
        EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM cases c WHERE c.last_event_seq IS NOT"
                                    " (SELECT max(seq) FROM case_events e WHERE e.case_id = c.id)"),
                  0);
        EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM cases c WHERE 3 !="
                                    " (SELECT count(*) FROM case_events e WHERE e.case_id = c.id)"),
                  0);
        EXPECT_TRUE(valueOrThrow(store.openCases()).empty());
    }
}

} // namespace
} // namespace jpki::storage
