#include "pcsc_stack.h"

#include "pcsc_client.h"

#include <cstdlib>
#include <fstream>
#include <netinet/in.h>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace jpki::test {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* readerFriendlyName = "Virtual PCD";

fs::path vpcdDriver() {
    if (const char* overridden = std::getenv("JPKI_VPCD_DRIVER")) {
        return overridden;
    }
    return "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"; // Debian's vsmartcard-vpcd
}

fs::path simulatorProgram() {
    if (const char* overridden = std::getenv("JPKI_CARD_SIM")) {
        return overridden;
    }
    return JPKI_CARD_SIM_PATH; // the build's own, set by CMake
}

bool portIsFree(std::uint16_t port) {
    const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (probe < 0) {
        return false;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY); // vpcd listens on every address
    address.sin_port = htons(port);
    const bool free = ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(probe);
    return free;
}

// vpcd opens two slots, on PORT and PORT+1. Ports are drawn below Linux's ephemeral range, so
// that outgoing connections do not take them between this check and pcscd's bind.
std::uint16_t pickPortPair() {
    std::mt19937 random(static_cast<unsigned>(::getpid()) ^
                        static_cast<unsigned>(Clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<int> draw(20000, 32000);
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = static_cast<std::uint16_t>(draw(random) & ~1);
        if (portIsFree(port) && portIsFree(static_cast<std::uint16_t>(port + 1))) {
            return port;
        }
    }
    throw std::runtime_error("no free pair of TCP ports for the vpcd reader");
}

} // namespace

std::string missingPcscPrograms() {
    std::string missing;
    if (!findExecutable("pcscd")) {
        missing += " pcscd";
    }
    if (!fs::exists(vpcdDriver())) {
        missing += " " + vpcdDriver().string();
    }
    if (::access(simulatorProgram().c_str(), X_OK) != 0) {
        missing += " " + simulatorProgram().string();
    }
    return missing;
}

PcscStack::PcscStack() {
    const char* temporaryRoot = std::getenv("TMPDIR");
    std::string pattern =
        (fs::path(temporaryRoot ? temporaryRoot : "/tmp") / "jpki-pcsc-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error("cannot create a temporary directory");
    }
    m_directory = pattern;
    m_port = pickPortPair();
    m_readerName = std::string(readerFriendlyName) + " 00 00";
    m_today = domain::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now() +
                                                                 std::chrono::hours(9))};
    writeReaderConf();
}

PcscStack::~PcscStack() {
    m_simulator.stop();
    m_pcscd.stop();
    releasePorts();
    std::error_code ignored;
    fs::remove_all(m_directory, ignored);
}

void PcscStack::startPcscd() {
    // A pcscd killed earlier in this namespace may have left its socket and pid file behind.
    std::error_code ignored;
    fs::remove("/run/pcscd/pcscd.comm", ignored);
    fs::remove("/run/pcscd/pcscd.pid", ignored);
    const std::string conf = (m_directory / "reader.conf").string();
    // Debian's vpcd listens on every interface; the project's pcscd binds loopback only.
    m_pcscd.start({"pcscd", "--foreground", "--apdu", "--config", conf}, m_directory / "pcscd.log",
                  {{"LD_PRELOAD", JPKI_LOOPBACK_BIND_PATH}});
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    while (Clock::now() < deadline) {
        if (!m_pcscd.running()) {
            throw std::runtime_error("pcscd exited at start: " +
                                     readFile(m_directory / "pcscd.log"));
        }
        if (fs::exists("/run/pcscd/pcscd.comm")) {
            try {
                PcscContext context;
                // Without the reader, answering at all is being up.
                if (!m_readerPlugged || !context.readers().empty()) {
                    return;
                }
            } catch (const std::runtime_error&) {
                // not answering yet
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("pcscd did not come up within 10 s");
}

void PcscStack::stopPcscd() {
    m_pcscd.stop();
}

void PcscStack::restartPcscd() {
    stopPcscd();
    startPcscd();
}

void PcscStack::writeReaderConf() {
    std::ofstream conf(m_directory / "reader.conf", std::ios::trunc);
    if (!m_readerPlugged) {
        conf << "# the vpcd reader is unplugged\n"; // pcscd runs with no reader at all
        return;
    }
    char port[8];
    std::snprintf(port, sizeof port, "0x%04X", m_port);
    conf << "FRIENDLYNAME \"" << readerFriendlyName << "\"\n"
         << "DEVICENAME /dev/null:" << port << "\n"
         << "LIBPATH " << vpcdDriver().string() << "\n"
         << "CHANNELID " << port << "\n";
}

void PcscStack::unplugReader() {
    stopPcscd();
    m_readerPlugged = false;
    writeReaderConf();
    holdPorts();
    startPcscd();
}

void PcscStack::plugReaderBackIn() {
    stopPcscd();
    m_readerPlugged = true;
    writeReaderConf();
    releasePorts();
    startPcscd();
}

void PcscStack::holdPorts() {
    for (const std::uint16_t port : {m_port, static_cast<std::uint16_t>(m_port + 1)}) {
        const int held = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (held < 0) {
            continue;
        }
        // SO_REUSEADDR gets past the TIME_WAIT left by the stopped pcscd's connection; the
        // other tests' port probe (without it) still finds the port taken.
        const int yes = 1;
        ::setsockopt(held, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_ANY);
        address.sin_port = htons(port);
        if (::bind(held, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
            m_heldPorts.push_back(held); // not listening: the card's connects are refused
        } else {
            ::close(held); // best effort: the draw of ports makes a clash unlikely anyway
        }
    }
}

void PcscStack::releasePorts() {
    for (const int held : m_heldPorts) {
        ::close(held);
    }
    m_heldPorts.clear();
}

void PcscStack::startCard(const SimulatorOptions& options) {
    std::vector<std::string> arguments = {simulatorProgram().string(),
                                          "--profile",
                                          options.profile,
                                          "--port",
                                          std::to_string(m_port),
                                          "--state",
                                          statePath().string(),
                                          "--today",
                                          domain::formatIsoDate(m_today),
                                          "--log-level",
                                          "debug"};
    if (options.authorityDirectory) {
        arguments.push_back("--authority");
        arguments.push_back(options.authorityDirectory->string());
    }
    if (options.shortApdusOnly) {
        arguments.push_back("--short-apdus-only");
    }
    if (options.vanishAfterApdus) {
        arguments.push_back("--vanish-after-apdus");
        arguments.push_back(std::to_string(*options.vanishAfterApdus));
        if (options.stayOutAfterVanish) {
            arguments.push_back("--after-vanish");
            arguments.push_back("stay");
        }
    }
    m_simulator.start(arguments, m_directory / "simulator.log");
}

std::optional<int> PcscStack::stopCard() {
    return m_simulator.stop();
}

bool PcscStack::waitForCard(bool present, std::chrono::milliseconds timeout) {
    try {
        PcscContext context;
        return context.waitForCard(m_readerName, present, timeout);
    } catch (const std::runtime_error&) {
        return false;
    }
}

std::size_t PcscStack::apduCount() const {
    std::ifstream log(m_directory / "pcscd.log");
    std::size_t count = 0;
    for (std::string line; std::getline(log, line);) {
        if (line.find("APDU: ") != std::string::npos) {
            ++count;
        }
    }
    return count;
}

std::string PcscStack::simulatorLog() const {
    return readFile(m_directory / "simulator.log");
}

} // namespace jpki::test
