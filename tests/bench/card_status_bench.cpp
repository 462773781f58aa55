// Card status read through the real stack (libpcsclite -> pcscd -> vpcd -> jpki-card-sim):
// APDUs per full status read, counted by pcscd itself, and the median wall time.
// Usage: bench_card_status [READS] [PROFILE]   (needs root for its private pcscd)

#include "card/card_status.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "pcsc_namespace.h"
#include "pcsc_stack.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const int reads = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const std::string profile = argc > 2 ? argv[2] : "healthy";

    const auto isolation = jpki::test::enterPrivatePcscNamespace();
    if (!isolation.ready) {
        std::fprintf(stderr, "bench_card_status: %s\n", isolation.reason.c_str());
        return 2;
    }
    jpki::test::PcscStack stack;
    stack.startPcscd();
    stack.startCard({profile});
    if (!stack.waitForCard(true)) {
        std::fprintf(stderr, "bench_card_status: the card did not appear\n");
        return 2;
    }

    jpki::card::PcscContext context;
    auto channel = jpki::card::PcscChannel::connect(context, stack.readerName());
    if (!channel) {
        std::fprintf(stderr, "bench_card_status: %s\n", describe(channel.error()).c_str());
        return 2;
    }
    // The first read learns whether extended length works; it is not timed.
    if (!jpki::card::readCardStatus(**channel, stack.today())) {
        std::fprintf(stderr, "bench_card_status: the first status read failed\n");
        return 2;
    }

    std::vector<double> milliseconds;
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
    const std::size_t apdus = stack.apduCount() - apdusBefore;
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double quantile) {
        return milliseconds[static_cast<std::size_t>(quantile * (milliseconds.size() - 1))];
    };
    std::printf("card status through pcscd, profile %s, %d reads\n", profile.c_str(), reads);
    std::printf("  APDUs per read:  %.1f (counted by pcscd)\n",
                static_cast<double>(apdus) / reads);
    std::printf("  median:          %.2f ms\n", at(0.5));
    std::printf("  p90:             %.2f ms\n", at(0.9));
    std::printf("  min / max:       %.2f / %.2f ms\n", milliseconds.front(), milliseconds.back());
    return 0;
}
