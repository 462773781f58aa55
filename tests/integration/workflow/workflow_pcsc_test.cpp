// The case engine through pcscd, the vpcd driver and jpki-card-sim, with the counter's local
// authority shared with the simulator (--authority): every procedure x path run to completion
// with the card checked after, and a process killed with SIGKILL in the middle of each step
// leaving a database that holds (integrity check, audit chain) and a case that resumes.

#include "card/jpki_applet.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "case_driver.h"
#include "issuer/local_authority.h"
#include "pcsc_test.h"
#include "simulator/profiles.h"
#include "storage/case_store.h"
#include "storage/password_hash.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace jpki::test {
namespace {

namespace fs = std::filesystem;
using domain::CertificateKind;
using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;
using workflow::CaseFile;
using workflow::Step;

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string nameOf(const CaseScript& script) {
    std::string name = std::string(domain::procedureId(script.procedure)) + "_" +
                       std::string(domain::requestPathId(script.path));
    std::erase(name, '-');
    return name;
}

// One counter program: its own PC/SC connection, store, authority and engine.
struct CounterProgram {
    card::PcscContext context;
    std::unique_ptr<card::PcscChannel> channel;
    std::optional<storage::CaseStore> store;
    std::optional<issuer::LocalAuthority> authority;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<workflow::CaseEngine> engine;

    // Empty on success, else what failed.
    std::string open(const QString& database, const fs::path& authorityDirectory,
                     const std::string& reader, const domain::Date& today) {
        if (auto established = context.establish(); !established) {
            return card::describe(established.error());
        }
        // A killed program's hold on the card ends when pcscd notices its socket closed.
        auto connected = card::PcscChannel::connect(context, reader);
        for (int attempt = 0; !connected && attempt < 100; ++attempt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            connected = card::PcscChannel::connect(context, reader);
        }
        if (!connected) {
            return card::describe(connected.error());
        }
        channel = std::move(connected).value();
        auto opened = storage::CaseStore::open(database);
        if (!opened) {
            return storage::describe(opened.error());
        }
        store.emplace(std::move(*opened));
        auto loaded = issuer::LocalAuthority::open(authorityDirectory);
        if (!loaded) {
            return issuer::describe(loaded.error());
        }
        authority.emplace(std::move(loaded).value());
        clock = std::make_unique<FixedClock>(today);
        engine = std::make_unique<workflow::CaseEngine>(*store, *clock, *authority);
        return {};
    }
};

class WorkflowThroughPcsc : public PcscTest {
protected:
    void SetUp() override {
        PcscTest::SetUp();
        if (IsSkipped() || HasFailure()) {
            return;
        }
        std::string pattern = (fs::temp_directory_path() / "jpki-workflow-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
    }
    void TearDown() override {
        m_program.reset();
        PcscTest::TearDown();
        std::error_code ignored;
        fs::remove_all(m_root, ignored);
    }

    fs::path authorityDirectory() const { return m_root / "authority"; }
    QString database() const { return QString::fromStdString((m_root / "cases.sqlite3").string()); }

    // The counter's authority and database first, then the card, made to trust that authority.
    void startCounter(const std::string& profile) {
        ASSERT_TRUE(issuer::LocalAuthority::create(authorityDirectory(), sim::todayInJapan()));
        {
            auto store = storage::CaseStore::open(database());
            ASSERT_TRUE(store) << storage::describe(store.error());
            auto hash = storage::hashPassword("unused", storage::ScryptParameters{10, 8, 1});
            ASSERT_TRUE(hash);
            auto staff = store->write([&](storage::CaseWriter& writer) {
                return writer.createStaff({QStringLiteral("clerk"), QStringLiteral("clerk"),
                                           storage::StaffRole::Clerk, *hash},
                                          std::nullopt,
                                          storage::fromQDateTime(QDateTime::currentDateTimeUtc()));
            });
            ASSERT_TRUE(staff) << storage::describe(staff.error());
            m_clerk = staff->id;
        }
        SimulatorOptions options(profile);
        options.authorityDirectory = authorityDirectory();
        ASSERT_NO_FATAL_FAILURE(startStack(options));
    }

    CounterProgram& program() {
        if (!m_program) {
            m_program = std::make_unique<CounterProgram>();
            const std::string failed = m_program->open(database(), authorityDirectory(),
                                                       stack().readerName(), stack().today());
            EXPECT_TRUE(failed.empty()) << failed;
        }
        return *m_program;
    }

    // The card and the authority after a completed case.
    void expectCardDone(const CaseFile& done, const CaseScript& script) {
        ASSERT_EQ(done.step, Step::Completed);
        card::JpkiApplet applet(*program().channel);
        // The signature password is given only after a renewal: after a reset the old one
        // would spend a try.
        const std::string password(sim::default_pins::signature);
        auto status =
            script.procedure == Procedure::Renewal
                ? card::readCardStatus(*program().channel, stack().today(), bytesOf(password))
                : card::readCardStatus(*program().channel, stack().today());
        ASSERT_TRUE(status) << card::describe(status.error());
        if (script.procedure == Procedure::Renewal) {
            ASSERT_FALSE(done.renewals.empty());
            auto serials = program().authority->serials();
            ASSERT_TRUE(serials);
            for (const workflow::CertificateRenewal& renewal : done.renewals) {
                const auto which = renewal.kind == CertificateKind::Signature
                                       ? card::JpkiCertificate::Signature
                                       : card::JpkiCertificate::UserAuthentication;
                const card::CertificateSummary& summary = status->certificate(which);
                ASSERT_EQ(summary.presence, card::CertificatePresence::Present);
                EXPECT_EQ(QString::fromStdString(summary.certificate->serialHex()),
                          renewal.newSerial);
                EXPECT_EQ(summary.certificate->notBefore(), stack().today());
                EXPECT_EQ(summary.certificate->notAfter(), renewal.newExpires);
                const auto old = serials->find(renewal.oldSerial.toStdString());
                ASSERT_NE(old, serials->end());
                ASSERT_TRUE(old->second.revocation.has_value());
                EXPECT_EQ(old->second.revocation->reason, issuer::RevocationReason::Superseded);
            }
            EXPECT_TRUE(applet.verifyPin(PinKind::UserAuthentication,
                                         bytesOf(sim::default_pins::authentication)));
            return;
        }
        EXPECT_EQ(status->pin(script.pinToReset).triesLeft, domain::retryLimit(script.pinToReset))
            << "tries back to the limit";
        const std::string_view old = script.pinToReset == PinKind::Signature
                                         ? sim::default_pins::signature
                                         : sim::default_pins::authentication;
        auto refused = applet.verifyPin(script.pinToReset, bytesOf(old));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, card::CardErrorCode::WrongPin);
        EXPECT_TRUE(applet.verifyPin(script.pinToReset, bytesOf(script.newPin)));
    }

    storage::StaffId clerk() const { return m_clerk; }
    void reconnect() { m_program.reset(); }

private:
    fs::path m_root;
    storage::StaffId m_clerk{};
    std::unique_ptr<CounterProgram> m_program;
};

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
