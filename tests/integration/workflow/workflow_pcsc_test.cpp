// The case engine through pcscd, the vpcd driver and jpki-card-sim, with the counter's local
// authority shared with the simulator (--authority): every procedure x path run to completion
// with the card checked after, and a process killed with SIGKILL in the middle of each step
// leaving a database that holds (integrity check, audit chain) and a case that resumes.

#include "counter_fixture.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace jpki::test {
namespace {

using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;

std::string nameOf(const CaseScript& script) {
    std::string name = std::string(domain::procedureId(script.procedure)) + "_" +
                       std::string(domain::requestPathId(script.path));
    std::erase(name, '-');
    return name;
}

// The counter's authority shared with the card, one clerk, and the engine over PC/SC.
using WorkflowThroughPcsc = CounterFixture;

const std::vector<CaseScript>& everyProcedureAndPath() {
    static const std::vector<CaseScript> scripts = {
        {Procedure::Renewal, RequestPath::Self, "expiring"},
        {Procedure::Renewal, RequestPath::LegalProxy, "expiring"},
        {Procedure::Renewal, RequestPath::VoluntaryProxy, "expiring"},
        {Procedure::PinReset, RequestPath::Self, "healthy", PinKind::UserAuthentication, "5678"},
        {Procedure::PinReset, RequestPath::LegalProxy, "healthy", PinKind::Signature, "LEGAL2025"},
        {Procedure::PinReset, RequestPath::VoluntaryProxy, "healthy", PinKind::UserAuthentication,
         "8024"},
        {Procedure::LockRelease, RequestPath::Self, "auth-blocked", PinKind::UserAuthentication,
         "4711"},
        {Procedure::LockRelease, RequestPath::LegalProxy, "sign-blocked", PinKind::Signature,
         "UNLOCK7"},
        {Procedure::LockRelease, RequestPath::VoluntaryProxy, "auth-blocked",
         PinKind::UserAuthentication, "3950"},
    };
    return scripts;
}

class Completion : public WorkflowThroughPcsc, public ::testing::WithParamInterface<CaseScript> {};

TEST_P(Completion, RunsToTheEndWithTheCardChecked) {
    const CaseScript& script = GetParam();
    ASSERT_NO_FATAL_FAILURE(startCounter(script.profile));
    auto opened = program().engine->open(script.procedure, script.path, clerk());
    ASSERT_TRUE(opened) << workflow::describe(opened.error());
    auto done =
        runToEnd(*program().engine, *opened, *program().channel, script, stack().today(), clerk());
    ASSERT_TRUE(done) << workflow::describe(done.error());
    ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, script));
    auto chain = program().store->verifyChain();
    ASSERT_TRUE(chain);
    EXPECT_TRUE(chain->holds());
    std::cout << "[ figures  ] " << nameOf(script) << ": " << done->eventCount << " events, "
              << stack().apduCount() << " APDUs through pcscd\n";
}

INSTANTIATE_TEST_SUITE_P(EveryProcedureAndPath, Completion,
                         ::testing::ValuesIn(everyProcedureAndPath()),
                         [](const auto& test) { return nameOf(test.param); });

// The events of the (only) case stored so far; nothing when the database is not there yet.
std::optional<int> caseEventCount(const QString& database, const domain::Date& today) {
    storage::OpenOptions readOnly;
    readOnly.mode = storage::sqlite::OpenMode::ReadOnly;
    auto store = storage::CaseStore::open(database, readOnly);
    if (!store) {
        return std::nullopt;
    }
    auto day = store->casesOfDay({today, std::nullopt, std::nullopt});
    if (!day || day->empty()) {
        return 0;
    }
    auto events = store->eventsOfCase(day->front().id);
    return events ? std::optional<int>(static_cast<int>(events->size())) : std::nullopt;
}

struct KillPoint {
    CaseScript script;
    int afterEvents = 1;
};

class KilledMidCase : public WorkflowThroughPcsc,
                      public ::testing::WithParamInterface<KillPoint> {};

