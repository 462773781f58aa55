#pragma once

// Helpers for the virtual card's unit tests: cards provisioned once per test process (RSA key
// generation is the slow part) and APDUs written as hex.

#include "card/apdu.h"
#include "simulator/authority.h"
#include "simulator/card_layout.h"
#include "simulator/card_state.h"
#include "simulator/virtual_card.h"

#include <string_view>

namespace jpki::sim::testing {

// A fixed day keeps the profile dates of a test run reproducible.
domain::Date referenceDay();

// One authority per test process.
const TestAuthority& sharedAuthority();
// A fresh copy of the profile's card as first made (made once per process and profile).
CardState freshCard(std::string_view profile);

// "00 A4 04 0C" and the like; spaces are ignored.
Bytes hex(std::string_view text);
Bytes concat(std::initializer_list<ByteView> parts);
Bytes asBytes(std::string_view text);

// Sends a raw command (hex header and data) and returns the parsed response.
card::ResponseApdu send(VirtualCard& card, const Bytes& command);
card::ResponseApdu send(VirtualCard& card, std::string_view hexCommand);

card::ResponseApdu selectApplet(VirtualCard& card, std::span<const std::uint8_t> aid);
card::ResponseApdu selectFile(VirtualCard& card, layout::Fid fid);
card::ResponseApdu verifyPin(VirtualCard& card, std::string_view pin);
// Reads a whole EF with one extended READ BINARY.
card::ResponseApdu readAll(VirtualCard& card);
// EXTERNAL AUTHENTICATE with the authority's key over a fresh challenge.
card::ResponseApdu authenticateIssuer(VirtualCard& card, EVP_PKEY* authorityKey);

} // namespace jpki::sim::testing
