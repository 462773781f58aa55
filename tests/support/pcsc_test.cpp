#include "pcsc_test.h"

#include <iostream>

namespace jpki::test {

void PcscTest::SetUp() {
    std::string reason;
    if (!pcscIsolation().ready) {
        reason = pcscIsolation().reason;
    } else if (const std::string missing = missingPcscPrograms(); !missing.empty()) {
        reason = "missing:" + missing;
    }
    if (reason.empty()) {
        return;
    }
    if (skipsAreFailures()) {
        GTEST_FAIL() << "CI=true and the PC/SC stack cannot run: " << reason;
    }
    GTEST_SKIP() << reason;
}

void PcscTest::TearDown() {
    if (m_stack && HasFailure()) {
        // The simulator's log holds command headers and status words, never PINs.
        std::cerr << "---- jpki-card-sim log ----\n" << m_stack->simulatorLog() << "----\n";
    }
    m_context.reset();
    m_stack.reset();
}

void PcscTest::startStack(const SimulatorOptions& options) {
    m_stack = std::make_unique<PcscStack>();
    m_stack->startPcscd();
    m_stack->startCard(options);
    ASSERT_TRUE(m_stack->waitForCard(true)) << "the reader never showed the card";
}

std::unique_ptr<CardConnection> PcscTest::connect() {
    m_context = std::make_unique<PcscContext>();
    return std::make_unique<CardConnection>(*m_context, m_stack->readerName());
}

int runPcscTests(int argc, char** argv) {
    // Before anything can start a thread: unshare(CLONE_NEWNS) refuses multithreaded processes.
    const PcscIsolation isolation = enterPrivatePcscNamespace();
    ::testing::InitGoogleTest(&argc, argv);
    if (!isolation.ready && !::testing::GTEST_FLAG(list_tests)) {
        std::cerr << "PC/SC integration tests cannot run: " << isolation.reason << "\n";
    }
    return RUN_ALL_TESTS();
}

} // namespace jpki::test
