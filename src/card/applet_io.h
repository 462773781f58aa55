#pragma once

// Building blocks of the applet clients, one or a few commands each, on the applet that is
// selected at the time. Callers group them in a transaction (ChannelTransaction).

#include "card/card_channel.h"
#include "card/card_files.h"
#include "card/commands.h"
#include "card/pin.h"
#include "card/result.h"

#include <span>
#include <string>

namespace jpki::card {

// Sends the command; any status word but 90 00 becomes the matching error.
Result<ResponseApdu> transmitExpectingOk(CardChannel& channel, const CommandApdu& command,
                                         std::string context);

Result<void> selectApplet(CardChannel& channel, Applet applet);
// NotFound when the card answers 6A 82.
Result<void> selectFile(CardChannel& channel, std::uint16_t fileId);

// Selects the PIN's file and asks its tries without spending one. An answer 6A 82 to the select
// is "absent"; a refusal of the VERIFY is "unknown"; only 63 C0 and 69 83 are "blocked".
// Transport failures are errors, and so is an answer that means nothing (UnexpectedAnswer):
// tries above the PIN's limit, another warning, data.
Result<PinStatus> queryPinStatus(CardChannel& channel, PinReference pin);

// Selects the applet, then asks its PIN's tries: a status word refusing that SELECT gives
// "unknown" (never "blocked"); transport failures are errors.
Result<PinStatus> queryAppletPinStatus(CardChannel& channel, Applet applet, PinReference pin);

// InvalidArgument for a PIN that cannot be sent: empty (VERIFY without data only asks the tries)
// or longer than a short command carries.
Result<void> checkPinLength(std::span<const std::uint8_t> value);

// What a VERIFY's status word other than 90 00 means for `pin`: WrongPin with the tries left,
// PinBlocked, the refusal it is, or UnexpectedAnswer for tries above the PIN's limit or a warning
// that means nothing for VERIFY.
CardError verifyRefusal(std::uint16_t statusWord, PinReference pin, std::string context);

// Selects the PIN's file and verifies. WrongPin carries the tries left; PinBlocked when locked.
// An empty PIN is refused here: VERIFY without data would only ask the tries.
Result<void> verifyPin(CardChannel& channel, PinReference pin, std::span<const std::uint8_t> value);

// Reads `length` bytes from `offset` of the selected file in as few commands as the connection
// allows: one extended READ BINARY unless the channel is known to refuse them, else 256-byte
// chunks; a refusal is remembered on the channel. EndOfFile when the file is shorter.
Result<Bytes> readBinary(CardChannel& channel, std::uint16_t offset, std::size_t length);

// The most a file can hold: READ BINARY and UPDATE BINARY address offsets up to 7FFF.
inline constexpr std::size_t kMaxBinaryFileSize = std::size_t{commands::kMaxBinaryOffset} + 1;

// Reads a whole DER object (a certificate) from the selected file: a short READ BINARY of 256
// bytes, then the rest of the length it announces (in one extended command only when the
// connection is known to take them, else in 256-byte chunks). EndOfFile when the file is empty;
// MalformedResponse when the announced length is beyond what a file holds or the file ends
// before it.
Result<Bytes> readDerFile(CardChannel& channel);

// Writes `data` at offset 0 of the selected file with UPDATE BINARY, in one extended command
// unless the channel refuses them, else in 255-byte chunks.
Result<void> updateBinary(CardChannel& channel, std::span<const std::uint8_t> data);

} // namespace jpki::card
