// The issuing authority's ledger file, as a crash, a disk or another program may leave it. The
// input's lines after the first (the header) get their checksums appended, except a last line
// without a line end (a torn write), so that the fuzzer reaches the line parser behind them.

#include "issuer/crypto.h"
#include "issuer/ledger.h"
#include "scratch_file.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

using namespace jpki;

namespace {

std::string withChecksums(std::string_view input) {
    std::string text;
    bool header = true;
    while (!input.empty()) {
        const std::size_t end = input.find('\n');
        const std::string_view line = input.substr(0, end);
        text += line;
        if (end == std::string_view::npos) {
            break; // a torn last line stays as it is
        }
        if (!header) {
            const issuer::crypto::Bytes digest = issuer::crypto::sha256(
                {reinterpret_cast<const std::uint8_t*>(line.data()), line.size()});
            text += " " + issuer::crypto::toHex(digest).substr(0, 16);
        }
        text += '\n';
        header = false;
        input.remove_prefix(end + 1);
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fuzz::ScratchFile scratch("ledger");
    const std::filesystem::path& file = scratch.path();
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        const std::string text =
            withChecksums(std::string_view(reinterpret_cast<const char*>(data), size));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    auto ledger = issuer::Ledger::open(file);
    if (ledger) {
        // A ledger that opened reads the same file again without a change of mind.
        if (!ledger->refresh()) {
            std::abort();
        }
    }
    return 0;
}
