// The command line's own start-up, process against process, beside a bare QCoreApplication
// program: the usage (--help), a rule answered without card or database (`rules renewal`), and
// `card status` with no PC/SC service (everything the command does before its first APDU, then
// the refused connection). The programs run in rounds, the order turning each round, so that a
// slower stretch of the machine falls on all of them. Prints "BENCH key value" lines for
// scripts/bench.
//
// Usage: bench_cli_startup [ROUNDS]   (needs no root: nothing here talks to a card)

#include "timed_child.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

struct Program {
    const char* key;
    std::vector<std::string> command;
    bool mustSucceed;
    std::vector<double> milliseconds;
};

} // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::max(7, std::atoi(argv[1])) : 21;
    char folder[] = "/tmp/bench-cli-startup-XXXXXX";
    if (::mkdtemp(folder) == nullptr) {
        std::perror("bench_cli_startup: mkdtemp");
        return 2;
    }
    const std::string home = folder;
    // A home of its own, and a PC/SC socket that does not exist: `card status` stops at the
    // connection, after everything it does before it.
    const std::map<std::string, std::string> environment = {
        {"HOME", home},
        {"XDG_CONFIG_HOME", home + "/.config"},
        {"XDG_DATA_HOME", home + "/.local/share"},
        {"LANG", "ja_JP.UTF-8"},
        {"PCSCLITE_CSOCK_NAME", home + "/no-pcscd.comm"}};
    std::vector<Program> programs = {
        {"bare_qcoreapplication", {JPKI_BARE_QCORE_PATH}, true, {}},
        {"cli_help", {JPKI_CLI_PATH, "--help"}, true, {}},
        {"cli_rules_renewal",
         {JPKI_CLI_PATH, "rules", "renewal", "--cert-expires", "2027-03-01", "--card-expires",
          "2030-03-01", "--today", "2026-12-08"},
         true,
         {}},
        {"cli_card_status_no_service", {JPKI_CLI_PATH, "card", "status"}, false, {}},
    };
    for (int round = 0; round <= rounds; ++round) {
        for (std::size_t i = 0; i < programs.size(); ++i) {
            Program& program = programs[(i + static_cast<std::size_t>(round)) % programs.size()];
            const auto run = jpki::bench::runTimed(program.command, environment);
            if (!run || !WIFEXITED(run->status) ||
                (program.mustSucceed && WEXITSTATUS(run->status) != 0)) {
                std::fprintf(stderr, "bench_cli_startup: %s failed\n", program.key);
                return 1;
            }
            if (round > 0) { // the first round fills the page cache
                program.milliseconds.push_back(run->milliseconds);
            }
        }
    }
    std::printf("BENCH cli_startup.rounds %d\n", rounds);
    const double bare = jpki::bench::median(programs.front().milliseconds);
    for (Program& program : programs) {
        const double median = jpki::bench::median(program.milliseconds);
        std::sort(program.milliseconds.begin(), program.milliseconds.end());
        std::printf("BENCH cli_startup.%s_ms %.2f\n", program.key, median);
        std::printf("BENCH cli_startup.%s_p90_ms %.2f\n", program.key,
                    program.milliseconds[program.milliseconds.size() * 9 / 10]);
        std::printf("BENCH cli_startup.%s_over_bare %.2f\n", program.key, median / bare);
    }
    std::filesystem::remove_all(home);
    return 0;
}
