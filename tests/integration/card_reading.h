#pragma once

// Card commands written as raw APDUs, so that these tests check the virtual card and the PC/SC
// stack without depending on the card layer's code.

#include "pcsc_client.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace jpki::test {

inline const std::string jpkiAid = "D3 92 F0 00 26 01 00 00 00 01";
inline const std::string cardInfoAid = "D3 92 10 00 31 00 01 01 04 08";
inline const std::string residentRegistryAid = "D3 92 10 00 31 00 01 01 04 01";
inline const std::string realCardAtr = "3B E0 00 FF 81 31 FE 45 14";

CardReply selectApplet(CardConnection& card, const std::string& aid);
CardReply selectFile(CardConnection& card, std::uint16_t fid);
// VERIFY with the PIN as ASCII; an empty PIN asks for the tries left.
CardReply verify(CardConnection& card, std::string_view pin);

struct FileRead {
    CardReply last; // the last reply: its result and status word when the read stopped early
    Bytes content;
    std::size_t commands = 0;
};

// As the protocol says: 4 bytes for the DER length, then short READ BINARYs of Le = 00.
FileRead readCertificateInShortChunks(CardConnection& card);
// One extended READ BINARY with Le = 0000.
FileRead readWholeFile(CardConnection& card);

// The last valid day of a certificate in Japan time, as YYYY-MM-DD ("" when it does not parse).
std::string lastValidDay(const Bytes& der);

} // namespace jpki::test
