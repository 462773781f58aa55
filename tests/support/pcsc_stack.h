#pragma once

// One isolated PC/SC stack per test: a temporary directory with its own reader.conf naming the
// vpcd driver on a free TCP port, a pcscd reading only that file, and a jpki-card-sim connected
// to that port with a fresh state file. Everything stops when the stack is destroyed.

#include "child_process.h"
#include "domain/date.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace jpki::test {

struct SimulatorOptions {
    SimulatorOptions(std::string profileName = "healthy",
                     std::optional<std::uint64_t> vanishAfter = std::nullopt, bool stayOut = false)
        : profile(std::move(profileName))
        , vanishAfterApdus(vanishAfter)
        , stayOutAfterVanish(stayOut) {}

    std::string profile;
    std::optional<std::uint64_t> vanishAfterApdus; // cut the connection after this many APDUs
    bool stayOutAfterVanish;                       // then stay out instead of exiting
    // --authority: the issuing authority a new card trusts, shared with the test's own.
    std::optional<std::filesystem::path> authorityDirectory;
    bool shortApdusOnly = false; // --short-apdus-only: extended-length APDUs answer 67 00
};

class PcscStack {
public:
    // Creates the directory and reader.conf; starts nothing.
    PcscStack();
    PcscStack(const PcscStack&) = delete;
    PcscStack& operator=(const PcscStack&) = delete;
    ~PcscStack();

    // pcscd -f -a -c reader.conf; returns once its socket answers. Throws after a bounded wait.
    void startPcscd();
    void stopPcscd();
    void restartPcscd();
    // The running pcscd, for a test that kills it outright.
    ChildProcess& pcscd() { return m_pcscd; }

    // The vpcd reader unplugged, and plugged back in. Debian 12's pcscd (pcsc-lite 1.9.9, built
    // with libudev hotplug) takes a reader away only on a udev "remove" event for a USB device:
    // SIGUSR1 and `pcscd --hotplug` reach HPReCheckSerialReaders, which is empty in that build
    // (and RFReCheckReaderConf, in libusb builds, gives up when reader.conf has changed), so a
    // reader.conf reader stays listed whatever the file then says (checked on this machine).
    // The nearest real thing is pcscd starting again on a reader.conf without the vpcd entry:
    // a running service without the reader, as after the clerk pulled the reader's cable, where
    // clients first see the service go and come back. The card keeps running and reconnecting.
    // Returns once pcscd answers without the reader; throws after a bounded wait. Call both
    // from the thread that started the stack: a child dies with the thread that started it.
    void unplugReader();
    // pcscd again with the vpcd entry; returns once it lists the reader. The simulator, still
    // running on the same state file, connects to it by itself: the same card is back.
    void plugReaderBackIn();
    bool readerPlugged() const { return m_readerPlugged; }

    // Starts the simulator (the card is inserted) with the stack's state file.
    void startCard(const SimulatorOptions& options = {});
    // SIGTERM: the card is removed. Returns the simulator's exit status.
    std::optional<int> stopCard();
    ChildProcess& simulator() { return m_simulator; }

    // Polls the reader through SCardGetStatusChange, bounded in time.
    bool waitForCard(bool present, std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // Slot 0 of the vpcd reader: "Virtual PCD 00 00".
    const std::string& readerName() const { return m_readerName; }
    std::uint16_t port() const { return m_port; }
    const std::filesystem::path& directory() const { return m_directory; }
    std::filesystem::path statePath() const { return m_directory / "card.state"; }
    // The day the card's dates are counted from (passed as --today).
    const domain::Date& today() const { return m_today; }

    // APDUs pcscd has carried so far ("APDU:" lines of its -a log).
    std::size_t apduCount() const;
    std::string simulatorLog() const;

private:
    void writeReaderConf();
    // While the reader is out nothing listens on its ports: hold them, so that no other test's
    // pcscd takes them and the reconnecting card finds this stack's reader when it is back.
    void holdPorts();
    void releasePorts();

    std::filesystem::path m_directory;
    std::uint16_t m_port = 0;
    std::string m_readerName;
    domain::Date m_today;
    ChildProcess m_pcscd;
    ChildProcess m_simulator;
    bool m_readerPlugged = true;
    std::vector<int> m_heldPorts; // sockets bound, not listening
};

// Paths of the programs the stack runs; empty string when all are there.
std::string missingPcscPrograms();

} // namespace jpki::test
