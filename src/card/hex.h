#pragma once

// Hexadecimal text for bytes: ATRs, serial numbers, APDU logs and test fixtures.

#include "card/apdu.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace jpki::card {

// Upper-case hex; with a separator, one between each pair of digits ("3B E0 00").
std::string toHex(std::span<const std::uint8_t> bytes, std::string_view separator = {});

// Parses hex digits, either case, ignoring spaces, tabs and colons; nothing when a character is
// not a hex digit or the digit count is odd.
std::optional<Bytes> fromHex(std::string_view text);

} // namespace jpki::card
