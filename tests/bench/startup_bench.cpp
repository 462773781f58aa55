// Start-up of the counter window: from just before fork to the window shown with the first read
// card on it (jpki-counter --quit-after-card-shown prints "card-shown" then), offscreen, through a
// private pcscd, vpcd and jpki-card-sim; and the peak RSS of the whole run. The first run warms
// the caches (fonts, the data folder) and is not counted.
// Then the card's insertion: the window left open (--print-card-phases), the card taken out and
// put in again, alternately a card that takes extended length and one that takes short APDUs
// only, timed from the simulator's start (the card going in) and from the moment pcscd tells a
// client of the card (SCardGetStatusChange, as the window's card service waits) to the window's
// line for the status rendered, whose time the window takes on the same monotonic clock.
// Prints "BENCH key value" lines for scripts/bench.
//
// Usage: bench_startup [RUNS] [INSERTIONS]   (needs root for its private pcscd)

#include "pcsc_client.h"
#include "pcsc_namespace.h"
#include "pcsc_stack.h"
#include "timed_child.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsBetween(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// The window's "card-phase NAME NANOSECONDS" lines, read from its output file as they come.
class PhaseLines {
public:
    explicit PhaseLines(std::filesystem::path file)
        : m_file(std::move(file)) {}

    // The time of the next line for `phase` after those already taken; nothing after `timeout`.
    std::optional<Clock::time_point> next(const std::string& phase,
                                          std::chrono::milliseconds timeout) {
        const auto deadline = Clock::now() + timeout;
        while (Clock::now() < deadline) {
            std::ifstream in(m_file);
            std::string line;
            std::size_t index = 0;
            while (std::getline(in, line)) {
                if (line.rfind("card-phase ", 0) != 0 || index++ < m_taken) {
                    continue;
                }
                ++m_taken;
                std::istringstream fields(line.substr(11));
                std::string name;
                long long nanoseconds = 0;
                fields >> name >> nanoseconds;
                if (name == phase) {
                    return Clock::time_point(std::chrono::nanoseconds(nanoseconds));
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return std::nullopt;
    }

private:
    std::filesystem::path m_file;
    std::size_t m_taken = 0;
};

struct InsertionTimes {
    std::vector<double> fromInsertion;  // the simulator started -> status shown
    std::vector<double> fromPcscNotice; // pcscd told its clients -> status shown
};

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;

    const auto isolation = jpki::test::enterPrivatePcscNamespace();
    if (!isolation.ready) {
        std::fprintf(stderr, "bench_startup: %s\n", isolation.reason.c_str());
        return 2;
    }
    jpki::test::PcscStack stack;
    stack.startPcscd();
    stack.startCard({"healthy"});
    if (!stack.waitForCard(true)) {
        std::fprintf(stderr, "bench_startup: the card did not appear\n");
        return 2;
    }
    // A home of its own: no settings, profile or data of the machine's user.
    const std::string home = (stack.directory() / "home").string();
    const std::map<std::string, std::string> environment = {
        {"QT_QPA_PLATFORM", "offscreen"},       {"HOME", home},
        {"XDG_CONFIG_HOME", home + "/.config"}, {"XDG_DATA_HOME", home + "/.local/share"},
        {"XDG_CACHE_HOME", home + "/.cache"},   {"LANG", "ja_JP.UTF-8"}};
    const std::vector<std::string> command = {JPKI_COUNTER_PATH, "--quit-after-card-shown"};

    std::vector<double> milliseconds;
    long peakKiB = 0;
    for (int run = 0; run <= runs; ++run) {
        const auto timed = jpki::bench::runTimed(command, environment, "card-shown", 30);
        if (!timed || !timed->markerSeen || !WIFEXITED(timed->status) ||
            WEXITSTATUS(timed->status) != 0) {
            std::fprintf(stderr, "bench_startup: run %d did not show the card (status %d)\n", run,
                         timed ? timed->status : -1);
            return 1;
        }
        if (run > 0) {
            milliseconds.push_back(timed->milliseconds);
            peakKiB = std::max(peakKiB, timed->peakResidentKiB);
        }
    }
    std::printf("BENCH startup.runs %d\n", runs);
    std::printf("BENCH startup.median_ms %.1f\n", jpki::bench::median(milliseconds));
    std::printf("BENCH startup.max_ms %.1f\n",
                *std::max_element(milliseconds.begin(), milliseconds.end()));
    std::printf("BENCH startup.peak_rss_mb %.1f\n", double(peakKiB) / 1024.0);

    // --- insertion -----------------------------------------------------------------------------
    const int insertions = argc > 2 ? std::max(3, std::atoi(argv[2])) : 9;
    stack.stopCard();
    if (!stack.waitForCard(false)) {
        std::fprintf(stderr, "bench_startup: the card did not leave\n");
        return 1;
    }
    const auto windowOutput = stack.directory() / "window.out";
    jpki::test::ChildProcess window;
    window.start({JPKI_COUNTER_PATH, "--print-card-phases"}, windowOutput, environment);
    PhaseLines phases(windowOutput);
    if (!phases.next("no-card", std::chrono::seconds(30))) {
        std::fprintf(stderr, "bench_startup: the window did not show the empty reader\n");
        return 1;
    }
    jpki::test::PcscContext watcher;
    InsertionTimes times[2]; // [0] extended length, [1] short APDUs only
    // One untimed insertion of each kind first, then `insertions` of each, alternating.
    for (int round = 0; round < 2 * (insertions + 1); ++round) {
        const bool shortApdus = round % 2 == 1;
        jpki::test::SimulatorOptions card("healthy");
        card.shortApdusOnly = shortApdus;
        auto noticed = std::async(std::launch::async, [&watcher, &stack] {
            watcher.waitForCard(stack.readerName(), true, std::chrono::seconds(20));
            return Clock::now();
        });
        const auto inserted = Clock::now();
        stack.startCard(card);
        const auto shown = phases.next("card-read", std::chrono::seconds(30));
        const auto pcscNotice = noticed.get();
        if (!shown) {
            std::fprintf(stderr, "bench_startup: insertion %d was not shown\n", round);
            return 1;
        }
        if (round >= 2) {
            times[shortApdus].fromInsertion.push_back(millisecondsBetween(inserted, *shown));
            times[shortApdus].fromPcscNotice.push_back(millisecondsBetween(pcscNotice, *shown));
        }
        stack.stopCard();
        if (!phases.next("no-card", std::chrono::seconds(30))) {
            std::fprintf(stderr, "bench_startup: the removal was not shown\n");
            return 1;
        }
    }
    window.stop();
    std::printf("BENCH insertion.runs %d\n", insertions);
    for (const bool shortApdus : {false, true}) {
        const char* kind = shortApdus ? "_short" : "";
        std::printf("BENCH insertion%s.median_ms %.1f\n", kind,
                    jpki::bench::median(times[shortApdus].fromInsertion));
        std::printf("BENCH insertion%s.max_ms %.1f\n", kind,
                    *std::max_element(times[shortApdus].fromInsertion.begin(),
                                      times[shortApdus].fromInsertion.end()));
        std::printf("BENCH insertion%s.after_pcsc_median_ms %.1f\n", kind,
                    jpki::bench::median(times[shortApdus].fromPcscNotice));
        std::printf("BENCH insertion%s.after_pcsc_max_ms %.1f\n", kind,
                    *std::max_element(times[shortApdus].fromPcscNotice.begin(),
                                      times[shortApdus].fromPcscNotice.end()));
    }
    return 0;
}
