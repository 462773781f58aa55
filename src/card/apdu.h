#pragma once

// ISO 7816-4 command and response APDUs: the one narrow seam between the card protocol and
// whatever carries the bytes (PC/SC, the simulator's socket, a scripted channel in tests).

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace jpki::card {

using Bytes = std::vector<std::uint8_t>;

struct CommandApdu {
    std::uint8_t cla = 0;
    std::uint8_t ins = 0;
    std::uint8_t p1 = 0;
    std::uint8_t p2 = 0;
    Bytes data;                      // Lc is data.size()
    std::optional<std::uint32_t> le; // expected length; 256 (short) or 65536 (extended) for "all"

    // True when the encoding needs the extended form (data over 255 bytes or Le over 256).
    bool isExtended() const;
    // Encodes as short APDU when data fits in 255 bytes and Le in 256, else as extended APDU.
    // An Le of 0 is encoded as no Le field (ISO 7816-4: Ne = 0). Returns an empty vector when
    // the command cannot be encoded at all (data over 65535 bytes or Le over 65536).
    Bytes encode() const;
    // Parses any ISO 7816-4 case 1-4 encoding, short or extended; nothing on malformed input.
    static std::optional<CommandApdu> parse(std::span<const std::uint8_t> bytes);
};

struct ResponseApdu {
    Bytes data;
    std::uint16_t sw = 0;

    std::uint8_t sw1() const { return static_cast<std::uint8_t>(sw >> 8); }
    std::uint8_t sw2() const { return static_cast<std::uint8_t>(sw & 0xFF); }
    bool ok() const { return sw == 0x9000; }

    Bytes encode() const; // data followed by SW1 SW2
    // Nothing when fewer than two bytes are given.
    static std::optional<ResponseApdu> parse(std::span<const std::uint8_t> bytes);
};

} // namespace jpki::card
