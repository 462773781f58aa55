// jpki-card-sim: a virtual My Number card on the vpcd reader driver's TCP port, so that the real
// PC/SC stack (pcscd + vpcd) carries every byte to it.

#include "issuer/local_authority.h"
#include "simulator/authority.h"
#include "simulator/profiles.h"
#include "simulator/provisioning.h"
#include "simulator/state_file.h"
#include "simulator/virtual_card.h"
#include "simulator/vpcd_link.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <optional>
#include <poll.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace jpki;

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

const char* const usageText = R"(Usage:
  jpki-card-sim --profile NAME [--port N] [--host ADDR] [--state FILE] [--authority DIR]
                [--today YYYY-MM-DD] [--vanish-after-apdus N [--after-vanish exit|stay]]
                [--short-apdus-only] [--log-level trace|debug|info|warn|error]
  jpki-card-sim --list-profiles [--json] [--today YYYY-MM-DD]
  jpki-card-sim --help

A virtual My Number card for tests and demonstrations. It connects as the card to the vpcd
reader driver (vsmartcard) listening on ADDR:N (default 127.0.0.1:35963), so that pcscd and
every PC/SC client see a card in the "Virtual PCD" reader. Stopping the simulator
(SIGTERM, SIGINT) removes the card.

  --profile NAME          the card to present (see --list-profiles)
  --state FILE            keep PINs, counters, keys and certificates in FILE across restarts
                          (created on first run); the test authority's keys go to FILE.authority/
                          Without it the card lives in memory only.
  --authority DIR         a new card trusts, and is issued by, the issuing authority in DIR
                          (created when absent) instead of FILE.authority/: give the counter's
                          local authority directory to share one authority with it
  --today YYYY-MM-DD      the day a new card's dates are counted from (default: today in Japan);
                          an existing state file keeps the dates it was made with
  --vanish-after-apdus N  cut the connection right after answering N APDUs, as a card pulled
                          out mid-operation; then exit (default) or, with --after-vanish stay,
                          stay out until stopped
  --short-apdus-only      refuse every extended-length APDU with 67 00, as a card (or reader)
                          that takes short APDUs only; issuer operations need extended length
  --list-profiles         describe the profiles (--json: holder, card and certificate dates)
  --log-level LEVEL       stderr log level (default info; debug logs every APDU's header and
                          status word, never the data of a PIN command)
)";

struct Options {
    std::optional<std::string> profile;
    std::optional<fs::path> statePath;
    std::optional<fs::path> authorityDirectory;
    std::optional<domain::Date> today;
    sim::VpcdOptions link;
    bool stayAfterVanish = false;
    bool shortApdusOnly = false;
    bool listProfiles = false;
    bool json = false;
    bool help = false;
    spdlog::level::level_enum logLevel = spdlog::level::info;
};

[[noreturn]] void usageError(const std::string& message) {
    std::cerr << "jpki-card-sim: " << message << "\n"
              << "Try 'jpki-card-sim --help'.\n";
    std::exit(exitUsage);
}

std::uint64_t parseNumber(std::string_view option, const std::string& text, std::uint64_t max) {
    std::size_t used = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(text, &used, 0);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || text[0] == '-' || value > max) {
        usageError(std::string(option) + " needs a number up to " + std::to_string(max) +
                   ", not '" + text + "'");
    }
    return value;
}

