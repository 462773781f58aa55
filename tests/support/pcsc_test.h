#pragma once

// The GoogleTest side of the PC/SC harness: a fixture whose tests are skipped, with the reason,
// when the machine cannot give them an isolated pcscd (and fail instead under CI=true), and a
// main() that enters the private namespace before GoogleTest starts.

#include "pcsc_client.h"
#include "pcsc_namespace.h"
#include "pcsc_stack.h"

#include <gtest/gtest.h>
#include <memory>

namespace jpki::test {

class PcscTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Starts pcscd and the simulator and waits until the reader shows the card.
    // Call as ASSERT_NO_FATAL_FAILURE(startStack(...)).
    void startStack(const SimulatorOptions& options = {});
    PcscStack& stack() { return *m_stack; }
    // A connection to the card in the stack's reader, on a context the fixture keeps.
    std::unique_ptr<CardConnection> connect();

private:
    std::unique_ptr<PcscStack> m_stack;
    std::unique_ptr<PcscContext> m_context;
};

// Enters the private PC/SC namespace, then runs every test. Use as the test executable's main().
int runPcscTests(int argc, char** argv);

} // namespace jpki::test
