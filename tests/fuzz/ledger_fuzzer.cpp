// The issuing authority's ledger file, as a crash, a disk or another program may leave it. The
// input's lines after the first (the header) get their checksums appended, except a last line
// without a line end (a torn write), so that the fuzzer reaches the line parser behind them.

#include "card/hex.h"
#include "issuer/crypto.h"
#include "issuer/ledger.h"
#include "scratch_file.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

using namespace jpki;

namespace {

// The ledger's checksum: the first 16 hex digits of the line's SHA-256.
constexpr std::size_t kChecksumBytes = 8;

std::string withChecksums(std::string_view input) {
    std::string text;
    const auto lines = static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n'));
    text.reserve(input.size() + lines * (1 + 2 * kChecksumBytes));
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
            text += ' ';
            text += card::toHex(std::span(digest).first(kChecksumBytes));
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
    scratch.write(withChecksums(std::string_view(reinterpret_cast<const char*>(data), size)));
    auto ledger = issuer::Ledger::open(file);
    if (ledger) {
        // A ledger that opened reads the same file again without a change of mind.
        if (!ledger->refresh()) {
            std::abort();
        }
    }
    return 0;
}
