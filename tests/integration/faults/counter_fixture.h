#pragma once

// A counter program through the real PC/SC stack for the workflow and fault tests and the soak:
// the counter's local authority shared with the simulator, a case database with one clerk, and
// the engine over a fresh PC/SC connection, which a test drops and makes again as a clerk would
// after a fault. Snapshots of the whole state (database, card, authority) let one test start
// many runs from the same point without making a new card each time.

#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "case_driver.h"
#include "issuer/local_authority.h"
#include "pcsc_test.h"
#include "storage/case_store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace jpki::test {

struct CounterProgram {
    card::PcscContext context;
    std::unique_ptr<card::PcscChannel> channel;
    std::optional<storage::CaseStore> store;
    std::optional<issuer::LocalAuthority> authority;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<workflow::CaseEngine> engine;

    // Empty on success, else what failed. Waits (bounded) for the card to be free.
    std::string open(const QString& database, const std::filesystem::path& authorityDirectory,
                     const std::string& reader, const domain::Date& today);
};

class CounterFixture : public PcscTest {
protected:
    void SetUp() override;
    void TearDown() override;

    std::filesystem::path root() const { return m_root; }
    std::filesystem::path authorityDirectory() const { return m_root / "authority"; }
    QString database() const;
    storage::StaffId clerk() const { return m_clerk; }

    // The authority and the database with a clerk; then pcscd and the card trusting the authority.
    void startCounter(const std::string& profile);
    SimulatorOptions cardOptions(const std::string& profile) const;

    // The program, opened on first use; dropped by reconnect() (a new PC/SC connection).
    CounterProgram& program();
    void reconnect() { m_program.reset(); }

    // Drives the case until its step is `stop` (or it closes); the case as it then stands.
    workflow::CaseFile driveUntil(workflow::CaseFile file, workflow::Step stop,
                                  const CaseScript& script);

    // Copies the database, the card's state file and the authority (program and card stopped).
    void saveSnapshot(const std::filesystem::path& to);
    void restoreSnapshot(const std::filesystem::path& from);

    // The database holds: integrity_check and the audit chain; returns the events checked.
    std::int64_t expectStoreHolds();
    // The case completed and the card shows it: new certificates from today and the old ones
    // revoked as superseded, or the PIN reset (tries back to the limit, the old PIN refused).
    void expectCardDone(const workflow::CaseFile& done, const CaseScript& script);

private:
    std::filesystem::path m_root;
    storage::StaffId m_clerk{};
    std::unique_ptr<CounterProgram> m_program;
};

std::span<const std::uint8_t> bytesOf(std::string_view text);

} // namespace jpki::test
