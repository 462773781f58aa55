#pragma once

// Isolation of the PC/SC service for the integration tests.
//
// pcsc-lite 1.9.9 (Debian 12) always serves /run/pcscd/pcscd.comm and keeps its pid file there,
// so two pcscd cannot run side by side, and a test must never talk to the machine's own. The test
// process therefore enters a private mount namespace with a fresh tmpfs on /run/pcscd, at the
// start of main(), before any thread exists (unshare(CLONE_NEWNS) refuses a multithreaded
// process). Everything it starts (pcscd, jpki-card-sim, pkcs15-tool) inherits the namespace, and
// libpcsclite in the test finds the private socket at the usual path. Doing it in-process rather
// than wrapping the command in `unshare -m` keeps the test executable the same whether CTest,
// a developer or a debugger runs it, and lets each test report why it cannot run.

#include "skip_policy.h"

#include <string>

namespace jpki::test {

struct PcscIsolation {
    bool ready = false;
    std::string reason; // why not, when not ready
};

// Enters the private namespace; call once, first thing in main(). Never throws.
PcscIsolation enterPrivatePcscNamespace();

// What enterPrivatePcscNamespace() found (not ready before it was called).
const PcscIsolation& pcscIsolation();

} // namespace jpki::test
