#pragma once

// Hex of the commands and answers that test scripts repeat, so that a script reads as the
// protocol document does.

#include "card/card_files.h"
#include "card/commands.h"
#include "card/hex.h"

#include <string>

namespace jpki::card::testing {

inline std::string commandHex(const CommandApdu& command) {
    return toHex(command.encode());
}

inline std::string selectAppletHex(Applet applet) {
    return commandHex(commands::selectApplet(aidOf(applet)));
}

inline std::string selectFileHex(std::uint16_t fileId) {
    return commandHex(commands::selectFile(fileId));
}

inline std::string readBinaryHex(std::uint16_t offset, std::uint32_t length) {
    return commandHex(commands::readBinary(offset, length));
}

inline std::string answerHex(std::span<const std::uint8_t> data, std::uint16_t sw = 0x9000) {
    const std::uint8_t status[] = {static_cast<std::uint8_t>(sw >> 8),
                                   static_cast<std::uint8_t>(sw & 0xFF)};
    return toHex(data) + toHex(status);
}

inline std::string pinHex(std::string_view pin) {
    return toHex(std::span(reinterpret_cast<const std::uint8_t*>(pin.data()), pin.size()));
}

inline std::span<const std::uint8_t> pinBytes(std::string_view pin) {
    return {reinterpret_cast<const std::uint8_t*>(pin.data()), pin.size()};
}

} // namespace jpki::card::testing
