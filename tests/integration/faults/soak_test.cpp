// The soak: a counter process driving a case is killed with SIGKILL at a random moment, again
// and again, on one growing database. After each kill: integrity_check and the audit chain hold,
// no event the process saw committed is missing, and the case resumes and finishes, with the
// card as it should be. Each run starts from the same card (state file and authority restored);
// the database keeps every earlier run's cases.
//
// JPKI_SOAK_RUNS (default 20, scripts/soak: 200) and JPKI_SOAK_SEED choose the runs.

#include "counter_fixture.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace jpki::test {
namespace {

namespace fs = std::filesystem;
using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;
using workflow::CaseFile;

using Soak = CounterFixture;

// What the killed process had seen committed when it died.
struct Committed {
    std::int64_t caseId = 0;
    int events = 0;
};

int environmentNumber(const char* name, int fallback) {
    const char* text = std::getenv(name);
    return text ? std::atoi(text) : fallback;
}

// The child: drives the case and, after each command that returned, reports the case's events
// on `report` (the engine returns only after the step's transaction committed).
[[noreturn]] void driveAndReport(const QString& database, const fs::path& authority,
                                 const std::string& reader, const domain::Date& today,
                                 const CaseScript& script, storage::StaffId clerk, int report) {
    CounterProgram counter;
    if (!counter.open(database, authority, reader, today).empty()) {
        ::_exit(3);
    }
    auto file = counter.engine->open(script.procedure, script.path, clerk);
    if (!file) {
        ::_exit(4);
    }
    for (int steps = 0; !file->isClosed() && steps < 40; ++steps) {
        const Committed seen{storage::rawId(file->id), file->eventCount};
        if (::write(report, &seen, sizeof seen) != sizeof seen) {
            ::_exit(6);
        }
        file = advance(*counter.engine, *file, *counter.channel, script, today, clerk);
        if (!file) {
            ::_exit(5);
        }
    }
    const Committed seen{storage::rawId(file->id), file->eventCount};
    [[maybe_unused]] const auto written = ::write(report, &seen, sizeof seen);
    ::_exit(0);
}

TEST_F(Soak, CounterKilledAtRandomMomentsLosesNothingAndEveryCaseResumes) {
    const int runs = environmentNumber("JPKI_SOAK_RUNS", 20);
    const unsigned seed = static_cast<unsigned>(environmentNumber("JPKI_SOAK_SEED", 7));
    std::mt19937 random(seed);
    const std::vector<CaseScript> scripts = {
        {Procedure::Renewal, RequestPath::Self, "expiring"},
        {Procedure::PinReset, RequestPath::Self, "expiring", PinKind::UserAuthentication, "5678"},
    };
    ASSERT_NO_FATAL_FAILURE(startCounter("expiring"));
    reconnect();
    ASSERT_TRUE(stack().stopCard());
    const fs::path pristine = root() / "pristine";
    saveSnapshot(pristine);
    // A whole uncut case takes about this long; kills fall anywhere in it (and a little after).
    const int spanMilliseconds = environmentNumber("JPKI_SOAK_SPAN_MS", 1000);

    int killedMidCase = 0;
    for (int run = 0; run < runs; ++run) {
        const CaseScript& script = scripts[random() % scripts.size()];
        const int killAfter = static_cast<int>(random() % unsigned(spanMilliseconds));
        SCOPED_TRACE("run " + std::to_string(run) + " (seed " + std::to_string(seed) + "), " +
                     std::string(domain::procedureId(script.procedure)) + ", killed after " +
                     std::to_string(killAfter) + " ms");
        ASSERT_TRUE(stack().waitForCard(false, std::chrono::seconds(5)));
        // The same card and authority each run; the database keeps growing.
        fs::remove_all(stack().statePath());
        fs::copy(pristine / "card.state", stack().statePath());
        fs::remove_all(authorityDirectory());
        fs::copy(pristine / "authority", authorityDirectory(), fs::copy_options::recursive);
        stack().startCard(cardOptions(script.profile));
        ASSERT_TRUE(stack().waitForCard(true));
        const std::int64_t chainBefore = expectStoreHolds();
        reconnect();

        int pipeEnds[2];
        ASSERT_EQ(::pipe(pipeEnds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(pipeEnds[0]);
            driveAndReport(database(), authorityDirectory(), stack().readerName(), stack().today(),
                           script, clerk(), pipeEnds[1]);
        }
        ::close(pipeEnds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(killAfter));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        Committed seen;
        for (Committed next; ::read(pipeEnds[0], &next, sizeof next) == sizeof next;) {
            seen = next;
        }
        ::close(pipeEnds[0]);
        ASSERT_TRUE(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0))
            << "the counter process failed on its own: status " << status;

        std::cout << "[ run      ] " << run << ": killed after " << killAfter << " ms with "
                  << seen.events << " events committed\n";
        EXPECT_GE(expectStoreHolds(), chainBefore);
        auto openCases = program().store->openCases();
        ASSERT_TRUE(openCases);
        if (seen.caseId != 0) {
            auto events = program().store->eventsOfCase(storage::CaseId{seen.caseId});
            ASSERT_TRUE(events);
            EXPECT_GE(static_cast<int>(events->size()), seen.events)
                << "an event the killed process saw committed is missing";
        }
        // Every case left open resumes and finishes (at most the one of this run).
        ASSERT_LE(openCases->size(), 1U);
        for (const storage::CaseSummary& open : *openCases) {
            ++killedMidCase;
            auto stored = program().engine->load(open.id);
            ASSERT_TRUE(stored) << workflow::describe(stored.error());
            auto done = runToEnd(*program().engine, *stored, *program().channel, script,
                                 stack().today(), clerk());
            for (int retry = 0;
                 retry < 3 && !done && done.error().kind() == workflow::ErrorKind::Card &&
                 card::isTransportError(done.error().cardError().code);
                 ++retry) {
                reconnect();
                stored = program().engine->load(open.id);
                ASSERT_TRUE(stored);
                done = runToEnd(*program().engine, *stored, *program().channel, script,
                                stack().today(), clerk());
            }
            ASSERT_TRUE(done) << workflow::describe(done.error());
            ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, script));
        }
        expectStoreHolds();
        reconnect();
        ASSERT_TRUE(stack().stopCard());
        if (HasFailure()) {
            break;
        }
    }
    std::cout << "[ figures  ] " << runs << " runs, " << killedMidCase
              << " killed with the case open\n";
}

} // namespace
} // namespace jpki::test
