// Card status read through the real stack (libpcsclite -> pcscd -> vpcd -> jpki-card-sim):
// APDUs per full status read, counted by pcscd itself, and the median wall time; in the same
// run and on the same virtual card, OpenSC's `pkcs15-tool --read-certificate 01 --list-pins`
// and jpki-counter-cli's `card status`, process against process, in alternating rounds.
// Prints "BENCH key value" lines for scripts/bench.
//
// Usage: bench_card_status [READS] [PROFILE] [short]   (needs root for its private pcscd)
// "short" presents a card that takes short APDUs only (jpki-card-sim --short-apdus-only).

#include "card/card_status.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "child_process.h"
#include "pcsc_namespace.h"
#include "pcsc_stack.h"
#include "timed_child.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using jpki::bench::median;
using jpki::bench::runTimed;
using jpki::test::PcscStack;

// Rounds of the two processes: at least 7 (the floor), alternating which runs first.
constexpr int kProcessRuns = 15;

struct ProcessSide {
    std::vector<double> milliseconds;
    std::size_t apdus = 0;
};

struct ProcessComparison {
    ProcessSide openSc;
    ProcessSide cli;
    std::vector<double> ratios; // cli / OpenSC, round by round
    bool ok = false;
};

bool runOnce(PcscStack& stack, const std::vector<std::string>& command,
             const std::map<std::string, std::string>& environment, ProcessSide& side) {
    const std::size_t apdusBefore = stack.apduCount();
    const auto run = runTimed(command, environment);
    if (!run || !WIFEXITED(run->status) || WEXITSTATUS(run->status) != 0) {
        std::fprintf(stderr, "bench_card_status: %s failed\n", command.front().c_str());
        return false;
    }
    side.milliseconds.push_back(run->milliseconds);
    side.apdus += stack.apduCount() - apdusBefore;
    return true;
}

// OpenSC and the counter's command line as processes, one after the other in each round, the
// first of the pair alternating, so that a slower stretch of the machine falls on both.
ProcessComparison compareProcesses(PcscStack& stack, const std::vector<std::string>& openSc,
                                   const std::vector<std::string>& cli,
                                   const std::map<std::string, std::string>& environment) {
    ProcessComparison comparison;
    for (int round = 0; round < kProcessRuns; ++round) {
        const bool openScFirst = round % 2 == 0;
        const bool ran = openScFirst ? runOnce(stack, openSc, environment, comparison.openSc) &&
                                           runOnce(stack, cli, environment, comparison.cli)
                                     : runOnce(stack, cli, environment, comparison.cli) &&
                                           runOnce(stack, openSc, environment, comparison.openSc);
        if (!ran) {
            return comparison;
        }
        comparison.ratios.push_back(comparison.cli.milliseconds.back() /
                                    comparison.openSc.milliseconds.back());
    }
    comparison.ok = true;
    return comparison;
}

} // namespace

int main(int argc, char** argv) {
    const int reads = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const std::string profile = argc > 2 ? argv[2] : "healthy";
    const bool shortApdusOnly = argc > 3 && std::string(argv[3]) == "short";

    const auto isolation = jpki::test::enterPrivatePcscNamespace();
    if (!isolation.ready) {
        std::fprintf(stderr, "bench_card_status: %s\n", isolation.reason.c_str());
        return 2;
    }
    PcscStack stack;
    stack.startPcscd();
    jpki::test::SimulatorOptions card(profile);
    card.shortApdusOnly = shortApdusOnly;
    stack.startCard(card);
    if (!stack.waitForCard(true)) {
        std::fprintf(stderr, "bench_card_status: the card did not appear\n");
        return 2;
    }

    std::vector<double> milliseconds;
    std::size_t apdus = 0;
    {
        jpki::card::PcscContext context;
        auto channel = jpki::card::PcscChannel::connect(context, stack.readerName());
        if (!channel) {
            std::fprintf(stderr, "bench_card_status: %s\n", describe(channel.error()).c_str());
            return 2;
        }
        // The first read warms up the connection; it is not timed.
        if (!jpki::card::readCardStatus(**channel, stack.today())) {
            std::fprintf(stderr, "bench_card_status: the first status read failed\n");
            return 2;
        }
        milliseconds.reserve(static_cast<std::size_t>(reads));
        const std::size_t apdusBefore = stack.apduCount();
        for (int i = 0; i < reads; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const auto status = jpki::card::readCardStatus(**channel, stack.today());
            const auto end = std::chrono::steady_clock::now();
            if (!status) {
                std::fprintf(stderr, "bench_card_status: read %d failed: %s\n", i,
                             describe(status.error()).c_str());
                return 1;
            }
            milliseconds.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        apdus = stack.apduCount() - apdusBefore;
    } // the connection ends here, so that the programs below find the card free

    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double quantile) {
        return milliseconds[static_cast<std::size_t>(quantile * (milliseconds.size() - 1))];
    };
    // The keys of a short-APDU card's run carry "_short", so that scripts/bench can print both.
    const std::string kind = shortApdusOnly ? "_short" : "";
    const auto figure = [&kind](const char* group, const char* name, double value) {
        std::printf("BENCH %s%s.%s %.3f\n", group, kind.c_str(), name, value);
    };
    std::printf("card status through pcscd, profile %s, %s card, %d reads\n", profile.c_str(),
                shortApdusOnly ? "short-APDU" : "extended-length", reads);
    figure("card_status", "reads", reads);
    figure("card_status", "apdus", static_cast<double>(apdus) / reads);
    figure("card_status", "median_ms", at(0.5));
    figure("card_status", "p90_ms", at(0.9));
    figure("card_status", "max_ms", milliseconds.back());

    // No cache or configuration of the machine's user for the outside programs.
    const std::map<std::string, std::string> environment = {{"HOME", stack.directory().string()},
                                                            {"LC_ALL", "C.UTF-8"}};
    const auto pkcs15Tool = jpki::test::findExecutable("pkcs15-tool");
    if (!pkcs15Tool) {
        std::fprintf(stderr, "bench_card_status: pkcs15-tool (package opensc) is missing\n");
        return 2;
    }
    // OpenSC's JPKI driver numbers the user-authentication certificate 01; --list-pins asks every
    // PIN's state, as the counter's status does.
    const std::vector<std::string> openSc = {pkcs15Tool->string(), "--reader", stack.readerName(),
                                             "--read-certificate", "01",       "--list-pins"};
    const std::vector<std::string> cli = {JPKI_CLI_PATH,
                                          "card",
                                          "status",
                                          "--reader",
                                          stack.readerName(),
                                          "--today",
                                          jpki::domain::formatIsoDate(stack.today())};
    const ProcessComparison processes = compareProcesses(stack, openSc, cli, environment);
    if (!processes.ok) {
        return 1;
    }
    std::vector<double> ratios = processes.ratios;
    std::sort(ratios.begin(), ratios.end());
    figure("processes", "rounds", kProcessRuns);
    figure("opensc", "apdus", double(processes.openSc.apdus) / kProcessRuns);
    figure("opensc", "median_ms", median(processes.openSc.milliseconds));
    figure("cli_card_status", "apdus", double(processes.cli.apdus) / kProcessRuns);
    figure("cli_card_status", "median_ms", median(processes.cli.milliseconds));
    figure("cli_card_status", "ratio_median", median(ratios));
    figure("cli_card_status", "ratio_min", ratios.front());
    figure("cli_card_status", "ratio_max", ratios.back());
    return 0;
}