TEST_P(KilledMidCase, LeavesADatabaseThatHoldsAndACaseThatResumes) {
    const KillPoint& point = GetParam();
    ASSERT_NO_FATAL_FAILURE(startCounter(point.script.profile));
    const domain::Date today = stack().today();
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The counter program that will be killed: it opens the case and drives it on.
        CounterProgram counter;
        if (!counter.open(database(), authorityDirectory(), stack().readerName(), today).empty()) {
            ::_exit(3);
        }
        auto opened = counter.engine->open(point.script.procedure, point.script.path, clerk());
        if (!opened) {
            ::_exit(4);
        }
        auto done =
            runToEnd(*counter.engine, *opened, *counter.channel, point.script, today, clerk());
        ::_exit(done ? 0 : 5);
    }
    // Killed as soon as the chosen number of the case's events is stored: in the middle of the
    // next step (or after the end, when the case has fewer events).
    int status = 0;
    bool exited = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(child, &status, WNOHANG) == child) {
            exited = true;
            break;
        }
        if (caseEventCount(database(), today).value_or(0) >= point.afterEvents) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            exited = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!exited) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        FAIL() << "the case did not move within 60 s";
    }
    ASSERT_TRUE(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0))
        << "child status " << status;

    auto integrity = program().store->checkIntegrity();
    ASSERT_TRUE(integrity);
    EXPECT_TRUE(integrity->ok()) << integrity->problems.join(QLatin1Char('\n')).toStdString();
    auto chain = program().store->verifyChain();
    ASSERT_TRUE(chain);
    EXPECT_TRUE(chain->holds());
    auto cases = program().store->casesOfDay({today, std::nullopt, std::nullopt});
    ASSERT_TRUE(cases);
    if (cases->empty()) {
        return; // killed before the case was opened: nothing to resume
    }
    // The case resumes at the step its last stored event left it at.
    auto stored = program().engine->load(cases->front().id);
    ASSERT_TRUE(stored) << workflow::describe(stored.error());
    EXPECT_EQ(QString::fromLatin1(workflow::stepId(stored->step).data()), cases->front().state);
    std::cout << "[ figures  ] killed after " << stored->eventCount << " events at "
              << workflow::stepId(stored->step) << "\n";
    auto done =
        runToEnd(*program().engine, *stored, *program().channel, point.script, today, clerk());
    // pcscd may still be tidying up after the killed program's connection (a reset card, a
    // protocol mismatch on the first command): as a clerk would, connect again and go on.
    for (int retry = 0; retry < 3 && !done && done.error().kind() == workflow::ErrorKind::Card &&
                        card::isTransportError(done.error().cardError().code);
         ++retry) {
        std::cout << "[ figures  ] reconnecting after " << workflow::describe(done.error()) << "\n";
        reconnect();
        auto reloaded = program().engine->load(stored->id);
        ASSERT_TRUE(reloaded) << workflow::describe(reloaded.error());
        done = runToEnd(*program().engine, *reloaded, *program().channel, point.script, today,
                        clerk());
    }
    ASSERT_TRUE(done) << workflow::describe(done.error());
    ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, point.script));
    auto after = program().store->verifyChain();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->holds());
}

std::vector<KillPoint> killPoints() {
    std::vector<KillPoint> points;
    // A renewal of both certificates stores 28 events; a voluntary proxy's lock release 33.
    const CaseScript renewal{Procedure::Renewal, RequestPath::Self, "expiring"};
    for (int events = 1; events <= 28; ++events) {
        points.push_back({renewal, events});
    }
    const CaseScript reset{Procedure::LockRelease, RequestPath::VoluntaryProxy, "auth-blocked",
                           PinKind::UserAuthentication, "6283"};
    for (int events = 1; events <= 33; events += 2) {
        points.push_back({reset, events});
    }
    return points;
}

INSTANTIATE_TEST_SUITE_P(EachStep, KilledMidCase, ::testing::ValuesIn(killPoints()),
                         [](const auto& test) {
                             return nameOf(test.param.script) + "_after" +
                                    std::to_string(test.param.afterEvents);
                         });

} // namespace
} // namespace jpki::test

int main(int argc, char** argv) {
    return jpki::test::runPcscTests(argc, argv);
}
