// pcscd killed in the middle of a card operation, the disk filling up, and the database becoming
// read-only, each while a case is open: a typed error the clerk's text comes from, no crash,
// nothing stored before lost (integrity_check and the audit chain hold), and the case finished
// once the fault is gone; a read-only folder can still be read. The disk faults use a small tmpfs
// and a read-only bind mount inside the test's private mount namespace.

#include "counter_fixture.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sys/mount.h>
#include <thread>
#include <vector>

namespace jpki::test {
namespace {

namespace fs = std::filesystem;
using domain::Procedure;
using domain::RequestPath;
using workflow::CaseFile;
using workflow::ErrorKind;
using workflow::Step;

const CaseScript kRenewal{Procedure::Renewal, RequestPath::Self, "expiring"};

class Faults : public CounterFixture {
protected:
    int storedEvents(storage::CaseId id) {
        auto events = program().store->eventsOfCase(id);
        EXPECT_TRUE(events);
        return events ? static_cast<int>(events->size()) : -1;
    }

    workflow::Outcome<CaseFile> finishAfterFault(storage::CaseId id) {
        reconnect();
        auto stored = program().engine->load(id);
        if (!stored) {
            return stored;
        }
        auto done = runToEnd(*program().engine, *stored, *program().channel, kRenewal,
                             stack().today(), clerk());
        for (int retry = 0; retry < 3 && !done && done.error().kind() == ErrorKind::Card &&
                            card::isTransportError(done.error().cardError().code);
             ++retry) {
            reconnect();
            stored = program().engine->load(id);
            done = runToEnd(*program().engine, *stored, *program().channel, kRenewal,
                            stack().today(), clerk());
        }
        return done;
    }
};

TEST_F(Faults, PcscdKilledMidOperationGivesATypedErrorAndTheCaseFinishes) {
    ASSERT_NO_FATAL_FAILURE(startCounter(kRenewal.profile));
    auto opened = program().engine->open(kRenewal.procedure, kRenewal.path, clerk());
    ASSERT_TRUE(opened);
    const CaseFile before = driveUntil(*opened, Step::PinEntry, kRenewal);
    ASSERT_EQ(before.step, Step::PinEntry);

    // SIGKILL once the renewal is well under way (20 APDUs into it): no goodbye to anyone.
    const std::size_t killAt = stack().apduCount() + 20;
    const pid_t pcscd = stack().pcscd().pid();
    std::atomic<bool> stop = false;
    std::thread killer([&] {
        while (!stop && stack().apduCount() < killAt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (!stop) {
            ::kill(pcscd, SIGKILL);
        }
    });
    auto cut =
        runToEnd(*program().engine, before, *program().channel, kRenewal, stack().today(), clerk());
    stop = true;
    killer.join();
    ASSERT_FALSE(cut) << "the renewal ended before pcscd was killed";
    ASSERT_EQ(cut.error().kind(), ErrorKind::Card) << workflow::describe(cut.error());
    EXPECT_TRUE(card::isTransportError(cut.error().cardError().code))
        << workflow::describe(cut.error());
    ASSERT_TRUE(stack().pcscd().waitForExit(std::chrono::seconds(5)));

    stack().startPcscd(); // the simulator connects to the new one by itself
    ASSERT_TRUE(stack().waitForCard(true));
    auto done = finishAfterFault(before.id);
    ASSERT_TRUE(done) << workflow::describe(done.error());
    ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, kRenewal));
    expectStoreHolds();
}

TEST_F(Faults, FullDiskGivesDiskFullLosesNothingAndTheCaseFinishesWhenThereIsRoom) {
    // The counter's folder on a 4 MiB tmpfs of its own (this process's mount namespace only).
    ASSERT_EQ(::mount("tmpfs", root().c_str(), "tmpfs", 0, "size=4m,mode=0700"), 0)
        << std::strerror(errno);
    ASSERT_NO_FATAL_FAILURE(startCounter(kRenewal.profile));
    auto opened = program().engine->open(kRenewal.procedure, kRenewal.path, clerk());
    ASSERT_TRUE(opened);
    const CaseFile before = driveUntil(*opened, Step::PinEntry, kRenewal);
    ASSERT_EQ(before.step, Step::PinEntry);
    const int eventsBefore = storedEvents(before.id);
    const std::int64_t chainBefore = expectStoreHolds();

    const fs::path filler = root() / "filler";
    {
        std::ofstream fill(filler, std::ios::binary);
        const std::vector<char> block(64 * 1024, 'x');
        while (fill.write(block.data(), std::streamsize(block.size())) && fill.flush()) {
        }
    }
    auto refused =
        runToEnd(*program().engine, before, *program().channel, kRenewal, stack().today(), clerk());
    ASSERT_FALSE(refused) << "the renewal was stored on a full disk";
    ASSERT_EQ(refused.error().kind(), ErrorKind::Storage) << workflow::describe(refused.error());
    EXPECT_EQ(refused.error().storageError().code, storage::StorageErrorCode::DiskFull)
        << workflow::describe(refused.error());
    EXPECT_EQ(storedEvents(before.id), eventsBefore);
    EXPECT_EQ(expectStoreHolds(), chainBefore);

    fs::remove(filler);
    auto done = finishAfterFault(before.id);
    ASSERT_TRUE(done) << workflow::describe(done.error());
    ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, kRenewal));
    expectStoreHolds();
    reconnect();
    ::umount2(root().c_str(), MNT_DETACH);
}

