// The simulator's state file. The input is the file's body; its checksum line is computed and
// appended, so that the fuzzer reaches the parser behind the checksum rather than stopping at it.
// A file that parses must write back to a file that parses to the same text.

#include "issuer/crypto.h"
#include "simulator/state_file.h"

#include <cstdlib>
#include <openssl/err.h>
#include <string>

using namespace jpki;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const issuer::crypto::Bytes digest = issuer::crypto::sha256({data, size});
    text += "sha256 " + issuer::crypto::toHex(digest) + "\n";
    try {
        const sim::CardState state = sim::parseState(text, "fuzz");
        const std::string written = sim::serializeState(state);
        if (sim::serializeState(sim::parseState(written, "fuzz-again")) != written) {
            std::abort();
        }
    } catch (const sim::StateFileError&) {
        // Refused whole, as it should be.
    }
    // OpenSSL keeps what a refused key left in its per-thread error queue, with strings
    // allocated for it: left there, they outlive the input, and libFuzzer then runs the input a
    // second time and scans the heap for a leak.
    ERR_clear_error();
    return 0;
}