Options parseArguments(int argc, char** argv) {
    Options options;
    for (int index = 1; index < argc; ++index) {
        const std::string_view argument = argv[index];
        auto value = [&]() -> std::string {
            if (index + 1 >= argc) {
                usageError(std::string(argument) + " needs a value");
            }
            return argv[++index];
        };
        if (argument == "--help" || argument == "-h") {
            options.help = true;
        } else if (argument == "--list-profiles") {
            options.listProfiles = true;
        } else if (argument == "--json") {
            options.json = true;
        } else if (argument == "--profile") {
            options.profile = value();
        } else if (argument == "--state") {
            options.statePath = fs::path(value());
        } else if (argument == "--authority") {
            options.authorityDirectory = fs::path(value());
        } else if (argument == "--port") {
            const std::uint64_t port = parseNumber(argument, value(), 65535);
            if (port == 0) {
                usageError("--port cannot be 0");
            }
            options.link.port = static_cast<std::uint16_t>(port);
        } else if (argument == "--host") {
            options.link.host = value();
        } else if (argument == "--today") {
            const std::string text = value();
            options.today = domain::parseIsoDate(text);
            if (!options.today || !domain::isAcceptedDate(*options.today)) {
                usageError("--today needs a date YYYY-MM-DD from " +
                           domain::formatIsoDate(domain::firstAcceptedDate) + " to " +
                           domain::formatIsoDate(domain::lastAcceptedDate) + ", not '" + text +
                           "'");
            }
        } else if (argument == "--vanish-after-apdus") {
            options.link.vanishAfterApdus = parseNumber(argument, value(), UINT32_MAX);
        } else if (argument == "--after-vanish") {
            const std::string text = value();
            if (text != "exit" && text != "stay") {
                usageError("--after-vanish is 'exit' or 'stay', not '" + text + "'");
            }
            options.stayAfterVanish = text == "stay";
        } else if (argument == "--short-apdus-only") {
            options.shortApdusOnly = true;
        } else if (argument == "--log-level") {
            const std::string text = value();
            options.logLevel = spdlog::level::from_str(text);
            if (options.logLevel == spdlog::level::off && text != "off") {
                usageError("unknown log level '" + text + "'");
            }
        } else {
            usageError("unknown argument '" + std::string(argument) + "'");
        }
    }
    return options;
}

void setUpLogging(spdlog::level::level_enum level) {
    spdlog::sink_ptr sink;
    if (::isatty(STDERR_FILENO)) {
        sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    } else {
        sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    }
    for (const char* name : {"sim", "apdu"}) {
        auto logger = std::make_shared<spdlog::logger>(name, sink);
        logger->set_level(level);
        logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
        logger->flush_on(spdlog::level::trace); // a test reads the log while the card runs
        spdlog::register_logger(logger);
    }
    spdlog::set_default_logger(spdlog::get("sim"));
}

// Self-pipe: the handler only writes a byte; the link's poll() sees it and winds down.
int stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(stopPipe[1], &byte, 1);
}

