// Response and command APDU parsing: total on any input, and a parsed command re-encodes to
// something that parses to the same command.

#include "card/apdu.h"

#include <cstdlib>

using jpki::card::CommandApdu;
using jpki::card::ResponseApdu;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> input(data, size);
    if (const auto response = ResponseApdu::parse(input)) {
        if (response->encode() != jpki::card::Bytes(input.begin(), input.end())) {
            std::abort();
        }
    }
    if (const auto command = CommandApdu::parse(input)) {
        const auto again = CommandApdu::parse(command->encode());
        if (!again || again->data != command->data || again->le != command->le ||
            again->ins != command->ins) {
            std::abort();
        }
    }
    return 0;
}
