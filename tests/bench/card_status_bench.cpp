// Card status read through the real stack (libpcsclite -> pcscd -> vpcd -> jpki-card-sim):
// APDUs per full status read, counted by pcscd itself, and the median wall time; in the same
// run and on the same virtual card, OpenSC's pkcs15-tool reading the same two certificates
// (user authentication and its CA) and jpki-counter-cli's `card status` as a process.
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

// How many times each outside program is run: each run is a process of its own.
constexpr int kProcessRuns = 15;

struct ProcessFigures {
    double medianMilliseconds = 0;
    double apdusPerRun = 0;
    bool ok = false;
};

// Runs `commands` one after another per round, `kProcessRuns` rounds, timing each round whole.
ProcessFigures timeRounds(PcscStack& stack, const std::vector<std::vector<std::string>>& commands,
                          const std::map<std::string, std::string>& environment) {
    ProcessFigures figures;
    std::vector<double> rounds;
    const std::size_t apdusBefore = stack.apduCount();
    for (int round = 0; round < kProcessRuns; ++round) {
        double milliseconds = 0;
        for (const auto& command : commands) {
            const auto run = runTimed(command, environment);
            if (!run || !WIFEXITED(run->status) || WEXITSTATUS(run->status) != 0) {
                std::fprintf(stderr, "bench_card_status: %s failed\n", command.front().c_str());
                return figures;
            }
            milliseconds += run->milliseconds;
        }
        rounds.push_back(milliseconds);
    }
    figures.apdusPerRun = double(stack.apduCount() - apdusBefore) / kProcessRuns;
    figures.medianMilliseconds = median(rounds);
    figures.ok = true;
    return figures;
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
    std::printf("card status through pcscd, profile %s, %s card, %d reads\n", profile.c_str(),
                shortApdusOnly ? "short-APDU" : "extended-length", reads);
    std::printf("BENCH card_status.reads %d\n", reads);
    std::printf("BENCH card_status.apdus %.1f\n", static_cast<double>(apdus) / reads);
    std::printf("BENCH card_status.median_ms %.3f\n", at(0.5));
    std::printf("BENCH card_status.p90_ms %.3f\n", at(0.9));
    std::printf("BENCH card_status.max_ms %.3f\n", milliseconds.back());

    // No cache or configuration of the machine's user for the outside programs.
    const std::map<std::string, std::string> environment = {{"HOME", stack.directory().string()},
                                                            {"LC_ALL", "C.UTF-8"}};
    if (const auto pkcs15Tool = jpki::test::findExecutable("pkcs15-tool")) {
        // OpenSC's JPKI driver numbers the user-authentication certificate 01 and its CA 03.
        std::vector<std::vector<std::string>> commands;
        for (const char* id : {"01", "03"}) {
            commands.push_back(
                {pkcs15Tool->string(), "--reader", stack.readerName(), "--read-certificate", id});
        }
        const ProcessFigures openSc = timeRounds(stack, commands, environment);
        if (openSc.ok) {
            std::printf("BENCH opensc.runs %d\n", kProcessRuns);
            std::printf("BENCH opensc.apdus %.1f\n", openSc.apdusPerRun);
            std::printf("BENCH opensc.median_ms %.3f\n", openSc.medianMilliseconds);
        }
    } else {
        std::fprintf(stderr, "bench_card_status: pkcs15-tool (package opensc) is missing\n");
    }

    const ProcessFigures cli =
        timeRounds(stack,
                   {{JPKI_CLI_PATH, "card", "status", "--reader", stack.readerName(), "--today",
                     jpki::domain::formatIsoDate(stack.today())}},
                   environment);
    if (cli.ok) {
        std::printf("BENCH cli_card_status.apdus %.1f\n", cli.apdusPerRun);
        std::printf("BENCH cli_card_status.median_ms %.3f\n", cli.medianMilliseconds);
    }
    return 0;
}
