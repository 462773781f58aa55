// Start-up of the counter window: from just before fork to the window shown with the first read
// card on it (jpki-counter --quit-after-card-shown prints "card-shown" then), offscreen, through a
// private pcscd, vpcd and jpki-card-sim; and the peak RSS of the whole run. The first run warms
// the caches (fonts, the data folder) and is not counted.
// Prints "BENCH key value" lines for scripts/bench.
//
// Usage: bench_startup [RUNS]   (needs root for its private pcscd)

#include "pcsc_namespace.h"
#include "pcsc_stack.h"
#include "timed_child.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <vector>

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
    return 0;
}
