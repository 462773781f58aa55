// The latency trap: without TCP_QUICKACK re-armed before every receive on the card's socket,
// delayed acknowledgements add about 40-50 ms to every APDU through vpcd.

#include "card_reading.h"
#include "pcsc_test.h"

#include <chrono>

namespace jpki::test {
namespace {

using Latency = PcscTest;

TEST_F(Latency, TwentySelectsTakeAFewMillisecondsEach) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000); // warm-up
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 20; ++i) {
        ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    }
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);
    const double totalMs = static_cast<double>(elapsed.count()) / 1000.0;
    std::cout << "[ figures  ] 20 SELECTs through pcscd: " << totalMs << " ms (" << totalMs / 20
              << " ms each)\n";
    RecordProperty("twenty_selects_us", static_cast<int>(elapsed.count()));
    // About 1 s when the trap springs; a few ms each otherwise, with room for a loaded machine.
    EXPECT_LT(totalMs, 300.0);
}

} // namespace
} // namespace jpki::test
