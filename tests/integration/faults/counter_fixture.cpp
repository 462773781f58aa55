#include "counter_fixture.h"

#include "card/jpki_applet.h"
#include "simulator/profiles.h"
#include "storage/password_hash.h"

#include <chrono>
#include <cstdlib>
#include <thread>
#include <unistd.h>

namespace jpki::test {

namespace fs = std::filesystem;
using domain::CertificateKind;
using domain::PinKind;
using domain::Procedure;
using workflow::CaseFile;
using workflow::Step;

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string CounterProgram::open(const QString& database, const fs::path& authorityDirectory,
                                 const std::string& reader, const domain::Date& today) {
    if (auto established = context.establish(); !established) {
        return card::describe(established.error());
    }
    // A dropped or killed program's hold on the card ends when pcscd notices its socket closed.
    auto connected = card::PcscChannel::connect(context, reader);
    for (int attempt = 0; !connected && attempt < 100; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        connected = card::PcscChannel::connect(context, reader);
    }
    if (!connected) {
        return card::describe(connected.error());
    }
    channel = std::move(connected).value();
    auto opened = storage::CaseStore::open(database, storage::OpenOptions::creating());
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

void CounterFixture::SetUp() {
    PcscTest::SetUp();
    if (IsSkipped() || HasFailure()) {
        return;
    }
    std::string pattern = (fs::temp_directory_path() / "jpki-faults-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    m_root = pattern;
}

void CounterFixture::TearDown() {
    m_program.reset();
    PcscTest::TearDown();
    std::error_code ignored;
    if (!m_root.empty()) {
        fs::remove_all(m_root, ignored);
    }
}

QString CounterFixture::database() const {
    return QString::fromStdString((m_root / "cases.sqlite3").string());
}

SimulatorOptions CounterFixture::cardOptions(const std::string& profile) const {
    SimulatorOptions options(profile);
    options.authorityDirectory = authorityDirectory();
    return options;
}

void CounterFixture::startCounter(const std::string& profile) {
    ASSERT_TRUE(issuer::LocalAuthority::create(authorityDirectory(), sim::todayInJapan()));
    {
        auto store = storage::CaseStore::open(database(), storage::OpenOptions::creating());
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
    ASSERT_NO_FATAL_FAILURE(startStack(cardOptions(profile)));
}

CounterProgram& CounterFixture::program() {
    if (!m_program) {
        m_program = std::make_unique<CounterProgram>();
        const std::string failed = m_program->open(database(), authorityDirectory(),
                                                   stack().readerName(), stack().today());
        EXPECT_TRUE(failed.empty()) << failed;
    }
    return *m_program;
}

CaseFile CounterFixture::driveUntil(CaseFile file, Step stop, const CaseScript& script) {
    for (int steps = 0; file.step != stop && !file.isClosed() && steps < 40; ++steps) {
        auto next =
            advance(*program().engine, file, *program().channel, script, stack().today(), clerk());
        EXPECT_TRUE(next) << workflow::describe(next.error());
        if (!next) {
            return file;
        }
        file = *next;
    }
    return file;
}

namespace {

void copyState(const fs::path& from, const fs::path& to) {
    fs::remove_all(to);
    fs::create_directories(to);
    for (const char* name :
         {"cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm", "card.state", "authority"}) {
        if (fs::exists(from / name)) {
            fs::copy(from / name, to / name,
                     fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        }
    }
}

} // namespace

void CounterFixture::saveSnapshot(const fs::path& to) {
    reconnect();
    fs::copy(stack().statePath(), m_root / "card.state", fs::copy_options::overwrite_existing);
    copyState(m_root, to);
}

void CounterFixture::restoreSnapshot(const fs::path& from) {
    reconnect();
    for (const char* name :
         {"cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm", "authority"}) {
        fs::remove_all(m_root / name);
    }
    for (const char* name :
         {"cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm", "authority"}) {
        if (fs::exists(from / name)) {
            fs::copy(from / name, m_root / name, fs::copy_options::recursive);
        }
    }
    fs::copy(from / "card.state", stack().statePath(), fs::copy_options::overwrite_existing);
}

std::int64_t CounterFixture::expectStoreHolds() {
    auto integrity = program().store->checkIntegrity();
    EXPECT_TRUE(integrity && integrity->ok())
        << (integrity ? integrity->problems.join(QLatin1Char('\n')).toStdString()
                      : storage::describe(integrity.error()));
    auto chain = program().store->verifyChain();
    EXPECT_TRUE(chain && chain->holds());
    return chain ? chain->eventsChecked : 0;
}

void CounterFixture::expectCardDone(const CaseFile& done, const CaseScript& script) {
    ASSERT_EQ(done.step, Step::Completed);
    card::JpkiApplet applet(*program().channel);
    // The signature password is given only after a renewal: after a reset the old one would
    // spend a try.
    const std::string password(sim::default_pins::signature);
    auto status = script.procedure == Procedure::Renewal
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
            EXPECT_EQ(QString::fromStdString(summary.certificate->serialHex()), renewal.newSerial);
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

} // namespace jpki::test