TEST_F(Faults, ReadOnlyDatabaseIsRefusedForWritingKeepsItsDataAndTheCaseFinishes) {
    ASSERT_NO_FATAL_FAILURE(startCounter(kRenewal.profile));
    auto opened = program().engine->open(kRenewal.procedure, kRenewal.path, clerk());
    ASSERT_TRUE(opened);
    const CaseFile before = driveUntil(*opened, Step::CardCheck, kRenewal);
    ASSERT_EQ(before.step, Step::CardCheck);
    const int eventsBefore = storedEvents(before.id);
    reconnect();

    // The counter's folder read-only, as on a file system remounted read-only after an error.
    // (Mode bits would not do: the tests run as root.)
    ASSERT_EQ(::mount(root().c_str(), root().c_str(), nullptr, MS_BIND, nullptr), 0);
    ASSERT_EQ(::mount(nullptr, root().c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr),
              0)
        << std::strerror(errno);
    auto writable = storage::CaseStore::open(database(), storage::OpenOptions::creating());
    ASSERT_FALSE(writable) << "opened for writing on a read-only file system";
    EXPECT_EQ(writable.error().code, storage::StorageErrorCode::ReadOnly)
        << storage::describe(writable.error());
    // The counter closed its connection (reconnect above), so the -wal was checkpointed and
    // removed with the -shm: a reader such as the command line still sees every stored event.
    ASSERT_FALSE(fs::exists(database().toStdString() + "-shm"));
    {
        storage::OpenOptions readOnly;
        readOnly.mode = storage::sqlite::OpenMode::ReadOnly;
        auto reader = storage::CaseStore::open(database(), readOnly);
        ASSERT_TRUE(reader) << storage::describe(reader.error());
        auto events = reader->eventsOfCase(before.id);
        ASSERT_TRUE(events) << storage::describe(events.error());
        EXPECT_EQ(static_cast<int>(events->size()), eventsBefore);
    }

    ASSERT_EQ(::umount2(root().c_str(), 0), 0) << std::strerror(errno);
    EXPECT_EQ(storedEvents(before.id), eventsBefore);
    expectStoreHolds();
    auto done = finishAfterFault(before.id);
    ASSERT_TRUE(done) << workflow::describe(done.error());
    ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, kRenewal));
    expectStoreHolds();
}

} // namespace
} // namespace jpki::test