void installSignalHandlers() {
    if (::pipe2(stopPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        throw std::runtime_error("cannot create the stop pipe");
    }
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

// Where the authority of the card is: --authority, else beside the state file; nowhere for a
// card in memory only.
std::optional<fs::path> authorityDirectory(const Options& options) {
    if (options.authorityDirectory) {
        return options.authorityDirectory;
    }
    if (options.statePath) {
        return sim::authorityDirectoryFor(*options.statePath);
    }
    return std::nullopt;
}

sim::CardState newCard(const sim::Profile& profile, const Options& options) {
    spdlog::info("making a new '{}' card, dates counted from {}", profile.name,
                 domain::formatIsoDate(profile.referenceDay));
    const std::optional<fs::path> directory = authorityDirectory(options);
    if (!directory) {
        issuer::Result<sim::TestAuthority> authority =
            sim::TestAuthority::create(profile.referenceDay, sim::testAuthorityMarking);
        if (!authority) {
            throw std::runtime_error(issuer::describe(authority.error()));
        }
        spdlog::warn("no --state: this card and its test authority live in memory only");
        return sim::provisionCard(profile, *authority);
    }
    issuer::LocalAuthorityOptions authorityOptions;
    authorityOptions.marking = sim::testAuthorityMarking;
    issuer::Result<issuer::LocalAuthority> authority =
        issuer::LocalAuthority::openOrCreate(*directory, profile.referenceDay, authorityOptions);
    if (!authority) {
        throw std::runtime_error("the issuing authority in " + directory->string() +
                                 " is refused: " + issuer::describe(authority.error()));
    }
    sim::CardState state = sim::provisionCard(profile, authority->keys());
    // The authority's ledger first, as for its own certificates: a card on disk never holds a
    // certificate the ledger does not know.
    sim::recordProvisionedCertificates(state, *authority);
    if (options.statePath) {
        sim::saveState(state, *options.statePath);
        spdlog::info("state saved to {}, issued by the authority in {}",
                     options.statePath->string(), directory->string());
    } else {
        spdlog::warn("no --state: this card lives in memory only; its authority is in {}",
                     directory->string());
    }
    return state;
}

sim::CardState existingCard(const Options& options, const std::string& profileName) {
    sim::CardState state = sim::loadState(*options.statePath);
    if (state.profile != profileName) {
        throw sim::StateFileError("state file " + options.statePath->string() +
                                  " holds a card of profile '" + state.profile + "', not '" +
                                  profileName + "'; give another --state file");
    }
    if (options.today && *options.today != state.createdOn) {
        spdlog::warn("--today {} ignored: the card in {} was made on {} and keeps its dates",
                     domain::formatIsoDate(*options.today), options.statePath->string(),
                     domain::formatIsoDate(state.createdOn));
    }
    const fs::path directory = *authorityDirectory(options);
    const issuer::Result<sim::TestAuthority> authority = sim::TestAuthority::load(directory);
    if (!authority) {
        spdlog::warn("the issuing authority in {} cannot be used ({}): issuer commands cannot be "
                     "signed for this card",
                     directory.string(), issuer::describe(authority.error()));
    } else if (sim::publicKeyToDer(authority->issuerKey.get()) != state.issuerPublicKey) {
        spdlog::warn("the card in {} trusts another issuing authority than the one in {} "
                     "(--authority applies to a new card only)",
                     options.statePath->string(), directory.string());
    }
    spdlog::info("card '{}' (made {}) loaded from {}", state.profile,
                 domain::formatIsoDate(state.createdOn), options.statePath->string());
    return state;
}

int runCard(const Options& options) {
    const std::string& profileName = *options.profile;
    const domain::Date today = options.today.value_or(sim::todayInJapan());
    const std::optional<sim::Profile> profile = sim::makeProfile(profileName, today);
    if (!profile) {
        usageError("unknown profile '" + profileName + "' (see --list-profiles)");
    }
    sim::CardState state;
    try {
        state = options.statePath && fs::exists(*options.statePath)
                    ? existingCard(options, profileName)
                    : newCard(*profile, options);
    } catch (const std::exception& error) {
        spdlog::error("{}", error.what());
        return exitFailure;
    }

    sim::VirtualCard::PersistHook persist;
    if (options.statePath) {
        persist = [path = *options.statePath](const sim::CardState& changed) {
            try {
                sim::saveState(changed, path);
            } catch (const std::exception& error) {
                spdlog::error("state not saved: {}", error.what());
            }
        };
    }
    sim::VirtualCard card(std::move(state), persist);
    card.setShortApdusOnly(options.shortApdusOnly);
    sim::VpcdLink link(card, options.link, stopPipe[0]);
    if (link.run() == sim::LinkOutcome::Vanished && options.stayAfterVanish) {
        spdlog::info("staying out of the reader until stopped");
        char byte = 0;
        while (::read(stopPipe[0], &byte, 1) < 0) {
            pollfd watched{stopPipe[0], POLLIN, 0};
            ::poll(&watched, 1, -1);
        }
    }
    spdlog::info("stopped after {} commands", card.commandCount());
    return EXIT_SUCCESS;
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parseArguments(argc, argv);
    if (options.help) {
        std::cout << usageText;
        return EXIT_SUCCESS;
    }
    if (options.listProfiles) {
        const domain::Date today = options.today.value_or(sim::todayInJapan());
        std::cout << (options.json ? sim::profilesAsJson(today) : sim::profilesAsText(today));
        return EXIT_SUCCESS;
    }
    if (!options.profile) {
        usageError("--profile NAME or --list-profiles is needed");
    }
    setUpLogging(options.logLevel);
    try {
        installSignalHandlers();
        return runCard(options);
    } catch (const std::exception& error) {
        spdlog::critical("{}", error.what());
        return exitFailure;
    }
}
