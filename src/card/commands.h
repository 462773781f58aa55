#pragma once

// Builders for every command the counter sends, readable line by line against
// docs/jpki-card.md and docs/card-protocol.md. Commands that carry a PIN hold a copy of it in
// `data`: the caller wipes it after sending (card/wipe.h).

#include "card/apdu.h"
#include "card/card_files.h"

#include <span>

namespace jpki::card::commands {

inline constexpr std::uint8_t kInsSelect = 0xA4;
inline constexpr std::uint8_t kInsVerify = 0x20;
inline constexpr std::uint8_t kInsChangeReferenceData = 0x24;
inline constexpr std::uint8_t kInsResetRetryCounter = 0x2C;
inline constexpr std::uint8_t kInsReadBinary = 0xB0;
inline constexpr std::uint8_t kInsUpdateBinary = 0xD6;
inline constexpr std::uint8_t kInsGetResponse = 0xC0;
inline constexpr std::uint8_t kInsGetChallenge = 0x84;
inline constexpr std::uint8_t kInsExternalAuthenticate = 0x82;
inline constexpr std::uint8_t kInsGenerateKeyPair = 0x46;
inline constexpr std::uint8_t kInsComputeSignature = 0x2A; // with the proprietary class 80

inline constexpr std::uint32_t kShortLeMax = 256;
inline constexpr std::uint32_t kExtendedLeMax = 65536;
inline constexpr std::size_t kShortLcMax = 255;
inline constexpr std::size_t kExtendedLcMax = 65535;
// READ BINARY and UPDATE BINARY with P1 bit 8 clear address 15 bits of offset.
inline constexpr std::uint32_t kMaxBinaryOffset = 0x7FFF;

// 00 A4 04 0C Lc AID: no response data.
CommandApdu selectApplet(const Aid& aid);
// 00 A4 02 0C 02 FID, inside the selected applet.
CommandApdu selectFile(std::uint16_t fileId);
// 00 20 00 80: asks the tries left of the selected PIN without spending one.
CommandApdu verifyQuery();
// 00 20 00 80 Lc PIN.
CommandApdu verify(std::span<const std::uint8_t> pin);
// 00 24 01 80 Lc new-PIN, after a successful VERIFY.
CommandApdu changeReferenceData(std::span<const std::uint8_t> newPin);
// 00 2C 02 80 Lc new-PIN, after EXTERNAL AUTHENTICATE.
CommandApdu resetRetryCounter(std::span<const std::uint8_t> newPin);
// 00 B0 off-hi off-lo Le; Le above 256 makes it extended.
CommandApdu readBinary(std::uint16_t offset, std::uint32_t expectedLength);
// 00 D6 off-hi off-lo Lc data; Lc above 255 makes it extended.
CommandApdu updateBinary(std::uint16_t offset, std::span<const std::uint8_t> data);
// 00 C0 00 00 xx, after 61 xx (xx = 00 asks 256).
CommandApdu getResponse(std::uint8_t available);
// 00 84 00 00 08.
CommandApdu getChallenge();
// 00 82 00 00 Lc signature.
CommandApdu externalAuthenticate(std::span<const std::uint8_t> signature);
// 00 46 00 00 with extended Le 00 00 00: the public key as DER SubjectPublicKeyInfo.
CommandApdu generateKeyPair();
// 80 2A 00 80 Lc DigestInfo 00.
CommandApdu computeSignature(std::span<const std::uint8_t> digestInfo);

// True for the commands whose data is a PIN: their data never reaches a log.
bool carriesPin(const CommandApdu& command);

} // namespace jpki::card::commands
